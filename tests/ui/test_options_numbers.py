"""The options register reads numbers by the interface language and refuses non-finite ones."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from recp_desktop.storage.options import list_options
from recp_desktop.ui.options_page import COL_INVESTMENT
from tests.ui.helpers import create_demo


@pytest.mark.parametrize(
    ("language", "typed", "stored"), [("en", "1,500", 1500), ("ru", "1,500", 1.5)]
)
def test_investment_is_read_by_the_language_and_never_infinite(
    open_window, qtbot, language: str, typed: str, stored: float
) -> None:
    window = open_window(language)
    try:
        workspace = create_demo(window, qtbot)
        model = workspace.show_options().model
        errors: list[str] = []
        model.sig_error.connect(errors.append)
        option = model.option_at(0)
        index = model.index(0, COL_INVESTMENT)

        def investment() -> float | None:
            found = list_options(window.db, workspace.assessment.id)
            return next(o for o in found if o.id == option.id).investment

        assert model.setData(index, typed, Qt.EditRole)
        assert investment() == stored
        for bad in ("inf", "nan", "1e999", "-Infinity", "1e16", "lots"):
            assert not model.setData(index, bad, Qt.EditRole), bad
            assert investment() == stored  # nothing stored
            assert errors and bad in errors[-1] and "[" not in errors[-1]
        assert not model.setData(index, float("inf"), Qt.EditRole)  # a spin box's value too
        assert investment() == stored
    finally:
        window.translator.set_language("en")
