"""``recp hub login|logout|status`` and ``recp sync``: the command line's side of the hub.

Exit statuses: 0 done; 2 refused (not signed in, wrong password, hub unreachable or refusing,
with the reason on standard error; ``recp sync --json`` also prints ``{"error": MESSAGE,
"code": CODE, "complete": false}`` on standard output). Local data are unchanged by a failed
round.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from recp_desktop.cli.common import EXIT_REFUSED, CliError, counted, open_database, print_json


def add_parsers(sub: Any) -> None:
    hub = sub.add_parser(
        "hub",
        help="sign in to a sync hub, sign out, or show the sign-in",
        description="Connect this data folder to a RECP hub (docs/sync-protocol.md).",
    )
    actions = hub.add_subparsers(dest="hub_command", metavar="ACTION", required=True)
    login = actions.add_parser(
        "login",
        help="sign in and enrol this device (keeps a token, never the password)",
        description="Sign in to the hub at URL; the password is read from standard input.",
    )
    login.add_argument("url", metavar="URL", help="the hub's address, https://…")
    login.add_argument("--user", required=True, metavar="NAME")
    login.add_argument("--org", required=True, metavar="ORG", help="the organisation on the hub")
    login.add_argument(
        "--password-stdin",
        action="store_true",
        required=True,
        help="read the password from standard input (first line)",
    )
    login.add_argument(
        "--trust",
        metavar="FINGERPRINT",
        help="the SHA-256 fingerprint of a self-signed hub's certificate, as its administrator "
        "gave it (the first attempt prints it)",
    )
    login.add_argument("--json", action="store_true", help="print JSON")
    login.set_defaults(func=_cmd_login)

    logout = actions.add_parser("logout", help="sign out and forget the token")
    logout.set_defaults(func=_cmd_logout)

    status = actions.add_parser("status", help="the hub, user, role, changes waiting, last sync")
    status.add_argument("--json", action="store_true", help="print JSON")
    status.set_defaults(func=_cmd_status)

    from recp_desktop.cli import hub_assign

    hub_assign.add_parsers(actions)

    sync = sub.add_parser(
        "sync",
        help="one full sync round with the hub",
        description="Push what changed, upload photos, pull and apply changes, download photos. "
        "Exits 0 when everything went up and came down, 2 with the reason otherwise.",
    )
    sync.add_argument(
        "--json",
        action="store_true",
        help='print JSON: the round\'s counts, or {"error": MESSAGE, "code": CODE, '
        '"complete": false} when it fails',
    )
    sync.add_argument(
        "--retry-for",
        type=float,
        default=120.0,
        metavar="SECONDS",
        help="how long to keep trying through network failures (default: 120)",
    )
    sync.set_defaults(func=_cmd_sync)


def _refused(exc: Exception) -> CliError:
    return CliError(str(exc))


def _cmd_login(args: argparse.Namespace) -> int:
    from recp_desktop.sync.client import HubError, Retry
    from recp_desktop.sync.round import sign_in

    _quiet_retries()
    password = sys.stdin.readline().rstrip("\r\n")
    if not password:
        raise CliError("no password on standard input")
    db = open_database(args)
    try:
        account = sign_in(
            db,
            args.url,
            args.user,
            password,
            organisation=args.org,
            trust=args.trust,
            retry=Retry(timeout=10.0, wait_max=4.0),  # someone is waiting at the prompt
        )
    except HubError as exc:
        raise _refused(exc) from None
    if args.json:
        print_json(account.public())
    else:
        print(
            f"Signed in to {account.url} as {account.username} ({account.role}) of "
            f"{account.organisation}; this device is {account.device_id}."
        )
    return 0


def _cmd_logout(args: argparse.Namespace) -> int:
    from recp_desktop.sync.account import load_account
    from recp_desktop.sync.round import sign_out

    db = open_database(args)
    if load_account(db.folder) is None:
        print("Not signed in to a hub.")
        return 0
    warning = sign_out(db)
    if warning:
        print(f"recp: {warning}", file=sys.stderr)
    print("Signed out; the token is forgotten.")
    return 0


def _cmd_status(args: argparse.Namespace) -> int:
    from recp_desktop.sync.round import status

    db = open_database(args)
    try:
        found = status(db)
    except OSError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(found)
        return 0
    if found.get("refused"):
        print(f"Hub: {found['url']}")
        print(f"User: {found['username']} ({found['role']}) of {found['organisation']}")
        print(f"Not signed in any more: {found['refused']}")
    elif not found["signed_in"]:
        print(
            "Not signed in to a hub ('recp hub login URL --user NAME --org ORG --password-stdin')."
        )
    else:
        print(f"Hub: {found['url']}")
        print(f"User: {found['username']} ({found['role']}) of {found['organisation']}")
        print(f"Device: {found['device_id']}")
        if found.get("fingerprint"):
            print(f"Pinned certificate: {found['fingerprint']}")
        print(f"Last sync: {found['last_sync'] or 'never'}")
    print(f"Changes waiting to go up: {found['changes_waiting']}")
    print(f"Open conflicts: {found['open_conflicts']}")
    return 0


def _cmd_sync(args: argparse.Namespace) -> int:
    try:
        return _sync(args)
    except _SyncError as exc:
        if args.json:  # a script reads stdout: the failure as JSON there too
            print_json({"error": exc.message, "code": exc.code, "complete": False})
        raise CliError(exc.message) from None


class _SyncError(Exception):
    """A round that did not run or stopped: the message and a stable code for ``--json``:
    the hub's error code (``"401.3"``…), ``"network"``, ``"signed-out"`` (see
    :class:`~recp_desktop.sync.client.HubError`), ``"pull-invalid"`` (the hub sent records this
    app cannot take), ``"local-file"`` (a file here could not be read or written) or
    ``"database"`` (the local database cannot be opened)."""

    def __init__(self, message: str, code: str) -> None:
        super().__init__(message)
        self.message = message
        self.code = code


def _sync(args: argparse.Namespace) -> int:
    from recp_desktop.storage.database import StorageError
    from recp_desktop.storage.migrate import NewerDatabaseError
    from recp_desktop.sync.apply import PullError
    from recp_desktop.sync.client import HubError, Retry
    from recp_desktop.sync.round import run_round

    try:
        db = open_database(args)
    except (StorageError, NewerDatabaseError) as exc:
        raise _SyncError(str(exc), "database") from None
    seconds = max(args.retry_for, 0.1)
    retry = Retry(timeout=seconds, wait_initial=min(0.5, seconds / 4), wait_max=min(15, seconds))
    try:
        with _first_retry_said(seconds):
            result = run_round(db, retry=retry)
    except HubError as exc:
        raise _SyncError(str(exc), exc.code) from None
    except PullError as exc:
        raise _SyncError(str(exc), "pull-invalid") from None
    except OSError as exc:  # hub.json unreadable, a photo file that cannot be written
        raise _SyncError(str(exc), "local-file") from None
    except StorageError as exc:
        raise _SyncError(str(exc), "database") from None
    refused = ""
    if result.refused:
        refused = (
            f"the hub refused the changes of {len(result.refused)} assessment(s) you are not "
            f"assigned to ({', '.join(sorted(result.refused))}); they stay here. Ask a "
            "supervisor to assign you."
        )
    if args.json:
        print_json({**result.to_json(), "complete": result.complete})
        if refused:
            print(f"recp: {refused}", file=sys.stderr)
        return 0 if result.complete else EXIT_REFUSED
    print(
        f"Pushed {counted(result.pushed, 'record', 'records')}, uploaded "
        f"{counted(result.photos_uploaded, 'photo', 'photos')}; pulled "
        f"{counted(result.pulled, 'record', 'records')}, downloaded "
        f"{counted(result.photos_downloaded, 'photo', 'photos')}."
    )
    if result.conflicts:
        print(
            f"{counted(result.conflicts, 'new conflict', 'new conflicts')}: see 'recp conflicts'."
        )
    if result.photos_waiting:
        waiting = counted(result.photos_waiting, "photo is", "photos are")
        print(f"{waiting} not on the hub yet; they come next time.")
    if refused:
        print(f"recp: {refused}", file=sys.stderr)
        return EXIT_REFUSED
    return 0


@contextmanager
def _first_retry_said(seconds: float) -> Iterator[None]:
    """While the block runs, the first retry is said once on standard error — why, and for how
    long ``recp sync`` keeps trying — instead of stamina's log line per retry; a person at a
    prompt otherwise waits up to ``--retry-for`` seconds in silence. The hooks before are put
    back afterwards (stamina's hooks are process-wide)."""
    from stamina import instrumentation

    said = False

    def say(details: instrumentation.RetryDetails) -> None:
        nonlocal said
        if not said:
            said = True
            print(
                f"recp: {details.caused_by} Trying again for up to {seconds:g} s (Ctrl+C stops; "
                "--retry-for sets how long).",
                file=sys.stderr,
                flush=True,
            )

    before = instrumentation.get_on_retry_hooks()
    instrumentation.set_on_retry_hooks([say])
    try:
        yield
    finally:
        instrumentation.set_on_retry_hooks(before)


def _quiet_retries() -> None:
    """stamina logs each scheduled retry as a warning; on the command line the one message that
    counts is the outcome, so its retry lines are not printed."""
    import logging

    logging.getLogger("stamina").setLevel(logging.ERROR)
