"""RECP indicators from a baseline, checked by hand, and the ``recp indicators`` command."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from recp_desktop.domain.indicators import compute
from recp_desktop.domain.savings import Savings
from recp_desktop.storage.baseline import BaselineValue

BASELINE = {
    "production_output": BaselineValue(1_000, "t"),
    "value_added": BaselineValue(2_000_000, ""),
    "electricity": BaselineValue(500, "MWh"),  # typed in MWh: 500 000 kWh
    "natural_gas": BaselineValue(100_000, "m**3"),
    "water": BaselineValue(20_000, "m**3"),
    "wastewater": BaselineValue(15_000, "m**3"),
    "raw_materials": BaselineValue(1_200, "t"),
    "waste_nonhazardous": BaselineValue(80, "t"),
}
GAS_KWH = 100_000 * 0.70 * 48.0 / 3.6  # IPCC NCV 48 MJ/kg, 0.70 kg/m³


def _by(result, key: str, basis: str):
    return next(i for i in result.items if i.key == key and i.basis == basis)


def test_indicators_by_hand() -> None:
    result = compute(BASELINE, country="MD", currency="MDL")
    energy = 500_000 + GAS_KWH
    assert result.totals["energy_kwh"] == pytest.approx(energy)
    co2 = 500_000 * 399e-6 + GAS_KWH * 3.6e-6 * 56.1
    assert result.totals["co2_t"] == pytest.approx(co2)
    assert _by(result, "energy_productivity", "output").baseline == pytest.approx(
        1_000 / (energy / 1000)
    )
    assert _by(result, "water_productivity", "value_added").baseline == pytest.approx(100)
    assert _by(result, "materials_productivity", "output").baseline == pytest.approx(1 / 1.2)
    assert _by(result, "waste_intensity", "output").baseline == pytest.approx(0.08)
    assert _by(result, "wastewater_intensity", "value_added").baseline == pytest.approx(7.5)
    assert _by(result, "co2_intensity", "output").unit == "t CO2/t"
    assert result.missing == []


def test_natural_gas_billed_in_normal_cubic_metres() -> None:
    in_nm3 = compute(
        {**BASELINE, "natural_gas": BaselineValue(100_000 * 273.15 / 293.15, "Nm3")},
        country="MD",
        currency="MDL",
    )
    in_m3 = compute(BASELINE, country="MD", currency="MDL")
    assert in_nm3.totals["energy_kwh"] == pytest.approx(in_m3.totals["energy_kwh"])
    assert in_nm3.totals["co2_t"] == pytest.approx(in_m3.totals["co2_t"])


def test_projected_values_take_off_the_savings() -> None:
    savings = Savings(currency="MDL", count=2, energy_mwh=50, water_m3=2_000, co2_t=10)
    result = compute(BASELINE, country="MD", currency="MDL", savings=savings)
    water = _by(result, "water_productivity", "output")
    assert water.projected == pytest.approx(1_000 / 18_000)
    assert water.change == pytest.approx(20_000 / 18_000 - 1)
    assert result.projected_totals["wastewater_m3"] == 13_000
    assert result.projected_totals["co2_t"] == pytest.approx(result.totals["co2_t"] - 10)


def test_an_empty_baseline_says_what_is_missing() -> None:
    result = compute({}, country="GE", currency="GEL")
    assert {"production_output", "value_added", "energy", "water"} <= set(result.missing)
    assert all(i.baseline is None and i.projected is None for i in result.items)


def test_unknown_country_leaves_electricity_out_of_co2() -> None:
    result = compute(BASELINE, country="FR", currency="EUR")
    assert result.totals["co2_t"] == pytest.approx(GAS_KWH * 3.6e-6 * 56.1)
    assert any("FR" in note for note in result.assumptions)


def test_indicators_command(tmp_path: Path) -> None:
    root = Path(__file__).resolve().parents[2]

    def recp(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "recp_desktop", "--data-dir", str(tmp_path), *args],
            capture_output=True,
            text=True,
            cwd=root,
            timeout=120,
        )

    assert recp("demo").returncode == 0
    assessment_id = json.loads(recp("list", "--json").stdout)[0]["id"]
    result = recp("indicators", assessment_id, "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    co2 = next(i for i in payload["indicators"] if i["key"] == "co2_intensity")
    assert co2["projected"] < co2["baseline"]  # the demo's recommended options save CO2
    missing = recp("indicators", "no-such-id")
    assert missing.returncode != 0 and "no-such-id" in missing.stderr
