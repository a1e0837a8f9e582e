"""Records in the package form and signed pushes, as a client makes them (tests only)."""

from __future__ import annotations

import uuid
from typing import Any

import httpx

from recp_hub.sync import canonical

ENTERPRISE = "e1"
ASSESSMENT = "s1"


def sync_fields(
    record_id: str,
    device: str,
    revision: int = 1,
    version: dict | None = None,
    deleted: bool = False,
) -> dict[str, Any]:
    return {
        "id": record_id,
        "revision": revision,
        "updated_at": "2026-11-30T10:00:00+00:00",
        "updated_by": device,
        "deleted": deleted,
        "version": version or {device: revision},
    }


def enterprise(device: str, **changes: Any) -> dict[str, Any]:
    return {
        **sync_fields(ENTERPRISE, device),
        "name": "Rustavi Steel",
        "country": "GE",
        "region": "GE-KK",  # Kvemo Kartli (ISO 3166-2)
        "city": "Rustavi",
        "nace": "24.10",
        "employees": 120,
        "products": "rebar",
        "eco_park": "",
        **changes,
    }


def assessment(device: str, **changes: Any) -> dict[str, Any]:
    return {
        **sync_fields(ASSESSMENT, device),
        "enterprise_id": ENTERPRISE,
        "kind": "full",
        "title": "RECP 2026",
        "start_date": "2026-11-01",
        "end_date": None,
        "team": "",
        "currency": "GEL",
        "status": "in_progress",
        **changes,
    }


def answer(
    record_id: str, device: str, question: str = "energy.q1", value: str = "yes", **changes: Any
) -> dict[str, Any]:
    base = {
        **sync_fields(record_id, device),
        "assessment_id": ASSESSMENT,
        "template_id": "energy",
        "template_version": 1,
        "question_id": question,
        "value": value,
        "number": None,
        "unit": "",
        "number_canonical": None,
        "note": "",
        "opportunity": False,
    }
    return {**base, **changes}


def photo(record_id: str, device: str, sha256: str, size: int) -> dict[str, Any]:
    return {
        **sync_fields(record_id, device),
        "assessment_id": ASSESSMENT,
        "question_id": None,
        "sha256": sha256,
        "filename": "leak.png",
        "media_type": "image/png",
        "size": size,
        "width": 1,
        "height": 1,
        "caption": "",
    }


def signed(
    device,
    records: dict[str, list],
    batch_id: str | None = None,
    device_id: str | None = None,
    key=None,
    cursor: str | None = None,
) -> dict[str, Any]:
    body = {
        "batch_id": batch_id or str(uuid.uuid4()),
        "device_id": device_id or device.device_id,
        "records": records,
    }
    if cursor is not None:
        body["cursor"] = cursor
    body["signature"] = (key or device.key).sign(canonical(body)).hex()
    return body


def push(device, records: dict[str, list], **options: Any) -> httpx.Response:
    return device.client.post("/v1/push", json=signed(device, records, **options))


def pull_all(device, limit: int = 500) -> tuple[list[dict], list[dict], str]:
    """Every change from the start: (records, conflicts, final cursor)."""
    records, conflicts, cursor = [], [], None
    while True:
        params = {"limit": limit, **({"cursor": cursor} if cursor else {})}
        page = device.client.get("/v1/pull", params=params)
        assert page.status_code == 200, page.text
        data = page.json()
        records += data["records"]
        conflicts += data["conflicts"]
        cursor = data["cursor"]
        if not data["more"]:
            return records, conflicts, cursor
