"""What users type means one thing everywhere, and any text is a value or a clear refusal.

The issue's examples (baseline, checklist, CLI) as tests, and hypothesis fuzzing of every
question type, the quantity parser and every calculator input with arbitrary text, units and
magnitudes: each gives a value or a refusal that names the input — never another exception.
"""

from __future__ import annotations

import json
import math
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recp_desktop.checklists import builtin_templates
from recp_desktop.checklists.answers import AnswerError, check_value, parse_number_answer
from recp_desktop.checklists.prefill import tariffs
from recp_desktop.cli import main
from recp_desktop.cli.common import CliError, print_json
from recp_desktop.domain.baseline import BY_KEY, canonical_quantity, read_quantity
from recp_desktop.domain.calculators import NAMES, CalculationError, inputs, run
from recp_desktop.domain.calculators.base import parse_inputs
from recp_desktop.domain.units import UnitError, parse_quantity
from recp_desktop.storage.baseline import BaselineValue

QUESTIONS = [q for t in builtin_templates().values() for q in t.questions]
NUMBER_QUESTIONS = [q for q in QUESTIONS if q.answer_type == "number"]
HOT_WATER = next(q for q in QUESTIONS if q.id == "water.cooling.hot_water_temp")
NM3_IN_M3 = 293.15 / 273.15  # ideal gas: one Nm³ (0 °C) is this many m³ at 20 °C, same pressure
PINT_WORDS = re.compile(r"\[(mass|length|time|temperature|substance)\]|Traceback|Error\b")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    status = main(list(args))
    out, err = capsys.readouterr()
    return status, out, err


# --- the examples -----------------------------------------------------------------------


def test_cli_reads_english_by_default_and_the_language_given(capsys) -> None:
    assert cli(capsys, "units", "convert", "1,500 kWh", "MWh")[1].strip() == "1.5 MWh"
    assert cli(capsys, "--lang", "ru", "units", "convert", "1,500 kWh", "MWh")[1].strip() == (
        "0,0015 MWh"
    )
    assert cli(capsys, "--lang", "az", "units", "convert", "1.500 kWh", "MWh")[1].strip() == (
        "1,5 MWh"
    )


def test_cli_converts_gas_amounts_to_cubic_metres(capsys) -> None:
    status, out, _ = cli(capsys, "units", "convert", "100 Nm3", "m3")
    assert status == 0 and out.strip() == "107.322 m3"  # 100 * 293.15 / 273.15
    status, out, _ = cli(capsys, "units", "convert", "107.322 m³", "Nm3", "--json")
    assert json.loads(out)["to"]["value"] == pytest.approx(100, rel=1e-5)


def test_cli_prints_no_scientific_notation(capsys) -> None:
    status, out, _ = cli(
        capsys,
        "calc",
        "compressed-air-leak",
        "diameter=1/8 in",
        "pressure=6 bar",
        "hours=6000 h",
        "electricity_price=0.11 AZN/kWh",
        "country=AZ",
    )
    assert status == 0
    assert "e+" not in out
    volume = re.search(r"annual_volume\s+([\d,]+) ", out)
    assert volume and "," in volume.group(1)  # 152,800: read back as 152800 in English


@pytest.mark.parametrize(
    ("value", "culprit"),
    [
        ("air_temperature=20 delta_degC", "air_temperature"),
        ("air_temperature=20 kWh", "air_temperature"),
        ("pressure=inf bar", "pressure"),
        ("pressure=1e999 bar", "pressure"),
        ("pressure=nan", "pressure"),
        ("diameter=1/0 in", "diameter"),
    ],
)
def test_cli_calc_refuses_in_words(capsys, value: str, culprit: str) -> None:
    status, out, err = cli(
        capsys, "calc", "compressed-air-leak", "diameter=1/8 in", "pressure=6 bar", value
    )
    assert status == 2 and not out
    assert culprit in err and not PINT_WORDS.search(err), err


def test_json_is_never_infinity_or_nan() -> None:
    with pytest.raises(CliError, match="not finite"):
        print_json({"value": math.inf})
    with pytest.raises(CliError):
        print_json([math.nan])


