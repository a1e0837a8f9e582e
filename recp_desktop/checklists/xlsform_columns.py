"""The columns RECP adds to an XLSForm ``survey`` sheet, read and written in one place.

XLSForm tools (pyxform, ODK, Kobo) ignore columns they do not know, so a RECP checklist stays a
valid XLSForm. Each column and its meaning is listed in :data:`RECP_COLUMNS` and in
docs/checklist-format.md.
"""

from __future__ import annotations

from typing import Any

from recp_desktop.checklists.model import CP_TECHNIQUES, Question

RECP_COLUMNS: dict[str, str] = {
    "recp_area": "energy, water, materials or waste; defaults to the template's recp_area",
    "recp_topic": "good_housekeeping, process_control, equipment_condition or recovery_reuse;"
    " defaults from the first technique",
    "recp_techniques": "one or more of the eight CP techniques, separated by spaces (required)",
    "recp_unit": "the unit (and so the dimension) a number is asked in, e.g. kWh, m**3, bar",
    "recp_min": "the smallest accepted number, in recp_unit",
    "recp_max": "the largest accepted number, in recp_unit",
    "recp_good": "yes or no: the answer of a yes/no/na question that means all is well",
    "recp_calculator": "the quick-win calculator the question leads to, e.g. steam-leak",
    "recp_feeds": "calculator inputs a number prefills, as calculator:input, space-separated",
    "recp_club": "yes if the question is part of the RECP Club self-audit",
    "recp_club_text": "simpler wording for club self-audits (one column per language)",
    "recp_club_guidance": "plain-language guidance for club self-audits (one per language)",
}
TRANSLATED = ("recp_club_text", "recp_club_guidance")

_TOPIC_OF_TECHNIQUE = {
    "good_housekeeping": "good_housekeeping",
    "onsite_recovery_reuse": "recovery_reuse",
    "useful_by_products": "recovery_reuse",
    "equipment_modification": "equipment_condition",
    "technology_change": "equipment_condition",
}


def default_topic(techniques: list[str]) -> str:
    """The topic a question without ``recp_topic`` gets: from its first CP technique."""
    return _TOPIC_OF_TECHNIQUE.get(techniques[0], "process_control") if techniques else ""


def _text(element: dict[str, Any], key: str) -> str:
    value = element.get(key)
    return "" if value is None else str(value).strip()


def _number(mapper: Any, element: dict[str, Any], key: str, name: str) -> float | None:
    raw = _text(element, key)
    if not raw:
        return None
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        raise mapper.fail(f"'{raw}' is not a number", name, key) from None


def recp_columns(
    mapper: Any, element: dict[str, Any], name: str, data: dict[str, Any]
) -> dict[str, Any]:
    """The YAML-format keys given by the RECP columns of one survey row.

    ``mapper`` is the reader's ``_Mapper`` (for ``fail``, languages and rows); ``data`` is the
    question built so far (its answer is completed here). Errors name row and column.
    """
    out: dict[str, Any] = {}
    techniques = _text(element, "recp_techniques").split()
    if not techniques:
        raise mapper.fail(
            "'recp_techniques' must list at least one CP technique", name, "recp_techniques"
        )
    for technique in techniques:
        if technique not in CP_TECHNIQUES:
            raise mapper.fail(
                f"'{technique}' is not a CP technique; use " + ", ".join(CP_TECHNIQUES),
                name,
                "recp_techniques",
            )
    out["techniques"] = techniques
    out["topic"] = _text(element, "recp_topic") or default_topic(techniques)
    if area := _text(element, "recp_area"):
        out["area"] = area
    answer = data["answer"]
    unit = _text(element, "recp_unit")
    if answer["type"] == "number":
        if not unit:
            raise mapper.fail(
                "an integer or decimal question needs its unit in 'recp_unit' (e.g. kWh, m**3)",
                name,
                "recp_unit",
            )
        _check_unit(mapper, unit, name)
        answer["unit"] = unit
        for key, column in (("min", "recp_min"), ("max", "recp_max")):
            if (value := _number(mapper, element, column, name)) is not None:
                answer[key] = int(value) if value.is_integer() else value
    elif unit:
        raise mapper.fail("only integer and decimal questions take a unit", name, "recp_unit")
    if good := _text(element, "recp_good"):
        out["good"] = good
    if calculator := _text(element, "recp_calculator"):
        out["calculator"] = calculator
    feeds = []
    for item in _text(element, "recp_feeds").split():
        calc, sep, field = item.partition(":")
        if not sep or not field:
            raise mapper.fail(f"'{item}' must look like calculator:input", name, "recp_feeds")
        feeds.append({"calculator": calc, "input": field})
    if feeds:
        out["feeds"] = feeds
    club = _text(element, "recp_club").lower()
    if club not in ("", "yes", "no", "true", "false", "1", "0"):
        raise mapper.fail(f"'{club}' must be yes or no", name, "recp_club")
    if club in ("yes", "true", "1"):
        out["club"] = True
    for key in TRANSLATED:
        if texts := mapper._texts(element, key, key):
            out[key.removeprefix("recp_")] = texts
    return out


def _check_unit(mapper: Any, unit: str, name: str) -> None:
    from recp_desktop.domain.units import KNOWN_UNITS, UnitError, parse_unit

    if unit in KNOWN_UNITS:
        return
    try:
        parse_unit(unit)
    except UnitError as exc:
        raise mapper.fail(f"'{unit}': {exc}", name, "recp_unit") from exc


def question_columns(question: Question, template_area: str) -> dict[str, str]:
    """The RECP columns of one question as cell text (the inverse of :func:`recp_columns`)."""
    cells = {
        "recp_area": question.area if question.area != template_area else "",
        "recp_topic": question.topic
        if question.topic != default_topic(list(question.techniques))
        else "",
        "recp_techniques": " ".join(question.techniques),
        "recp_unit": question.unit or "",
        "recp_min": _number_text(question.minimum),
        "recp_max": _number_text(question.maximum),
        "recp_good": question.good or "",
        "recp_calculator": question.calculator or "",
        "recp_feeds": " ".join(f"{f.calculator}:{f.input}" for f in question.feeds),
        "recp_club": "yes" if question.club else "",
    }
    return cells


def _number_text(value: float | None) -> str:
    """A number as exact text (``repr`` of the float; whole numbers without ``.0``)."""
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else repr(value)
