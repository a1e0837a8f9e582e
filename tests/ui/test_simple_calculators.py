"""The simple mode of each calculator gives exactly the full calculator's results for the same
inputs and defaults; two are checked against hand calculations written here."""

from __future__ import annotations

import pytest

from recp_desktop.domain.calculators import NAMES, inputs, run
from recp_desktop.domain.calculators.simple import MEASURED, split
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.ui.calculator_dialog import CalculatorDialog
from recp_desktop.ui.simple_calculator import SimpleCalculatorDialog

# What a participant measured, counted or read on a bill, per calculator.
MEASUREMENTS = {
    "compressed-air-leak": {"diameter": "2 mm", "pressure": "6 bar", "count": "3",
                            "hours": "4000 h", "electricity_price": "0.31 BYN/kWh"},
    "compressor-pressure-reduction": {"power": "55 kW", "rated_pressure": "8 bar",
                                      "new_pressure": "7 bar", "hours": "4000 h",
                                      "electricity_price": "0.31 BYN/kWh"},
    "steam-leak": {"diameter": "3 mm", "pressure": "7 bar", "hours": "6000 h",
                   "fuel": "natural_gas", "fuel_price": "0.25 BYN/m**3"},
    "water-leak": {"drips_per_minute": "60", "count": "3", "water_price": "2.1 BYN/m**3"},
    "lighting": {"fixtures": "20", "lamps_per_fixture": "2", "lamp_power": "36 W",
                 "hours": "3000 h", "new_lamp_power": "18 W",
                 "electricity_price": "0.31 BYN/kWh"},
    "electric-load": {"power": "7.5 kW", "hours": "2000 h", "electricity_price": "0.31 BYN/kWh"},
    "pipe-insulation": {"outside_diameter": "60 mm", "length": "12 m",
                        "surface_temperature": "150 degC", "hours": "5000 h",
                        "fuel": "natural_gas", "fuel_price": "0.25 BYN/m**3"},
}  # fmt: skip


@pytest.fixture
def club(db):
    company = create_enterprise(db, name="Orsha Dairy", country="BY", city="Orsha")
    return create_assessment(db, company.id, kind="club", title="Club", currency="BYN")


def _dialog(cls, qtbot, db, club, calculator: str, typed: dict[str, str]):
    takes = {spec.name for spec in inputs(calculator)}
    prefilled = {"country": "BY"} if "country" in takes else {}
    dialog = cls(db, club.id, calculator, currency="BYN", area="energy",
                 prefilled=prefilled, title="Quick win")  # fmt: skip
    qtbot.addWidget(dialog)
    for name, text in typed.items():
        dialog.set_value(name, text)
    dialog.recalculate()
    assert dialog.calculation is not None, dialog.error.text()
    return dialog


def test_every_calculator_has_a_simple_mode_that_splits_all_its_inputs() -> None:
    assert set(MEASURED) == set(NAMES) - {"economics"} == set(MEASUREMENTS)
    for name in MEASURED:
        measured, assumed = split(name)
        names = [spec.name for spec in (*measured, *assumed)]
        assert sorted(names) == sorted(spec.name for spec in inputs(name))
        assert all(spec.default is not None or not spec.required for spec in assumed), name


@pytest.mark.parametrize("calculator", sorted(MEASUREMENTS))
def test_simple_mode_equals_the_full_calculator(qtbot, db, club, calculator: str) -> None:
    typed = MEASUREMENTS[calculator]
    full = _dialog(CalculatorDialog, qtbot, db, club, calculator, typed)
    simple = _dialog(SimpleCalculatorDialog, qtbot, db, club, calculator, typed)
    assert simple.calculation.to_json() == full.calculation.to_json()
    takes = {spec.name for spec in inputs(calculator)}
    country = {"country": "BY"} if "country" in takes else {}
    direct = run(calculator, {**typed, **country}, currency="BYN")
    assert simple.calculation.to_json() == direct.to_json()
    # only measured inputs are in front; the rest wait behind "Show the other assumptions"
    front = {spec.name for spec in simple.measured}
    assert set(typed) <= front
    assert not simple.assumptions_box.isVisibleTo(simple)
    simple.toggle.click()
    assert simple.assumptions_box.isVisibleTo(simple)


