"""``recp indicators``: an assessment's RECP indicators, baseline and projected."""

from __future__ import annotations

import argparse
from typing import Any

from recp_desktop.cli.common import fail, open_database, print_json


def add_parsers(sub: Any) -> None:
    indicators = sub.add_parser(
        "indicators", help="RECP indicators of an assessment, baseline and projected"
    )
    indicators.add_argument("assessment_id", help="assessment id (see 'recp list')")
    indicators.add_argument("--json", action="store_true", help="print JSON")
    indicators.set_defaults(func=_cmd_indicators)


def _cmd_indicators(args: argparse.Namespace) -> int:
    from recp_desktop.domain.indicators import compute
    from recp_desktop.storage.baseline import load_baseline
    from recp_desktop.storage.options import list_options, projected_totals
    from recp_desktop.storage.repository import get_assessment

    db = open_database(args)
    try:
        assessment, enterprise = get_assessment(db, args.assessment_id)
    except LookupError as exc:
        return fail(str(exc))
    result = compute(
        load_baseline(db, assessment.id),
        country=enterprise.country,
        currency=assessment.currency,
        savings=projected_totals(list_options(db, assessment.id), assessment.currency),
    )
    if args.json:
        payload = {
            "assessment": assessment.id,
            "company": enterprise.name,
            "indicators": [
                {
                    "key": i.key,
                    "basis": i.basis,
                    "unit": i.unit,
                    "baseline": i.baseline,
                    "projected": i.projected,
                }
                for i in result.items
            ],
            "totals": result.totals,
            "projected_totals": result.projected_totals,
            "assumptions": result.assumptions,
            "missing": result.missing,
        }
        print_json(payload)
        return 0
    print(f"{enterprise.name} — RECP indicators")
    for item in result.items:
        base = "—" if item.baseline is None else f"{item.baseline:,.4g}"
        projected = "—" if item.projected is None else f"{item.projected:,.4g}"
        label = f"{item.key.replace('_', ' ')} per {item.basis.replace('_', ' ')}"
        print(f"  {label:42} {base:>12} → {projected:>12}  {item.unit}")
    if result.missing:
        print("  missing in the baseline: " + ", ".join(result.missing))
    for note in result.assumptions:
        print(f"  - {note}")
    return 0
