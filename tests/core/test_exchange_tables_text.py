"""Tables that survive any text (issue 10 §6) and speak the reader's language (§5).

Formula injection (CWE-1236): text from the data never becomes a live formula, in a workbook
(string cells) or in CSV (an apostrophe before ``= + - @``, tab or carriage return, as OWASP's
CSV-injection guidance advises). Control characters that XLSX forbids are dropped instead of
failing the export. Headers and stored codes are in the chosen language, codes kept beside.
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recp_desktop.exchange.cells import neutralise
from recp_desktop.exchange.table_labels import VOCABULARY, term
from recp_desktop.exchange.tables import _csv_bytes, _write_xlsx, build_tables, export_tables
from recp_desktop.storage.options import add_option
from recp_desktop.storage.repository import create_assessment, create_enterprise

HOSTILE = {
    "=1+1": "'=1+1",
    "+SUM(A1:A9)": "'+SUM(A1:A9)",
    "-2+3": "'-2+3",
    "@SUM(1)": "'@SUM(1)",
    "\t=cmd|' /C calc'!A0": "'\t=cmd|' /C calc'!A0",
    "\r=1": "'\r=1",
    '=HYPERLINK("http://x.example","click")': '\'=HYPERLINK("http://x.example","click")',
    "Plain name": "Plain name",
    "a = b": "a = b",
}


@pytest.fixture
def hostile(db) -> str:
    company = create_enterprise(db, name="=1+1", country="AZ", city="+994 12", products="@tea")
    assessment = create_assessment(
        db, company.id, kind="full", title="-2+3", currency="AZN", team="\r=1"
    )
    add_option(
        db,
        assessment.id,
        title='=HYPERLINK("http://x.example","click")',
        technique="good_housekeeping",
        area="energy",
        inputs={},
        results={},
        assumptions=[],
        investment=5.0,
        saving_money=-10.0,  # a number stays a number, even a negative one
        note="pasted from Word:\x07\x0b\x1f\x00 done",
    )
    return assessment.id


def test_a_workbook_holds_formula_like_text_as_text(db, hostile, tmp_path: Path) -> None:
    export_tables(db, tmp_path / "t.xlsx")
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
    assert cells and not [c.coordinate for c in cells if c.data_type == "f"]
    companies = book["Companies"]
    name = companies.cell(2, 2)
    assert name.value == "=1+1" and name.data_type == "s" and name.quotePrefix
    assert companies.cell(2, 5).value == "+994 12" and companies.cell(2, 5).quotePrefix
    options = book["Options"]
    header = [c.value for c in options[1]]
    row = {h: c for h, c in zip(header, options[2], strict=True)}
    assert row["Title"].value == '=HYPERLINK("http://x.example","click")'
    saving = row["Annual saving (in the currency per year)"]
    assert saving.value == -10.0 and saving.data_type == "n"
    assert row["Note"].value == "pasted from Word: done"  # control characters dropped
    assert not row["Note"].quotePrefix
    # the same read by pandas: the text as stored, never a computed value
    sheets = pd.read_excel(tmp_path / "t.xlsx", sheet_name=None)
    assert sheets["Assessments"].loc[0, "Title"] == "-2+3"
    assert sheets["Assessments"].loc[0, "Team"] == "\n=1"  # XML turns CR into LF


def test_csv_prefixes_formula_like_text_with_an_apostrophe(db, hostile, tmp_path) -> None:
    export_tables(db, tmp_path / "all.zip")
    with zipfile.ZipFile(tmp_path / "all.zip") as archive:
        read = {
            name: pd.read_csv(
                io.BytesIO(archive.read(f"{name}.csv")),
                encoding="utf-8-sig",
                keep_default_na=False,
            )
            for name in ("companies", "assessments", "options")
        }
    assert read["companies"].loc[0, "Company"] == "'=1+1"
    assert read["companies"].loc[0, "City"] == "'+994 12"
    assert read["companies"].loc[0, "Products"] == "'@tea"
    assert read["assessments"].loc[0, "Title"] == "'-2+3"
    assert read["assessments"].loc[0, "Team"] == "'\r=1"
    assert read["options"].loc[0, "Annual saving (in the currency per year)"] == -10.0
    assert read["options"].loc[0, "Note"] == "pasted from Word: done"


@pytest.mark.parametrize(("stored", "written"), HOSTILE.items())
def test_neutralise_follows_owasp(stored: str, written: str) -> None:
    assert neutralise(stored) == written


def test_one_bad_cell_never_blocks_an_export(db, hostile, tmp_path: Path) -> None:
    """Before, a control character made openpyxl raise IllegalCharacterError for the whole
    workbook."""
    for target in ("t.xlsx", "t.zip", "folder"):
        result = export_tables(db, tmp_path / target)
        assert result.rows["options"] == 1


def test_russian_and_azerbaijani_tables_keep_codes_beside_words(db, hostile) -> None:
    ru = build_tables(db, hostile, language="ru")
    assessment = ru["assessments"].iloc[0]
    assert assessment["Вид"] == "Полная оценка РЭЧП" and assessment["Вид (код)"] == "full"
    assert assessment["Статус"] == "В работе" and assessment["Статус (код)"] == "in_progress"
    option = ru["options"].iloc[0]
    assert option["Метод ЧП"] == "Рациональное ведение хозяйства"
    assert option["Метод ЧП (код)"] == "good_housekeeping"
    assert option["Статус"] == "Выявлена" and option["Статус (код)"] == "identified"
    assert option["Область"] == "Энергия" and option["Область (код)"] == "energy"
    az = build_tables(db, hostile, language="az")
    assert az["assessments"].iloc[0]["Status"] == "Davam edir"
    assert az["options"].iloc[0]["TI metodu"] == "Yaxşı təsərrüfat təcrübəsi"
    en = build_tables(db, hostile)
    assert en["assessments"].iloc[0]["Kind"] == "Full RECP assessment"
    with pytest.raises(ValueError, match="table language"):
        build_tables(db, hostile, language="de")


def test_answers_and_baseline_in_russian(db, tmp_path: Path) -> None:
    from tests.packages import NUMBER, YES_NO, seed, template_of

    assessment = seed(db, tmp_path)
    answers = build_tables(db, assessment, language="ru")["answers"].set_index("ID вопроса")
    assert (
        answers.loc[YES_NO[0], "Ответ"] == "Да" and answers.loc[YES_NO[0], "Ответ (код)"] == "yes"
    )
    assert answers.loc[NUMBER, "Вопрос"] == template_of(NUMBER).question(NUMBER).text["ru"]
    baseline = build_tables(db, assessment, language="ru")["baseline"].set_index("Код строки")
    assert baseline.loc["electricity", "Строка"] == "Электроэнергия"


def test_a_russian_workbook_has_russian_sheets(db, hostile, tmp_path: Path) -> None:
    export_tables(db, tmp_path / "ru.xlsx", language="ru")
    book = openpyxl.load_workbook(tmp_path / "ru.xlsx")
    assert book.sheetnames == [
        "Предприятия",
        "Оценки",
        "Базовая линия",
        "Ответы",
        "Меры",
        "Фото",
        "Потоки отходов",
        "Нужное сырьё",
    ]


def test_the_vocabulary_reads_as_in_the_report() -> None:
    from recp_desktop.report.texts import text

    prefixes = {"kind": "kind", "status": "status", "option": "option", "area": "area"}
    prefixes |= {"answer": "answer", "technique": "technique"}
    prefixes |= {"frequency": "frequency", "destination": "destination"}
    for (vocabulary, code), _words in VOCABULARY.items():
        for language in ("en", "ru", "az"):
            expected = text(language, f"{prefixes[vocabulary]}.{code}")
            assert term(vocabulary, code, language) == expected, (vocabulary, code, language)
    assert term("status", "archived", "ru") == "archived"  # unknown codes pass through


def test_export_table_language_on_the_command_line(db, hostile, tmp_path, capsys) -> None:
    from recp_desktop.cli import main

    db.close()
    folder = str(db.path.parent)
    target = tmp_path / "az.xlsx"
    assert (
        main(["--data-dir", folder, "export-table", "--all", "--lang", "az", "-o", str(target)])
        == 0
    )
    assert openpyxl.load_workbook(target).sheetnames[0] == "Müəssisələr"
    target = tmp_path / "ru-app.xlsx"
    assert (
        main(["--data-dir", folder, "--lang", "ru", "export-table", "--all", "-o", str(target)])
        == 0
    )
    assert openpyxl.load_workbook(target).sheetnames[0] == "Предприятия"


# --- Properties ----------------------------------------------------------------------------

TEXT = st.text(max_size=40)
ILLEGAL = "".join(chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32)))


def _expected_in_xlsx(text: str) -> str:
    kept = "".join(ch for ch in text if ch not in ILLEGAL)
    return kept.replace("\r\n", "\n").replace("\r", "\n")  # XML end-of-line handling


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(texts=st.lists(TEXT, min_size=1, max_size=5))
def test_any_text_reads_back_from_a_workbook_and_never_as_a_formula(tmp_path, texts) -> None:
    frame = pd.DataFrame({"Note": texts, "Number": range(len(texts))}, dtype=object)
    target = tmp_path / "p.xlsx"
    _write_xlsx({"options": frame}, target, "en")
    sheet = openpyxl.load_workbook(target)["Options"]
    for index, text in enumerate(texts, start=2):
        cell = sheet.cell(index, 1)
        assert cell.data_type != "f"
        assert (cell.value or "") == _expected_in_xlsx(text)
        assert sheet.cell(index, 2).value == index - 2  # numbers stay numbers


@settings(max_examples=60, deadline=None)
@given(texts=st.lists(TEXT, min_size=1, max_size=5))
def test_any_text_reads_back_from_csv_neutralised(texts) -> None:
    frame = pd.DataFrame({"Note": texts, "Number": range(len(texts))}, dtype=object)
    raw = _csv_bytes(frame)
    read = pd.read_csv(
        io.BytesIO(raw), encoding="utf-8-sig", dtype={"Note": str}, keep_default_na=False
    )
    for index, text in enumerate(texts):
        written = read.loc[index, "Note"]
        kept = "".join(ch for ch in text if ch not in ILLEGAL)
        formula_like = kept[:1] in ("=", "+", "-", "@", "\t", "\r")
        assert written == ("'" + kept if formula_like else kept)
        assert not written.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert read.loc[index, "Number"] == index
