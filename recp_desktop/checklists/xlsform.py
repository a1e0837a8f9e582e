"""Read a checklist template from an XLSForm workbook (``.xlsx``), with pyxform.

pyxform, the reference XLSForm reader used by ODK and KoboToolbox, reads the workbook
(``get_xlsform``), applies XLSForm's conventions (``workbook_to_json``: types and their aliases,
``label::Language (code)`` columns, choice lists, groups, unique names, list references) and
builds the survey; ``relevant`` is split with pyxform's expression lexer and must name an
earlier question. This module maps pyxform's form dictionary onto
a :class:`~recp_desktop.checklists.model.Template` and validates it with the same checks as a
YAML file (:func:`~recp_desktop.checklists.loader.parse_template`). The columns RECP adds
(``recp_area``, ``recp_techniques``, ``recp_unit``...) are documented in
docs/checklist-format.md. Every error names the sheet, row and column; pyxform's warnings are
returned with the template.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from recp_desktop.checklists.loader import TemplateError, parse_template
from recp_desktop.checklists.model import YES_NO_NA, Template
from recp_desktop.checklists.xlsform_files import unknown_type

SUPPORTED_TYPES = ("integer", "decimal", "text", "select_one", "select_multiple", "note", "image")
_PYXFORM_TYPES = {
    "integer": "number",
    "decimal": "number",
    "text": "text",
    "select one": "choice",
    "select all that apply": "multi",
}
_LANGUAGE = re.compile(r"\(\s*([A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*)\s*\)\s*$")
_BARE_CODE = re.compile(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]+)*$")
_COLUMN_OF_KEY = {
    "text": "label",
    "guidance": "hint",
    "group": "label",
    "topic": "recp_topic",
    "good": "recp_good",
    "calculator": "recp_calculator",
    "feeds": "recp_feeds",
    "area": "recp_area",
    "club_text": "recp_club_text",
    "club_guidance": "recp_club_guidance",
    "depends_on": "relevant",
    "answer": "recp_unit",
}
"""Columns of the survey sheet that the shared checks' keys come from, for error messages."""
_TRUE = ("yes", "true", "true()", "1")
_FALSE = ("no", "false", "false()", "0", "")


class XLSFormError(TemplateError):
    """A workbook that is not a valid checklist; the message names sheet, row and column."""

    def __init__(self, message: str, sheet: str = "", row: int | None = None, column: str = ""):
        place = ", ".join(
            p
            for p in (
                f"{sheet} sheet" if sheet else "",
                f"row {row}" if row is not None else "",
                f"column {column}" if column else "",
            )
            if p
        )
        super().__init__(f"{place}: {message}" if place else message)
        self.sheet, self.row, self.column = sheet, row, column


@dataclass(frozen=True)
class XLSFormResult:
    """A template read from a workbook and the warnings pyxform and the mapping gave."""

    template: Template
    warnings: tuple[str, ...]


def read_xlsform(path: str | Path) -> XLSFormResult:
    """Read and validate the checklist in the XLSForm workbook at ``path``.

    Raises :class:`XLSFormError` for anything wrong (pyxform's own errors included), naming
    the sheet, row and column; a file that is not an .xlsx, .xlsm, .xls or .csv spreadsheet
    pyxform can read is refused saying so (:mod:`~recp_desktop.checklists.xlsform_files`).
    Nothing is stored: see ``storage.templates`` for installing.
    """
    from recp_desktop.checklists.xlsform_files import load_workbook

    path = Path(path)
    return _Mapper(load_workbook(path, XLSFormError), path).run()


