"""The programme workbook speaks the report's language in every header, and its sheet names fit
Excel's 31 characters whole; ``recp programme --country`` refuses a code it does not know
(tryout findings: Russian headers in English, a sheet name cut at 31 characters, ``--country ZZ``
accepted silently)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from recp_desktop.cli import main
from recp_desktop.domain.programme import ProgrammeFilter
from recp_desktop.report.programme_data import gather_programme
from recp_desktop.report.programme_workbook import write_programme_workbook
from tests.programme_fixture import GEL_AZN, make_programme

EXCEL_SHEET_MAX = 31  # Excel's limit on a sheet name (Microsoft's "Excel specifications")
SAME_IN_EVERY_LANGUAGE = {"NACE", "AZN", "GEL", "Region"}  # Region: the Azerbaijani word too


def _workbook(db, tmp_path: Path, language: str):
    from openpyxl import load_workbook

    data = gather_programme(db, ProgrammeFilter(), "AZN", [GEL_AZN], language=language)
    target = tmp_path / f"programme-{language}.xlsx"
    write_programme_workbook(data, target)
    book = load_workbook(target)
    headers = {
        sheet.title: [cell.value for cell in next(sheet.iter_rows(max_row=1))]
        for sheet in book.worksheets
    }
    units = [row[2].value for row in book.worksheets[0].iter_rows(min_row=2)]
    return headers, units


@pytest.fixture
def workbooks(db, tmp_path):
    make_programme(db)
    return {lang: _workbook(db, tmp_path, lang) for lang in ("en", "ru", "az")}


def test_sheet_names_are_whole_and_distinct_in_every_language(workbooks) -> None:
    expected_en = [
        "Totals",
        "By country",
        "By sector (NACE)",
        "By CP technique",
        "By area",
        "By year",
        "RECP indicators",
        "Exchange rates used",
        "Assessments counted",
    ]
    assert list(workbooks["en"][0]) == expected_en
    for language, (headers, _units) in workbooks.items():
        names = list(headers)
        assert len(names) == len(expected_en) == len(set(names)), language
        for name in names:
            assert len(name) <= EXCEL_SHEET_MAX, (language, name)
            assert not name.endswith((" (", "(", ",")), (language, name)  # not cut short
            assert name.count("(") == name.count(")"), (language, name)
    assert "По отраслям (NACE)" in workbooks["ru"][0]
    assert "Nəzərə alınan qiymətləndirmələr" in workbooks["az"][0]


@pytest.mark.parametrize("language", ["ru", "az"])
def test_every_header_is_translated(workbooks, language: str) -> None:
    english, english_units = workbooks["en"]
    translated, units = workbooks[language]
    for (en_sheet, en_headers), (sheet, headers) in zip(
        english.items(), translated.items(), strict=True
    ):
        assert en_sheet != sheet
        for en, header in zip(en_headers, headers, strict=True):
            if en in SAME_IN_EVERY_LANGUAGE:
                continue
            assert header != en, (language, sheet, header)
            if language == "ru":  # Cyrillic: no English word may be left (CO2 and codes aside)
                words = set(re.findall(r"[A-Za-z]{2,}", header)) - {"CO", "AZN", "NACE"}
                assert not words, (sheet, header)
    for en, unit in zip(english_units, units, strict=True):
        if en and en != "AZN":
            assert unit != en, (language, unit)


def test_unknown_country_codes_are_refused(db, data_folder: Path, capsys) -> None:
    make_programme(db)

    def run(*args: str) -> tuple[int, str, str]:
        status = main(["--data-dir", str(data_folder), "programme", *args])
        out = capsys.readouterr()
        return status, out.out, out.err

    status, out, err = run("--country", "ZZ", "--json")
    assert status == 2 and out == ""
    assert "--country ZZ: not a country code the app knows" in err and "AZ" in err
    status, _out, err = run("--country", "ge", "--country", "QQ", "--json")
    assert status == 2 and "QQ" in err and "GE," not in err.split(":")[0]
    status, out, _err = run("--country", "ge", "--json")
    assert status == 0 and json.loads(out)["currency"] == "GEL"
    # A country with no assessment yet is known: nothing to total, said as zero, not refused.
    status, out, _err = run("--country", "MD", "--json")
    assert status == 0 and json.loads(out)["assessments"] == 0
    # A code outside the app's list that an assessment here has (made by a script) is taken.
    from recp_desktop.storage.repository import create_assessment, create_enterprise

    lyon = create_enterprise(db, name="Lyon Textiles", country="FR", city="Lyon")
    create_assessment(db, lyon.id, kind="full", title="Audit", currency="EUR")
    status, out, _err = run("--country", "FR", "--status", "all", "--json")
    assert status == 0 and json.loads(out)["assessments"] == 1
