"""The quick-win calculators against published figures, hand checks and properties."""

from __future__ import annotations

import math
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recp_desktop.domain.calculators import NAMES, CalculationError, inputs, run
from recp_desktop.domain.emissions import fuel_factor, grid_factor
from recp_desktop.domain.units import parse_unit

REFERENCE = Path(__file__).parents[1] / "data" / "reference"


def reference(name: str) -> dict:
    return yaml.safe_load((REFERENCE / name).read_text(encoding="utf-8"))


def value(calculation, key: str, unit: str) -> float:
    return calculation.result.magnitude(key, unit)


# --- published figures ------------------------------------------------------------------------
CAGI = reference("compressed_air.yaml")


@pytest.mark.parametrize("psi", sorted(CAGI["gauge_pressure_psi"]))
@pytest.mark.parametrize("index", range(len(CAGI["orifice_diameter_in"])))
def test_choked_orifice_matches_the_cagi_table(psi: int, index: int) -> None:
    diameter = CAGI["orifice_diameter_in"][index]
    expected = CAGI["gauge_pressure_psi"][psi][index]
    calc = run(
        "compressed-air-leak",
        {"diameter": f"{diameter} in", "pressure": f"{psi} psi", "discharge_coefficient": "1"},
    )
    assert value(calc, "flow", "cfm") == pytest.approx(expected, rel=0.01)


def test_napier_worked_example() -> None:
    napier = reference("steam.yaml")["napier"]["worked_example"]
    calc = run(
        "steam-leak",
        {
            "diameter": f"{napier['diameter_in']} in",
            "pressure": f"{napier['gauge_pressure_psi']} psi",
            "atmospheric_pressure": f"{napier['atmospheric_psia']} psi",
        },
    )
    assert value(calc, "steam_rate", "lb/h") == pytest.approx(napier["steam_lb_per_h"], rel=0.005)
    # a published test vector is computed, with a warning, never refused
    assert [w.id for w in calc.result.warnings] == ["warning.not_choked"]


def test_closed_return_loses_half() -> None:
    base = {"diameter": "3 mm", "pressure": "8 bar"}
    open_ = run("steam-leak", base)
    closed = run("steam-leak", {**base, "discharge": "closed_return"})
    assert value(closed, "annual_steam", "t") == pytest.approx(
        value(open_, "annual_steam", "t") / 2
    )


@pytest.mark.parametrize("row", reference("steam.yaml")["bare_pipe_heat_loss"]["rows"])
def test_bare_pipe_loss_matches_doe_tip_sheet(row: dict) -> None:
    from iapws import IAPWS97

    outside = {1: 1.315, 2: 2.375, 4: 4.5}[row["nominal_pipe_size_in"]]  # ASME B36.10 OD
    absolute_mpa = (row["gauge_pressure_psi"] + 14.696) * 0.00689476
    steam_c = IAPWS97(P=absolute_mpa, x=1).T - 273.15
    calc = run(
        "pipe-insulation",
        {
            "outside_diameter": f"{outside} in",
            "length": "100 ft",
            "surface_temperature": f"{steam_c} degC",
            "ambient_temperature": "75 degF",  # the table's conditions; emissivity as shipped
        },
    )
    per_100_ft_year = value(calc, "heat_loss_bare", "W/ft") * 100 * 8760  # Wh per year
    mmbtu = per_100_ft_year * 3.412142e-6
    assert mmbtu == pytest.approx(row["loss"], rel=0.05)
    # insulation cuts the loss by about 90 % (the tip sheet's guidance)
    assert value(calc, "heat_loss_insulated", "W/m") < 0.15 * value(calc, "heat_loss_bare", "W/m")


def test_insulated_jacket_temperature_balances() -> None:
    calc = run(
        "pipe-insulation",
        {"outside_diameter": "60 mm", "length": "10 m", "surface_temperature": "150 degC"},
    )
    jacket = value(calc, "jacket_temperature", "degC")
    assert 20 < jacket < 50
    assert value(calc, "heat_loss_bare", "W/m") > value(calc, "heat_loss_insulated", "W/m") > 0


