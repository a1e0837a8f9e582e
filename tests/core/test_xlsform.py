"""XLSForm import (pyxform) and export (openpyxl): mapping, round trips and every error class."""

from __future__ import annotations

from pathlib import Path

import pytest

from recp_desktop.checklists import builtin_registry, template_to_data
from recp_desktop.checklists.xlsform import XLSFormError, read_xlsform
from recp_desktop.checklists.xlsform_export import write_xlsform
from tests.xlsforms import EN, RU, question, settings, write_workbook


def _steam_survey() -> list[dict[str, str]]:
    return [
        {"type": "begin_group", "name": "steam", f"label::{EN}": "Steam", f"label::{RU}": "Пар"},
        question(
            "has",
            "select_one yes_no_na",
            "Is there a steam system?",
            "Есть ли паровая система?",
            required="yes",
            recp_club="yes",
            **{
                f"recp_club_guidance::{EN}": "Ask the boiler operator.",
                f"recp_club_guidance::{RU}": "Спросите оператора котельной.",
            },
        ),
        question(
            "pressure",
            "decimal",
            "Steam pressure",
            "Давление пара",
            relevant="${has} = 'yes'",
            recp_unit="bar",
            recp_min="0",
            recp_max="40",
            recp_techniques="better_process_control equipment_modification",
            recp_calculator="steam-leak",
        ),
        {
            "type": "note",
            "name": "n1",
            f"label::{EN}": "Look up.",
            f"label::{RU}": "Смотрите вверх.",
        },
        question(
            "fuels",
            "select_multiple fuels",
            "Fuels burnt",
            "Сжигаемое топливо",
            relevant="${has} = 'yes' or ${has} = 'na'",
        ),
        question(
            "trap_count", "integer", "Steam traps", "Конденсатоотводчики", recp_unit="dimensionless"
        ),
        {
            "type": "image",
            "name": "photo",
            f"label::{EN}": "Photo of the boiler",
            f"label::{RU}": "Фото котла",
        },
        question("remarks", "text", "Remarks", "Замечания", recp_area="waste"),
        {"type": "end_group", "name": "steam"},
    ]


_FUELS = [
    {"list_name": "fuels", "name": "gas", f"label::{EN}": "Gas", f"label::{RU}": "Газ"},
    {"list_name": "fuels", "name": "oil", f"label::{EN}": "Oil", f"label::{RU}": "Мазут"},
]


def _choices() -> list[dict[str, str]]:
    from tests.xlsforms import YES_NO_NA

    return [*YES_NO_NA, *_FUELS]


def test_a_workbook_maps_onto_a_template(tmp_path: Path) -> None:
    path = write_workbook(tmp_path / "steam.xlsx", _steam_survey(), _choices())
    result = read_xlsform(path)
    t = result.template
    assert (t.id, t.version, t.area) == ("steam_checks", 2, "energy")
    assert t.title == {"en": "Steam checks", "ru": "Проверка пара"}
    ids = [q.id for q in t.questions]
    assert ids == [
        "steam_checks.steam.has",
        "steam_checks.steam.pressure",
        "steam_checks.steam.fuels",
        "steam_checks.steam.trap_count",
        "steam_checks.steam.remarks",
    ]
    has, pressure, fuels, traps, remarks = t.questions
    assert has.answer_type == "yes_no_na" and has.required and has.club
    assert has.club_guidance == {
        "en": "Ask the boiler operator.",
        "ru": "Спросите оператора котельной.",
    }
    assert has.group == {"en": "Steam", "ru": "Пар"}
    assert has.guidance["ru"] == "Как проверить: Есть ли паровая система?"
    assert pressure.answer_type == "number" and pressure.unit == "bar"
    assert (pressure.minimum, pressure.maximum) == (0, 40)
    assert pressure.techniques == ("better_process_control", "equipment_modification")
    assert pressure.calculator == "steam-leak" and pressure.topic == "process_control"
    assert (pressure.depends_on, pressure.depends_in) == ("steam_checks.steam.has", ("yes",))
    assert fuels.answer_type == "multi" and [o.id for o in fuels.options] == ["gas", "oil"]
    assert fuels.depends_in == ("yes", "na")
    assert fuels.guidance["en"].startswith("Look up.\n\n")  # the note goes to the next question
    assert traps.answer_type == "number" and traps.area == "energy"
    assert traps.guidance["en"].endswith("Photo of the boiler")  # image: a photo prompt
    assert remarks.answer_type == "text" and remarks.area == "waste"
    # pyxform's own warning about image size is passed on, and ours about the image row
    assert any("max-pixels" in w for w in result.warnings)
    assert any("image 'photo'" in w for w in result.warnings)


