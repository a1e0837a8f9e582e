"""The record types a package carries, their fields, and the checks every incoming record passes.

A record in a package is a JSON object: the synchronisation fields (:data:`SYNC_FIELDS`) and the
fields of its type (:data:`RECORD_TYPES`). ``docs/package-format.md`` lists the same tables for
people; a test keeps the two in step.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from recp_desktop.checklists.model import AREAS, ASSESSMENT_KINDS, CP_TECHNIQUES
from recp_desktop.domain.options import STATUSES as OPTION_STATUSES
from recp_desktop.exchange.errors import PackageError
from recp_desktop.storage.photos import MAX_PHOTO_BYTES, MEDIA_TYPES
from recp_desktop.storage.repository import STATUSES as ASSESSMENT_STATUSES

ID_PATTERN = re.compile(r"[0-9A-Za-z][0-9A-Za-z._-]{0,35}")
SHA256_PATTERN = re.compile(r"[0-9a-f]{64}")
DATE_PATTERN = re.compile(r"\d{4}-\d{2}-\d{2}")
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_TEXT = 200_000  # characters in a free-text field
MAX_JSON_DEPTH = 32  # nesting of the JSON values kept by options (inputs, results, assumptions)
MAX_COUNTER = 2**53  # revisions and version counters stay exact in every JSON reader
MAX_VECTOR_ENTRIES = 1000


@dataclass(frozen=True)
class Field:
    """One field of a record type as it appears in a package."""

    name: str
    kind: str  # id | str | text | int | float | bool | date | sha256 | object | array
    nullable: bool = False
    max_length: int = 0  # for kind "str"
    choices: tuple[str, ...] = ()
    pattern: str = ""  # a regular expression the whole string must match
    minimum: float | None = None
    maximum: float | None = None


@dataclass(frozen=True)
class RecordType:
    name: str  # also the file name: records/<name>.json
    fields: tuple[Field, ...]
    parent: str | None = None  # the field naming the enterprise or assessment it belongs to
    natural_key: str | None = None  # a field unique within the assessment

    @property
    def path(self) -> str:
        return f"records/{self.name}.json"

    @property
    def field_names(self) -> tuple[str, ...]:
        return _FIELD_NAMES[self.name]


def _str(name: str, length: int, **extra: Any) -> Field:
    return Field(name, "str", max_length=length, **extra)


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType(
        "enterprise",
        (
            _str("name", 300),
            _str("country", 2, pattern=r"[A-Z]{2}"),
            _str("region", 200),
            _str("city", 200),
            _str("nace", 10),
            Field("employees", "int", nullable=True, minimum=0, maximum=10**9),
            Field("products", "text"),
            _str("eco_park", 200),
        ),
    ),
    RecordType(
        "assessment",
        (
            Field("enterprise_id", "id"),
            _str("kind", 10, choices=ASSESSMENT_KINDS),
            _str("title", 300),
            Field("start_date", "date", nullable=True),
            Field("end_date", "date", nullable=True),
            Field("team", "text"),
            _str("currency", 3, pattern=r"[A-Z]{3}"),
            _str("status", 20, choices=ASSESSMENT_STATUSES),
        ),
        parent="enterprise_id",
    ),
    RecordType(
        "baseline_item",
        (
            Field("assessment_id", "id"),
            _str("key", 60),
            _str("label", 200),
            Field("quantity", "float", nullable=True),
            _str("unit", 40),
            Field("quantity_canonical", "float", nullable=True),
            Field("cost", "float", nullable=True),
        ),
        parent="assessment_id",
        natural_key="key",
    ),
    RecordType(
        "answer",
        (
            Field("assessment_id", "id"),
            _str("template_id", 40),
            Field("template_version", "int", minimum=0, maximum=10**9),
            _str("question_id", 120),
            Field("value", "text", nullable=True),
            Field("number", "float", nullable=True),
            _str("unit", 40),
            Field("number_canonical", "float", nullable=True),
            Field("note", "text"),
            Field("opportunity", "bool"),
        ),
        parent="assessment_id",
        natural_key="question_id",
    ),
    RecordType(
        "cp_option",
        (
            Field("assessment_id", "id"),
            _str("title", 300),
            _str("technique", 40, choices=CP_TECHNIQUES),
            _str("area", 20, choices=AREAS),
            _str("question_id", 120, nullable=True),
            _str("calculator", 40, nullable=True),
            Field("inputs", "object"),
            Field("results", "object"),
            Field("assumptions", "array"),
            Field("investment", "float", nullable=True),
            Field("saving_money", "float", nullable=True),
            Field("saving_energy_kwh", "float", nullable=True),
            Field("saving_water_m3", "float", nullable=True),
            Field("saving_materials_t", "float", nullable=True),
            Field("saving_co2_t", "float", nullable=True),
            _str("status", 20, choices=OPTION_STATUSES),
            Field("note", "text"),
        ),
        parent="assessment_id",
    ),
    RecordType(
        "photo",
        (
            Field("assessment_id", "id"),
            _str("question_id", 120, nullable=True),
            Field("sha256", "sha256"),
            _str("filename", 255),
            _str("media_type", 40, choices=tuple(MEDIA_TYPES.values())),
            Field("size", "int", minimum=0, maximum=MAX_PHOTO_BYTES),
            Field("width", "int", minimum=0, maximum=10**6),
            Field("height", "int", minimum=0, maximum=10**6),
            Field("caption", "text"),
        ),
        parent="assessment_id",
    ),
)
BY_NAME = {t.name: t for t in RECORD_TYPES}
_FIELD_NAMES = {t.name: tuple(f.name for f in t.fields) for t in RECORD_TYPES}
# The fields every record has (DESIGN §3), plus its version vector (see versions.py).
SYNC_FIELDS = ("id", "revision", "updated_at", "updated_by", "deleted", "version")
# Fields that never change once a record exists: a package changing them is refused.
IMMUTABLE = {t.name: tuple(n for n in (t.parent, t.natural_key) if n) for t in RECORD_TYPES}


def content_hash(record_type: RecordType, record: dict[str, Any]) -> str:
    """SHA-256 of what a record says (its fields and tombstone), not of who said it when.

    Two records with the same hash hold the same data, whatever their revisions.
    """
    payload = {name: record[name] for name in record_type.field_names}
    payload["deleted"] = record["deleted"]
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def clean_text(value: str) -> bool:
    """Whether ``value`` is valid Unicode throughout (JSON escapes can smuggle in lone halves)."""
    return value.isascii() or not _SURROGATE.search(value)


def parse_timestamp(text: str) -> datetime:
    """An ISO 8601 time with its UTC offset, as UTC."""
    return datetime.fromisoformat(text).astimezone(UTC)


def format_timestamp(value: datetime) -> str:
    """A stored time (naive means UTC, as SQLite keeps it) in ISO 8601 with ``+00:00``."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()