def test_wind_increases_the_bare_loss() -> None:
    base = {"outside_diameter": "60 mm", "length": "1 m", "surface_temperature": "150 degC"}
    still = value(run("pipe-insulation", base), "heat_loss_bare", "W/m")
    windy = value(run("pipe-insulation", {**base, "wind_speed": "5 m/s"}), "heat_loss_bare", "W/m")
    assert windy > 1.5 * still


def test_emission_factors_are_the_published_ones() -> None:
    published = reference("emission_factors.yaml")
    for code, row in published["grid_electricity"]["countries"].items():
        assert grid_factor(code).value.to("g/kWh").magnitude == row["cm_energy_efficiency"]
        assert "IFI" in grid_factor(code).source and grid_factor(code).year == 2021
    for fuel, factor in published["fuels"]["factors"].items():
        assert fuel_factor(fuel).value.to("kg/TJ").magnitude == factor


# --- hand-checked cases -----------------------------------------------------------------------
def test_compressed_air_leak_money_and_co2_by_hand() -> None:
    calc = run(
        "compressed-air-leak",
        {
            "diameter": "1/8 in",
            "pressure": "100 psi",
            "discharge_coefficient": "1",
            "hours": "6000 h",
            "electricity_price": "0.11 AZN/kWh",
            "country": "AZ",
        },
    )
    # 26.0 cfm (CAGI) x 0.20 kW/cfm (screw) x 6000 h = 31 200 kWh
    assert value(calc, "annual_energy", "kWh") == pytest.approx(31_200, rel=0.002)
    assert value(calc, "annual_cost", "AZN") == pytest.approx(31_200 * 0.11, rel=0.002)
    assert value(calc, "annual_co2", "t") == pytest.approx(31_200 * 0.384 / 1000, rel=0.002)
    assert any("IFI" in str(note) and "2021" in str(note) for note in calc.result.assumptions)


def test_bag_and_estimate_methods() -> None:
    bag = run(
        "compressed-air-leak",
        {
            "method": "bag",
            "bag_volume": "30 L",
            "fill_time": "10 s",
            "count": "2",
            "hours": "1000 h",
        },
    )
    assert value(bag, "flow", "L/s") == pytest.approx(6.0)
    assert value(bag, "annual_volume", "m**3") == pytest.approx(6.0 * 3.6 * 1000)
    cylinder = run(
        "compressed-air-leak",
        {"method": "bag", "bag_diameter": "20 cm", "bag_height": "50 cm", "fill_time": "5 s"},
    )
    assert value(cylinder, "flow", "L/s") == pytest.approx(math.pi / 4 * 2**2 * 5 / 5)
    estimate = run(
        "compressed-air-leak", {"method": "estimate", "leak_flow": "10 cfm", "count": "3"}
    )
    assert value(estimate, "flow", "cfm") == pytest.approx(30)


def test_subsonic_leak_below_the_critical_ratio() -> None:
    low = run("compressed-air-leak", {"diameter": "3 mm", "pressure": "0.5 bar"})
    assert any("subsonic" in str(note) for note in low.result.assumptions)
    choked = run("compressed-air-leak", {"diameter": "3 mm", "pressure": "0.9 bar"})
    assert value(low, "flow", "L/s") < value(choked, "flow", "L/s")


def test_compressor_pressure_reduction_by_hand() -> None:
    calc = run(
        "compressor-pressure-reduction",
        {"power": "75 kW", "rated_pressure": "8 bar", "new_pressure": "7 bar", "hours": "4000 h"},
    )
    pa = 1.01325
    share = ((7 + pa) / pa) ** (0.4 / 1.4) - 1
    share /= ((8 + pa) / pa) ** (0.4 / 1.4) - 1
    assert value(calc, "power_after", "kW") == pytest.approx(75 * share)
    assert value(calc, "annual_energy", "kWh") == pytest.approx(75 * (1 - share) * 4000)
    assert 0.06 < 1 - share < 0.08  # the "about 7 % per bar" rule of thumb


