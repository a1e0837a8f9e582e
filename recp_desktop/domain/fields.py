"""Field types of the record schema: what each kind of value accepts, and its spec.

Each type is an ``Annotated`` pydantic type carrying a :class:`Kind` marker (pydantic ignores it)
that says how storage keeps the value and how ``docs/package-format.md`` names it; :class:`Field`
is a field's spec derived from its annotation (kind, nullability, limits, choices). Limits come
from :mod:`recp_desktop.domain.vocabulary`. Used by :mod:`recp_desktop.domain.records`.
"""

from __future__ import annotations

import math
import types
import typing
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, StringConstraints
from pydantic import Field as PydanticField

from recp_desktop.domain import vocabulary as v


@dataclass(frozen=True)
class Kind:
    """How a field is kept: ``id | str | text | int | float | bool | date | timestamp | sha256 |
    object | array | vector`` (the marker pydantic ignores and storage reads)."""

    name: str
    doc: str = ""  # the Type column of docs/package-format.md, when it is not the generic one


class _InvalidError(ValueError):
    """Raised by the schema's own validators; the text becomes the field's problem."""


def _finite(value: float) -> float:
    if not math.isfinite(value):
        raise _InvalidError("must be a finite number")
    return value + 0.0  # -0.0 and 0.0 are the same figure


def _date(value: str) -> str:
    try:
        if len(value) != 10 or value[4] != "-" or value[7] != "-":
            raise ValueError(value)
        date.fromisoformat(value)
    except ValueError:
        raise _InvalidError(f"is not a date (YYYY-MM-DD): '{value[:40]}'") from None
    return value


def _timestamp(value: str) -> str:
    try:
        parsed = datetime.fromisoformat(value)
        if parsed.tzinfo is None:
            raise ValueError(value)
        parsed.astimezone(UTC)
    except (ValueError, OverflowError):
        raise _InvalidError(f"is not a time with a UTC offset: '{value[:40]}'") from None
    return value


def _json_value(value: Any, depth: int = 0) -> Any:
    """A nested JSON value kept as is: finite numbers, exact integers, bounded depth."""
    if depth > v.MAX_JSON_DEPTH:
        raise _InvalidError(f"is nested deeper than {v.MAX_JSON_DEPTH} levels")
    if isinstance(value, dict):
        for key, item in value.items():
            if not isinstance(key, str) or len(key) > v.MAX_TEXT:
                raise _InvalidError("has a key that is not text")
            _check_unicode(key)
            _json_value(item, depth + 1)
    elif isinstance(value, list):
        for item in value:
            _json_value(item, depth + 1)
    elif isinstance(value, str):
        if len(value) > v.MAX_TEXT:
            raise _InvalidError(f"holds text longer than {v.MAX_TEXT} characters")
        _check_unicode(value)
    elif isinstance(value, float) and not math.isfinite(value):
        raise _InvalidError("holds a number that is not finite")
    elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > v.MAX_COUNTER:
        raise _InvalidError("holds a whole number too large to keep exactly")
    elif value is not None and not isinstance(value, bool | int | float):
        raise _InvalidError(f"holds a value that is not JSON ({type(value).__name__})")
    return value


def _check_unicode(text: str) -> None:
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            raise _InvalidError("holds characters that are not valid Unicode") from None


def _object(value: Any) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise _InvalidError(f"must be an object, not {json_type(value)}")
    return _json_value(value)


def _array(value: Any) -> list[Any]:
    if not isinstance(value, list):
        raise _InvalidError(f"must be a list, not {json_type(value)}")
    return _json_value(value)


_DEVICES: set[str] = set()  # device ids already found valid


def _vector(value: Any) -> dict[str, int]:
    if not isinstance(value, dict) or not value:
        raise _InvalidError("must be a non-empty object of device ids and counters")
    if len(value) > v.MAX_VECTOR_ENTRIES:
        raise _InvalidError(f"names more than {v.MAX_VECTOR_ENTRIES} devices")
    for device, counter in value.items():
        if device not in _DEVICES:  # a few devices sign thousands of records: check each once
            if not isinstance(device, str) or not v.ID_PATTERN.fullmatch(device):
                raise _InvalidError(f"names an invalid device id '{str(device)[:40]}'")
            if len(_DEVICES) < 10_000:
                _DEVICES.add(device)
        if counter.__class__ is not int:
            raise _InvalidError(f"must be a whole number, not {json_type(counter)}")
        if not 1 <= counter <= v.MAX_COUNTER:
            raise _InvalidError(f"is out of range ({counter})")
    return value


def bounded_text(limit: int, kind: str = "str", pattern: str | None = None, doc: str = "") -> Any:
    return Annotated[str, StringConstraints(max_length=limit, pattern=pattern), Kind(kind, doc)]