class _Checker:
    """Checks one record; every message names the file, the record and the field."""

    def __init__(self, where: str) -> None:
        self.where = where

    def fail(self, field: str, problem: str) -> PackageError:
        return PackageError(f"{self.where}: field '{field}' {problem}")

    def string(self, name: str, value: Any, max_length: int) -> str:
        if not isinstance(value, str):
            raise self.fail(name, f"must be text, not {_json_type(value)}")
        if len(value) > max_length:
            raise self.fail(name, f"is longer than {max_length} characters")
        if not clean_text(value):
            raise self.fail(name, "holds characters that are not valid Unicode")
        return value

    def integer(self, name: str, value: Any, low: float | None, high: float | None) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(name, f"must be a whole number, not {_json_type(value)}")
        if (low is not None and value < low) or (high is not None and value > high):
            raise self.fail(name, f"is out of range ({value})")
        return value

    def number(self, name: str, value: Any) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(name, f"must be a number, not {_json_type(value)}")
        number = float(value) if isinstance(value, int) and abs(value) < 2**1023 else value
        if not isinstance(number, float) or not math.isfinite(number):
            raise self.fail(name, "must be a finite number")
        return number + 0.0  # -0.0 and 0.0 are the same figure

    def json_value(self, name: str, value: Any, depth: int = 0) -> Any:
        """A nested JSON value kept as is: finite numbers, valid text, bounded depth."""
        if depth > MAX_JSON_DEPTH:
            raise self.fail(name, f"is nested deeper than {MAX_JSON_DEPTH} levels")
        if isinstance(value, dict):
            for key, item in value.items():
                self.string(name, key, MAX_TEXT)
                self.json_value(name, item, depth + 1)
        elif isinstance(value, list):
            for item in value:
                self.json_value(name, item, depth + 1)
        elif isinstance(value, str):
            self.string(name, value, MAX_TEXT)
        elif isinstance(value, float) and not math.isfinite(value):
            raise self.fail(name, "holds a number that is not finite")
        elif isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_COUNTER:
            raise self.fail(name, "holds a whole number too large to keep exactly")
        return value

    def field(self, spec: Field, value: Any) -> Any:
        name = spec.name
        if value is None:
            if spec.nullable:
                return None
            raise self.fail(name, "must not be null")
        kind = spec.kind
        if kind == "str":
            text = self.string(name, value, spec.max_length)
            if spec.choices and text not in spec.choices:
                raise self.fail(name, f"must be one of {', '.join(spec.choices)}, not '{text}'")
            if spec.pattern and not re.fullmatch(spec.pattern, text):
                raise self.fail(name, f"has an invalid value '{text}'")
            return text
        if kind == "text":
            return self.string(name, value, MAX_TEXT)
        if kind == "id":
            text = self.string(name, value, 36)
            if not ID_PATTERN.fullmatch(text):
                raise self.fail(name, f"is not a record id: '{text}'")
            return text
        if kind == "sha256":
            text = self.string(name, value, 64)
            if not SHA256_PATTERN.fullmatch(text):
                raise self.fail(name, "is not a SHA-256 in lower-case hex")
            return text
        if kind == "int":
            return self.integer(name, value, spec.minimum, spec.maximum)
        if kind == "float":
            return self.number(name, value)
        if kind == "bool":
            if not isinstance(value, bool):
                raise self.fail(name, f"must be true or false, not {_json_type(value)}")
            return value
        if kind == "date":
            text = self.string(name, value, 10)
            try:
                if not DATE_PATTERN.fullmatch(text):
                    raise ValueError(text)
                date.fromisoformat(text)
            except ValueError:
                raise self.fail(name, f"is not a date (YYYY-MM-DD): '{text}'") from None
            return text
        if kind == "object":
            if not isinstance(value, dict):
                raise self.fail(name, f"must be an object, not {_json_type(value)}")
            return self.json_value(name, value)
        if kind == "array":
            if not isinstance(value, list):
                raise self.fail(name, f"must be a list, not {_json_type(value)}")
            return self.json_value(name, value)
        raise AssertionError(kind)

    def timestamp(self, name: str, value: Any) -> str:
        text = self.string(name, value, 40)
        try:
            parsed = datetime.fromisoformat(text)
            if parsed.tzinfo is None:
                raise ValueError(text)
            parsed.astimezone(UTC)
        except (ValueError, OverflowError):
            raise self.fail(name, f"is not a time with a UTC offset: '{text}'") from None
        return text

    def vector(self, value: Any) -> dict[str, int]:
        if not isinstance(value, dict) or not value:
            raise self.fail("version", "must be a non-empty object of device ids and counters")
        if len(value) > MAX_VECTOR_ENTRIES:
            raise self.fail("version", f"names more than {MAX_VECTOR_ENTRIES} devices")
        for device, counter in value.items():
            if not ID_PATTERN.fullmatch(device):
                raise self.fail("version", f"names an invalid device id '{device[:40]}'")
            self.integer("version", counter, 1, MAX_COUNTER)
        return value


