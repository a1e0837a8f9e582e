"""FastAPI dependencies as types: the hub's state, the protocol check, the caller and roles."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Annotated

from fastapi import Depends, Header, Request

from recp_hub import MIN_PROTOCOL_VERSION, PROTOCOL_VERSION, accounts, errors
from recp_hub.accounts import Caller
from recp_hub.blobs import BlobStore
from recp_hub.db import Database
from recp_hub.errors import Problem
from recp_hub.ratelimit import FailureLimiter
from recp_hub.settings import HubSettings

PROTOCOL_HEADER = "RECP-Protocol"


@dataclass
class Hub:
    """Everything a request needs from the running hub."""

    settings: HubSettings
    db: Database
    blobs: BlobStore
    limiter: FailureLimiter
    # (org_id, sha256) of the uploads in progress: one at a time per photo (this process).
    uploading: set[tuple[str, str]] = field(default_factory=set)


# The dependencies that do no I/O are ``async``: FastAPI runs them on the event loop instead of
# handing each to the thread pool (a thread hop per dependency per request).


async def get_hub(request: Request) -> Hub:
    return request.app.state.hub


HubDep = Annotated[Hub, Depends(get_hub)]


async def check_protocol(
    recp_protocol: Annotated[str | None, Header(alias=PROTOCOL_HEADER)] = None,
) -> int:
    """The client's protocol version; an older client is told to update the app (426)."""
    try:
        version = int(recp_protocol) if recp_protocol is not None else 0
    except ValueError:
        version = 0
    if version < MIN_PROTOCOL_VERSION:
        raise Problem(
            errors.UPDATE_APP, client=recp_protocol or "none", minimum=MIN_PROTOCOL_VERSION
        )
    if version > PROTOCOL_VERSION:
        raise Problem(errors.HUB_TOO_OLD, hub=PROTOCOL_VERSION, client=version)
    return version


def current_caller(hub: HubDep, authorization: Annotated[str | None, Header()] = None) -> Caller:
    """The signed-in caller from ``Authorization: Bearer <token>``; 401 otherwise."""
    if not authorization:
        raise Problem(errors.NOT_AUTHENTICATED, headers={"WWW-Authenticate": "Bearer"})
    scheme, _, token = authorization.partition(" ")
    org_id = accounts.token_organisation(token.strip()) if scheme.lower() == "bearer" else None
    if org_id is None:
        raise Problem(errors.TOKEN_INVALID, headers={"WWW-Authenticate": "Bearer"})
    with hub.db.scope(org_id) as session:
        caller = accounts.authenticate(session, org_id, token.strip())
    if caller is None:
        raise Problem(errors.TOKEN_INVALID, headers={"WWW-Authenticate": "Bearer"})
    return caller


CallerDep = Annotated[Caller, Depends(current_caller)]


def require(*roles: str):
    """A dependency that lets through only callers with one of ``roles``."""

    async def dependency(caller: CallerDep) -> Caller:
        if caller.role not in roles:
            raise Problem(errors.FORBIDDEN, role=caller.role, needed=" or ".join(roles))
        return caller

    return dependency


AdminDep = Annotated[Caller, Depends(require("admin"))]
SupervisorDep = Annotated[Caller, Depends(require("supervisor", "admin"))]
