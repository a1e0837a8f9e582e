"""``recp programme``: the programme's totals and breakdowns, as text, JSON, PDF or Excel."""

from __future__ import annotations

import argparse
from datetime import date
from typing import Any

from recp_desktop.cli.common import CliError, open_database, print_json, reading_language

REPORT_LANGUAGES = ("en", "ru", "az")
UNITS = {
    "annual_energy": ("energy_mwh", "MWh"),
    "annual_water": ("water_m3", "m**3"),
    "annual_materials": ("materials_t", "t"),
    "annual_waste": ("waste_t", "t"),
    "annual_co2": ("co2_t", "t"),
}
"""JSON total -> Savings field and its unit (pint's spelling)."""


def add_parsers(sub: Any) -> None:
    cmd = sub.add_parser(
        "programme",
        help="totals of the programme's assessments (approved only, unless --status all)",
        description="Totals and breakdowns of the programme's assessments: options, investment, "
        "yearly savings in money, MWh, m³, t and t CO2, by country, sector, CP technique, area "
        "and year. Money is converted into one currency at the rates given here or kept in the "
        "app (Programme > Exchange rates); no rate is fetched.",
    )
    cmd.add_argument(
        "--status",
        choices=("approved", "all"),
        default="approved",
        help="count approved assessments only (the default) or every review state",
    )
    cmd.add_argument("--currency", metavar="CODE", help="reporting currency (ISO 4217)")
    cmd.add_argument(
        "--rate",
        action="append",
        default=[],
        metavar="CODE=RATE",
        help="one CODE in the reporting currency, e.g. GEL=0.63 (repeat for each currency; "
        "the number as --lang writes it); overrides a kept rate for this run",
    )
    cmd.add_argument("--rates-date", metavar="YYYY-MM-DD", help="date of the --rate values")
    cmd.add_argument(
        "--rates-source", default="", metavar="TEXT", help="where the --rate values come from"
    )
    cmd.add_argument(
        "--country",
        action="append",
        default=[],
        metavar="CC",
        help="only this country, an ISO code such as AZ (repeat)",
    )
    cmd.add_argument("--json", action="store_true", help="print JSON")
    cmd.add_argument(
        "-o", "--output", metavar="FILE.pdf|FILE.xlsx", help="write a PDF report or a workbook"
    )
    cmd.add_argument(
        "--lang",
        dest="report_language",
        choices=REPORT_LANGUAGES,
        help="language of the PDF or workbook (default: the app's --lang, else English)",
    )
    cmd.set_defaults(func=_cmd_programme)


def _rates(args: argparse.Namespace, db: Any, currency: str) -> list[Any]:
    from recp_desktop.domain.programme import parse_rate
    from recp_desktop.storage.rates import list_rates

    on = None
    if args.rates_date:
        try:
            on = date.fromisoformat(args.rates_date)
        except ValueError:
            raise CliError(
                f"--rates-date {args.rates_date!r} is not a date like 2026-03-31"
            ) from None
    kept = {r.source: r for r in list_rates(db, currency)}
    for text in args.rate:
        try:
            rate = parse_rate(
                text,
                currency,
                language=reading_language(args),
                on=on,
                origin=args.rates_source or "recp programme --rate",
            )
        except ValueError as exc:
            raise CliError(str(exc)) from None
        kept[rate.source] = rate
    return list(kept.values())


def _check_countries(db: Any, countries: tuple[str, ...]) -> None:
    """Refuse a ``--country`` code that is neither one of the app's countries
    (:data:`~recp_desktop.domain.countries.COUNTRIES`) nor a country of an assessment here:
    a typo would otherwise total nothing, silently."""
    from recp_desktop.domain.countries import COUNTRIES

    unknown = [c for c in countries if c not in COUNTRIES]
    if not unknown:
        return
    from recp_desktop.storage.programme import distinct_values

    used = set(distinct_values(db)["countries"])
    unknown = [c for c in unknown if c not in used]
    if unknown:
        raise CliError(
            f"--country {', '.join(unknown)}: not a country code the app knows "
            f"({', '.join(sorted(COUNTRIES))}) nor a country of an assessment here"
        )


def _currency(args: argparse.Namespace, db: Any, flt: Any) -> str:
    from recp_desktop.domain.units import CURRENCIES
    from recp_desktop.settings import load_settings
    from recp_desktop.storage.programme import currencies

    if args.currency:
        code = args.currency.strip().upper()
        if code not in CURRENCIES:
            raise CliError(f"--currency {args.currency}: not a currency code such as AZN or EUR")
        return code
    used = currencies(db, flt)
    if len(used) == 1:
        return used[0]
    default = load_settings(db.folder).default_currency
    if default:
        return default
    if not used:
        return "EUR"
    raise CliError(
        f"the assessments are in {', '.join(used)}: choose the reporting currency with "
        "--currency CODE and give the rates with --rate CODE=RATE"
    )