# Field types, by what the documentation calls them.
RecordId = Annotated[str, StringConstraints(pattern=f"^{v.ID_PATTERN.pattern}$"), Kind("id")]
Sha256 = Annotated[
    str, StringConstraints(pattern=r"^[0-9a-f]{64}$"), Kind("sha256", "64 lower-case hex digits")
]
LongText = bounded_text(v.MAX_TEXT, "text")
Number = Annotated[float, AfterValidator(_finite), Kind("float")]
Flag = Annotated[bool, Kind("bool")]
IsoDate = Annotated[str, StringConstraints(max_length=10), AfterValidator(_date), Kind("date")]
Timestamp = Annotated[
    str,
    StringConstraints(max_length=v.TIMESTAMP_MAX),
    AfterValidator(_timestamp),
    Kind("timestamp"),
]
JsonObject = Annotated[Any, AfterValidator(_object), Kind("object")]
JsonList = Annotated[Any, AfterValidator(_array), Kind("array")]
Vector = Annotated[Any, AfterValidator(_vector), Kind("vector")]
Counter = Annotated[int, PydanticField(ge=1, le=v.MAX_COUNTER), Kind("int")]


def _degrees(limit: float) -> Any:
    def check(value: float) -> float:
        value = _finite(value)
        if not -limit <= value <= limit:
            raise _InvalidError(f"must be between −{limit:g} and {limit:g} degrees, not {value:g}")
        return value

    return check


Latitude = Annotated[float, AfterValidator(_degrees(90.0)), Kind("float", "number −90 … 90")]
"""WGS 84 latitude in decimal degrees, north positive."""
Longitude = Annotated[float, AfterValidator(_degrees(180.0)), Kind("float", "number −180 … 180")]
"""WGS 84 longitude in decimal degrees, east positive."""


def bounded_int(high: int) -> Any:
    return Annotated[int, PydanticField(ge=0, le=high), Kind("int")]


def one_of(values: Sequence[str], limit: int) -> Any:
    del limit  # the column's length (vocabulary); the choices are shorter
    return Annotated[Literal[tuple(values)], Kind("str")]  # type: ignore[valid-type]


@dataclass(frozen=True)
class Field:
    """One field of a record type as a package carries it (derived from the model)."""

    name: str
    kind: str  # see Kind
    nullable: bool = False
    max_length: int = 0  # for kinds str and text
    choices: tuple[str, ...] = ()
    pattern: str = ""
    minimum: float | None = None
    maximum: float | None = None
    doc: str = ""


def spec_of(name: str, annotation: Any, metadata: list[Any]) -> Field:
    nullable = False
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is typing.Union:
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        nullable = len(args) < len(typing.get_args(annotation))
        annotation = args[0]
    items = list(metadata)
    if typing.get_origin(annotation) is Annotated:
        annotation, *extra = typing.get_args(annotation)
        items.extend(extra)
    kind = next(m for m in items if isinstance(m, Kind))
    spec: dict[str, Any] = {"name": name, "kind": kind.name, "nullable": nullable, "doc": kind.doc}
    if typing.get_origin(annotation) is Literal:
        spec["choices"] = tuple(typing.get_args(annotation))
    for item in items:
        if isinstance(item, StringConstraints):
            spec["max_length"] = item.max_length or 0
            spec["pattern"] = (item.pattern or "").strip("^$") if kind.name == "str" else ""
        for key, attr in (("minimum", "ge"), ("maximum", "le")):
            if getattr(item, attr, None) is not None:
                spec[key] = getattr(item, attr)
        metadata_items = getattr(item, "metadata", ())
        for inner in metadata_items:
            for key, attr in (("minimum", "ge"), ("maximum", "le")):
                if getattr(inner, attr, None) is not None:
                    spec[key] = getattr(inner, attr)
    return Field(**spec)


def specs_of(model: type, names: Sequence[str]) -> tuple[Field, ...]:
    hints = typing.get_type_hints(model, include_extras=True)
    return tuple(spec_of(n, hints[n], []) for n in names)


def json_type(value: Any) -> str:
    """What a JSON value is, in words for a message."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    return type(value).__name__


def parse_timestamp(text: str) -> datetime:
    """An ISO 8601 time with its UTC offset, as UTC."""
    return datetime.fromisoformat(text).astimezone(UTC)


def format_timestamp(value: datetime) -> str:
    """A stored time (naive means UTC, as SQLite keeps it) in ISO 8601 with ``+00:00``."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


def clean_text(value: str) -> bool:
    """Whether ``value`` is valid Unicode throughout (JSON escapes can smuggle in lone halves)."""
    try:
        _check_unicode(value)
    except _InvalidError:
        return False
    return True