class _Mapper:
    """Turns pyxform's output for one workbook into a template, remembering rows for errors."""

    def __init__(self, workbook: Any, path: Path) -> None:
        self.workbook = workbook
        self.path = path
        self.warnings: list[str] = []
        self.rows: dict[str, int] = {}  # element name -> survey row
        for index, row in enumerate(workbook.survey or ()):
            if row.get("name"):
                self.rows.setdefault(str(row["name"]), index + 2)
        self.settings: dict[str, str] = dict((workbook.settings or [{}])[0] or {})
        self.default_language = ""
        self.form_id = ""
        self.ids: dict[str, str] = {}  # element name -> question id
        self.title: dict[str, str] = {}

    def fail(self, message: str, name: str = "", column: str = "", sheet: str = "survey"):
        return XLSFormError(message, sheet, self.rows.get(name), column)

    def run(self) -> XLSFormResult:
        from pyxform.builder import create_survey_element_from_dict
        from pyxform.errors import PyXFormError
        from pyxform.xls2json import workbook_to_json

        try:
            form = workbook_to_json(
                workbook_dict=self.workbook, form_name="data", warnings=self.warnings
            )
            # Building the survey checks its structure; generating the XForm XML (to_xml, 40 %
            # of the time) is skipped: the references that matter, in relevant, are checked
            # below against earlier questions.
            create_survey_element_from_dict(form)
        except PyXFormError as exc:
            survey = self.workbook.survey or ()
            raise unknown_type(str(exc), survey, XLSFormError) or _pyxform_error(str(exc)) from exc
        self.warnings[:] = [str(_pyxform_error(w)) for w in self.warnings]
        self.default_language = self._language_code(
            self.settings.get("default_language", "") or "", "default_language", "settings"
        )
        data = self._template_data(form)
        try:
            template = parse_template(data, self.path)
        except TemplateError as exc:
            raise self._locate(str(exc)) from exc
        return XLSFormResult(template, tuple(self.warnings))

    # -- settings ---------------------------------------------------------------------------

    def _template_data(self, form: dict[str, Any]) -> dict[str, Any]:
        form_id = str(self.settings.get("form_id") or "").strip()
        if not form_id:
            raise XLSFormError("'form_id' is missing", "settings", 2, "form_id")
        if not re.fullmatch(r"[a-z0-9_]{1,40}", form_id):
            raise XLSFormError(
                f"'{form_id}' must be 1 to 40 lowercase letters, digits or _",
                "settings",
                2,
                "form_id",
            )
        self.form_id = form_id
        raw_version = str(self.settings.get("version") or "").strip()
        if not raw_version.isdigit() or int(raw_version) < 1:
            raise XLSFormError(
                f"'{raw_version}' is not a positive whole number", "settings", 2, "version"
            )
        area = str(self.settings.get("recp_area") or "").strip()
        if not area:
            raise XLSFormError("'recp_area' is missing", "settings", 2, "recp_area")
        title = self._setting_texts("recp_title")
        form_title = str(self.settings.get("form_title") or "").strip()
        if form_title:
            title.setdefault(self.default_language or "en", form_title)
        self.title = title
        questions: list[dict[str, Any]] = []
        self._walk(form.get("children", []), [], questions, pending=[])
        data = {"id": form_id, "version": int(raw_version), "area": area, "title": title}
        if description := self._setting_texts("recp_description"):
            data["description"] = description
        data["questions"] = questions
        return data

    def _setting_texts(self, prefix: str) -> dict[str, str]:
        texts: dict[str, str] = {}
        for key, value in self.settings.items():
            head, _sep, language = str(key).partition("::")
            if head.strip() == prefix and value and str(value).strip():
                code = self._language_code(language or "default", key, "settings")
                texts[code] = str(value).strip()
        return texts

    # -- languages --------------------------------------------------------------------------

    def _language_code(self, language: str, column: str, sheet: str, name: str = "") -> str:
        language = language.strip()
        if not language:
            return ""
        if language == "default":
            if self.default_language:
                return self.default_language
            raise XLSFormError(
                f"'{column}' has no language: name it like {column}::English (en), "
                "or set default_language in settings",
                sheet,
                self.rows.get(name) if sheet == "survey" else 2,
                column,
            )
        match = _LANGUAGE.search(language)
        if match:
            return match.group(1).lower().replace("_", "-")
        if _BARE_CODE.match(language):
            return language.lower()
        raise XLSFormError(
            f"language '{language}' needs its code in brackets, e.g. 'Russian (ru)'",
            sheet,
            self.rows.get(name) if sheet == "survey" else 2,
            column,
        )

    def _texts(self, element: dict[str, Any], key: str, column: str) -> dict[str, str]:
        value = element.get(key)
        if value is None or value == "":
            return {}
        if isinstance(value, str):
            value = {"default": value}
        name = str(element.get("name", ""))
        return {
            self._language_code(lang, column, "survey", name): str(text).strip()
            for lang, text in value.items()
            if str(text).strip()
        }

    # -- survey -----------------------------------------------------------------------------

    def _walk(
        self,
        children: list[dict[str, Any]],
        groups: list[dict[str, Any]],
        out: list[dict[str, Any]],
        pending: list[str],
    ) -> None:
        for element in children:
            kind = element.get("type")
            name = str(element.get("name", ""))
            if kind == "group":
                if element.get("control", {}).get("bodyless"):
                    continue  # pyxform's own meta group (instanceID)
                self._walk(element.get("children", []), [*groups, element], out, pending)
            elif kind == "note":
                pending.extend(self._texts(element, "label", "label").items())
            elif kind == "photo":
                self._image(element, out)
            elif kind in _PYXFORM_TYPES:
                out.append(self._question(element, groups, pending))
                pending.clear()
            else:
                raise self.fail(
                    f"type '{kind}' is not supported in a checklist; use one of "
                    + ", ".join(SUPPORTED_TYPES)
                    + ", begin_group or end_group",
                    name,
                    "type",
                )

    def _image(self, element: dict[str, Any], out: list[dict[str, Any]]) -> None:
        """An image row: photos attach to any question, so its label becomes a photo prompt in
        the guidance of the question before it."""
        name = str(element.get("name", ""))
        if not out:
            raise self.fail("an image row must follow the question its photo documents", name)
        labels = self._texts(element, "label", "label")
        guidance = out[-1]["guidance"]
        for language, text in labels.items():
            guidance[language] = f"{guidance.get(language, '')}\n\n{text}".strip()
        self.warnings.append(
            f"survey sheet, row {self.rows.get(name)}: image '{name}' is kept as a photo prompt in "
            f"the guidance of '{out[-1]['id']}' (photos can be added to any question)"
        )

    def _question(
        self, element: dict[str, Any], groups: list[dict[str, Any]], notes: list[tuple[str, str]]
    ) -> dict[str, Any]:
        from recp_desktop.checklists.xlsform_columns import recp_columns

        name = str(element["name"])
        group_name = str(groups[-1]["name"]) if groups else "main"
        qid = name if "." in name else f"{self.form_id}.{group_name}.{name}"
        self.ids[name] = qid
        self.rows.setdefault(qid, self.rows.get(name, 0))
        answer_type = _PYXFORM_TYPES[element["type"]]
        guidance = self._texts(element, "hint", "hint")
        for language, text in notes:
            guidance[language] = f"{text}\n\n{guidance.get(language, '')}".strip()
        group = self._texts(groups[-1], "label", "label") if groups else {}
        data: dict[str, Any] = {
            "id": qid,
            "group": group or dict(self.title),
            "text": self._texts(element, "label", "label"),
            "guidance": guidance,
            "answer": {"type": answer_type},
        }
        if answer_type in ("choice", "multi"):
            choices = element.get("choices") or []
            options = [
                {"id": str(c["name"]), "label": self._texts(c, "label", "label")} for c in choices
            ]
            if answer_type == "choice" and sorted(o["id"] for o in options) == sorted(YES_NO_NA):
                data["answer"] = {"type": "yes_no_na"}
            else:
                data["answer"]["options"] = options
        required = str(element.get("bind", {}).get("required", "")).strip().lower()
        if required not in _TRUE + _FALSE:
            raise self.fail(f"'{required}' must be yes or no", name, "required")
        if required in _TRUE:
            data["required"] = True
        relevant = str(element.get("bind", {}).get("relevant", "")).strip()
        if relevant:
            data["depends_on"] = self._relevant(relevant, name)
        data.update(recp_columns(self, element, name, data))
        return data

    def _relevant(self, expression: str, name: str) -> dict[str, Any]:
        """The subset of ``relevant`` that is a follow-up question: ``${q} = 'v'`` or
        ``selected(${q}, 'v')``, several joined by ``or``, all about one earlier question."""
        from pyxform.parsing.expression import parse_expression

        tokens = [t for t in parse_expression(expression) if t.type != "WHITESPACE"]
        target: str | None = None
        values: list[str] = []
        position = 0
        shape = (
            "only ${question} = 'value' or selected(${question}, 'value'), joined by 'or', "
            "can show a follow-up question"
        )
        while position < len(tokens):
            part = [(t.type, t.value.strip()) for t in tokens[position : position + 3]]
            if [k for k, _ in part] == ["PYXFORM_REF", "OPS_COMP", "SYSTEM_LITERAL"] and (
                part[1][1] == "="
            ):
                ref, value = part[0][1], part[2][1]
                position += 3
            elif [k for k, _ in tokens_kinds(tokens[position : position + 5])] == [
                "FUNC_CALL",
                "PYXFORM_REF",
                "COMMA",
                "SYSTEM_LITERAL",
                "CLOSE_PAREN",
            ] and tokens[position].value.replace(" ", "") == "selected(":
                ref, value = tokens[position + 1].value, tokens[position + 3].value
                position += 5
            else:
                raise self.fail(f"'{expression}': {shape}", name, "relevant")
            ref_name = ref[2:-1]
            if target is not None and ref_name != target:
                raise self.fail(f"'{expression}': all parts must ask about one question", name)
            target = ref_name
            values.append(value[1:-1])
            if position < len(tokens):
                if tokens[position].type != "OPS_BOOL" or tokens[position].value.strip() != "or":
                    raise self.fail(f"'{expression}': {shape}", name, "relevant")
                position += 1
                if position == len(tokens):
                    raise self.fail(f"'{expression}': {shape}", name, "relevant")
        if target not in self.ids:
            raise self.fail(
                f"'{expression}' refers to '{target}', which is not an earlier question",
                name,
                "relevant",
            )
        return {"question": self.ids[target], "in": values}

    def _locate(self, message: str) -> XLSFormError:
        """A validation error from the shared checks, with the survey row of its question."""
        match = re.search(r"question '([^']+)'", message)
        row = self.rows.get(match.group(1)) if match else None
        text = message.split(": ", 2)[-1] if match else message.split(": ", 1)[-1]
        if row is not None:
            key = re.match(r"'([a-z_.]+)'", text)
            column = _COLUMN_OF_KEY.get(key.group(1).split(".")[0], "") if key else ""
            return XLSFormError(_in_column_words(text, column), "survey", row, column)
        setting = re.match(r"'(area|title|description)'", text)
        if setting:  # the template's own fields come from the settings sheet
            column = {"area": "recp_area", "title": "recp_title"}.get(
                setting.group(1), "recp_description"
            )
            return XLSFormError(_in_column_words(text, column), "settings", 2, column)
        return XLSFormError(text)


