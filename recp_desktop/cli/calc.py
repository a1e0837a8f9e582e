"""``recp calc`` and ``recp units``: the calculators and the unit registry from a shell."""

from __future__ import annotations

import argparse
import json
from typing import Any

from recp_desktop.cli.common import fail


def add_parsers(sub: Any) -> None:
    calc = sub.add_parser(
        "calc",
        help="run a quick-win calculator",
        description="Run a calculator: recp calc NAME key=value ... Values carry units, "
        'e.g. diameter="1/8 in" pressure="6 bar".',
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
            print(json.dumps(listing, ensure_ascii=False, indent=2))
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
    try:
        calculation = run(args.name, raw)
    except CalculationError as exc:
        if exc.input is None:
            return fail(f"{args.name}: {exc.render()}")
        label = exc.label()
        named = exc.input if label == exc.input else f"{exc.input} ({label})"
        return fail(f"{args.name}: {named}: {exc.render()}")
    payload = calculation.to_json()
    if args.json:
        print(json.dumps(payload, ensure_ascii=False, indent=2))
        return 0
    print(calculator(args.name).TITLE)
    for key, value in calculation.result.values.items():
        print(f"  {key:24} {plain_number(float(value.magnitude), 4)} {value.units:~P}")
    for warning in calculation.result.warnings:
        print(f"  ! {warning.render()}")
    for note in calculation.result.assumptions:
        print(f"  - {note.render()}")
    return 0


def plain_number(value: float, digits: int) -> str:
    """``value`` to ``digits`` significant figures as a reader writes it (``152,800``,
    ``0.0015``), never in scientific notation; the report's English number formatting."""
    from recp_desktop.report.fmt import Formatter

    if value != 0 and abs(value) < 1e-4:  # too small for fixed decimals to keep its digits
        mantissa, exponent = f"{value:.{digits - 1}e}".split("e")
        return f"{mantissa.rstrip('0').rstrip('.')}×10^{int(exponent)}"
    text = Formatter("en").sig(value, digits).replace("−", "-")
    return text.rstrip("0").rstrip(".") if "." in text else text


def _cmd_units_convert(args: argparse.Namespace) -> int:
    from recp_desktop.domain.units import UnitError, parse_quantity, parse_unit

    try:
        quantity = parse_quantity(args.quantity)
        target = parse_unit(args.unit)
        converted = quantity.to(target)
    except UnitError as exc:
        return fail(str(exc))
    except Exception as exc:  # pint's DimensionalityError
        return fail(f"cannot convert '{args.quantity}' to {args.unit}: {exc}")
    if args.json:
        print(
            json.dumps(
                {
                    "from": {"value": float(quantity.magnitude), "unit": f"{quantity.units:~}"},
                    "to": {"value": float(converted.magnitude), "unit": args.unit},
                },
                ensure_ascii=False,
            )
        )
    else:
        print(f"{plain_number(float(converted.magnitude), 6)} {args.unit}")
    return 0
