"""``recp-hub``: serve, migrate, and administer organisations, users and devices.

Every command takes ``--data-dir DIR`` (default: the platform's user-data folder for "RECP Hub",
or ``RECP_HUB_DATA_DIR``) and ``--database URL`` (default: ``hub.sqlite3`` in the data folder;
``postgresql+psycopg://user:password@host/db`` for PostgreSQL), before or after the command.
Exit status: 0 done, 1 refused (the message says why), 2 wrong arguments.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from recp_hub import HUB_VERSION, PROTOCOL_VERSION, admin_cli
from recp_hub.errors import Problem
from recp_hub.migrate import SchemaError
from recp_hub.models import ROLES
from recp_hub.settings import HubSettings


def _common(parser: argparse.ArgumentParser, default: object = argparse.SUPPRESS) -> None:
    """``--data-dir`` and ``--database``, taken before or after the subcommand: a subcommand's
    copy has no default of its own (SUPPRESS), so it does not hide a value given before it."""
    parser.add_argument(
        "--data-dir", default=default, help="the hub's data folder (database and photos)"
    )
    parser.add_argument(
        "--database", default=default, help="a database URL instead of the embedded SQLite"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="recp-hub", description="The RECP sync hub.")
    parser.add_argument("--version", action="version", version=f"recp-hub {HUB_VERSION}")
    _common(parser, default=None)
    commands = parser.add_subparsers(dest="command", required=True)

    serve = commands.add_parser("serve", help="run the hub")
    _common(serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    serve.add_argument("--port", type=int, default=8765, help="port to listen on (8765)")
    serve.add_argument("--ssl-certfile", help="TLS certificate (PEM) for a direct TLS listener")
    serve.add_argument("--ssl-keyfile", help="its private key (PEM)")

    migrate = commands.add_parser("migrate", help="upgrade the database schema")
    _common(migrate)
    migrate.add_argument(
        "--app-role", help="PostgreSQL: grant this non-owner role access under row-level security"
    )

    org = commands.add_parser("org", help="organisations").add_subparsers(
        dest="action", required=True
    )
    org_create = org.add_parser("create", help="create an organisation")
    org_create.add_argument("name")
    _common(org_create)
    org_list = org.add_parser("list", help="list organisations")
    _common(org_list)

    user = commands.add_parser("user", help="users").add_subparsers(dest="action", required=True)
    user_create = user.add_parser("create", help="create a user")
    user_create.add_argument("username")
    user_create.add_argument("--org", required=True, help="the organisation's name")
    user_create.add_argument("--role", required=True, choices=ROLES)
    user_create.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the password from the first line of standard input",
    )
    _common(user_create)
    user_list = user.add_parser(
        "list", help="list an organisation's users: role, enabled or disabled, active devices"
    )
    user_list.add_argument("--org", required=True, help="the organisation's name")
    _common(user_list)
    for action, text in (("disable", "disable a user"), ("enable", "enable a user again")):
        sub = user.add_parser(action, help=text)
        sub.add_argument("username")
        sub.add_argument("--org", required=True, help="the organisation's name")
        _common(sub)

    device = commands.add_parser("device", help="devices").add_subparsers(
        dest="action", required=True
    )
    device_list = device.add_parser("list", help="list an organisation's devices")
    device_list.add_argument("--org", required=True, help="the organisation's name")
    _common(device_list)
    device_revoke = device.add_parser("revoke", help="revoke a device and its sign-ins")
    device_revoke.add_argument("device_id")
    device_revoke.add_argument("--org", required=True, help="the organisation's name")
    _common(device_revoke)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    settings = HubSettings.resolve(args.data_dir, args.database)
    try:
        if args.command == "serve":
            return _serve(settings, args)
        if args.command == "migrate":
            return _migrate(settings, args.app_role)
        return admin_cli.run(settings, args)
    except (Problem, SchemaError, admin_cli.CommandError) as exc:
        print(f"recp-hub: {exc}", file=sys.stderr)
        return 1


def open_database(settings: HubSettings):
    """The database, refused if its schema is not current; a new embedded SQLite is created."""
    from recp_hub.db import Database
    from recp_hub.migrate import ensure_current

    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    db = Database(settings.database_url)
    try:
        ensure_current(db.engine, create_if_empty=settings.is_sqlite)
    except BaseException:
        db.dispose()
        raise
    return db


def _migrate(settings: HubSettings, app_role: str | None) -> int:
    from recp_hub.db import make_engine
    from recp_hub.migrate import grant_app_role, upgrade

    if settings.is_sqlite:
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    engine = make_engine(settings.database_url)
    try:
        before, head = upgrade(engine)
        if app_role:
            grant_app_role(engine, app_role)
    finally:
        engine.dispose()
    if before == head:
        print(f"The database {settings.redacted_url()} is up to date ({head}).")
    else:
        print(f"Upgraded {settings.redacted_url()} from {before or 'empty'} to {head}.")
    return 0


def _serve(settings: HubSettings, args: argparse.Namespace) -> int:
    import uvicorn

    from recp_hub.app import create_app

    if bool(args.ssl_certfile) != bool(args.ssl_keyfile):
        print("recp-hub: --ssl-certfile and --ssl-keyfile go together.", file=sys.stderr)
        return 2
    db = open_database(settings)
    settings.blob_dir.mkdir(parents=True, exist_ok=True)
    scheme = "https" if args.ssl_certfile else "http"
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(
        f"RECP Hub {HUB_VERSION} (protocol {PROTOCOL_VERSION}) at {scheme}://{host}:{args.port}/\n"
        f"  database: {settings.redacted_url()}\n  photos:   {settings.blob_dir}",
        flush=True,
    )
    app = create_app(settings, db)
    try:
        uvicorn.run(
            app,
            host=args.host,
            port=args.port,
            ssl_certfile=args.ssl_certfile,
            ssl_keyfile=args.ssl_keyfile,
            log_level="warning",
            proxy_headers=True,
            server_header=False,
        )
    finally:
        db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
