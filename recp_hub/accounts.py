"""Organisations, users, devices and sign-in tokens: the rules, shared by the API and the CLI.

Every function takes a session whose transaction is scoped to the organisation concerned
(:meth:`recp_hub.db.Database.scope`) and filters by ``org_id`` itself. Tokens are
``<org_id>.<43 url-safe characters>`` (32 random bytes); only their SHA-256 is stored.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from recp_hub import audit, errors
from recp_hub.audit import Actor
from recp_hub.db import set_organisation
from recp_hub.errors import Problem
from recp_hub.ids import UUID_RE, new_id
from recp_hub.models import ROLES, Counter, Device, DeviceToken, Organisation, User, utcnow
from recp_hub.passwords import hash_password, verify_password

MIN_PASSWORD = 10
SEEN_EVERY = timedelta(minutes=5)


@dataclass(frozen=True)
class Caller:
    """Who is calling: the signed-in user on one of their devices."""

    org_id: str
    user_id: str
    username: str
    role: str
    device_id: str
    public_key: str
    token_hash: str

    @property
    def actor(self) -> Actor:
        return Actor(self.username, self.user_id, self.device_id)


def organisation_by_name(session: Session, name: str) -> Organisation | None:
    return session.scalars(select(Organisation).where(Organisation.name == name)).one_or_none()


def create_organisation(session: Session, name: str) -> Organisation:
    name = name.strip()
    if not name or len(name) > 200:
        raise Problem(errors.INVALID_BODY, reason="an organisation name is 1 to 200 characters")
    if organisation_by_name(session, name) is not None:
        raise Problem(errors.ALREADY_EXISTS, what=f"The organisation {name!r}")
    org = Organisation(org_id=new_id(), name=name)
    session.add(org)
    session.flush()
    set_organisation(session, org.org_id)
    session.add(Counter(org_id=org.org_id, last_seq=0, epoch=new_id()))
    audit.record(session, org.org_id, "org.create", audit.CLI, name=name)
    return org


def check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise Problem(
            errors.INVALID_BODY, reason=f"a password has at least {MIN_PASSWORD} characters"
        )


def create_user(
    session: Session, org_id: str, username: str, role: str, password: str, *, actor: Actor
) -> User:
    """A new account; ``username`` is unique within the organisation (a database constraint)."""
    username = username.strip()
    if not username or len(username) > 120:
        raise Problem(errors.INVALID_BODY, reason="a user name is 1 to 120 characters")
    if role not in ROLES:
        raise Problem(errors.INVALID_BODY, reason=f"the role is one of {', '.join(ROLES)}")
    check_password(password)
    user = User(
        org_id=org_id,
        user_id=new_id(),
        username=username,
        role=role,
        password_hash=hash_password(password),
        disabled=False,
    )
    try:
        with session.begin_nested():
            session.add(user)
    except IntegrityError:
        raise Problem(errors.ALREADY_EXISTS, what=f"The user {username!r}") from None
    audit.record(session, org_id, "user.create", actor, username=username, role=role)
    return user


def user_by_name(session: Session, org_id: str, username: str) -> User | None:
    return session.scalars(
        select(User).where(User.org_id == org_id, User.username == username)
    ).one_or_none()


# 404.1 answers; the same for every name asked for (another organisation's user or device, or
# none at all), so they do not repeat the name. ``recp-hub`` names it (admin_cli).
NO_USER = "No such user in your organisation (the user list shows them)."
NO_DEVICE = "No such device in your organisation (the device list shows them)."


def list_users(session: Session, org_id: str) -> list[User]:
    return list(session.scalars(select(User).where(User.org_id == org_id).order_by(User.username)))


def change_user(
    session: Session,
    org_id: str,
    username: str,
    *,
    actor: Actor,
    role: str | None = None,
    disabled: bool | None = None,
    password: str | None = None,
) -> User:
    """Change a user's role, disable or enable them, or set a password; disabling signs them out."""
    user = user_by_name(session, org_id, username)
    if user is None:
        raise Problem(errors.NOT_FOUND, what=NO_USER)
    if role is not None and role != user.role:
        if role not in ROLES:
            raise Problem(errors.INVALID_BODY, reason=f"the role is one of {', '.join(ROLES)}")
        audit.record(
            session, org_id, "user.role", actor, username=username, old=user.role, new=role
        )
        user.role = role
    if disabled is not None and disabled != user.disabled:
        user.disabled = disabled
        audit.record(
            session,
            org_id,
            "user.disable" if disabled else "user.enable",
            actor,
            username=username,
        )
        if disabled:
            _revoke_tokens(session, org_id, Device.user_id == user.user_id)
    if password is not None:
        check_password(password)
        user.password_hash = hash_password(password)
        audit.record(session, org_id, "user.password", actor, username=username)
    return user


def _revoke_tokens(session: Session, org_id: str, *device_filter) -> None:
    devices = select(Device.device_id).where(Device.org_id == org_id, *device_filter)
    session.execute(
        update(DeviceToken)
        .where(
            DeviceToken.org_id == org_id,
            DeviceToken.device_id.in_(devices),
            DeviceToken.revoked_at.is_(None),
        )
        .values(revoked_at=utcnow())
    )


def device_exists(session: Session, org_id: str, device_id: str) -> bool:
    return session.get(Device, (org_id, device_id)) is not None