_SLOW = object()  # a fast check's answer when the value needs the full check (and its message)
Fast = Callable[[Any], Any]


def _fast(spec: Field) -> Fast:
    """A check of the common case that returns the value, or :data:`_SLOW` to look closer.

    Packages hold hundreds of records; this keeps checking them cheap. Anything unusual goes to
    :class:`_Checker`, which accepts it or raises with the message.
    """
    nullable, kind = spec.nullable, spec.kind

    def maybe_null(check: Fast) -> Fast:
        if not nullable:
            return check
        return lambda v: None if v is None else check(v)

    if kind in ("str", "text"):
        limit = spec.max_length if kind == "str" else MAX_TEXT
        choices = frozenset(spec.choices)
        pattern = re.compile(spec.pattern) if spec.pattern else None

        def text(v: Any) -> Any:
            if v.__class__ is not str or len(v) > limit or not (v.isascii() or clean_text(v)):
                return _SLOW
            if (choices and v not in choices) or (pattern and not pattern.fullmatch(v)):
                return _SLOW
            return v

        return maybe_null(text)
    if kind == "id":
        return maybe_null(lambda v: v if v.__class__ is str and ID_PATTERN.fullmatch(v) else _SLOW)
    if kind == "float":
        return maybe_null(lambda v: v + 0.0 if v.__class__ is float and math.isfinite(v) else _SLOW)
    if kind == "bool":
        return maybe_null(lambda v: v if v is True or v is False else _SLOW)
    if kind == "int":
        low = -math.inf if spec.minimum is None else spec.minimum
        high = math.inf if spec.maximum is None else spec.maximum
        return maybe_null(lambda v: v if v.__class__ is int and low <= v <= high else _SLOW)
    return lambda v: _SLOW


