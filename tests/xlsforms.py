"""XLSForm workbooks for tests, written cell by cell with openpyxl (independent of the exporter)."""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook

EN, RU = "English (en)", "Russian (ru)"


def question(name: str, kind: str, en: str, ru: str, **cells: str) -> dict[str, str]:
    """A survey row with English and Russian label and hint, techniques defaulting to one."""
    row = {
        "type": kind,
        "name": name,
        f"label::{EN}": en,
        f"label::{RU}": ru,
        f"hint::{EN}": f"How to check: {en}",
        f"hint::{RU}": f"Как проверить: {ru}",
        "recp_techniques": "good_housekeeping",
    }
    row.update(cells)
    return row


YES_NO_NA = [
    {"list_name": "yes_no_na", "name": "yes", f"label::{EN}": "Yes", f"label::{RU}": "Да"},
    {"list_name": "yes_no_na", "name": "no", f"label::{EN}": "No", f"label::{RU}": "Нет"},
    {"list_name": "yes_no_na", "name": "na", f"label::{EN}": "N/A", f"label::{RU}": "Н/П"},
]


def settings(**cells: str) -> dict[str, str]:
    row = {
        "form_id": "steam_checks",
        "version": "2",
        "form_title": "Steam checks",
        f"recp_title::{RU}": "Проверка пара",
        "recp_area": "energy",
    }
    row.update(cells)
    return {k: v for k, v in row.items() if v is not None}


def write_workbook(
    path: Path,
    survey: list[dict[str, str]],
    choices: list[dict[str, str]] | None = None,
    settings_row: dict[str, str] | None = None,
) -> Path:
    """Write the three XLSForm sheets; headers are the union of the rows' keys, in order."""
    book = Workbook()
    sheets = [("survey", survey), ("choices", choices if choices is not None else YES_NO_NA)]
    sheets.append(("settings", [settings_row if settings_row is not None else settings()]))
    for index, (title, rows) in enumerate(sheets):
        sheet = book.active if index == 0 else book.create_sheet(title)
        sheet.title = title
        header: list[str] = []
        for row in rows:
            header += [k for k in row if k not in header]
        sheet.append(header)
        for row in rows:
            sheet.append([row.get(k) for k in header])
    book.save(path)
    return path
