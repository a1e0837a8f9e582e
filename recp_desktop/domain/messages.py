"""Structured messages: an id and parameters, rendered in a language from gettext catalogs.

Calculators, validators and the calculators' assumptions say what they mean as a
:class:`Message` — ``Message("note.leaks_hours", {"count": 2, "hours": quantity(8760, "h")})`` —
never as a finished sentence. Each surface (the window, the PDF report, the command line)
renders it in its language with :func:`render`. The wording lives in the gettext catalogs
``recp_desktop/domain/locale/<lang>/LC_MESSAGES/recp.po`` (English included: message ids are
stable keys, so rewording the English never orphans a translation), compiled to ``.mo`` files
that ship beside them (``uv run pybabel compile -d recp_desktop/domain/locale -D recp``; a test
checks that the ``.mo`` files match their ``.po`` sources) and are loaded with
:class:`babel.support.Translations`.

Parameters are JSON values, so that a message stored with an option (database, exchange
packages) renders later in any language:

* a ``str`` is shown exactly as it is (what the user typed, a list of codes);
* an ``int`` or ``float`` is a number, formatted for the language (Babel, CLDR);
* ``{"value": v, "unit": u}`` is a quantity: the number and the unit's symbol in the language;
* ``{"unit": u}`` is a unit alone, ``{"percent": f}`` a fraction shown as a percentage;
* ``{"id": ..., "params": {...}}`` is a nested message (terms such as a fuel's name have no
  parameters);
* a list renders each item, joined by commas.

Older databases store assumptions as plain English sentences; :func:`render` shows such a
string as it is.
"""

from __future__ import annotations

import math
import string
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from recp_desktop.paths import package_path

__all__ = [
    "LANGUAGES",
    "Message",
    "catalog",
    "format_param",
    "from_json",
    "msg",
    "percent",
    "quantity",
    "render",
    "term",
    "unit",
]

LANGUAGES = ("en", "ru", "az")
DOMAIN = "recp"
NBSP = "\u00a0"
LOCALE_DIR = package_path("domain", "locale")


@dataclass(frozen=True)
class Message:
    """A message id and its parameters (JSON values; see the module's docstring)."""

    id: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def render(self, language: str = "en") -> str:
        return render(self, language)

    def __str__(self) -> str:
        return render(self, "en")

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"id": self.id}
        if self.params:
            out["params"] = {key: _param_json(value) for key, value in self.params.items()}
        return out


def msg(message_id: str, **params: Any) -> Message:
    """``Message(message_id, params)``."""
    return Message(message_id, params)


def term(message_id: str) -> dict[str, Any]:
    """A word from the catalog as a parameter (``term("choice.natural_gas")``)."""
    return {"id": message_id}


def quantity(value: float, unit_text: str) -> dict[str, Any]:
    """A number with a unit as a parameter: the unit is shown as the language writes it."""
    return {"value": float(value), "unit": unit_text}


def unit(unit_text: str) -> dict[str, Any]:
    """A unit alone as a parameter."""
    return {"unit": unit_text}


def percent(fraction: float) -> dict[str, Any]:
    """A fraction (0.85) shown as a percentage (85 %) as a parameter."""
    return {"percent": float(fraction)}


def _param_json(value: Any) -> Any:
    if isinstance(value, Message):
        return value.to_json()
    if isinstance(value, list | tuple):
        return [_param_json(item) for item in value]
    return value


def from_json(data: Any) -> Message | str:
    """A stored message: a dict gives a :class:`Message`, anything else its text (old data)."""
    if isinstance(data, Mapping) and isinstance(data.get("id"), str):
        params = data.get("params")
        return Message(data["id"], dict(params) if isinstance(params, Mapping) else {})
    return str(data)


@cache
def catalog(language: str) -> Any:
    """The compiled catalog (:class:`babel.support.Translations`) of ``language``."""
    from babel.support import NullTranslations, Translations

    found = Translations.load(str(LOCALE_DIR), locales=[language], domain=DOMAIN)
    return found if type(found) is not NullTranslations else None