_ID = Field("id", "id")
_UPDATED_BY = Field("updated_by", "id")
_DELETED = Field("deleted", "bool")
_COMPILED: dict[str, tuple[frozenset[str], tuple[tuple[str, Fast, Field], ...]]] = {
    t.name: (
        frozenset((*SYNC_FIELDS, *t.field_names)),
        tuple((spec.name, _fast(spec), spec) for spec in (_ID, _UPDATED_BY, _DELETED, *t.fields)),
    )
    for t in RECORD_TYPES
}


def check_record(record_type: RecordType, record: Any, where: str) -> dict[str, Any]:
    """The record with its values normalised; :class:`PackageError` naming the first problem."""
    if not isinstance(record, dict):
        raise PackageError(f"{where}: must be an object, not {_json_type(record)}")
    expected, fields = _COMPILED[record_type.name]
    if record.keys() != expected:
        missing = [n for n in (*SYNC_FIELDS, *record_type.field_names) if n not in record]
        if missing:
            raise PackageError(f"{where}: missing field '{missing[0]}'")
        extra = sorted(name for name in record if name not in expected)
        raise PackageError(f"{where}: unknown field '{extra[0][:60]}'")
    checker = _Checker(where)
    revision = record["revision"]
    if revision.__class__ is not int or not 1 <= revision <= MAX_COUNTER:
        checker.integer("revision", revision, 1, MAX_COUNTER)
    out: dict[str, Any] = {
        "revision": revision,
        "updated_at": checker.timestamp("updated_at", record["updated_at"]),
        "version": checker.vector(record["version"]),
    }
    for name, fast, spec in fields:
        value = record[name]
        checked = fast(value)
        out[name] = checker.field(spec, value) if checked is _SLOW else checked
    return out


def check_fields(record_type: RecordType, fields: dict[str, Any], where: str) -> dict[str, Any]:
    """Check a partial set of field values (a conflict resolved by editing)."""
    checker = _Checker(where)
    specs = {spec.name: spec for spec in record_type.fields}
    out = {}
    for name, value in fields.items():
        if name == "deleted":
            out[name] = checker.field(Field("deleted", "bool"), value)
        elif name in specs:
            out[name] = checker.field(specs[name], value)
        else:
            raise PackageError(f"{where}: unknown field '{name}'")
    return out


def _json_type(value: Any) -> str:
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