def test_water_leak_drip_and_bucket() -> None:
    drip = run(
        "water-leak",
        {
            "drips_per_minute": "60",
            "water_price": "1.2 AZN/m**3",
            "wastewater_price": "0.5 AZN/m**3",
        },
    )
    assert value(drip, "annual_volume", "m**3") == pytest.approx(60 * 0.25e-6 * 525_600)
    assert value(drip, "annual_cost", "AZN") == pytest.approx(7.884 * 1.7)
    assert any("0.25\u00a0mL" in str(note) for note in drip.result.assumptions)
    bucket = run(
        "water-leak", {"method": "flow", "volume": "10 L", "time": "2 min", "hours": "2000 h"}
    )
    assert value(bucket, "annual_volume", "m**3") == pytest.approx(5 * 60 * 2000 / 1000)


def test_lighting_replacement_and_switch_off() -> None:
    calc = run(
        "lighting",
        {
            "fixtures": "10",
            "lamps_per_fixture": "2",
            "lamp_power": "36 W",
            "ballast_factor": "1.2",
            "hours": "4000 h",
            "new_lamp_power": "18 W",
            "new_hours": "3000 h",
            "electricity_price": "5 UAH/kWh",
        },
    )
    assert value(calc, "annual_energy_before", "kWh") == pytest.approx(20 * 36 * 1.2 * 4)
    assert value(calc, "annual_energy_after", "kWh") == pytest.approx(20 * 18 * 3)
    assert value(calc, "annual_cost", "UAH") == pytest.approx((3456 - 1080) * 5)


def test_electric_load_single_and_three_phase() -> None:
    three = run("electric-load", {"voltage": "400 V", "current": "10 A", "hours": "1000 h"})
    assert value(three, "power", "kW") == pytest.approx(math.sqrt(3) * 400 * 10 * 0.85 / 1000)
    one = run(
        "electric-load",
        {
            "voltage": "230 V",
            "current": "5 A",
            "power_factor": "1",
            "phases": "1",
            "hours": "100 h",
        },
    )
    assert value(one, "annual_energy", "kWh") == pytest.approx(115)
    rated = run("electric-load", {"power": "15 kW", "load_factor": "0.3", "hours": "2000 h"})
    assert value(rated, "annual_energy", "kWh") == pytest.approx(9000)


def test_steam_leak_fuel_cost_and_co2() -> None:
    calc = run(
        "steam-leak",
        {"diameter": "3 mm", "pressure": "7 bar", "hours": "8000 h", "fuel_price": "0.02 EUR/kWh"},
    )
    from iapws import IAPWS97

    steam_kg_h = 24.24 * (7e5 + 101325) / 6894.757 * (3 / 25.4) ** 2 * 0.45359237
    heat = IAPWS97(P=0.801325, x=1).h - IAPWS97(T=288.15, P=0.801325).h  # kJ/kg
    fuel_kwh = steam_kg_h * 8000 * heat / 3600 / 0.85
    assert value(calc, "steam_rate", "kg/h") == pytest.approx(steam_kg_h, rel=1e-6)
    assert value(calc, "annual_energy", "kWh") == pytest.approx(fuel_kwh, rel=1e-6)
    assert value(calc, "annual_cost", "EUR") == pytest.approx(fuel_kwh * 0.02, rel=1e-6)
    assert value(calc, "annual_co2", "t") == pytest.approx(fuel_kwh * 3.6e-6 * 56.1, rel=1e-6)


def test_gas_price_per_cubic_metre() -> None:
    per_m3 = run(
        "steam-leak", {"diameter": "3 mm", "pressure": "7 bar", "fuel_price": "0.336 AZN/m**3"}
    )
    per_kwh = run(
        "steam-leak", {"diameter": "3 mm", "pressure": "7 bar", "fuel_price": "0.036 AZN/kWh"}
    )
    # 0.70 kg/m³ x 48 MJ/kg = 33.6 MJ/m³ = 9.333 kWh/m³ -> 0.336 AZN/m³ = 0.036 AZN/kWh
    assert value(per_m3, "annual_cost", "AZN") == pytest.approx(
        value(per_kwh, "annual_cost", "AZN")
    )


