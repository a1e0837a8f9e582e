"""The conflicts editor shows and reads numbers as the interface language writes them."""

from __future__ import annotations

import pytest

from recp_desktop.domain.units import UnitError
from recp_desktop.ui.conflicts_dialog import _text, _value
from recp_desktop.ui.i18n import Translator


@pytest.mark.parametrize(
    ("language", "value", "shown", "typed", "read"),
    [
        ("en", 0.125, "0.125", "1,500", 1500.0),
        ("ru", 0.125, "0,125", "1,500", 1.5),
        ("az", 0.125, "0,125", "1.500", 1500.0),  # "0.125" would read as 125 in Azerbaijani
    ],
)
def test_what_is_shown_reads_back(
    qapp, language: str, value: float, shown: str, typed: str, read: float
) -> None:
    translator = Translator()
    translator.set_language(language)
    try:
        assert _text(value) == shown
        assert _value(_text(value), value) == value
        assert _value(typed, 1.0) == read
        assert _value("7", 6) == 7 and isinstance(_value("7", 6), int)
        for bad in ("inf", "nan", "1e999", "twelve"):
            with pytest.raises(UnitError):
                _value(bad, 1.0)
    finally:
        translator.set_language("en")
