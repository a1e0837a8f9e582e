"""The ``recp`` command: no arguments opens the app; subcommands do headless work."""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from recp_desktop import __version__
from recp_desktop.cli import (
    calc,
    certificate,
    club,
    ewc,
    exchange,
    hub,
    indicators,
    parks,
    programme,
    report,
    review,
    symbiosis,
    templates,
    waste,
)
from recp_desktop.cli.common import CliError, fail, open_database, print_json
from recp_desktop.settings import LANGUAGES


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="recp",
        description="RECP Desktop: Resource Efficient and Cleaner Production audits, offline.",
    )
    parser.add_argument("--version", action="version", version=f"RECP Desktop {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation in a temporary data folder (offscreen) and exit",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help="data folder (default: $RECP_DATA_DIR or the user-data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=tuple(LANGUAGES),
        help="language of the app (default: as in Settings, else the system's); numbers "
        "typed on the command line are read as it writes them (default: English)",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    listing = sub.add_parser("list", help="list assessments with their progress")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_cmd_list)

    demo = sub.add_parser("demo", help="create a demo company with a partly filled assessment")
    demo.set_defaults(func=_cmd_demo)

    gui = sub.add_parser("gui", help="open the app (the default)")
    gui.set_defaults(func=_cmd_gui)

    for module in (
        calc,
        club,
        certificate,
        ewc,
        exchange,
        hub,
        indicators,
        parks,
        programme,
        report,
        review,
        symbiosis,
        templates,
        waste,
    ):
        module.add_parsers(sub)
    return parser


def _cmd_list(args: argparse.Namespace) -> int:
    from recp_desktop.storage.repository import list_assessments

    db = open_database(args)
    rows = list_assessments(db)
    if args.json:
        payload = [
            {
                "id": r.id,
                "company": r.company,
                "kind": r.kind,
                "status": r.status,
                "review": r.review,
                "answered": r.answered,
                "total": r.total,
            }
            for r in rows
        ]
        print_json(payload)
        return 0
    if not rows:
        print("No assessments yet. Run 'recp demo' or open the app with 'recp'.")
        return 0
    for r in rows:
        print(f"{r.id}  {r.company}  {r.kind}  {r.status}  {r.review}  {r.answered}/{r.total}")
    return 0


def _cmd_demo(args: argparse.Namespace) -> int:
    from recp_desktop.demo import create_demo

    db = open_database(args)
    assessment_id = create_demo(db)
    print(f"Created the demo assessment {assessment_id} in {db.path}")
    return 0


def _cmd_gui(args: argparse.Namespace) -> int:
    from recp_desktop.cli.display import display_problem, qt_import_problem

    problem = display_problem()  # before Qt, which would abort with exit 134
    if problem:
        return fail(problem)
    try:
        from recp_desktop.ui.app import run
    except ImportError as exc:  # Qt's system libraries missing
        return fail(qt_import_problem(exc))
    return run(data_dir_override=args.data_dir, language=args.lang)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.self_test:
        from recp_desktop.selftest import run_self_test

        return run_self_test()
    func = getattr(args, "func", _cmd_gui)
    from recp_desktop.checklists import TemplateError
    from recp_desktop.storage.database import StorageError
    from recp_desktop.storage.migrate import NewerDatabaseError

    try:
        return func(args)
    except (CliError, NewerDatabaseError, StorageError, TemplateError) as exc:
        return fail(str(exc))
    except BrokenPipeError:  # "recp calc … | head": the reader left; no traceback for that
        import os
        import sys

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except KeyboardInterrupt:  # Ctrl+C: a word, not a traceback; 130 as shells report SIGINT
        import sys

        print("recp: stopped (Ctrl+C).", file=sys.stderr)
        return 130
