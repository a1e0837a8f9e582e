"""Sign-in, sign-out and who am I."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Request
from pydantic import BaseModel, ConfigDict, Field

from recp_hub import accounts, audit, errors
from recp_hub.db import set_organisation
from recp_hub.deps import CallerDep, HubDep
from recp_hub.errors import Problem
from recp_hub.ids import ID_RE, PUBLIC_KEY_RE

router = APIRouter()


class LoginBody(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    organisation: Annotated[str, Field(min_length=1, max_length=200)]
    username: Annotated[str, Field(min_length=1, max_length=120)]
    password: Annotated[str, Field(min_length=1, max_length=1000)]
    device_id: Annotated[str, Field(pattern=f"^{ID_RE.pattern}$")]
    device_name: Annotated[str, Field(min_length=1, max_length=200)]
    public_key: Annotated[str, Field(pattern=f"^{PUBLIC_KEY_RE.pattern}$")]


class Identity(BaseModel):
    org_id: str
    organisation: str
    user_id: str
    username: str
    role: str
    device_id: str


class LoginAnswer(Identity):
    token: str


@router.post("/login")
def login(body: LoginBody, hub: HubDep, request: Request) -> LoginAnswer:
    """Check the password and give this device a token (registering the device the first time)."""
    account = f"account:{body.organisation}/{body.username}"
    address = f"address:{request.client.host if request.client else '?'}"
    wait = hub.limiter.retry_after(account, address)
    if wait:
        raise Problem(errors.RATE_LIMITED, headers={"Retry-After": str(wait)}, retry_after=wait)
    with hub.db.scope() as session:
        org = accounts.organisation_by_name(session, body.organisation)
        if org is not None:
            set_organisation(session, org.org_id)
        user = accounts.verify_credentials(session, org, body.username, body.password)
        if user is None:
            if org is not None:
                audit.record(
                    session,
                    org.org_id,
                    "login.failed",
                    audit.Actor(body.username, None, body.device_id),
                )
        else:
            token = accounts.sign_in(
                session,
                org,
                user,
                device_id=body.device_id,
                device_name=body.device_name,
                public_key=body.public_key,
            )
    if user is None:
        hub.limiter.fail(account, address)
        raise Problem(errors.INVALID_CREDENTIALS)
    hub.limiter.succeed(account)
    return LoginAnswer(
        token=token,
        org_id=org.org_id,
        organisation=org.name,
        user_id=user.user_id,
        username=user.username,
        role=user.role,
        device_id=body.device_id,
    )


@router.post("/logout", status_code=204)
def logout(caller: CallerDep, hub: HubDep) -> None:
    """Revoke the token this request was made with."""
    with hub.db.scope(caller.org_id) as session:
        accounts.sign_out(session, caller)


@router.get("/me")
def me(caller: CallerDep, hub: HubDep) -> Identity:
    with hub.db.scope(caller.org_id) as session:
        org = session.get(accounts.Organisation, caller.org_id)
    return Identity(
        org_id=caller.org_id,
        organisation=org.name if org else "",
        user_id=caller.user_id,
        username=caller.username,
        role=caller.role,
        device_id=caller.device_id,
    )