def test_a_changed_assumption_changes_both_alike(qtbot, db, club) -> None:
    typed = {**MEASUREMENTS["water-leak"], "drip_volume": "0.33 mL"}  # USGS's newer figure
    full = _dialog(CalculatorDialog, qtbot, db, club, "water-leak", typed)
    simple = _dialog(SimpleCalculatorDialog, qtbot, db, club, "water-leak", typed)
    assert simple.calculation.to_json() == full.calculation.to_json()
    # 60 drips/min × 0.33 mL × 3 leaks = 59.4 mL/min; × 525 600 min/yr = 31 220 640 mL
    assert simple.calculation.result.magnitude("annual_volume", "m**3") == pytest.approx(31.22064)


def test_water_leak_by_hand(qtbot, db, club) -> None:
    simple = _dialog(SimpleCalculatorDialog, qtbot, db, club, "water-leak",
                     MEASUREMENTS["water-leak"])  # fmt: skip
    result = simple.calculation.result
    # 60 drips/min × 0.25 mL (the stated default) × 3 leaks = 45 mL/min; a year of
    # 8760 h = 525 600 min: 23 652 000 mL = 23.652 m³; × 2.1 BYN/m³ = 49.6692 BYN
    assert result.magnitude("annual_volume", "m**3") == pytest.approx(23.652)
    assert result.magnitude("annual_cost", "BYN") == pytest.approx(49.6692)
    assert "49.6692" not in simple.results.text()  # money is shown rounded to whole BYN
    assert "50 BYN" in simple.results.text()


def test_lighting_by_hand(qtbot, db, club) -> None:
    simple = _dialog(SimpleCalculatorDialog, qtbot, db, club, "lighting",
                     {**MEASUREMENTS["lighting"], "emission_factor": "300 g/kWh"})  # fmt: skip
    result = simple.calculation.result
    # before: 20 fittings × 2 lamps × 36 W × 3000 h = 4320 kWh; after: × 18 W = 2160 kWh
    # saved 2160 kWh × 0.31 BYN/kWh = 669.6 BYN; × 300 g/kWh = 648 kg = 0.648 t CO2
    assert result.magnitude("annual_energy", "kWh") == pytest.approx(2160)
    assert result.magnitude("annual_cost", "BYN") == pytest.approx(669.6)
    assert result.magnitude("annual_co2", "t") == pytest.approx(0.648)


def test_electric_load_by_hand(qtbot, db, club) -> None:
    simple = _dialog(SimpleCalculatorDialog, qtbot, db, club, "electric-load",
                     MEASUREMENTS["electric-load"])  # fmt: skip
    # 7.5 kW from the nameplate × load factor 1 (stated default) × 2000 idle h = 15 000 kWh;
    # × 0.31 BYN/kWh = 4650 BYN
    assert simple.calculation.result.magnitude("annual_energy", "kWh") == pytest.approx(15_000)
    assert simple.calculation.result.magnitude("annual_cost", "BYN") == pytest.approx(4650)


def test_results_put_the_money_first(qtbot, db, club) -> None:
    simple = _dialog(SimpleCalculatorDialog, qtbot, db, club, "compressed-air-leak",
                     MEASUREMENTS["compressed-air-leak"])  # fmt: skip
    text = simple.results.text()
    assert text.index("Money saved a year") < text.index("Energy saved a year")
    assert text.index("Energy saved a year") < text.index("Flow")
    assert "Fixing it saves about" in text
    # the method that needs an expert's estimate is not offered in simple mode
    method = simple.fields["method"]
    assert [method.itemData(i) for i in range(method.count())] == ["orifice", "bag"]
