"""``recp calc`` and ``recp units``: the calculators and the unit registry from a shell."""

from __future__ import annotations

import argparse
from typing import Any

from recp_desktop.cli.common import fail, print_json, reading_language


def add_parsers(sub: Any) -> None:
    calc = sub.add_parser(
        "calc",
        help="run a quick-win calculator",
        description="Run a calculator: recp calc NAME key=value ... Values carry units, "
        'e.g. diameter="1/8 in" pressure="6 bar". Numbers are read as --lang writes them '
        "(English by default: 1,500 is fifteen hundred, 1.5 one and a half).",
    )
    calc.add_argument("--list", action="store_true", help="list calculators and their inputs")
    calc.add_argument("--json", action="store_true", help="print JSON")
    calc.add_argument("name", nargs="?", help="calculator name")
    calc.add_argument("values", nargs="*", metavar="key=value", help="inputs")
    calc.set_defaults(func=_cmd_calc)

    units = sub.add_parser("units", help="unit conversions")
    units_sub = units.add_subparsers(dest="units_command", metavar="COMMAND", required=True)
    convert = units_sub.add_parser("convert", help='convert a quantity: "12 Gcal" MWh')
    convert.add_argument("quantity", help='a number with a unit, e.g. "12 Gcal"')
    convert.add_argument("unit", help="the unit to convert to")
    convert.add_argument("--json", action="store_true", help="print JSON")
    convert.set_defaults(func=_cmd_units_convert)


def _cmd_calc(args: argparse.Namespace) -> int:
    from recp_desktop.domain.calculators import NAMES, CalculationError, calculator, inputs, run

    if args.list or not args.name:
        listing = [
            {
                "name": name,
                "title": calculator(name).TITLE,
                "inputs": [spec.spec() for spec in inputs(name)],
            }
            for name in NAMES
        ]
        if args.json:
            print_json(listing)
        else:
            for item in listing:
                names = ", ".join(i["name"] for i in item["inputs"])
                print(f"{item['name']:32} {item['title']}\n{'':32} inputs: {names}")
        return 0 if args.list else fail("give a calculator name, or --list")
    raw: dict[str, str] = {}
    for pair in args.values:
        key, sep, value = pair.partition("=")
        if not sep or not key:
            return fail(f"'{pair}' is not key=value")
        if key in raw:
            return fail(f"{key}: given twice")
        raw[key] = value

    language = reading_language(args)
    try:
        calculation = run(args.name, raw, language, currency=_typed_currency(raw))
    except CalculationError as exc:
        if exc.input is None:
            return fail(f"{args.name}: {exc.render(language)}")
        label = exc.label(language)
        named = exc.input if label == exc.input else f"{exc.input} ({label})"
        return fail(f"{args.name}: {named}: {exc.render(language)}")
    if args.json:
        print_json(calculation.to_json())
        return 0
    print(calculator(args.name).TITLE)
    for key, value in calculation.result.values.items():
        print(f"  {key:24} {plain_number(float(value.magnitude), 4, language)} {value.units:~P}")
    for warning in calculation.result.warnings:
        print(f"  ! {warning.render(language)}")
    for note in calculation.result.assumptions:
        print(f"  - {note.render(language)}")
    return 0


def plain_number(value: float, digits: int, language: str = "en") -> str:
    """``value`` to about ``digits`` significant figures, whole digits all kept, as
    ``language`` writes it (``152,836``, ``0.0015``; ``152 836`` in Russian), never in
    scientific notation."""
    from recp_desktop.domain.numbers import format_number, format_significant, symbols

    if value != 0 and abs(value) < 1e-4:  # more decimals than format_significant keeps
        return format_number(value, language, significant=digits)
    text = format_significant(value, language, digits)
    point = symbols(language)[1]
    return text.rstrip("0").rstrip(point) if point in text else text


def _cmd_units_convert(args: argparse.Namespace) -> int:
    """Print the quantity in the unit asked, six significant figures in ``--lang``'s notation."""
    from recp_desktop.domain.units import UnitError, parse_quantity, parse_unit, to_unit

    language = reading_language(args)
    try:
        quantity = parse_quantity(args.quantity, language=language)
        converted = to_unit(quantity, parse_unit(args.unit))
    except UnitError as exc:
        return fail(f"cannot convert '{args.quantity}' to {args.unit}: {exc}")
    if args.json:
        print_json(
            {
                "from": {"value": float(quantity.magnitude), "unit": f"{quantity.units:~}"},
                "to": {"value": float(converted.magnitude), "unit": args.unit},
            },
            indent=None,
        )
    else:
        print(f"{plain_number(float(converted.magnitude), 6, language)} {args.unit}")
    return 0


def _typed_currency(raw: dict[str, str]) -> str:
    """The first currency code the user typed in any input (``0.11 AZN/kWh`` → ``AZN``), so
    that refusals give examples in it; EUR when none was typed."""
    import re

    from recp_desktop.domain.units import CURRENCIES

    pattern = re.compile(r"(?<![A-Za-z])(" + "|".join(CURRENCIES) + r")(?![A-Za-z])")
    for value in raw.values():
        match = pattern.search(value)
        if match:
            return match.group(1)
    return "EUR"