def revoke_device(session: Session, org_id: str, device_id: str, *, actor: Actor) -> Device:
    """Revoke a device and every token it holds; it cannot sign in again under this id."""
    device = session.get(Device, (org_id, device_id))
    if device is None:
        raise Problem(errors.NOT_FOUND, what=NO_DEVICE)
    if device.revoked_at is None:
        device.revoked_at = utcnow()
        audit.record(session, org_id, "device.revoke", actor, device=device_id)
    _revoke_tokens(session, org_id, Device.device_id == device_id)
    return device


def users_with_devices(session: Session, org_id: str) -> list[tuple[User, int]]:
    """Every user of the organisation with how many of their devices are not revoked, by
    user name."""
    active = (
        select(func.count())
        .where(
            (Device.org_id == User.org_id)
            & (Device.user_id == User.user_id)
            & Device.revoked_at.is_(None)
        )
        .correlate(User)
        .scalar_subquery()
    )
    rows = session.execute(
        select(User, active).where(User.org_id == org_id).order_by(User.username)
    )
    return [(user, devices) for user, devices in rows]


def list_devices(session: Session, org_id: str) -> list[tuple[Device, str]]:
    """Every device of the organisation with its user's name, by user then device name."""
    rows = session.execute(
        select(Device, User.username)
        .join(User, (User.org_id == Device.org_id) & (User.user_id == Device.user_id))
        .where(Device.org_id == org_id)
        .order_by(User.username, Device.name, Device.device_id)
    )
    return [(device, username) for device, username in rows]


def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_organisation(token: str) -> str | None:
    """The organisation a token claims (checked against the stored hash later), or ``None``."""
    org_id, _, secret = token.partition(".")
    if not UUID_RE.fullmatch(org_id) or len(secret) != 43:
        return None
    return org_id


def sign_in(
    session: Session,
    org: Organisation,
    user: User,
    *,
    device_id: str,
    device_name: str,
    public_key: str,
) -> str:
    """Register the device on first sign-in (trust on first use) and give it a new token.

    A device id already registered to another user, or with another key, or revoked, is refused.
    """
    device = session.get(Device, (org.org_id, device_id))
    if device is None:
        device = Device(
            org_id=org.org_id,
            device_id=device_id,
            user_id=user.user_id,
            name=device_name,
            public_key=public_key,
        )
        session.add(device)
        session.flush()
        audit.record(
            session,
            org.org_id,
            "device.register",
            Actor(user.username, user.user_id, device_id),
            name=device_name,
            public_key=public_key,
        )
    elif device.user_id != user.user_id:
        raise Problem(errors.DEVICE_TAKEN, reason="it belongs to another user")
    elif device.public_key != public_key:
        raise Problem(errors.DEVICE_TAKEN, reason="it was registered with another key")
    elif device.revoked_at is not None:
        raise Problem(
            errors.DEVICE_TAKEN,
            details={"revoked": True},  # the app goes on under a new device id (docs §5)
            reason="it was revoked by an administrator",
        )
    device.name = device_name
    device.last_seen_at = utcnow()
    token = f"{org.org_id}.{secrets.token_urlsafe(32)}"
    session.add(DeviceToken(org_id=org.org_id, token_hash=hash_token(token), device_id=device_id))
    audit.record(
        session,
        org.org_id,
        "login",
        Actor(user.username, user.user_id, device_id),
    )
    return token


def authenticate(session: Session, org_id: str, token: str) -> Caller | None:
    """The caller a token belongs to, if the token, its device and its user are all still valid."""
    token_hash = hash_token(token)
    row = session.execute(
        select(DeviceToken, Device, User)
        .join(
            Device,
            (Device.org_id == DeviceToken.org_id) & (Device.device_id == DeviceToken.device_id),
        )
        .join(User, (User.org_id == Device.org_id) & (User.user_id == Device.user_id))
        .where(DeviceToken.org_id == org_id, DeviceToken.token_hash == token_hash)
    ).one_or_none()
    if row is None:
        return None
    token_row, device, user = row
    if token_row.revoked_at is not None or device.revoked_at is not None or user.disabled:
        return None
    now = utcnow()
    if device.last_seen_at is None or now - device.last_seen_at > SEEN_EVERY:
        device.last_seen_at = now  # written at most every few minutes, not on every request
    return Caller(
        org_id=org_id,
        user_id=user.user_id,
        username=user.username,
        role=user.role,
        device_id=device.device_id,
        public_key=device.public_key,
        token_hash=token_hash,
    )


def sign_out(session: Session, caller: Caller) -> None:
    session.execute(
        update(DeviceToken)
        .where(DeviceToken.org_id == caller.org_id, DeviceToken.token_hash == caller.token_hash)
        .values(revoked_at=utcnow())
    )
    audit.record(
        session,
        caller.org_id,
        "logout",
        caller.actor,
    )


def verify_credentials(
    session: Session, org: Organisation | None, username: str, password: str
) -> User | None:
    """The enabled user with this name and password in ``org``, else ``None`` (constant effort)."""
    user = user_by_name(session, org.org_id, username) if org is not None else None
    ok = verify_password(password, user.password_hash if user is not None else None)
    if not ok or user is None or user.disabled:
        return None
    return user
