"""``recp symbiosis``: candidates where one company's waste could be another's input."""

from __future__ import annotations

import argparse
from typing import Any

from recp_desktop.cli.common import open_database, print_json


def add_parsers(sub: Any) -> None:
    symbiosis = sub.add_parser(
        "symbiosis",
        help="industrial symbiosis candidates between the companies, scored, with reasons",
        description="Pairs each waste stream with the other companies whose sector (NACE) "
        "takes that waste according to the shipped mapping (resources/symbiosis), best "
        "score first; each candidate says why — in the language of --lang (en, ru, az; "
        "default English).",
    )
    symbiosis.add_argument("--json", action="store_true", help="print JSON")
    symbiosis.set_defaults(func=_cmd_symbiosis)


def _cmd_symbiosis(args: argparse.Namespace) -> int:
    from recp_desktop.domain.nace import code_label, division_name
    from recp_desktop.domain.symbiosis import sources
    from recp_desktop.storage.symbiosis import find_candidates
    from recp_desktop.storage.symbiosis_decisions import decisions

    language = args.lang if getattr(args, "lang", None) in ("en", "ru", "az") else "en"
    db = open_database(args)
    try:
        found = find_candidates(db)
        decided = decisions(db)
    finally:
        db.close()
    if args.json:
        cited = sources()
        print_json(
            [
                {
                    "score": c.score,
                    "stream": {
                        "id": c.stream.id,
                        "name": c.stream.name,
                        "ewc_code": c.stream.ewc_code,
                        "hazardous": c.stream.hazardous,
                        "tonnes_per_year": c.stream.tonnes,
                    },
                    "from": {
                        "id": c.stream.company.id,
                        "name": c.stream.company.name,
                        "region": c.stream.company.region,
                    },
                    "to": {
                        "id": c.receiver.id,
                        "name": c.receiver.name,
                        "nace": c.receiver.nace,
                        "nace_division_name": division_name(c.receiver.nace, language),
                        "region": c.receiver.region,
                    },
                    "material": c.material,
                    "use": c.row.use_en if c.row else "",
                    "use_ru": c.row.use_ru if c.row else "",
                    "mapping_row": c.row.number if c.row else None,
                    "quality": c.row.quality if c.row else "declared",
                    "wanted_input": None
                    if c.wanted is None
                    else {
                        "id": c.wanted.id,
                        "ewc_code": c.wanted.ewc_code,
                        "tonnes_per_year": c.wanted.tonnes,
                    },
                    "sources": [
                        {"key": k, "citation": cited[k].citation, "url": cited[k].url}
                        for k in (c.row.sources if c.row else ())
                    ],
                    "distance_km": None if c.distance_km is None else round(c.distance_km),
                    "decision": decided[c.key].status if c.key in decided else None,
                    "comment": decided[c.key].comment if c.key in decided else "",
                    "reasons": list(c.reasons_in(language)),
                }
                for c in found
            ]
        )
        return 0
    if not found:
        print("No symbiosis candidate: no waste stream matches another company's sector.")
        return 0
    for c in found:
        mark = f" [{decided[c.key].status}]" if c.key in decided else ""
        print(
            f"{c.score:>3}{mark}  {c.stream.company.name}: {c.stream.name} ({c.stream.ewc_code}) "
            f"→ {c.receiver.name} (NACE {code_label(c.receiver.nace, language)})"
        )
        for reason in c.reasons_in(language):
            print(f"       {reason}")
    return 0