def test_checklist_reads_by_the_display_language() -> None:
    question = next(q for q in NUMBER_QUESTIONS if q.unit == "kW")
    assert parse_number_answer(question, "1,500 kW", None, "en") == (1500, "kW")
    assert parse_number_answer(question, "1,500 kW", None, "ru") == (1.5, "kW")
    assert parse_number_answer(question, "1 500,5", None, "ru") == (1500.5, "kW")
    assert parse_number_answer(question, "1.500", None, "az") == (1500, "kW")


@pytest.mark.parametrize("text", ["40 Δ°C", "40 delta_degC", "40 kWh"])
def test_a_temperature_question_refuses_what_is_no_temperature(text: str) -> None:
    with pytest.raises(AnswerError) as caught:
        parse_number_answer(HOT_WATER, text)
    assert caught.value.reason == "wrong_unit"
    assert not PINT_WORDS.search(str(caught.value))


@pytest.mark.parametrize("text", ["inf", "nan", "-inf °C", "1e999", "1e16 °C"])
def test_a_number_question_refuses_non_finite_and_absurd_numbers(text: str) -> None:
    with pytest.raises(AnswerError) as caught:
        parse_number_answer(HOT_WATER, text)
    assert caught.value.reason == "not_finite"


@pytest.mark.parametrize(
    ("key", "text", "language", "number", "unit", "canonical"),
    [
        ("heat", "1 200 Гкал", "ru", 1200, "Gcal", 1200),
        ("heat", "1 200", "en", 1200, "Gcal", 1200),
        ("electricity", "850 MWh", "en", 850, "MWh", 850_000),
        ("electricity", "1,5 МВт·ч", "ru", 1.5, "MWh", 1500),
        ("natural_gas", "120000 Nm3", "en", 120000, "Nm3", 120000 * NM3_IN_M3),
        ("natural_gas", "120 000 Нм³", "ru", 120000, "Nm3", 120000 * NM3_IN_M3),
        ("water", "1.500 m3", "az", 1500, "m**3", 1500),
        ("production_output", "500 pieces", "en", 500, "pieces", 500),
        ("value_added", "2 000 000 AZN", "en", 2_000_000, "AZN", 2_000_000),
    ],
)
def test_baseline_quantities_with_units(
    key: str, text: str, language: str, number: float, unit: str, canonical: float
) -> None:
    spec = BY_KEY[key]
    assert read_quantity(spec, text, spec.unit, language, "AZN") == (number, unit)
    assert canonical_quantity(spec, number, unit) == pytest.approx(canonical, rel=1e-9)


@pytest.mark.parametrize(
    ("key", "text", "reason"),
    [
        ("heat", "12 m3", "wrong_unit"),
        ("water", "12 Nm3", "wrong_unit"),  # gas amounts are for gas
        ("heat", "12 blorps", "unknown_unit"),
        ("heat", "twelve", "not_a_number"),
        ("heat", "inf Gcal", "not_finite"),
        ("heat", "1e999 Gcal", "not_finite"),
        ("value_added", "5 USD", "wrong_unit"),
    ],
)
def test_baseline_refusals_say_why(key: str, text: str, reason: str) -> None:
    with pytest.raises(UnitError) as caught:
        read_quantity(BY_KEY[key], text, BY_KEY[key].unit, "en", "AZN")
    assert caught.value.reason == reason


def test_tariffs_from_a_gas_bill_in_any_gas_unit() -> None:
    """100 000 AZN for 120 000 Nm³ is 100 000 / (120 000 × 293.15/273.15) AZN per m³."""
    per_m3 = 100_000 / (120_000 * NM3_IN_M3)
    for unit, amount in (("Nm3", 120_000), ("m**3", 120_000 * NM3_IN_M3)):
        baseline = {"natural_gas": BaselineValue(amount, unit, 100_000)}
        price = tariffs(baseline, "AZN")["fuel_price"]
        assert price == f"{per_m3:.4g} AZN/m**3"
    russian = tariffs({"electricity": BaselineValue(1_250, "MWh", 137_500)}, "AZN", "ru")
    assert russian == {"electricity_price": "0,11 AZN/kWh"}


# --- fuzzing ------------------------------------------------------------------------------------

