"""``recp parks``: eco-industrial parks with their companies, waste and exchanges."""

from __future__ import annotations

import argparse
from typing import Any

from recp_desktop.cli.common import open_database, print_json


def add_parsers(sub: Any) -> None:
    parks = sub.add_parser(
        "parks",
        help="eco-industrial parks: companies, assessments, waste streams, exchanges",
        description="Companies are grouped by their eco-industrial park (the name compared "
        "without case or extra spaces); exchanges are symbiosis candidates between two "
        "companies of the same park, with the supervisor's decision. Each company's NACE "
        "division is named in the language of --lang (en, ru; Azerbaijani gets English).",
    )
    parks.add_argument("--json", action="store_true", help="print JSON")
    parks.set_defaults(func=_cmd_parks)


def _cmd_parks(args: argparse.Namespace) -> int:
    from recp_desktop.domain.nace import code_label, division_name
    from recp_desktop.storage.parks import park_overviews

    language = args.lang if getattr(args, "lang", None) in ("en", "ru", "az") else "en"

    db = open_database(args)
    try:
        found = park_overviews(db)
    finally:
        db.close()
    if args.json:
        print_json(
            [
                {
                    "park": p.name,
                    "tonnes_per_year": p.tonnes,
                    "hazardous_tonnes_per_year": p.hazardous_tonnes,
                    "companies": [
                        {
                            "id": c.id,
                            "name": c.name,
                            "nace": c.nace,
                            "nace_division_name": division_name(c.nace, language),
                            "region": c.region,
                            "assessments": c.assessments,
                            "assessments_completed": c.completed,
                            "waste_streams": c.streams,
                            "tonnes_per_year": c.tonnes,
                        }
                        for c in p.companies
                    ],
                    "exchanges": [
                        {
                            "from": x.stream.company.name,
                            "stream": x.stream.name,
                            "ewc_code": x.stream.ewc_code,
                            "to": x.receiver.name,
                            "score": x.score,
                            "decision": d.status if d else None,
                        }
                        for x, d in p.exchanges
                    ],
                }
                for p in found
            ]
        )
        return 0
    if not found:
        print("No eco-industrial park: no company names one.")
        return 0
    for p in found:
        head = f"{p.name}: companies {len(p.companies)}, waste {p.tonnes:.4g} t/year"
        print(f"{head} (hazardous {p.hazardous_tonnes:.4g} t), confirmed exchanges "
              f"{len(p.confirmed)}")  # fmt: skip
        for c in p.companies:
            counts = f"assessments {c.assessments} (completed {c.completed})"
            print(f"  {c.name} (NACE {code_label(c.nace, language)}): {counts}, "
                  f"waste streams {c.streams}, "
                  f"{c.tonnes:.4g} t/year")  # fmt: skip
        for x, d in p.exchanges:
            state = d.status if d else "open"
            print(f"  ⇄ {x.stream.company.name}: {x.stream.name} → {x.receiver.name} "
                  f"(score {x.score}, {state})")  # fmt: skip
    return 0
