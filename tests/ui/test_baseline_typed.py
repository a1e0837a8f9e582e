"""The baseline reads quantities with units and numbers in the display language, cell by cell."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from recp_desktop.domain.baseline import BASELINE_KEYS
from recp_desktop.storage.baseline import BaselineValue, load_baseline
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.ui.baseline_page import COL_COST, COL_QUANTITY, COL_UNIT, BaselinePage
from recp_desktop.ui.i18n import Translator

ROW = {spec.key: row for row, spec in enumerate(BASELINE_KEYS)}
SHOTS = os.environ.get("RECP_SCREENSHOTS")  # a folder to save the page's pictures in, if set


@pytest.fixture(params=["en", "ru"])
def page(request, qtbot, tmp_path: Path):
    translator = Translator()
    translator.set_language(request.param)  # the interface's texts and Qt's default locale
    db = Database(tmp_path / "data")
    company = create_enterprise(db, name="Şəki Süd", country="AZ")
    assessment = create_assessment(db, company.id, kind="full", currency="AZN")
    widget = BaselinePage(db, assessment.id, "AZN", request.param)
    widget.resize(900, 560)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget, db, assessment.id, request.param
    db.close()
    translator.set_language("en")


def test_quantities_typed_with_units_are_converted_and_kept(page) -> None:
    widget, db, assessment_id, language = page
    model = widget.model
    assert model.setData(model.index(ROW["heat"], COL_QUANTITY), "1 200 Гкал")
    assert model.setData(model.index(ROW["electricity"], COL_QUANTITY), "850 MWh")
    assert model.setData(model.index(ROW["natural_gas"], COL_QUANTITY), "120000 Nm3")
    saved = load_baseline(db, assessment_id)
    assert saved["heat"] == BaselineValue(1200, "Gcal", None)
    assert saved["electricity"] == BaselineValue(850, "MWh", None)
    assert saved["natural_gas"] == BaselineValue(120000, "Nm3", None)
    # Unit symbols as each language writes them (Russian: GOST 8.417-2002, МВт·ч; нм³ as in
    # Russian gas metering) -- one unit-label function for the window, the PDF and exports.
    assert (
        model.index(ROW["electricity"], COL_UNIT).data() == {"en": "MWh", "ru": "МВт·ч"}[language]
    )
    assert model.index(ROW["natural_gas"], COL_UNIT).data() == {"en": "Nm³", "ru": "нм³"}[language]
    shown = {"en": "120,000", "ru": "120\u00a0000"}[language]
    assert model.index(ROW["natural_gas"], COL_QUANTITY).data() == shown
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"baseline-units-{language}.png"))


def test_a_bad_cost_is_marked_in_the_cost_cell(page, qtbot) -> None:
    widget, db, assessment_id, language = page
    model = widget.model
    assert model.setData(model.index(ROW["electricity"], COL_QUANTITY), "850 MWh")
    messages: list[str] = []
    model.sig_message.connect(messages.append)
    for bad in ("abc", "inf", "1e999", "12 USD"):
        assert not model.setData(model.index(ROW["electricity"], COL_COST), bad)
        cost = model.index(ROW["electricity"], COL_COST).data()
        assert cost.startswith("⚠") and (bad in cost or "USD" in cost), cost
    assert model.index(ROW["electricity"], COL_QUANTITY).data() == "850"  # still the saved one
    assert load_baseline(db, assessment_id)["electricity"] == BaselineValue(850, "MWh", None)
    assert messages and all("Traceback" not in m and "[" not in m for m in messages)
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"baseline-typed-{language}.png"))
    assert model.setData(model.index(ROW["electricity"], COL_COST), "93 500")
    assert not model.index(ROW["electricity"], COL_COST).data().startswith("⚠")
    assert load_baseline(db, assessment_id)["electricity"].cost == 93500


def test_ambiguous_numbers_follow_the_language_and_are_said_back(page) -> None:
    widget, db, assessment_id, language = page
    model = widget.model
    messages: list[str] = []
    model.sig_message.connect(messages.append)
    assert model.setData(model.index(ROW["water"], COL_QUANTITY), "1,500")
    expected = {"en": 1500, "ru": 1.5}[language]
    assert load_baseline(db, assessment_id)["water"].quantity == expected
    echo = {"en": "1,500", "ru": "1,5"}[language]
    assert model.index(ROW["water"], COL_QUANTITY).data() == echo
    assert messages and echo in messages[-1] and "1,500" in messages[-1]
    if SHOTS:
        widget.grab().save(str(Path(SHOTS) / f"baseline-read-as-{language}.png"))


def test_an_azerbaijani_refusal_names_the_column_in_proper_lower_case(
    qtbot, tmp_path: Path
) -> None:
    """ "İllik miqdar" lower-cased by Python is "i̇llik" (i + U+0307 COMBINING DOT ABOVE); in
    Azerbaijani the dotted capital İ is the capital of i (Unicode SpecialCasing.txt, tr/az)."""
    translator = Translator()
    translator.set_language("az")
    db = Database(tmp_path / "data")
    try:
        company = create_enterprise(db, name="Şəki Süd", country="AZ")
        assessment = create_assessment(db, company.id, kind="full", currency="AZN")
        widget = BaselinePage(db, assessment.id, "AZN", "az")
        qtbot.addWidget(widget)
        messages: list[str] = []
        widget.model.sig_message.connect(messages.append)
        assert not widget.model.setData(widget.model.index(ROW["heat"], COL_QUANTITY), "abc")
        assert not widget.model.setData(widget.model.index(ROW["heat"], COL_COST), "abc")
        assert ", illik miqdar:" in messages[0], messages
        assert ", illik xərc:" in messages[1], messages
        assert "\u0307" not in "".join(messages)
    finally:
        db.close()
        translator.set_language("en")