def test_economics_by_hand() -> None:
    calc = run("economics", {"investment": "1000 AZN", "annual_saving": "400 AZN"})
    assert value(calc, "simple_payback", "year") == pytest.approx(2.5)
    annuity = (1 - 1.1**-10) / 0.1
    assert value(calc, "npv", "AZN") == pytest.approx(400 * annuity - 1000)
    irr = value(calc, "irr", "dimensionless")
    assert 400 * (1 - (1 + irr) ** -10) / irr == pytest.approx(1000, rel=1e-6)


@pytest.mark.parametrize("typed", ["0.1", "0,1", "-0.5"])
def test_a_bare_fraction_for_a_percentage_is_asked_about(typed: str) -> None:
    with pytest.raises(CalculationError) as info:
        run(
            "economics",
            {"investment": "1000 AZN", "annual_saving": "400 AZN", "discount_rate": typed},
        )
    assert info.value.input == "discount_rate"
    assert "type " in str(info.value) and f"'{typed} %'" in str(info.value)


def test_percentages_typed_plainly_or_with_a_sign() -> None:
    base = {"investment": "1000 AZN", "annual_saving": "400 AZN"}
    ten = value(run("economics", {**base, "discount_rate": "10"}), "npv", "AZN")
    assert value(run("economics", {**base, "discount_rate": "10 %"}), "npv", "AZN") == ten
    assert value(run("economics", base), "npv", "AZN") == ten  # the default is 10 %
    tenth = value(run("economics", {**base, "discount_rate": "0.1 %"}), "npv", "AZN")
    assert tenth > ten  # a tenth of a percent, as asked for explicitly


# --- bad input ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "raw", "culprit"),
    [
        ("compressed-air-leak", {"diameter": "3 mm"}, "pressure"),
        ("compressed-air-leak", {"diameter": "3 kg", "pressure": "6 bar"}, "diameter"),
        ("compressed-air-leak", {"diameter": "-3 mm", "pressure": "6 bar"}, "diameter"),
        ("compressed-air-leak", {"diameter": "3 mm", "pressure": "300 bar"}, "pressure"),
        (
            "compressed-air-leak",
            {"diameter": "3 mm", "pressure": "6 bar", "colour": "red"},
            "colour",
        ),
        ("compressed-air-leak", {"diameter": "abc", "pressure": "6 bar"}, "diameter"),
        (
            "compressed-air-leak",
            {"diameter": "3 mm", "pressure": "6 bar", "electricity_price": "0.1 AZN/m"},
            "electricity_price",
        ),
        ("steam-leak", {"diameter": "3 mm", "pressure": "6 bar", "fuel": "unobtainium"}, "fuel"),
        ("lighting", {"fixtures": "2.5", "lamp_power": "36 W", "hours": "1 h"}, "fixtures"),
        (
            "compressor-pressure-reduction",
            {"power": "10 kW", "rated_pressure": "7 bar", "new_pressure": "8 bar"},
            "new_pressure",
        ),
        (
            "pipe-insulation",
            {"outside_diameter": "50 mm", "length": "1 m", "surface_temperature": "10 degC"},
            "surface_temperature",
        ),
        ("economics", {"investment": "100 AZN", "annual_saving": "10 USD"}, "annual_saving"),
        ("electric-load", {"voltage": "400 V", "hours": "100 h"}, "current"),
    ],
)
def test_bad_input_names_the_input(name: str, raw: dict, culprit: str) -> None:
    with pytest.raises(CalculationError) as info:
        run(name, raw)
    assert info.value.input == culprit
    assert culprit in str(info.value)