def test_labels_without_language_use_the_default_language(tmp_path: Path) -> None:
    survey = [
        {
            "type": "integer",
            "name": "count",
            "label": "Count",
            f"label::{RU}": "Количество",
            "hint": "Count them",
            f"hint::{RU}": "Посчитайте",
            "recp_unit": "dimensionless",
            "recp_techniques": "good_housekeeping",
        }
    ]
    path = write_workbook(tmp_path / "d.xlsx", survey, settings_row=settings(default_language=EN))
    q = read_xlsform(path).template.questions[0]
    assert q.text == {"en": "Count", "ru": "Количество"}


@pytest.mark.parametrize("template", list(builtin_registry()), ids=lambda t: t.id)
def test_every_builtin_template_round_trips(tmp_path: Path, template) -> None:
    path = write_xlsform(template, tmp_path / f"{template.id}.xlsx")
    back = read_xlsform(path)
    assert back.template == template
    assert template_to_data(back.template) == template_to_data(template)
    assert back.warnings == ()


def test_an_exported_workbook_round_trips_again(tmp_path: Path) -> None:
    first = read_xlsform(write_workbook(tmp_path / "a.xlsx", _steam_survey(), _choices())).template
    second = read_xlsform(write_xlsform(first, tmp_path / "b.xlsx")).template
    assert second == first


def _error(tmp_path: Path, survey, choices=None, settings_row=None) -> str:
    path = write_workbook(tmp_path / "bad.xlsx", survey, choices, settings_row)
    with pytest.raises(XLSFormError) as caught:
        read_xlsform(path)
    return str(caught.value)


def _one(**cells: str) -> list[dict[str, str]]:
    return [
        question("q", cells.pop("type", "select_one yes_no_na"), "Question?", "Вопрос?", **cells)
    ]


