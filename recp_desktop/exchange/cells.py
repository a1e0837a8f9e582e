"""Cells made safe for spreadsheets: text that never runs as a formula, characters XLSX takes.

CSV/XLSX formula injection is CWE-1236; the rule followed is OWASP's "CSV Injection" guidance.
"""

from __future__ import annotations

from typing import Any

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may read as the start of a formula (OWASP, "CSV Injection"; CWE-1236)."""
EXCEL_CELL_LIMIT = 32_767  # characters in one cell (Excel specifications and limits)


def clean_text(text: str) -> str:
    """``text`` without the control characters XML 1.0 and so XLSX forbid (openpyxl's
    ``ILLEGAL_CHARACTERS_RE``: U+0000–U+0008, U+000B, U+000C, U+000E–U+001F; tab, line feed and
    carriage return stay), cut to Excel's 32,767 characters a cell. Used for CSV too, so that the
    two formats carry the same text."""
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    return ILLEGAL_CHARACTERS_RE.sub("", text)[:EXCEL_CELL_LIMIT]


def neutralise(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs: cleaned (:func:`clean_text`), and if it starts
    with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return, prefixed with an apostrophe, as
    OWASP's CSV-injection guidance advises. Excel shows the apostrophe; the text after it is
    exactly what was stored."""
    cleaned = clean_text(text)
    return "'" + cleaned if cleaned.startswith(FORMULA_START) else cleaned


def cell_value(value: Any) -> Any:
    """A frame's value as openpyxl takes it: missing as empty, numpy scalars as Python's."""
    import pandas as pd

    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.to_pydatetime()
    return value.item() if hasattr(value, "item") else value