def test_unknown_calculator() -> None:
    with pytest.raises(CalculationError, match="unknown calculator"):
        run("perpetual-motion", {})


# --- properties ------------------------------------------------------------------------------
DIAMETER_UNITS = {"mm": 1.0, "in": 1 / 25.4, "cm": 0.1}
PRESSURE_UNITS = {"bar": 1.0, "psi": 14.503773773, "kgf/cm**2": 1.0197162130, "kPa": 100.0}


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    diameter=st.floats(0.2, 20),
    pressure=st.floats(0.05, 30),
    d_unit=st.sampled_from(sorted(DIAMETER_UNITS)),
    p_unit=st.sampled_from(sorted(PRESSURE_UNITS)),
)
def test_air_leak_is_the_same_whatever_the_units(
    diameter: float, pressure: float, d_unit: str, p_unit: str
) -> None:
    metric = run(
        "compressed-air-leak", {"diameter": f"{diameter} mm", "pressure": f"{pressure} bar"}
    )
    other = run(
        "compressed-air-leak",
        {
            "diameter": f"{diameter * DIAMETER_UNITS[d_unit]!r} {d_unit}",
            "pressure": f"{pressure * PRESSURE_UNITS[p_unit]!r} {p_unit}",
        },
    )
    assert value(other, "flow", "L/s") == pytest.approx(value(metric, "flow", "L/s"), rel=1e-6)


@settings(max_examples=60, deadline=None)
@given(
    diameter=st.floats(0.2, 20),
    pressure=st.floats(0.05, 30),
    more=st.floats(1.01, 2),
)
def test_leaks_grow_with_pressure_and_diameter(
    diameter: float, pressure: float, more: float
) -> None:
    def air(d: float, p: float) -> float:
        return value(
            run("compressed-air-leak", {"diameter": f"{d} mm", "pressure": f"{p} bar"}),
            "flow",
            "L/s",
        )

    def steam(d: float, p: float) -> float:
        return value(
            run("steam-leak", {"diameter": f"{d} mm", "pressure": f"{p} bar"}), "steam_rate", "kg/h"
        )

    for flow, low in ((air, 0.05), (steam, 0.25)):  # Napier holds from about 0.2 bar gauge
        p = max(pressure, low)
        base = flow(diameter, p)
        assert flow(diameter * more, p) > base
        assert flow(diameter, min(p * more, 40)) > base


@settings(max_examples=60, deadline=None)
@given(surface=st.floats(40, 400), extra=st.floats(1, 100))
def test_pipe_loss_grows_with_temperature(surface: float, extra: float) -> None:
    def loss(t: float) -> tuple[float, float]:
        calc = run(
            "pipe-insulation",
            {"outside_diameter": "50 mm", "length": "1 m", "surface_temperature": f"{t} degC"},
        )
        return value(calc, "heat_loss_bare", "W/m"), value(calc, "heat_loss_insulated", "W/m")

    bare, insulated = loss(surface)
    hotter_bare, hotter_insulated = loss(surface + extra)
    assert hotter_bare > bare and hotter_insulated > insulated
    assert insulated < bare


TEXTS = st.one_of(
    st.text(max_size=12),
    st.builds(
        lambda n, u: f"{n} {u}",
        st.floats(allow_nan=True, allow_infinity=True),
        st.sampled_from(["", "mm", "bar", "kg", "degC", "AZN/kWh", "h", "%", "W", "L/s", "?"]),
    ),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(NAMES), data=st.data())
def test_any_input_gives_a_result_or_a_clear_error(name: str, data: st.DataObject) -> None:
    names = [spec.name for spec in inputs(name)]
    raw = data.draw(st.dictionaries(st.sampled_from(names), TEXTS, max_size=len(names)))
    try:
        calc = run(name, raw)
    except CalculationError as exc:
        assert str(exc)
        return
    for result in calc.result.values.values():
        assert math.isfinite(float(result.magnitude))
    for item in calc.to_json()["results"].values():
        parse_unit(item["unit"])