def _cmd_programme(args: argparse.Namespace) -> int:
    from recp_desktop.domain.programme import MissingRateError, ProgrammeFilter

    countries = tuple(c.strip().upper() for c in args.country)
    flt = ProgrammeFilter(review=("approved",) if args.status == "approved" else None)
    if countries:
        flt = ProgrammeFilter(review=flt.review, countries=countries)
    db = open_database(args)
    try:
        _check_countries(db, countries)
        currency = _currency(args, db, flt)
        rates = _rates(args, db, currency)
        try:
            data = _gather(db, flt, currency, rates, args)
        except MissingRateError as exc:
            raise CliError(str(exc)) from None
        if args.output:
            _write(data, args.output)
            print(f"Wrote the programme's totals of {data.totals.assessments} assessments to "
                  f"{args.output}")  # fmt: skip
            return 0
        if args.json:
            print_json(payload(data))
            return 0
        _print_text(data)
        return 0
    finally:
        db.close()


def _gather(db: Any, flt: Any, currency: str, rates: list[Any], args: argparse.Namespace) -> Any:
    from recp_desktop.report.programme_data import gather_programme

    language = args.report_language or (
        args.lang if getattr(args, "lang", None) in REPORT_LANGUAGES else "en"
    )
    return gather_programme(db, flt, currency, rates, language=language)


def _write(data: Any, output: str) -> None:
    from pathlib import Path

    from recp_desktop.report import ReportError
    from recp_desktop.report.programme_pdf import write_programme_pdf
    from recp_desktop.report.programme_workbook import write_programme_workbook

    suffix = Path(output).suffix.lower()
    try:
        if suffix == ".pdf":
            write_programme_pdf(data, output)
        elif suffix == ".xlsx":
            write_programme_workbook(data, output)
        else:
            raise CliError(f"-o {output}: write a .pdf report or an .xlsx workbook")
    except ReportError as exc:
        raise CliError(str(exc)) from None


def _quantity(value: float, unit: str) -> dict[str, Any]:
    return {"value": value, "unit": unit}


def payload(data: Any) -> dict[str, Any]:
    """The JSON of ``recp programme --json``: counts, ``totals`` as ``{"value", "unit"}``
    (units in pint's spelling, money as its ISO 4217 code), breakdowns, rates, indicators."""
    result = data.totals
    t = result.totals.savings
    totals: dict[str, Any] = {
        "investment": _quantity(t.investment, result.currency),
        "annual_saving": _quantity(t.money, result.currency),
    }
    for name, (field, unit) in UNITS.items():
        totals[name] = _quantity(getattr(t, field), unit)
    payback = result.totals.payback_years
    totals["payback"] = None if payback is None else _quantity(payback, "year")

    def row(f: Any) -> dict[str, Any]:
        s = f.savings
        return {
            "key": f.key,
            "assessments": f.assessments,
            "options": f.options,
            "implemented": f.implemented,
            "investment": s.investment,
            "annual_saving": s.money,
            "annual_energy": s.energy_mwh,
            "annual_water": s.water_m3,
            "annual_materials": s.materials_t,
            "annual_waste": s.waste_t,
            "annual_co2": s.co2_t,
            "payback": f.payback_years,
        }

    return {
        "assessments": result.assessments,
        "review": "all" if data.review is None else list(data.review),
        "currency": result.currency,
        "options": {"identified": result.totals.options, "implemented": result.totals.implemented},
        "totals": totals,
        "units": {"money": result.currency, **{k: u for k, (_, u) in UNITS.items()}},
        "breakdowns": {name: [row(f) for f in rows] for name, rows in result.breakdowns.items()},
        "rates": [
            {
                "currency": r.source,
                "rate": r.rate,
                "target": r.target,
                "date": r.on.isoformat() if r.on else None,
                "source": r.origin,
            }
            for r in result.rates
        ],
        "indicators": [
            {
                "key": i.key,
                "unit": i.unit,
                "before": i.before,
                "after": i.after,
                "assessments": i.assessments,
            }
            for i in data.indicators
        ],
        "assessment_ids": [r.id for r in data.rows],
    }


def _print_text(data: Any) -> None:
    from recp_desktop.report.fmt import Formatter

    fmt = Formatter("en")
    result = data.totals
    t = result.totals.savings
    scope = "all review states" if data.review is None else "approved"
    print(f"Programme: {result.assessments} assessments ({scope}), money in {result.currency}")
    print(f"  options identified {result.totals.options}, implemented {result.totals.implemented}")
    print(f"  investment         {fmt.money(t.investment, result.currency)}")
    print(f"  saving per year    {fmt.money(t.money, result.currency)}")
    print(f"  energy per year    {fmt.quantity(t.energy_mwh, 'MWh')}")
    print(f"  water per year     {fmt.quantity(t.water_m3, 'm**3')}")
    print(f"  materials per year {fmt.quantity(t.materials_t, 't')}")
    print(f"  waste per year     {fmt.quantity(t.waste_t, 't')}")
    print(f"  CO2 per year       {fmt.quantity(t.co2_t, 't')}")
    print(f"  payback            {fmt.payback(result.totals.payback_years)}")
    for rate in result.rates:
        when = rate.on.isoformat() if rate.on else "no date"
        print(f"  rate: 1 {rate.source} = {rate.rate:g} {rate.target} ({when}; {rate.origin})")
