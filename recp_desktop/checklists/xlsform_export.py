"""Write a checklist template as an XLSForm workbook (openpyxl), readable back by pyxform.

``read_xlsform(write_xlsform(t, path)).template == t`` for every template (tested for each
built-in one), so a centre can start its own checklist from a shipped one. Question ids are
written whole as ``name`` (names may hold dots), groups as ``begin_group``/``end_group`` around
runs of questions sharing a heading, follow-ups as ``relevant``, and RECP's own fields in the
``recp_*`` columns of :mod:`~recp_desktop.checklists.xlsform_columns`.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from recp_desktop.checklists.model import YES_NO_NA, Question, Template
from recp_desktop.checklists.xlsform_columns import RECP_COLUMNS, TRANSLATED, question_columns

YES_NO_NA_LABELS = {
    "en": ("Yes", "No", "Not applicable"),
    "ru": ("Да", "Нет", "Не применимо"),
    "az": ("Bəli", "Xeyr", "Tətbiq olunmur"),
}
"""Labels of the shared ``yes_no_na`` list (the app shows its own words for these answers)."""

_NAME_START = re.compile(r"^[A-Za-z_]")


def language_column(prefix: str, code: str) -> str:
    """``label::English (en)``: the header XLSForm expects, the language named in English."""
    from babel import Locale, UnknownLocaleError

    try:
        name = Locale.parse(code.replace("-", "_")).get_display_name("en") or code
    except (ValueError, UnknownLocaleError):
        name = code
    return f"{prefix}::{name} ({code})"


def _languages(template: Template) -> list[str]:
    found: set[str] = set(template.title) | set(template.description)
    for q in template.questions:
        found.update(q.text, q.guidance, q.group, q.club_text or (), q.club_guidance or ())
        for option in q.options:
            found.update(option.label)
    return sorted(found, key=lambda c: ({"en": 0, "ru": 1}.get(c, 2), c))


def _texts(prefix: str, languages: Sequence[str], texts: Mapping[str, str] | None) -> dict:
    return {language_column(prefix, code): (texts or {}).get(code, "") for code in languages}


def _groups(questions: Iterable[Question]) -> list[tuple[str, Mapping[str, str], list[Question]]]:
    """Runs of consecutive questions with one heading, each with a unique group name."""
    runs: list[tuple[str, Mapping[str, str], list[Question]]] = []
    used: set[str] = set()
    for question in questions:
        if runs and runs[-1][1] == question.group:
            runs[-1][2].append(question)
            continue
        parts = question.id.split(".")
        base = parts[1] if len(parts) > 2 else "group"
        base = base if _NAME_START.match(base) else f"g_{base}"
        name, n = base, 1
        while name in used:
            n += 1
            name = f"{base}_{n}"
        used.add(name)
        runs.append((name, question.group, [question]))
    return runs


def _relevant(template: Template, question: Question) -> str:
    if question.depends_on is None:
        return ""
    target = template.question(question.depends_on)
    ref = "${" + target.id + "}"
    if target.answer_type == "multi":
        parts = [f"selected({ref}, '{v}')" for v in question.depends_in]
    else:
        parts = [f"{ref} = '{v}'" for v in question.depends_in]
    return " or ".join(parts)


def _list_name(question: Question) -> str:
    return "l_" + question.id.replace(".", "_")


def write_xlsform(template: Template, path: str | Path, notes: Sequence[str] = ()) -> Path:
    """Write ``template`` to ``path`` (an ``.xlsx`` workbook) and return the path.

    ``notes`` (lines of text, e.g. the sources a sector checklist is based on) go to a
    ``notes`` sheet, which XLSForm tools ignore. The workbook is written beside ``path`` and
    moved into place, so a failure leaves an existing file unchanged. Raises :class:`OSError`
    if it cannot be written.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    languages = _languages(template)
    survey_rows: list[dict[str, str]] = []
    choice_rows: list[dict[str, str]] = []
    uses_yes_no = False
    for group_name, group_texts, questions in _groups(template.questions):
        survey_rows.append(
            {"type": "begin_group", "name": group_name, **_texts("label", languages, group_texts)}
        )
        for q in questions:
            if q.answer_type == "yes_no_na":
                kind, uses_yes_no = "select_one yes_no_na", True
            elif q.answer_type in ("choice", "multi"):
                select = "select_one" if q.answer_type == "choice" else "select_multiple"
                kind = f"{select} {_list_name(q)}"
                for option in q.options:
                    choice_rows.append(
                        {
                            "list_name": _list_name(q),
                            "name": option.id,
                            **_texts("label", languages, option.label),
                        }
                    )
            elif q.answer_type == "number":
                kind = "decimal"
            else:
                kind = "text"
            survey_rows.append(
                {
                    "type": kind,
                    "name": q.id,
                    **_texts("label", languages, q.text),
                    **_texts("hint", languages, q.guidance),
                    "required": "yes" if q.required else "",
                    "relevant": _relevant(template, q),
                    **question_columns(q, template.area),
                    **_texts("recp_club_text", languages, q.club_text),
                    **_texts("recp_club_guidance", languages, q.club_guidance),
                }
            )
        survey_rows.append({"type": "end_group", "name": group_name})
    if uses_yes_no:
        for index, value in enumerate(YES_NO_NA):
            labels = {c: YES_NO_NA_LABELS.get(c, YES_NO_NA_LABELS["en"])[index] for c in languages}
            choice_rows.insert(
                index,
                {"list_name": "yes_no_na", "name": value, **_texts("label", languages, labels)},
            )
    survey_header = [
        "type",
        "name",
        *(language_column("label", c) for c in languages),
        *(language_column("hint", c) for c in languages),
        "required",
        "relevant",
        *(k for k in RECP_COLUMNS if k not in TRANSLATED),
        *(language_column(k, c) for k in TRANSLATED for c in languages),
    ]
    settings = {
        "form_id": template.id,
        "version": str(template.version),
        "form_title": template.title.get("en", ""),
        "default_language": language_column("", "en").removeprefix("::"),
        "recp_area": template.area,
        **_texts("recp_title", languages, template.title),
        **_texts("recp_description", languages, template.description),
    }
    book = Workbook()
    sheets = [
        ("survey", survey_header, survey_rows),
        (
            "choices",
            ["list_name", "name", *(language_column("label", c) for c in languages)],
            choice_rows,
        ),
        ("settings", list(settings), [settings]),
    ]
    for index, (title, header, rows) in enumerate(sheets):
        sheet = book.active if index == 0 else book.create_sheet()
        sheet.title = title
        sheet.append(header)
        for row in rows:
            sheet.append([row.get(column, "") or None for column in header])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for letter, width in zip("ABCDEFGH", (22, 38, 50, 50, 50, 50, 14, 14), strict=False):
            sheet.column_dimensions[letter].width = width
    if notes:
        sheet = book.create_sheet("notes")
        for line in notes:
            sheet.append([line])
        sheet.column_dimensions["A"].width = 120
    path = Path(path)
    partial = path.with_name(f".{path.name}.partial")
    try:  # a failed write leaves any earlier file as it was
        book.save(partial)
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
    return path