def _in_column_words(text: str, column: str) -> str:
    """A shared check's message said with the workbook's column instead of the template's key.

    ``'calculator' is 'magic'; expected one of a, b`` becomes ``'magic' is not a value of
    recp_calculator; use one of a, b``; ``'text' lacks its 'ru' text`` becomes ``label lacks
    its 'ru' text: add a column 'label::Language (ru)'``. Other messages pass unchanged.
    """
    if not column:
        return text
    match = re.fullmatch(r"'[a-z_.]+' is '(.*)'; expected one of (.*)", text, re.S)
    if match:
        return f"'{match.group(1)}' is not a value of {column}; use one of {match.group(2)}"
    match = re.fullmatch(r"'[a-z_.]+' lacks its '([a-z]{2,3})' text", text)
    if match:
        language = match.group(1)
        return (
            f"{column} lacks its '{language}' text: add a column '{column}::Language ({language})'"
        )
    return text


def tokens_kinds(tokens: list[Any]) -> list[tuple[str, str]]:
    return [(t.type, t.value) for t in tokens]


def _pyxform_error(message: str) -> XLSFormError:
    """pyxform's error, its ``[row : N]`` prefix and the sheet it names said the way ours are."""
    row = None
    match = re.match(r"\[row : (\d+)\]\s*(.*)", message, re.S)
    if match:
        row, message = int(match.group(1)), match.group(2)
    sheet = re.search(r"'(survey|choices|settings)' sheet", message)
    column = ""
    if re.search(r"with no name", message):  # pyxform: "Question or group with no name."
        column = "name"
        message = "this row has no name: every question and group needs one in the 'name' column"
    return XLSFormError(
        message.strip(), sheet.group(1) if sheet else ("survey" if row else ""), row, column
    )
