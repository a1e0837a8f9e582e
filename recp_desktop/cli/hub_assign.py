"""``recp hub assessments|assign|unassign``: a supervisor gives auditors their assessments.

An auditor pushes and pulls only the assessments they created or are assigned to
(docs/sync-protocol.md §7.4); these commands call the hub's ``/v1/assessments`` endpoints with
this data folder's sign-in, which must be a supervisor's or an admin's (403 otherwise, with the
reason). Exit statuses as for ``recp hub``: 0 done, 2 refused with the reason on standard error.
"""

from __future__ import annotations

import argparse
from typing import Any

from recp_desktop.cli.common import CliError, open_database, print_json


def add_parsers(actions: Any) -> None:
    """Register the three actions under ``recp hub``."""
    listing = actions.add_parser(
        "assessments",
        help="the organisation's assessments on the hub, who made them, who is assigned",
    )
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_cmd_assessments)
    for name, helptext, func in (
        ("assign", "let an auditor sync an assessment (their next sync brings all of it)", _assign),
        ("unassign", "stop delivering an assessment to an auditor", _unassign),
    ):
        action = actions.add_parser(
            name, help=helptext, description=helptext[0].upper() + helptext[1:] + "."
        )
        action.add_argument("assessment", metavar="ASSESSMENT_ID")
        action.add_argument("user", metavar="USER", help="the auditor's user name on the hub")
        action.set_defaults(func=func)


def _client(args: argparse.Namespace):
    from recp_desktop.sync.account import load_account
    from recp_desktop.sync.client import Retry
    from recp_desktop.sync.round import client_for, not_signed_in

    db = open_database(args)
    try:
        account = load_account(db.folder)
    except OSError as exc:
        raise CliError(str(exc)) from None
    if account is None:
        raise CliError(str(not_signed_in()))
    return client_for(account, Retry(timeout=10.0, wait_max=4.0))


def _cmd_assessments(args: argparse.Namespace) -> int:
    from recp_desktop.sync.client import HubError

    with _client(args) as client:
        try:
            rows = client.assessments()
        except HubError as exc:
            raise CliError(str(exc)) from None
    if args.json:
        print_json(rows)
        return 0
    if not rows:
        print("No assessments on the hub yet.")
    for row in rows:
        assignees = ", ".join(row["assignees"]) or "nobody"
        print(f"{row['assessment_id']}  made by {row['created_by'] or '?'}  assigned: {assignees}")
    return 0


def _assign(args: argparse.Namespace) -> int:
    return _change(args, assign=True)


def _unassign(args: argparse.Namespace) -> int:
    return _change(args, assign=False)


def _change(args: argparse.Namespace, *, assign: bool) -> int:
    from recp_desktop.sync.client import HubError

    with _client(args) as client:
        try:
            (client.assign if assign else client.unassign)(args.assessment, args.user)
        except HubError as exc:
            raise CliError(str(exc)) from None
    if assign:
        print(f"{args.user} is assigned to {args.assessment}; their next sync brings all of it.")
    else:
        print(
            f"{args.user} is no longer assigned to {args.assessment}; "
            "their laptop keeps what it has."
        )
    return 0
