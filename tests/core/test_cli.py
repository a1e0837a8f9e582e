"""The headless ``recp`` commands, run as a user would run them."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from recp_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]


def recp(*args: str, env: dict | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recp_desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, **(env or {})},
        timeout=120,
    )


def test_version_does_not_touch_any_data(data_folder: Path) -> None:
    result = recp("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"RECP Desktop {__version__}"
    assert not data_folder.exists()


def test_demo_then_list_json(tmp_path: Path) -> None:
    folder = tmp_path / "elsewhere"
    created = recp("--data-dir", str(folder), "demo")
    assert created.returncode == 0, created.stderr
    listed = recp("--data-dir", str(folder), "list", "--json")
    assert listed.returncode == 0, listed.stderr
    rows = json.loads(listed.stdout)
    # the dairy's audit, and the feed mill next door that gives the waste map a neighbour
    assert sorted(r["company"] for r in rows) == ["Şəki Süd MMC", "Şəki Yem MMC"]
    [row] = [r for r in rows if r["company"] == "Şəki Süd MMC"]
    assert set(row) == {"id", "company", "kind", "status", "review", "answered", "total"}
    assert row["review"] == "draft"
    assert row["company"] == "Şəki Süd MMC" and row["kind"] == "full"
    assert 0 < row["answered"] < row["total"]
    plain = recp("--data-dir", str(folder), "list")
    assert row["id"] in plain.stdout and f"{row['answered']}/{row['total']}" in plain.stdout


def test_submit_and_review_from_the_command_line(tmp_path: Path) -> None:
    folder = str(tmp_path / "data")
    assert recp("--data-dir", folder, "demo").returncode == 0
    [row] = _dairy(recp("--data-dir", folder, "list", "--json").stdout)
    sid = row["id"]
    early = recp("--data-dir", folder, "review", sid, "--approve")
    assert early.returncode == 2 and "Only a submitted assessment can be approved" in early.stderr
    assert recp("--data-dir", folder, "submit", sid, "--by", "Aysel").returncode == 0
    bare = recp("--data-dir", folder, "review", sid, "--return")
    assert bare.returncode == 2 and "needs a comment" in bare.stderr
    back = recp(
        "--data-dir", folder, "review", sid, "--return", "--comment", "Счётчик воды?",
        "--by", "Rauf", "--json",
    )  # fmt: skip
    assert back.returncode == 0, back.stderr
    answer = json.loads(back.stdout)
    assert (answer["review"], answer["comment"]) == ("returned", "Счётчик воды?")
    assert [(h["state"], h["by"]) for h in answer["history"]] == [
        ("submitted", "Aysel"),
        ("returned", "Rauf"),
    ]
    [row] = _dairy(recp("--data-dir", folder, "list", "--json").stdout)
    assert row["review"] == "returned"


def _dairy(listing: str) -> list[dict]:
    """The demo dairy's row of ``recp list --json`` (the demo also has its neighbour's)."""
    return [r for r in json.loads(listing) if r["company"] == "Şəki Süd MMC"]


def test_data_dir_from_environment(data_folder: Path) -> None:
    assert recp("demo").returncode == 0  # RECP_DATA_DIR is set by the autouse fixture
    assert (data_folder / "recp.sqlite3").exists()
    assert "Şəki Süd MMC" in {r["company"] for r in json.loads(recp("list", "--json").stdout)}


def test_newer_database_is_refused_with_a_message(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    assert recp("--data-dir", str(folder), "demo").returncode == 0
    with sqlite3.connect(folder / "recp.sqlite3") as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'from_2030'")
    conn.close()
    result = recp("--data-dir", str(folder), "list")
    assert result.returncode == 2
    assert "newer version of RECP Desktop" in result.stderr


def test_calc_json_matches_the_issue_example() -> None:
    result = recp(
        "calc",
        "compressed-air-leak",
        "diameter=1/8 in",
        "pressure=6 bar",
        "hours=6000 h",
        "electricity_price=0.11 AZN/kWh",
        "country=AZ",
        "--json",
    )
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["calculator"] == "compressed-air-leak"
    assert payload["inputs"]["diameter"] == "1/8 in"
    assert set(payload["results"]) == {
        "flow",
        "annual_volume",
        "annual_energy",
        "annual_cost",
        "annual_co2",
    }
    from recp_desktop.domain.units import parse_unit

    for item in payload["results"].values():
        assert isinstance(item["value"], float)
        parse_unit(item["unit"])
    assert payload["results"]["annual_cost"]["unit"] == "AZN"
    assert any("IFI" in note["text"] for note in payload["assumptions"])
    assert all(note["id"].startswith(("note.", "warning.")) for note in payload["assumptions"])


def test_calc_list_names_every_calculator() -> None:
    result = recp("calc", "--list", "--json")
    assert result.returncode == 0
    names = [item["name"] for item in json.loads(result.stdout)]
    assert names == [
        "compressed-air-leak",
        "compressor-pressure-reduction",
        "steam-leak",
        "water-leak",
        "lighting",
        "electric-load",
        "pipe-insulation",
        "economics",
    ]


def test_calc_bad_input_exits_non_zero_naming_the_input() -> None:
    for args, culprit in [
        (("calc", "nothing-here"), "unknown calculator"),
        (("calc", "steam-leak", "pressure=6 bar"), "diameter"),
        (("calc", "steam-leak", "diameter=2 kg", "pressure=6 bar"), "diameter"),
        (("calc", "steam-leak", "diameter=-2 mm", "pressure=6 bar"), "diameter"),
        (("calc", "compressed-air-leak", "diameter=2 mm", "pressure=300 bar"), "pressure"),
        (("calc", "water-leak", "drips"), "key=value"),
        # issue 10: a temperature difference where a temperature is asked, and a steam line
        # with no overpressure (Napier's formula would report 19.75 t a year)
        (
            (
                "calc",
                "compressed-air-leak",
                "diameter=1/8 in",
                "pressure=6 bar",
                "air_temperature=20 delta_degC",
            ),
            "air_temperature (Air temperature): '20 delta_degC' is a temperature difference",
        ),
        (("calc", "steam-leak", "diameter=3 mm", "pressure=0 bar"), "must be above 0"),
    ]:
        result = recp(*args)
        assert result.returncode != 0
        assert culprit in result.stderr
        assert "Traceback" not in result.stderr
        assert "[" not in result.stderr and "**" not in result.stderr  # no pint formulas


def test_calc_warns_outside_the_usual_range_and_computes() -> None:
    result = recp("calc", "compressed-air-leak", "diameter=2 mm", "pressure=80 bar", "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert [w["id"] for w in payload["warnings"]] == ["warning.unusual"]
    assert "80\u00a0bar" in payload["warnings"][0]["text"]
    assert "NaN" not in result.stdout and "Infinity" not in result.stdout


def test_units_convert() -> None:
    result = recp("units", "convert", "12 Gcal", "MWh", "--json")
    assert result.returncode == 0
    assert json.loads(result.stdout)["to"] == {"value": pytest.approx(13.956), "unit": "MWh"}
    plain = recp("units", "convert", "20 °C", "degF")
    assert plain.stdout.strip() == "68 degF"
    wrong = recp("units", "convert", "12 Gcal", "m**3")
    assert wrong.returncode != 0 and "cannot convert" in wrong.stderr


def test_calc_speaks_the_language_asked_for() -> None:
    refused = recp("--lang", "ru", "calc", "steam-leak", "diameter=3 mm", "pressure=0.1 bar")
    assert refused.returncode != 0
    assert "pressure (Давление (избыточное)): формула Нейпира неприменима" in refused.stderr
    done = recp("--lang", "az", "calc", "steam-leak", "diameter=3 mm", "pressure=7 bar")
    assert done.returncode == 0 and "Nepir düsturu" in done.stdout


def test_signed_in_as_an_auditor_the_cli_refuses_a_supervisors_step(tmp_path: Path) -> None:
    from recp_desktop.sync.account import Account, save_account

    folder = tmp_path / "data"
    assert recp("--data-dir", str(folder), "demo").returncode == 0
    save_account(
        folder,
        Account(
            url="https://hub.example.az", organisation="Centre", org_id="o", username="aysel",
            user_id="u", role="auditor", device_id="d", token="t",
        ),
    )  # fmt: skip
    [row] = _dairy(recp("--data-dir", str(folder), "list", "--json").stdout)
    submitted = recp("--data-dir", str(folder), "submit", row["id"])
    assert submitted.returncode == 0, submitted.stderr
    history = recp("--data-dir", str(folder), "review", row["id"], "--history", "--json")
    assert json.loads(history.stdout)["history"][-1]["by"] == "aysel"  # the hub user
    own = recp("--data-dir", str(folder), "review", row["id"], "--approve")
    assert own.returncode == 2 and "an auditor" in own.stderr and "supervisor" in own.stderr
    [row] = _dairy(recp("--data-dir", str(folder), "list", "--json").stdout)
    assert row["review"] == "submitted"