_SURVEY_ERRORS = {
    # pyxform's own error, passed on with its row
    "pyxform-missing-list": (
        _one(type="select_one missing_list"),
        "survey sheet, row 2: List name not in choices sheet: missing_list",
    ),
    "unsupported-type": (
        _one(type="geopoint"),
        "survey sheet, row 2, column type: type 'geopoint' is not supported in a checklist; use "
        "one of integer, decimal, text, select_one, select_multiple, note, image, begin_group or "
        "end_group",
    ),
    "no-techniques": (
        _one(recp_techniques=""),
        "survey sheet, row 2, column recp_techniques: 'recp_techniques' must list at least one "
        "CP technique",
    ),
    "unknown-technique": (
        _one(recp_techniques="tidying"),
        "survey sheet, row 2, column recp_techniques: 'tidying' is not a CP technique; use "
        "good_housekeeping, input_material_change, better_process_control, "
        "equipment_modification, technology_change, onsite_recovery_reuse, useful_by_products, "
        "product_modification",
    ),
    "number-without-unit": (
        _one(type="decimal"),
        "survey sheet, row 2, column recp_unit: an integer or decimal question needs its unit "
        "in 'recp_unit' (e.g. kWh, m**3)",
    ),
    "unknown-unit": (
        _one(type="decimal", recp_unit="furlongs_per_blorp"),
        "survey sheet, row 2, column recp_unit: 'furlongs_per_blorp': unknown unit "
        "'furlongs_per_blorp'",
    ),
    "bad-minimum": (
        _one(type="decimal", recp_unit="kWh", recp_min="lots"),
        "survey sheet, row 2, column recp_min: 'lots' is not a number",
    ),
    "unknown-calculator": (
        _one(recp_calculator="magic"),
        "survey sheet, row 2, column recp_calculator: 'magic' is not a value of recp_calculator; "
        "use one of "
        "compressed-air-leak, compressor-pressure-reduction, steam-leak, water-leak, lighting, "
        "electric-load, pipe-insulation",
    ),
    "bad-club-flag": (
        _one(recp_club="maybe"),
        "survey sheet, row 2, column recp_club: 'maybe' must be yes or no",
    ),
    "relevant-beyond-follow-ups": (
        [*_one(), question("b", "text", "B", "Б", relevant="${q} = 'yes' and ${q} != 'no'")],
        "survey sheet, row 3, column relevant: '${q} = 'yes' and ${q} != 'no'': only "
        "${question} = 'value' or selected(${question}, 'value'), joined by 'or', can show a "
        "follow-up question",
    ),
    "relevant-to-later-question": (
        [question("b", "text", "B", "Б", relevant="${q} = 'yes'"), *_one()],
        "survey sheet, row 2, column relevant: '${q} = 'yes'' refers to 'q', which is not an "
        "earlier question",
    ),
    "missing-language": (
        [{k: v for k, v in _one()[0].items() if k != f"label::{RU}"}],
        "survey sheet, row 2, column label: label lacks its 'ru' text: add a column "
        "'label::Language (ru)'",
    ),
    "no-name": (
        [{k: v for k, v in _one()[0].items() if k != "name"}],
        "survey sheet, row 2, column name: this row has no name: every question and group "
        "needs one in the 'name' column",
    ),
    "language-without-code": (
        [{**_one()[0], "label::Russian": "Вопрос?"}],
        "survey sheet, row 2, column label: language 'Russian' needs its code in brackets, "
        "e.g. 'Russian (ru)'",
    ),
}


@pytest.mark.parametrize("case", list(_SURVEY_ERRORS))
def test_survey_errors_name_sheet_row_and_column(tmp_path: Path, case: str) -> None:
    survey, expected = _SURVEY_ERRORS[case]
    assert _error(tmp_path, survey) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        (settings(form_id=None), "settings sheet, row 2, column form_id: 'form_id' is missing"),
        (
            settings(form_id="Steam Checks"),
            "settings sheet, row 2, column form_id: 'Steam Checks' must be 1 to 40 lowercase",
        ),
        (
            settings(version="2024a"),
            "settings sheet, row 2, column version: '2024a' is not a positive whole number",
        ),
        (
            settings(recp_area=None),
            "settings sheet, row 2, column recp_area: 'recp_area' is missing",
        ),
        (
            settings(recp_area="air"),
            "settings sheet, row 2, column recp_area: 'air' is not a value of recp_area; use "
            "one of energy, water",
        ),
        (
            settings(**{f"recp_title::{RU}": None}),
            "settings sheet, row 2, column recp_title: recp_title lacks its 'ru' text: add a "
            "column 'recp_title::Language (ru)'",
        ),
    ],
    ids=["no-form-id", "bad-form-id", "bad-version", "no-area", "unknown-area", "no-ru-title"],
)
def test_settings_errors(tmp_path: Path, row, expected) -> None:
    assert expected in _error(tmp_path, _one(), settings_row=row)


def test_a_file_that_is_not_a_workbook_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    path.write_text("not a spreadsheet", encoding="utf-8")
    with pytest.raises(XLSFormError, match=r"notes\.xlsx cannot be read as an XLSForm workbook"):
        read_xlsform(path)


def test_a_missing_survey_sheet_is_pyxforms_error(tmp_path: Path) -> None:
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "servey"
    book.active.append(["type", "name", "label"])
    book.active.append(["text", "a", "A"])
    book.create_sheet("settings").append(["form_id"])
    book.save(tmp_path / "x.xlsx")
    with pytest.raises(XLSFormError, match=r"You must have a sheet named 'survey'.*'servey'"):
        read_xlsform(tmp_path / "x.xlsx")
