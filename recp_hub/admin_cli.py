"""The administration commands of ``recp-hub`` (org, user, device), run on the database directly."""

from __future__ import annotations

import argparse
import sys

from babel import Locale

from recp_hub import accounts, audit
from recp_hub.settings import HubSettings


class CommandError(Exception):
    """A command that cannot be carried out; the message says why."""


def _organisation(session, name: str):
    org = accounts.organisation_by_name(session, name)
    if org is None:
        raise CommandError(f"There is no organisation {name!r} (see `recp-hub org list`).")
    accounts.set_organisation(session, org.org_id)
    return org


def run(settings: HubSettings, args: argparse.Namespace) -> int:
    from recp_hub.cli import open_database

    db = open_database(settings)
    try:
        return _run(db, args)
    finally:
        db.dispose()


def _run(db, args: argparse.Namespace) -> int:
    command = (args.command, args.action)
    if command == ("org", "create"):
        with db.scope() as session:
            org = accounts.create_organisation(session, args.name)
        print(f"Organisation {org.name!r} created ({org.org_id}).")
    elif command == ("org", "list"):
        with db.scope() as session:
            for org in session.scalars(accounts.select(accounts.Organisation).order_by("name")):
                print(f"{org.org_id}  {org.name}")
    elif command == ("user", "create"):
        password = sys.stdin.readline().rstrip("\r\n")
        with db.scope() as session:
            org = _organisation(session, args.org)
            accounts.create_user(
                session, org.org_id, args.username, args.role, password, actor=audit.CLI
            )
        print(f"User {args.username!r} ({args.role}) created in {args.org!r}.")
    elif command == ("user", "list"):
        with db.scope() as session:
            org = _organisation(session, args.org)
            users = accounts.users_with_devices(session, org.org_id)
            english = Locale("en")  # CLDR plural rules (Babel): "1 active device", "0 … devices"
            for user, devices in users:
                state = "disabled" if user.disabled else "enabled"
                noun = "device" if english.plural_form(devices) == "one" else "devices"
                made = user.created_at.date().isoformat()
                print(
                    f"{user.username}  {user.role}  {state}  {devices} active {noun}  "
                    f"created {made}"
                )
        if not users:
            print(f"No users in {args.org!r} yet.")
    elif command in {("user", "disable"), ("user", "enable")}:
        disabled = args.action == "disable"
        with db.scope() as session:
            org = _organisation(session, args.org)
            if accounts.user_by_name(session, org.org_id, args.username) is None:
                raise CommandError(f"No user {args.username!r} in organisation {org.name!r}.")
            accounts.change_user(
                session, org.org_id, args.username, actor=audit.CLI, disabled=disabled
            )
        print(f"User {args.username!r} {args.action}d.")
    elif command == ("device", "list"):
        with db.scope() as session:
            org = _organisation(session, args.org)
            rows = accounts.list_devices(session, org.org_id)
            for device, username in rows:
                state = "revoked" if device.revoked_at else "active"
                seen = (
                    device.last_seen_at.isoformat(timespec="seconds")
                    if device.last_seen_at
                    else "-"
                )
                print(f"{device.device_id}  {username}  {device.name}  {state}  last seen {seen}")
        if not rows:
            print(f"No devices in {args.org!r} yet.")
    elif command == ("device", "revoke"):
        with db.scope() as session:
            org = _organisation(session, args.org)
            if not accounts.device_exists(session, org.org_id, args.device_id):
                raise CommandError(f"No device {args.device_id!r} in organisation {org.name!r}.")
            accounts.revoke_device(session, org.org_id, args.device_id, actor=audit.CLI)
        print(f"Device {args.device_id} revoked.")
    return 0
