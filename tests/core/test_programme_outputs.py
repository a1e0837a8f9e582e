"""``recp programme``, the programme PDF and workbook: the same hand-computed figures in each."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from recp_desktop.cli import main
from recp_desktop.domain.programme import ProgrammeFilter
from recp_desktop.domain.units import registry
from recp_desktop.report.programme_data import gather_programme
from recp_desktop.report.programme_pdf import write_programme_pdf
from recp_desktop.report.programme_workbook import write_programme_workbook
from recp_desktop.storage.rates import delete_rate, list_rates, save_rate
from tests.programme_fixture import GEL_AZN, make_programme


@pytest.fixture
def programme(db) -> dict[str, str]:
    return make_programme(db)


def run(capsys, folder: Path, *args: str) -> tuple[int, str, str]:
    status = main(["--data-dir", str(folder), "programme", *args])
    out = capsys.readouterr()
    return status, out.out, out.err


def test_json_totals_and_units(db, programme, data_folder, capsys) -> None:
    status, out, _ = run(capsys, data_folder, "--currency", "AZN", "--rate", "GEL=0.63", "--json")
    assert status == 0
    result = json.loads(out)
    assert result["assessments"] == 2
    totals = result["totals"]
    # hand figures of tests/core/test_programme.py::test_totals_by_hand
    expected = {
        "investment": (7260, "AZN"),
        "annual_saving": (5205, "AZN"),
        "annual_energy": (50, "MWh"),
        "annual_water": (3000, "m**3"),
        "annual_co2": (21.5, "t"),
        "annual_waste": (10, "t"),
    }
    for name, (value, unit) in expected.items():
        assert totals[name]["value"] == pytest.approx(value), name
        assert totals[name]["unit"] == unit
        registry().Quantity(totals[name]["value"], totals[name]["unit"])  # parses in pint
    assert result["rates"][0]["currency"] == "GEL" and result["rates"][0]["rate"] == 0.63
    assert sorted(result["assessment_ids"]) == sorted([programme["a"], programme["b"]])
    status, out, _ = run(capsys, data_folder, "--currency", "AZN", "--rate", "GEL=0.63",
                         "--status", "all", "--json")  # fmt: skip
    assert json.loads(out)["assessments"] == 3
    status, out, _ = run(capsys, data_folder, "--country", "GE", "--json")
    assert json.loads(out)["currency"] == "GEL"  # the only currency counted
    assert json.loads(out)["totals"]["annual_saving"]["value"] == pytest.approx(3500)


def test_refusals_name_what_is_wrong(db, programme, data_folder, capsys) -> None:
    status, _, err = run(capsys, data_folder, "--currency", "AZN", "--json")
    assert status == 2 and "GEL" in err and "Traceback" not in err
    status, _, err = run(capsys, data_folder, "--currency", "AZN", "--rate", "GEL=abc")
    assert status == 2 and "GEL" in err
    status, _, err = run(capsys, data_folder, "--rate", "GEL=0.63")
    assert status == 2 and "--currency" in err  # AZN and GEL: which one to report in?
    # the Russian reading of the rate: 0,63
    status, out, _ = run(capsys, data_folder, "--currency", "AZN", "--rate", "GEL=0,63", "--json")
    assert json.loads(out)["totals"]["annual_saving"]["value"] == pytest.approx(5205)


def test_kept_rates_are_used_and_shown(db, programme, data_folder, capsys) -> None:
    save_rate(db, GEL_AZN)
    assert list_rates(db, "AZN") == [GEL_AZN]
    _, out, _ = run(capsys, data_folder, "--currency", "AZN", "--json")
    rate = json.loads(out)["rates"][0]
    assert (rate["date"], rate["source"]) == ("2026-03-31", "CBAR")
    delete_rate(db, "GEL", "AZN")
    assert list_rates(db) == []


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


@pytest.mark.parametrize(
    ("language", "money", "heading"),
    [
        ("en", "5,205 AZN", "Exchange rates used"),
        ("ru", "5\u00a0205 AZN", "Использованные валютные курсы"),
        ("az", "5.205 AZN", "İstifadə edilmiş valyuta məzənnələri"),
    ],
)
def test_pdf_in_three_languages(db, programme, tmp_path, language, money, heading) -> None:
    data = gather_programme(db, ProgrammeFilter(), "AZN", [GEL_AZN], language=language)
    target = tmp_path / f"programme-{language}.pdf"
    write_programme_pdf(data, target)
    text = pdf_text(target)
    assert money.replace("\u00a0", " ") in text.replace("\u00a0", " ").replace("\u202f", " ")
    assert heading in text and "CBAR" in text
    assert "Baku Dairy" in text and "Rustavi Metal" in text and "Ganja Bread" not in text


def test_workbook_has_the_same_numbers(db, programme, tmp_path) -> None:
    import pandas as pd

    data = gather_programme(db, ProgrammeFilter(), "AZN", [GEL_AZN])
    target = tmp_path / "programme.xlsx"
    write_programme_workbook(data, target)
    sheets = pd.read_excel(target, sheet_name=None)
    assert {"Totals", "By country", "By CP technique", "By year", "Exchange rates used"} <= set(
        sheets
    )
    totals = dict(zip(sheets["Totals"].iloc[:, 0], sheets["Totals"].iloc[:, 1], strict=True))
    assert totals["Savings per year"] == pytest.approx(5205)
    assert totals["Investment"] == pytest.approx(7260)
    country = sheets["By country"].set_index("code")["Savings, AZN/yr"]
    assert country["GE"] == pytest.approx(2205) and country.sum() == pytest.approx(5205)
    assert len(sheets["Assessments counted"]) == 2


def test_workbook_text_never_runs_as_a_formula(db, programme, tmp_path) -> None:
    from openpyxl import load_workbook

    from recp_desktop.storage.repository import get_assessment, update_enterprise

    _, dairy = get_assessment(db, programme["a"])
    update_enterprise(db, dairy.id, name='=HYPERLINK("http://x")')
    data = gather_programme(db, ProgrammeFilter(), "AZN", [GEL_AZN])
    target = tmp_path / "programme.xlsx"
    write_programme_workbook(data, target)
    sheet = load_workbook(target)["Assessments counted"]
    names = {row[0].value: row[0].data_type for row in sheet.iter_rows(min_row=2)}
    assert names['=HYPERLINK("http://x")'] == "s"  # a string cell, not a formula
