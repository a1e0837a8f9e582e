"""``recp ewc search TEXT``: find codes of the European List of Waste."""

from __future__ import annotations

import argparse
from typing import Any

from recp_desktop.cli.common import fail, print_json

ECHO_CHARS = 60
"""A query longer than this is echoed shortened with "…"."""


def add_parsers(sub: Any) -> None:
    ewc = sub.add_parser(
        "ewc",
        help="the European List of Waste (EWC codes)",
        description="Look up codes of the European List of Waste (Decision 2000/532/EC as "
        "amended by 2014/955/EU); hazardous entries are marked with *.",
    )
    commands = ewc.add_subparsers(dest="ewc_command", metavar="COMMAND", required=True)
    search = commands.add_parser(
        "search",
        help="find codes by code prefix or words",
        description="Digits are a code prefix ('17 05'); each word must begin a word of the "
        "description, in any case and with or without accents ('oil' finds oils, not soil); "
        "'hazardous' or '*' keeps the hazardous entries only ('lubricating hazardous'). The "
        "descriptions are in English only.",
    )
    search.add_argument("text", nargs="+", metavar="TEXT")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.set_defaults(func=_cmd_search)


def _cmd_search(args: argparse.Namespace) -> int:
    from recp_desktop.domain.ewc import search

    query = " ".join(args.text)
    if not query.strip():
        return fail("Type a code (17 05) or words (oil sludge) to search for.")
    language = args.lang if getattr(args, "lang", None) else "en"
    found = search(query, language)
    if args.json:
        rows = [
            {
                "code": entry.code,
                "display": entry.display,
                "hazardous": entry.hazardous,
                "description": entry.description(language),
            }
            for entry in found
        ]
        print_json(rows)
        return 0
    if not found:
        shown = query if len(query) <= ECHO_CHARS else query[: ECHO_CHARS - 1] + "…"
        print(f"No code of the List of Waste matches '{shown}'.")
        if any(c.isalpha() and not c.isascii() for c in query):
            print(
                "The descriptions of the List of Waste are in English only (no official "
                "Russian or Azerbaijani text is published): search by code (13 02) or by "
                "English words (oil sludge)."
            )
        return 0
    for entry in found:
        print(f"{entry.display:<10} {entry.description(language)}")
    return 0
