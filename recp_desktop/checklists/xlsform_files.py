"""Which files :func:`~recp_desktop.checklists.xlsform.read_xlsform` reads, what it says of one
it cannot, and pyxform's unknown question type said with its row.

An XLSForm is an Excel workbook (``.xlsx``, ``.xlsm``, ``.xls``) or the same sheets saved as
CSV, read by pyxform's ``get_xlsform``. Anything else (``/etc/passwd``, a PDF, a damaged
workbook) is refused in words a person can act on, not with pyxform's internals.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from recp_desktop.checklists.loader import TemplateError

READABLE = {
    ".xlsx": "it is not a readable Excel workbook (.xlsx): the file is damaged or is another "
    "kind of file under that name; open it in a spreadsheet program and save it as .xlsx",
    ".xlsm": "it is not a readable Excel workbook (.xlsm): the file is damaged or is another "
    "kind of file under that name; open it in a spreadsheet program and save it as .xlsx",
    ".xls": "it is not a readable Excel 97-2003 workbook (.xls): the file is damaged or is "
    "another kind of file under that name; open it in a spreadsheet program and save it as .xlsx",
    ".csv": "an XLSForm saved as CSV has its sheets one under another, the first column naming "
    "the sheet (survey, choices, settings) on the row of that sheet's headers; or save the "
    "workbook as .xlsx",
}
"""File name endings read, and why a file with that ending could not be."""


def load_workbook(path: Path, error: type[TemplateError]) -> Any:
    """pyxform's reading of the workbook at ``path`` (its ``DefinitionData``).

    Raises ``error`` (an :class:`XLSFormError`): a file that does not end in .xlsx, .xlsm,
    .xls or .csv, that is not there, or that pyxform cannot read as a spreadsheet.
    """
    from pyxform.errors import PyXFormError, PyXFormReadError
    from pyxform.xls2json_backends import get_xlsform

    suffix = path.suffix.lower()
    if suffix not in READABLE:
        raise error(
            f"{path.name} is not an XLSForm: choose an Excel workbook (.xlsx or .xls) or a CSV "
            "file holding the survey, choices and settings sheets (docs/checklist-format.md)"
        )
    if not path.is_file():
        raise error(f"{path}: no such file")
    try:
        return get_xlsform(xlsform=path)
    except OSError as exc:
        raise error(f"{path.name} cannot be read: {exc.strerror or exc}") from exc
    except PyXFormError as exc:
        if isinstance(exc, PyXFormReadError) or "not recognized as a supported type" in str(exc):
            raise error(_unreadable(path, suffix)) from exc
        raise error(f"{path.name} cannot be read as an XLSForm workbook: {exc}") from exc
    except Exception as exc:  # zip, XML, xlrd and openpyxl errors of a damaged or foreign file
        raise error(_unreadable(path, suffix)) from exc


def _unreadable(path: Path, suffix: str) -> str:
    return f"{path.name} cannot be read as an XLSForm workbook: {READABLE[suffix]}"


def unknown_type(
    message: str, survey: Iterable[dict[str, Any]], error: type[TemplateError]
) -> TemplateError | None:
    """pyxform's "Unknown question type 'x'." (it names no row) as ``error`` naming the survey
    row whose type it is (rows counted from 2, under the header) and the types a checklist
    takes; None for any other message."""
    from recp_desktop.checklists.xlsform import SUPPORTED_TYPES

    match = re.fullmatch(r"Unknown question type '(.*)'\.?", message.strip(), re.S)
    if match is None:
        return None
    kind = " ".join(match.group(1).split())
    row = next(
        (
            index + 2
            for index, cells in enumerate(survey)
            if " ".join(str(cells.get("type", "")).split()) == kind
        ),
        None,
    )
    if kind in ("select_one", "select_multiple"):
        said = f"'{kind}' needs the name of its choice list, e.g. '{kind} yes_no_na'"
    else:
        said = (
            f"'{kind}' is not a question type; use one of {', '.join(SUPPORTED_TYPES)}, "
            "begin_group or end_group"
        )
    return error(said, "survey", row, "type")  # type: ignore[call-arg]
