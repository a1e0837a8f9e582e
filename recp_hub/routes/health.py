"""``GET /health``: that the hub runs, and which versions it speaks. No sign-in, nothing else."""

from __future__ import annotations

from fastapi import APIRouter

from recp_hub import HUB_VERSION, MIN_PROTOCOL_VERSION, PROTOCOL_VERSION

router = APIRouter()


@router.get("/health")
def health() -> dict[str, object]:
    return {
        "status": "ok",
        "hub_version": HUB_VERSION,
        "protocol_version": PROTOCOL_VERSION,
        "min_protocol_version": MIN_PROTOCOL_VERSION,
    }
