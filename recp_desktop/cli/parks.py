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
        "companies of the same park, with the supervisor's decision. Printed in the language "
        "of --lang (en, ru, az; default English); each company's NACE division is named in it "
        "(Azerbaijani gets English).",
    )
    parks.add_argument("--json", action="store_true", help="print JSON")
    parks.set_defaults(func=_cmd_parks)


def _cmd_parks(args: argparse.Namespace) -> int:
    from recp_desktop.domain.ewc import display_code
    from recp_desktop.domain.nace import code_label, division_name
    from recp_desktop.domain.numbers import format_number
    from recp_desktop.storage.parks import park_overviews

    language = args.lang if getattr(args, "lang", None) in TEXTS else "en"
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
    texts = TEXTS[language]
    if not found:
        print(texts["none"])
        return 0

    def t(value: float) -> str:
        return format_number(value, language, significant=4)

    for p in found:
        print(texts["park"].format(name=p.name, companies=len(p.companies), tonnes=t(p.tonnes),
                                   hazardous=t(p.hazardous_tonnes),
                                   confirmed=len(p.confirmed)))  # fmt: skip
        for c in p.companies:
            line = texts["company"].format(name=c.name, nace=code_label(c.nace, language),
                                           assessments=c.assessments, completed=c.completed,
                                           streams=c.streams, tonnes=t(c.tonnes))  # fmt: skip
            print(line)
        for x, d in p.exchanges:
            state = texts[d.status if d else "open"]
            print(texts["exchange"].format(giver=x.stream.company.name, stream=x.stream.name,
                                           code=display_code(x.stream.ewc_code),
                                           receiver=x.receiver.name, score=x.score,
                                           state=state))  # fmt: skip
    return 0


TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "none": "No eco-industrial park: no company names one.",
        "park": "{name}: companies {companies}, waste {tonnes} t/year (hazardous {hazardous} t), "
        "confirmed exchanges {confirmed}",
        "company": "  {name} (NACE {nace}): assessments {assessments} (completed {completed}), "
        "waste streams {streams}, {tonnes} t/year",
        "exchange": "  ⇄ {giver}: {stream} ({code}) → {receiver} (score {score}, {state})",
        "open": "open",
        "confirmed": "confirmed",
        "dismissed": "dismissed",
    },
    "ru": {
        "none": "Эко-индустриальных парков нет: ни одно предприятие не указало парк.",
        "park": "{name}: предприятий {companies}, отходов {tonnes} т/год (опасных {hazardous} т), "
        "подтверждённых обменов {confirmed}",
        "company": "  {name} (NACE {nace}): оценок {assessments} (завершено {completed}), "
        "потоков отходов {streams}, {tonnes} т/год",
        "exchange": "  ⇄ {giver}: {stream} ({code}) → {receiver} (балл {score}, {state})",
        "open": "открыт",
        "confirmed": "подтверждён",
        "dismissed": "отклонён",
    },
    "az": {
        "none": "Eko-sənaye parkı yoxdur: heç bir müəssisə park göstərməyib.",
        "park": "{name}: müəssisələr {companies}, tullantılar ildə {tonnes} t (təhlükəli "
        "{hazardous} t), təsdiqlənmiş mübadilələr {confirmed}",
        "company": "  {name} (NACE {nace}): qiymətləndirmələr {assessments} (tamamlanıb "
        "{completed}), tullantı axınları {streams}, ildə {tonnes} t",
        "exchange": "  ⇄ {giver}: {stream} ({code}) → {receiver} (bal {score}, {state})",
        "open": "açıq",
        "confirmed": "təsdiqlənib",
        "dismissed": "rədd edilib",
    },
}
"""The lines of ``recp parks`` in each language of ``--lang`` (numbers as that language
writes them, ``domain.numbers.format_number``)."""
