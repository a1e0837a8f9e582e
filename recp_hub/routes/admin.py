"""Administration by an organisation's admins: users, roles, devices and the audit log."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel, ConfigDict, Field

from recp_hub import accounts, audit, errors
from recp_hub.deps import AdminDep, HubDep
from recp_hub.errors import Problem
from recp_hub.ids import ID_RE

router = APIRouter()
Role = Literal["auditor", "supervisor", "admin"]


class UserOut(BaseModel):
    user_id: str
    username: str
    role: str
    disabled: bool


class NewUser(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    username: Annotated[str, Field(min_length=1, max_length=120)]
    role: Role
    password: Annotated[str, Field(min_length=accounts.MIN_PASSWORD, max_length=1000)]


class UserChange(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True)
    role: Role | None = None
    disabled: bool | None = None
    password: Annotated[str, Field(min_length=accounts.MIN_PASSWORD, max_length=1000)] | None = None


class DeviceOut(BaseModel):
    device_id: str
    name: str
    username: str
    public_key: str
    registered_at: datetime
    last_seen_at: datetime | None
    revoked: bool


def _user(user: accounts.User) -> UserOut:
    return UserOut(
        user_id=user.user_id, username=user.username, role=user.role, disabled=user.disabled
    )


@router.get("/users")
def list_users(caller: AdminDep, hub: HubDep) -> list[UserOut]:
    with hub.db.scope(caller.org_id) as session:
        return [_user(user) for user in accounts.list_users(session, caller.org_id)]


@router.post("/users", status_code=201)
def create_user(body: NewUser, caller: AdminDep, hub: HubDep) -> UserOut:
    with hub.db.scope(caller.org_id) as session:
        user = accounts.create_user(
            session, caller.org_id, body.username, body.role, body.password, actor=caller.actor
        )
        return _user(user)


@router.patch("/users/{username}")
def change_user(username: str, body: UserChange, caller: AdminDep, hub: HubDep) -> UserOut:
    with hub.db.scope(caller.org_id) as session:
        user = accounts.change_user(
            session,
            caller.org_id,
            username,
            actor=caller.actor,
            role=body.role,
            disabled=body.disabled,
            password=body.password,
        )
        return _user(user)


@router.get("/devices")
def list_devices(caller: AdminDep, hub: HubDep) -> list[DeviceOut]:
    with hub.db.scope(caller.org_id) as session:
        return [
            DeviceOut(
                device_id=d.device_id,
                name=d.name,
                username=username,
                public_key=d.public_key,
                registered_at=d.registered_at,
                last_seen_at=d.last_seen_at,
                revoked=d.revoked_at is not None,
            )
            for d, username in accounts.list_devices(session, caller.org_id)
        ]


@router.post("/devices/{device_id}/revoke", status_code=204)
def revoke_device(device_id: str, caller: AdminDep, hub: HubDep) -> None:
    if not ID_RE.fullmatch(device_id):
        raise Problem(errors.NOT_FOUND, what=accounts.NO_DEVICE)
    with hub.db.scope(caller.org_id) as session:
        accounts.revoke_device(session, caller.org_id, device_id, actor=caller.actor)


@router.get("/audit")
def audit_log(
    caller: AdminDep, hub: HubDep, limit: Annotated[int, Query(ge=1, le=1000)] = 200
) -> list[dict]:
    with hub.db.scope(caller.org_id) as session:
        return audit.recent(session, caller.org_id, limit)