def template(message_id: str, language: str) -> str | None:
    """The text of ``message_id`` in ``language`` (English if the language lacks it)."""
    for lang in (language, "en"):
        translations = catalog(lang) if lang in LANGUAGES else None
        if translations is not None:
            text = translations.gettext(message_id)
            if text != message_id:
                return text
    return None


def render(item: Message | Mapping[str, Any] | str, language: str = "en") -> str:
    """``item`` as text in ``language``; a plain string (old stored English) is returned as is."""
    if isinstance(item, str):
        return item
    message = item if isinstance(item, Message) else from_json(item)
    if isinstance(message, str):
        return message
    return _render(message, language, 0)


class _Params(dict):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


_FORMATTER = string.Formatter()


def _render(message: Message, language: str, depth: int) -> str:
    text = template(message.id, language)
    if text is None:  # an id from a newer version: show it with what it carries
        return message.id
    values = _Params({k: _value(v, language, depth) for k, v in message.params.items()})
    try:
        return _FORMATTER.vformat(text, (), values)
    except (ValueError, IndexError, KeyError):
        return text


def _value(value: Any, language: str, depth: int) -> str:
    if depth > 8:
        return ""
    if isinstance(value, bool) or value is None:
        return str(value)
    if isinstance(value, int | float):
        return format_number(value, language)
    if isinstance(value, Message):
        return _render(value, language, depth + 1)
    if isinstance(value, list | tuple):
        return ", ".join(_value(item, language, depth + 1) for item in value)
    if isinstance(value, Mapping):
        if isinstance(value.get("id"), str):
            nested = from_json(value)
            return _render(nested, language, depth + 1) if isinstance(nested, Message) else ""
        if "percent" in value:
            return format_percent(value["percent"], language)
        if "value" in value:
            return format_quantity(value["value"], str(value.get("unit", "")), language)
        if "unit" in value:
            from recp_desktop.domain.unit_labels import unit_label

            return unit_label(str(value["unit"]), language)
    return str(value)


def format_param(value: Any, language: str = "en") -> str:
    """One parameter (a number, ``quantity(...)``, ``term(...)``...) as text in ``language``."""
    return _value(value, language, 0)


def _locale(language: str) -> str:
    return language if language in LANGUAGES else "en"


def format_number(value: float, language: str, digits: int = 6) -> str:
    """``value`` to ``digits`` significant figures in the language's notation
    (:func:`recp_desktop.domain.numbers.format_number`, Babel/CLDR)."""
    from recp_desktop.domain import numbers

    number = float(value)
    if math.isfinite(number) and number.is_integer() and abs(number) < 1e15:
        return numbers.format_number(number, _locale(language), 0)
    return numbers.format_number(number, _locale(language), significant=digits)


def format_percent(fraction: float, language: str) -> str:
    """A fraction as a percentage, whole or to about three figures (0.85 -> 85 %, 0.0712 ->
    7.1 %) by CLDR's pattern (:func:`recp_desktop.domain.numbers.format_percent`)."""
    from recp_desktop.domain import numbers

    number = float(fraction)
    if not math.isfinite(number):
        return "—"
    percent_value = round(number * 100, 6)
    decimals = 0 if percent_value.is_integer() else (1 if abs(percent_value) >= 1 else 2)
    return numbers.format_percent(number, _locale(language), decimals)


def format_quantity(value: float, unit_text: str, language: str) -> str:
    """A number and its unit's symbol (``6 bar``, ``6 бар``), joined by a no-break space."""
    from recp_desktop.domain.unit_labels import unit_label

    label = unit_label(unit_text, language)
    if label == "%":
        return format_percent(float(value) / 100, language)
    number = format_number(value, language)
    if label.startswith("1/"):  # 60 per minute: 60/min
        return f"{number}{label[1:]}"
    return f"{number}{NBSP}{label}" if label else number
