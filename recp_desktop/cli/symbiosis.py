"""``recp symbiosis``: candidates where one company's waste could be another's input."""

from __future__ import annotations

import argparse
from typing import Any

from recp_desktop.cli.common import open_database, print_json

PER_STREAM_HELP = 3
"""``domain.symbiosis.PER_STREAM``, for the help text without importing the domain at start-up
(a test checks they agree)."""


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError("give 0 (all receivers) or more")
    return value


def add_parsers(sub: Any) -> None:
    symbiosis = sub.add_parser(
        "symbiosis",
        help="industrial symbiosis candidates between the companies, scored, with reasons",
        description="Pairs each waste stream with the other companies whose sector (NACE) "
        "takes that waste according to the shipped mapping (resources/symbiosis), or that "
        "declared it as a wanted input; keeps each stream's best receivers (--per-stream) "
        "and every pair already decided on, best score first; each candidate says why — in "
        "the language of --lang (en, ru, az; default English).",
    )
    symbiosis.add_argument("--json", action="store_true", help="print JSON")
    symbiosis.add_argument(
        "--per-stream",
        type=_count,
        default=None,
        metavar="N",
        help=f"keep each waste stream's N best receivers (default {PER_STREAM_HELP}; 0: all)",
    )
    symbiosis.set_defaults(func=_cmd_symbiosis)


def _cmd_symbiosis(args: argparse.Namespace) -> int:
    from recp_desktop.domain.ewc import display_code
    from recp_desktop.domain.nace import code_label, division_name
    from recp_desktop.domain.symbiosis import PER_STREAM, sources
    from recp_desktop.domain.symbiosis_texts import reason_text
    from recp_desktop.report.waste_map import waste_text
    from recp_desktop.storage.symbiosis import confirmed_exchanges, find_candidates
    from recp_desktop.storage.symbiosis_decisions import decisions

    language = args.lang if getattr(args, "lang", None) in TEXTS else "en"
    per_stream = PER_STREAM if args.per_stream is None else args.per_stream
    db = open_database(args)
    try:
        found = find_candidates(db, per_stream or None)
        decided = decisions(db)
        lost = [] if args.json else confirmed_exchanges(db)[1]
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
                        "ewc_display": display_code(c.stream.ewc_code),
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
                    "decided_by": decided[c.key].decided_by if c.key in decided else "",
                    "reasons": [reason_text(r, language) for r in c.parts],
                }
                for c in found
            ]
        )
        return 0
    texts = TEXTS[language]
    if not found and not lost:
        print(texts["none"])
        return 0
    lines = [texts["kept"].format(count=per_stream) if per_stream else texts["all"]]
    for c in found:
        mark = f" [{texts[decided[c.key].status]}]" if c.key in decided else ""
        lines.append(
            f"{c.score:>3}{mark}  {c.stream.company.name}: {c.stream.name} "
            f"({display_code(c.stream.ewc_code)}) → {c.receiver.name} "
            f"(NACE {code_label(c.receiver.nace, language)})"
        )
        lines.extend(f"       {reason_text(r, language)}" for r in c.parts)
    for x in lost:  # confirmed once, no longer a candidate: kept in sight, with why
        code = f" ({display_code(x.ewc_code)})" if x.ewc_code else ""
        lines.append(f"  [{texts['confirmed']}]  {x.giver}: {x.stream}{code} → {x.receiver}")
        lines.append(f"       {waste_text(language, 'lost_' + x.reason)}")
    print("\n".join(lines))
    return 0


TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "none": "No symbiosis candidate: no waste stream matches another company's sector.",
        "kept": "Each waste stream's {count} best receivers, and every pair decided on "
        "(--per-stream 0: all).",
        "all": "Every receiver of each waste stream.",
        "confirmed": "confirmed",
        "dismissed": "dismissed",
    },
    "ru": {
        "none": "Кандидатов на симбиоз нет: ни один поток отходов не подходит отрасли другого "
        "предприятия.",
        "kept": "Для каждого потока отходов {count} лучших получателей и все пары с решением "
        "(--per-stream 0: все).",
        "all": "Все получатели каждого потока отходов.",
        "confirmed": "подтверждён",
        "dismissed": "отклонён",
    },
    "az": {
        "none": "Simbioz namizədi yoxdur: heç bir tullantı axını başqa müəssisənin sahəsinə "
        "uyğun gəlmir.",
        "kept": "Hər tullantı axını üçün ən yaxşı {count} qəbul edən və qərar verilmiş bütün "
        "cütlər (--per-stream 0: hamısı).",
        "all": "Hər tullantı axınının bütün qəbul edənləri.",
        "confirmed": "təsdiqlənib",
        "dismissed": "rədd edilib",
    },
}
"""The lines of ``recp symbiosis`` in each language of ``--lang``."""