UNITS = st.sampled_from(
    ["", "kWh", "Gcal", "m3", "Nm³", "°C", "Δ°C", "delta_degC", "degF", "K", "bar", "kgf/cm²",
     "%", "t", "кг", "Гкал", "AZN", "AZN/kWh", "1/min", "in", "h", "year", "parsec", "m**-3",
     "kg**0.5", "1e5", "**", "/", "degC*degC", "mol", "dimensionless"]
)  # fmt: skip
NUMBERS = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.sampled_from(["1,500", "1.500", "1 500,5", "−3", "1/8", "1/0", "inf", "nan", "1e999"]),
)
TYPED = st.one_of(
    st.text(max_size=20),
    st.builds(lambda n, u: f"{n} {u}".strip(), NUMBERS, UNITS),
)


def _unechoed(message: str, typed: str) -> str:
    """``message`` without the user's own text, which refusals quote back (hypothesis may type
    '[substance]' itself; only words the parser adds must be free of pint's vocabulary)."""
    for echo in {typed, typed.strip()}:
        if echo:
            message = message.replace(f"'{echo}'", "''")
    return message


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    question=st.sampled_from(QUESTIONS),
    text=TYPED,
    language=st.sampled_from(["en", "ru", "az"]),
)
def test_every_question_type_takes_any_text(question, text: str, language: str) -> None:
    try:
        if question.answer_type == "number":
            number, unit = parse_number_answer(question, text, None, language)
            assert math.isfinite(number) and unit
        else:
            check_value(question, text)
    except AnswerError as exc:
        assert exc.reason and not PINT_WORDS.search(_unechoed(str(exc), text)), str(exc)


@settings(max_examples=400, deadline=None)
@given(text=TYPED, language=st.sampled_from(["en", "ru", "az"]))
def test_the_quantity_parser_takes_any_text(text: str, language: str) -> None:
    try:
        quantity = parse_quantity(text, language=language)
    except UnitError as exc:
        assert exc.reason in (
            "not_a_number",
            "not_finite",
            "too_large",
            "unknown_unit",
            "below_absolute_zero",
        )
        assert not PINT_WORDS.search(_unechoed(str(exc), text)), str(exc)
    else:
        assert math.isfinite(quantity.magnitude)


CALCULATOR_INPUTS = [(name, spec) for name in NAMES for spec in inputs(name)]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    target=st.sampled_from(CALCULATOR_INPUTS),
    text=TYPED,
    language=st.sampled_from(["en", "ru", "az"]),
)
def test_every_calculator_input_takes_any_text(target, text: str, language: str) -> None:
    _name, spec = target
    try:
        values, _ = parse_inputs((spec,), {spec.name: text}, language)
    except CalculationError as exc:
        assert exc.input == spec.name
        # the typed text is echoed back quoted; pint's words must not appear outside it
        assert not PINT_WORDS.search(_unechoed(str(exc), text)), str(exc)
    else:
        value = values[spec.name]
        assert not hasattr(value, "magnitude") or math.isfinite(value.magnitude)


@pytest.mark.parametrize("language", ["en", "ru", "az"])
def test_defaults_written_in_code_mean_the_same_in_every_language(language: str) -> None:
    """'101.325 kPa' (a default) is 101.325 kPa, though '101.325' typed in Azerbaijani is 101325."""
    pressure = {"en": "7.5 bar", "ru": "7,5 bar", "az": "7,5 bar"}[language]
    result = run("steam-leak", {"diameter": "3 mm", "pressure": pressure}, language)
    english = run("steam-leak", {"diameter": "3 mm", "pressure": "7.5 bar"}, "en")
    assert result.result.values.keys() == english.result.values.keys()
    for key, value in english.result.values.items():
        assert result.result.values[key].magnitude == pytest.approx(value.magnitude)


def test_cli_refusal_examples_use_the_currency_typed(capsys) -> None:
    # 1e300 AZN/kWh is refused; its example must be in AZN, the currency the user wrote,
    # not the EUR default (an example in another currency would invite a wrong price).
    status, _, err = cli(
        capsys,
        "calc",
        "compressed-air-leak",
        "diameter=1/8 in",
        "pressure=6 bar",
        "hours=6000 h",
        "electricity_price=1e300 AZN/kWh",
    )
    assert status == 2
    assert "far beyond any real value" in err and "AZN/kWh" in err.split("example")[-1], err
