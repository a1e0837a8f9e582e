"""``recp submit``, ``recp review`` and ``recp companies``: the supervisor's review workflow and
companies created twice (issue 14 §1, §5)."""

from __future__ import annotations

import argparse
from typing import Any

from recp_desktop.cli.common import CliError, open_database, print_json


def add_parsers(sub: Any) -> None:
    submit = sub.add_parser("submit", help="hand an assessment in for review")
    submit.add_argument("assessment_id", help="assessment id (see 'recp list')")
    submit.add_argument("--comment", default="", help="a note for the supervisor")
    _by(submit)
    submit.set_defaults(func=_cmd_submit)

    review = sub.add_parser("review", help="approve or return a submitted assessment")
    review.add_argument("assessment_id", help="assessment id (see 'recp list')")
    action = review.add_mutually_exclusive_group(required=True)
    action.add_argument("--approve", action="store_true", help="approve it")
    action.add_argument(
        "--return", dest="send_back", action="store_true", help="return it to the expert"
    )
    action.add_argument(
        "--withdraw", action="store_true", help="take a submission back to draft (the expert)"
    )
    action.add_argument("--history", action="store_true", help="show the review history")
    review.add_argument("--comment", default="", help="why (required with --return)")
    review.add_argument("--json", action="store_true", help="print JSON")
    _by(review)
    review.set_defaults(func=_cmd_review)

    companies = sub.add_parser("companies", help="companies created twice: list and merge")
    what = companies.add_subparsers(dest="companies_command", metavar="ACTION", required=True)
    dup = what.add_parser("duplicates", help="list companies that look the same")
    dup.add_argument("--json", action="store_true", help="print JSON")
    dup.set_defaults(func=_cmd_duplicates)
    merge = what.add_parser("merge", help="merge one company into another, keeping both histories")
    merge.add_argument("keep", help="id of the company that stays")
    merge.add_argument("other", nargs="+", help="id(s) of the companies merged into it")
    merge.set_defaults(func=_cmd_merge)


def _by(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--by",
        metavar="NAME",
        help="who takes the step (default: the user name, as on exported packages)",
    )


def _who(args: argparse.Namespace, db, account) -> str:
    """Who takes the step: ``--by``, else the hub user this folder is signed in as, else the
    author name packages carry, else the device's name."""
    from recp_desktop.exchange.writer import default_author

    signed_in = account.username if account is not None else ""
    return args.by or signed_in or default_author() or db.device_name


def _hub_account(db):
    from recp_desktop.sync.account import load_account

    try:
        return load_account(db.folder)
    except OSError:
        return None


def _status_json(assessment_id: str, status) -> dict[str, Any]:
    return {
        "id": assessment_id,
        "review": status.state,
        "comment": status.comment,
        "concurrent": status.concurrent,
        "history": [
            {"state": e.state, "by": e.by, "at": e.at, "comment": e.comment} for e in status.history
        ],
    }


def _step(args: argparse.Namespace, to: str) -> int:
    from recp_desktop.domain.review import ReviewError
    from recp_desktop.storage import review

    db = open_database(args)
    try:
        account = _hub_account(db)
        if account is not None and account.role == "auditor" and to in ("approved", "returned"):
            raise CliError(
                f"You are signed in to the hub as {account.username}, an auditor: approving or "
                "returning an assessment is a supervisor's step (the hub would refuse it)."
            )
        status = review.take_step(
            db, args.assessment_id, to, by=_who(args, db, account), comment=args.comment
        )
    except (LookupError, ReviewError) as exc:
        raise CliError(str(exc).strip("'\"")) from None
    finally:
        db.close()
    if getattr(args, "json", False):
        print_json(_status_json(args.assessment_id, status))
    else:
        print(f"{args.assessment_id}: {status.state}")
    return 0


def _cmd_submit(args: argparse.Namespace) -> int:
    return _step(args, "submitted")


def _cmd_review(args: argparse.Namespace) -> int:
    if args.history:
        from recp_desktop.storage import review

        db = open_database(args)
        try:
            status = review.status(db, args.assessment_id)
        finally:
            db.close()
        if args.json:
            print_json(_status_json(args.assessment_id, status))
            return 0
        print(f"{args.assessment_id}: {status.state}")
        for e in status.history:
            note = f"  {e.comment}" if e.comment else ""
            print(f"  {e.at}  {e.state:<9}  {e.by}{note}")
        return 0
    if args.send_back:
        return _step(args, "returned")
    return _step(args, "approved" if args.approve else "draft")


def _cmd_duplicates(args: argparse.Namespace) -> int:
    from recp_desktop.storage.companies import duplicates

    db = open_database(args)
    try:
        groups = duplicates(db)
    finally:
        db.close()
    if args.json:
        print_json(
            [
                {
                    "reasons": list(g.reasons),
                    "survivor": g.survivor,
                    "companies": [c.__dict__ for c in g.companies],
                }
                for g in groups
            ]
        )
        return 0
    if not groups:
        print("No companies look the same.")
        return 0
    for g in groups:
        print(f"Look the same ({', '.join(g.reasons)}); merge into {g.survivor} by default:")
        for c in g.companies:
            reg = f"  reg. {c.registration_no}" if c.registration_no else ""
            print(f"  {c.id}  {c.name}  {c.country} {c.city}{reg}  {c.assessments} assessment(s)")
    return 0


def _cmd_merge(args: argparse.Namespace) -> int:
    from recp_desktop.storage.companies import CompanyMergeError, merge

    db = open_database(args)
    try:
        for other in args.other:
            try:
                moved = merge(db, args.keep, other)
            except CompanyMergeError as exc:
                raise CliError(str(exc)) from None
            print(f"Merged {other} into {args.keep}: {moved} assessment(s) moved.")
    finally:
        db.close()
    return 0
