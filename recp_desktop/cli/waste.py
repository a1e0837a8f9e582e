"""``recp waste map``: waste by region as a PDF page or PNG image, or its figures as JSON."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from recp_desktop.cli.common import CliError, fail, open_database, print_json


def add_parsers(sub: Any) -> None:
    waste = sub.add_parser("waste", help="waste of all companies: the map by region")
    commands = waste.add_subparsers(dest="waste_command", metavar="COMMAND", required=True)
    map_ = commands.add_parser(
        "map",
        help="tonnes per year by region, as a PDF page, a PNG image or JSON",
        description="Every live waste stream placed by its company's region. MEASURE is "
        "'all', 'hazardous', 'chapter:NN' (an EWC chapter, 01-20) or 'treatment:X' (R, D, "
        "none, or a code R1-R13/D1-D15).",
    )
    map_.add_argument("-o", "--output", metavar="FILE.pdf|FILE.png", help="file to write")
    map_.add_argument("--measure", default="all", metavar="MEASURE", help="default: all")
    map_.add_argument("--json", action="store_true", help="print the figures as JSON")
    map_.set_defaults(func=_cmd_map)


def parse_measure(text: str):
    """``all``, ``hazardous``, ``chapter:02``, ``treatment:R5`` as a Measure.

    Raises:
        CliError: an unknown measure, chapter or treatment code.
    """
    from recp_desktop.domain.waste_map import Measure

    kind, _, value = (part.strip() for part in text.partition(":"))
    value = "none" if value.lower() == "none" else value.upper()
    try:
        return Measure(kind.lower(), value)
    except ValueError as exc:
        raise CliError(str(exc)) from None


def confirmed_exchanges(db):  # -> list[report.waste_map.Exchange]
    """The confirmed symbiosis candidates, best score first, then the confirmed exchanges that
    are no longer candidates (with why), for the PDF."""
    from recp_desktop.domain.ewc import display_code
    from recp_desktop.report.waste_map import Exchange
    from recp_desktop.storage import symbiosis

    confirmed, lost = symbiosis.confirmed_exchanges(db)
    return [
        Exchange(
            c.stream.company.name,
            f"{c.stream.name} ({display_code(c.stream.ewc_code)})",
            c.receiver.name,
            c.stream.tonnes,
            decision.comment,
        )
        for c, decision in confirmed
    ] + [
        Exchange(
            x.giver,
            f"{x.stream} ({display_code(x.ewc_code)})" if x.ewc_code else x.stream,
            x.receiver,
            x.tonnes,
            x.decision.comment,
            lost=x.reason,
        )
        for x in lost
    ]


def _cmd_map(args: argparse.Namespace) -> int:
    from recp_desktop.domain.waste_map import aggregate, located
    from recp_desktop.report.waste_map import MapFigures, write_waste_map_pdf
    from recp_desktop.storage.waste_map import company_sites, map_rows

    measure = parse_measure(args.measure)
    if not args.output and not args.json:
        return fail("say where to write the map (-o FILE.pdf or FILE.png) or ask for --json")
    suffix = Path(args.output).suffix.lower() if args.output else ""
    if args.output and suffix not in (".pdf", ".png"):
        return fail(f"'{Path(args.output).name}': the map is written as .pdf or .png")
    language = args.lang if getattr(args, "lang", None) in ("en", "ru", "az") else "en"
    db = open_database(args)
    try:
        rows = map_rows(db)
        exchanges = confirmed_exchanges(db)
        sites = company_sites(db)
    finally:
        db.close()
    shown, counted = located(sites, rows, measure)
    figures = aggregate(rows, measure)
    counted_streams = sum(f.streams for f in figures.values())  # those the measure counts
    data = MapFigures.of(figures, measure, counted_streams, shown, counted)
    if args.json:
        print_json(
            {
                "measure": {"kind": measure.kind, "value": measure.value},
                "class_breaks": data.breaks,
                "regions": [
                    {
                        "region": f.region,
                        "country": f.country,
                        "tonnes_per_year": f.tonnes,
                        "streams": f.streams,
                        "streams_without_tonnes": f.without_tonnes,
                        "companies": f.companies,
                    }
                    for f in sorted(data.figures.values(), key=lambda f: (-f.tonnes, f.region))
                ],
                "sites": [
                    {
                        "company": s.name,
                        "latitude": s.latitude,
                        "longitude": s.longitude,
                        "counted": s.enterprise_id in data.counted,
                    }
                    for s in data.sites
                ],
            }
        )
    if not args.output:
        return 0
    target = Path(args.output)
    try:
        if suffix == ".pdf":
            write_waste_map_pdf(data, target, language, exchanges)
        else:
            from recp_desktop.ui.waste_map import write_map_png  # Qt, loaded only here

            write_map_png(data, target, language)
    except OSError as exc:
        return fail(f"could not write {target}: {exc.strerror or exc}")
    if not args.json:
        print(f"Wrote the waste map to {target}")
    return 0
