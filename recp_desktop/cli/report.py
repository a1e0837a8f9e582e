"""``recp report``: write an assessment's PDF report."""

from __future__ import annotations

import argparse
from typing import Any

from recp_desktop.cli.common import fail, open_database

REPORT_LANGUAGES = ("en", "ru", "az")


def add_parsers(sub: Any) -> None:
    report = sub.add_parser("report", help="write the PDF report of an assessment")
    report.add_argument("assessment_id", help="assessment id (see 'recp list')")
    report.add_argument(
        "-o", "--output", required=True, metavar="FILE.pdf", help="the PDF file to write"
    )
    report.add_argument(
        "--lang",
        dest="report_language",
        choices=REPORT_LANGUAGES,
        help="language of the report (default: the app's --lang, else English)",
    )
    report.add_argument(
        "--centre", metavar="NAME", help="the RECP centre's name for the cover and footer"
    )
    report.set_defaults(func=_cmd_report)


def _cmd_report(args: argparse.Namespace) -> int:
    from recp_desktop.report import ReportError, write_report
    from recp_desktop.settings import load_settings

    language = args.report_language or (
        args.lang if getattr(args, "lang", None) in REPORT_LANGUAGES else "en"
    )
    db = open_database(args)
    centre = args.centre if args.centre is not None else load_settings(db.folder).centre_name
    try:
        data = write_report(
            db,
            args.assessment_id,
            args.output,
            language=language,
            centre_name=centre,
        )
    except (LookupError, ReportError) as exc:
        return fail(str(exc))
    finally:
        db.close()
    print(f"Wrote the report of {data.company.name} to {args.output}")
    return 0
