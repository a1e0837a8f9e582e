"""NACE Rev. 2 names (resources/nace): complete, in their sections, verbatim as published; and
shown with the code in the programme report and workbook, ``recp symbiosis`` and ``recp parks``.

Expected names are typed here from the published texts: Eurostat, NACE Rev. 2 (2008) and
OKVED 2, ОК 029-2014 (КДЕС Ред. 2)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from recp_desktop.domain import nace
from recp_desktop.domain.programme import ProgrammeFilter
from recp_desktop.paths import resource_path
from recp_desktop.report.programme_data import gather_programme
from recp_desktop.report.programme_pdf import write_programme_pdf
from recp_desktop.report.programme_workbook import write_programme_workbook
from recp_desktop.storage.database import Database
from tests import waste_fixture
from tests.core.test_cli import recp
from tests.core.test_report import pdf_text
from tests.programme_fixture import GEL_AZN, make_programme


def _rows() -> list[dict[str, str]]:
    with resource_path("nace", "nace_rev2.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_every_section_and_division_once_with_names() -> None:
    rows = _rows()
    sections = [r["code"] for r in rows if r["level"] == "section"]
    divisions = [r for r in rows if r["level"] == "division"]
    assert sections == [letter for letter, _first, _last in nace.SECTIONS]  # A…U, 21
    assert len(sections) == 21 and len(divisions) == 88
    assert len({r["code"] for r in divisions}) == 88
    ranges = {letter: (first, last) for letter, first, last in nace.SECTIONS}
    for row in divisions:
        first, last = ranges[row["section"]]
        assert first <= int(row["code"]) <= last, row
        assert nace.section(row["code"]) == row["section"]
    # section C has every number from 10 to 33; the gaps of the numbering lie between sections
    assert sum(1 for r in divisions if r["section"] == "C") == 33 - 10 + 1
    assert not {"04", "34", "40", "44", "48", "54", "57", "67", "76", "83", "89"} & {
        r["code"] for r in divisions
    }
    for row in rows:
        for language in nace.NAME_LANGUAGES:
            name = row[f"name_{language}"]
            assert name and name == name.strip() and "  " not in name, (row, language)


@pytest.mark.parametrize(
    ("code", "language", "published"),
    [
        ("10", "en", "Manufacture of food products"),
        ("35", "en", "Electricity, gas, steam and air conditioning supply"),
        ("38", "en", "Waste collection, treatment and disposal activities; materials recovery"),
        ("72", "en", "Scientific research and development"),  # the RAMON file has a space after
        ("99", "en", "Activities of extraterritorial organisations and bodies"),
        ("10", "ru", "Производство пищевых продуктов"),
        (
            "35",
            "ru",
            "Обеспечение электрической энергией, газом и паром; кондиционирование воздуха",
        ),
        ("24", "ru", "Производство металлургическое"),
        ("10.51", "ru", "Производство пищевых продуктов"),  # a class names its division
        ("10.51", "az", "Manufacture of food products"),  # no published Azerbaijani text
    ],
)
def test_published_division_names(code: str, language: str, published: str) -> None:
    assert nace.division_name(code, language) == published


def test_sections_labels_and_unknown_codes() -> None:
    assert nace.section_name("C") == "MANUFACTURING"
    assert nace.section_name("c", "ru") == "ОБРАБАТЫВАЮЩИЕ ПРОИЗВОДСТВА"
    assert nace.section_name("E", "en") == (
        "WATER SUPPLY; SEWERAGE, WASTE MANAGEMENT AND REMEDIATION ACTIVITIES"
    )
    assert nace.section_name("V") == "" and nace.division_name("00") == ""
    assert nace.division_name("34") == "" and nace.division_name("") == ""
    assert nace.sector_label("10") == "C 10"  # no language: the code alone, as before
    assert nace.sector_label("10", "en") == "C 10 — Manufacture of food products"
    assert nace.sector_label("10", "ru") == "C 10 — Производство пищевых продуктов"
    assert nace.sector_label("00", "en") == "00" and nace.sector_label("", "en") == "—"
    assert (
        nace.code_label("23.51", "en")
        == "23.51 — Manufacture of other non-metallic mineral products"
    )
    assert nace.code_label("00.1", "en") == "00.1" and nace.code_label("", "ru") == "—"
    assert nace.in_language("ru") and not nace.in_language("az")


@pytest.mark.parametrize(
    ("language", "label", "note"),
    [
        ("en", "C 10 — Manufacture of food products", "NACE Rev. 2 (Eurostat, 2008)"),
        ("ru", "C 10 — Производство пищевых продуктов", "ОКВЭД 2"),
        ("az", "C 10 — Manufacture of food products", "Sahələrin adları ingilis dilindədir"),
    ],
)
def test_programme_pdf_names_the_divisions(db, tmp_path, language, label, note) -> None:
    make_programme(db)  # Baku Dairy 10.51, Rustavi Metal 25.61
    data = gather_programme(db, ProgrammeFilter(), "AZN", [GEL_AZN], language=language)
    target = tmp_path / f"programme-{language}.pdf"
    write_programme_pdf(data, target)
    text = pdf_text(target)
    assert label in text and note in text
    assert "C 25 — " + nace.division_name("25", language) in text


def test_programme_workbook_names_the_divisions(db, tmp_path) -> None:
    import pandas as pd

    make_programme(db)
    data = gather_programme(db, ProgrammeFilter(), "AZN", [GEL_AZN], language="ru")
    target = tmp_path / "programme.xlsx"
    write_programme_workbook(data, target)
    sheet = pd.read_excel(target, sheet_name="По отраслям (NACE)")
    assert set(sheet.iloc[:, 0]) == {
        "C 10 — Производство пищевых продуктов",
        "C 25 — Производство готовых металлических изделий, кроме машин и оборудования",
    }
    assert set(sheet.iloc[:, 1].astype(str).str.zfill(2)) == {"10", "25"}  # the code kept


def test_symbiosis_and_parks_cli_name_the_receivers_division(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    db = Database(folder)
    waste_fixture.build(db)
    db.close()
    text = recp("--data-dir", str(folder), "symbiosis")
    assert text.returncode == 0, text.stderr
    assert "→ Ganja Cement (NACE 23.51 — Manufacture of other non-metallic mineral products)" in (
        text.stdout
    )
    found = json.loads(
        recp("--data-dir", str(folder), "--lang", "ru", "symbiosis", "--json").stdout
    )
    assert found[0]["to"]["nace"] == "23.51"  # the existing key is kept
    assert (
        found[0]["to"]["nace_division_name"]
        == "Производство прочей неметаллической минеральной продукции"
    )
    parks = recp("--data-dir", str(folder), "--lang", "ru", "parks")
    assert parks.returncode == 0, parks.stderr
    assert (
        "Ganja Cement (NACE 23.51 — Производство прочей неметаллической минеральной продукции)"
        in (parks.stdout)
    )
    payload = json.loads(recp("--data-dir", str(folder), "parks", "--json").stdout)
    cement = next(c for p in payload for c in p["companies"] if c["name"] == "Ganja Cement")
    assert cement["nace"] == "23.51"
    assert cement["nace_division_name"] == "Manufacture of other non-metallic mineral products"
