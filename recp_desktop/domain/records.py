"""The record schema: every exchanged record type as a pydantic model, defined once.

One source for reading and writing packages (``docs/package-format.md`` §4 is checked against
these models by a test), for checking a record before the database stores it, and for the hub's
API. No Qt, no SQL.

A record is a JSON object with the synchronisation fields of :class:`Record` (DESIGN §3: id,
revision, when and by which device it was last edited, tombstone, version vector) and the fields
of its type. Models are strict: no coercion except whole numbers read as floating point; no
unknown or missing field.

Use:

- :data:`RECORD_TYPES` / :data:`BY_NAME`: each type's name (also ``records/<name>.json`` in a
  package), model, the field naming its parent and its natural key, and :class:`Field` specs
  (kind, nullability, limits) derived from the model;
- :func:`check_records` validates a list of parsed JSON records in one pass (a pydantic
  ``TypeAdapter`` over the list, so the loop runs in pydantic-core) and returns plain dicts;
  :func:`check_record` one record; :func:`check_fields` a partial set of fields. Each raises
  :class:`RecordError` whose message names the record and field (``records/answer.json,
  record 3: field 'note' must not be null``);
- :func:`content_hash` tells whether two records say the same thing.

Limits come from :mod:`recp_desktop.domain.vocabulary`.
"""

from __future__ import annotations

import hashlib
import json
import math
import typing
import uuid
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    StringConstraints,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic import Field as PydanticField

from recp_desktop.domain import vocabulary as v
from recp_desktop.domain.fields import (
    Counter,
    Field,
    Flag,
    IsoDate,
    JsonList,
    JsonObject,
    Kind,
    Latitude,
    Longitude,
    LongText,
    Number,
    RecordId,
    Sha256,
    Timestamp,
    Vector,
    bounded_int,
    bounded_text,
    format_timestamp,
    json_type,
    one_of,
    parse_timestamp,
    specs_of,
)


class RecordError(ValueError):
    """A record that does not fit the schema; the message names the record and the field."""


class Record(BaseModel):
    """The synchronisation fields every exchanged record has (DESIGN §3; package-format §4)."""

    model_config = ConfigDict(strict=True, extra="forbid")

    id: RecordId
    revision: Counter
    updated_at: Timestamp
    updated_by: RecordId
    deleted: Flag
    version: Vector


class Enterprise(Record):
    """The company."""

    name: bounded_text(v.NAME_MAX)
    country: bounded_text(v.COUNTRY_LEN, pattern=r"^[A-Z]{2}$", doc="text, two capital letters")
    region: bounded_text(v.PLACE_MAX)
    city: bounded_text(v.PLACE_MAX)
    nace: bounded_text(v.NACE_MAX)
    employees: bounded_int(v.MAX_EMPLOYEES) | None
    products: LongText
    eco_park: bounded_text(v.PLACE_MAX)
    # Format 3; absent from older packages and pushes, read as "" and null.
    registration_no: bounded_text(v.REGISTRATION_MAX) = ""
    merged_into: RecordId | None = None  # the company this one was merged into (a tombstone)
    # Format 3 (added with the waste map); absent from older packages and pushes: null. A
    # company's site, WGS 84 degrees; both or neither.
    latitude: Latitude | None = None
    longitude: Longitude | None = None

    @model_validator(mode="after")
    def _both_coordinates(self) -> Enterprise:
        if (self.latitude is None) != (self.longitude is None):
            raise ValueError(
                "fields 'latitude' and 'longitude' must be given together or not at all"
            )
        return self


class Assessment(Record):
    enterprise_id: RecordId
    kind: one_of(v.ASSESSMENT_KINDS, v.KIND_MAX)
    title: bounded_text(v.NAME_MAX)
    start_date: IsoDate | None
    end_date: IsoDate | None
    team: LongText
    currency: bounded_text(v.CURRENCY_LEN, pattern=r"^[A-Z]{3}$", doc="text, three capital letters")
    status: one_of(v.ASSESSMENT_STATUSES, v.STATUS_MAX)


class BaselineItem(Record):
    """One line of the baseline: production output, value added or a resource's annual use."""

    assessment_id: RecordId
    key: bounded_text(v.BASELINE_KEY_MAX)
    label: bounded_text(v.PLACE_MAX)
    quantity: Number | None
    unit: bounded_text(v.UNIT_MAX)
    quantity_canonical: Number | None
    cost: Number | None


def _twelve_months(value: Any) -> list[float | None]:
    if not isinstance(value, list):
        raise ValueError(f"must be a list, not {json_type(value)}")
    if len(value) != v.MONTHS:
        raise ValueError(f"must hold {v.MONTHS} entries, January to December, not {len(value)}")
    out: list[float | None] = []
    for entry in value:
        if entry is None:
            out.append(None)
            continue
        if isinstance(entry, bool) or not isinstance(entry, int | float):
            raise ValueError(f"must hold numbers or nulls, not {json_type(entry)}")
        if not math.isfinite(entry) or entry < 0:
            raise ValueError("must hold finite numbers of at least 0")
        out.append(float(entry))
    return out


MonthFigures = Annotated[
    Any,
    AfterValidator(_twelve_months),
    Kind("array", "array of 12 numbers ≥ 0 or nulls, January to December"),
]


class BaselineBills(Record):
    """A baseline line's figures month by month, as read from the bills (since format 3).

    The line's ``baseline_item`` keeps the year total (the sum of the months given), which is
    what indicators, tariffs and reports read; this record keeps the months it came from.
    """

    assessment_id: RecordId
    key: bounded_text(v.BASELINE_KEY_MAX)
    unit: bounded_text(v.UNIT_MAX)
    quantities: MonthFigures
    costs: MonthFigures


class Answer(Record):
    """The answer to one checklist question."""

    assessment_id: RecordId
    template_id: bounded_text(v.TEMPLATE_ID_MAX)
    template_version: Annotated[int, PydanticField(ge=0, le=v.MAX_TEMPLATE_VERSION), Kind("int")]
    question_id: bounded_text(v.QUESTION_ID_MAX)
    value: LongText | None
    number: Number | None
    unit: bounded_text(v.UNIT_MAX)
    number_canonical: Number | None
    note: LongText
    opportunity: Flag


class CPOption(Record):
    """A cleaner-production option."""

    assessment_id: RecordId
    title: bounded_text(v.NAME_MAX)
    technique: one_of(v.CP_TECHNIQUES, v.TECHNIQUE_MAX)
    area: one_of(v.AREAS, v.AREA_MAX)
    question_id: bounded_text(v.QUESTION_ID_MAX) | None
    calculator: bounded_text(v.CALCULATOR_MAX) | None
    inputs: JsonObject
    results: JsonObject
    assumptions: JsonList
    investment: Number | None
    saving_money: Number | None
    saving_energy_kwh: Number | None
    saving_water_m3: Number | None
    saving_materials_t: Number | None
    saving_co2_t: Number | None
    status: one_of(v.OPTION_STATUSES, v.STATUS_MAX)
    note: LongText


class Photo(Record):
    """A photo's metadata; the file itself is kept by its SHA-256."""

    assessment_id: RecordId
    question_id: bounded_text(v.QUESTION_ID_MAX) | None
    sha256: Sha256
    filename: bounded_text(v.FILENAME_MAX)
    media_type: one_of(tuple(v.MEDIA_TYPES.values()), v.MEDIA_TYPE_MAX)
    size: bounded_int(v.MAX_PHOTO_BYTES)
    width: bounded_int(v.MAX_PIXELS)
    height: bounded_int(v.MAX_PIXELS)
    caption: LongText


def _waste_code(value: str) -> str:
    from recp_desktop.domain.ewc import UnknownWasteCodeError, lookup

    try:
        lookup(value)
    except UnknownWasteCodeError:
        raise ValueError(f"is not a code of the European List of Waste: '{value[:40]}'") from None
    return value


WasteCodeText = Annotated[
    str,
    StringConstraints(max_length=6, pattern=r"^[0-9]{6}$"),
    AfterValidator(_waste_code),
    Kind("str", "text, six digits of the List of Waste"),
]


class WasteStream(Record):
    """A waste stream of an assessment, coded in the European List of Waste.

    ``quantity``/``unit`` are as typed (t, kg, m³, L, pieces) per ``frequency``;
    ``density_kg_m3`` (volumes) or ``piece_mass_kg`` (pieces) convert them to mass;
    ``tonnes_per_year`` is the converted yearly figure (:mod:`recp_desktop.domain.waste`).
    ``annual_cost`` is in the assessment's currency.
    """

    assessment_id: RecordId
    ewc_code: WasteCodeText
    name: bounded_text(v.NAME_MAX)
    quantity: Number | None
    unit: bounded_text(v.UNIT_MAX)
    density_kg_m3: Number | None
    piece_mass_kg: Number | None
    frequency: one_of(v.WASTE_FREQUENCIES, v.STATUS_MAX)
    tonnes_per_year: Number | None
    treatment: one_of(v.TREATMENT_CODES, v.TREATMENT_MAX) | None
    destination: one_of(v.WASTE_DESTINATIONS, v.DESTINATION_MAX) | None
    annual_cost: Number | None
    note: LongText


def _id_list(value: Any) -> list[str]:
    if not isinstance(value, list):
        raise ValueError(f"must be a list of record ids, not {json_type(value)}")
    if len(value) > v.MAX_REVIEW_HEADS:
        raise ValueError(f"names more than {v.MAX_REVIEW_HEADS} events")
    for item in value:
        if not isinstance(item, str) or not v.ID_PATTERN.fullmatch(item):
            raise ValueError(f"holds an invalid record id '{str(item)[:40]}'")
    return value


IdList = Annotated[Any, AfterValidator(_id_list), Kind("array", "list of record ids")]


class ReviewEvent(Record):
    """One change of an assessment's review state (format 3): to ``state``, by whom, when, why.

    Never edited once made. ``follows`` lists the events that were the latest ones (the heads)
    where it was made, so review changes made apart on two devices stay recognisable;
    :func:`recp_desktop.domain.review.current` derives the state from the events.
    """

    assessment_id: RecordId
    state: one_of(v.REVIEW_STATES, v.STATUS_MAX)
    comment: LongText
    by: bounded_text(v.PLACE_MAX)
    at: Timestamp
    follows: IdList


def _waste_heading(value: str) -> str:
    from recp_desktop.domain.ewc import UnknownWasteCodeError, heading, lookup

    try:
        lookup(value) if len(value) == 6 else heading(value)
    except UnknownWasteCodeError:
        raise ValueError(
            f"is not a code, sub-chapter or chapter of the European List of Waste: '{value[:40]}'"
        ) from None
    return value


WasteHeadingText = Annotated[
    str,
    StringConstraints(max_length=6, pattern=r"^([0-9]{2}|[0-9]{4}|[0-9]{6})$"),
    AfterValidator(_waste_heading),
    Kind("str", "text, two, four or six digits of the List of Waste"),
]


class WantedInput(Record):
    """A material the company would take from another company's waste, declared during an
    assessment (industrial symbiosis, ``domain.symbiosis``).

    ``ewc_code`` is the List of Waste entry, sub-chapter or chapter it would accept (six, four or
    two digits); ``tonnes_per_year`` how much it could take (None: not said).
    """

    assessment_id: RecordId
    ewc_code: WasteHeadingText
    material: bounded_text(v.NAME_MAX)
    tonnes_per_year: Number | None
    note: LongText


DECISION_STATUSES = ("confirmed", "dismissed")
_DECISION_NAMESPACE = uuid.UUID("6f1d5d0e-3b7a-5c38-9a51-7d2f4b1e0c93")


def decision_id(stream_id: str, receiver_id: str) -> str:
    """The id of the decision on the candidate (waste stream → receiving company): a UUID 5 of
    the two ids (RFC 9562 §5.5), so that two devices deciding the same candidate apart make the
    same record, which the merge engine then treats as one (a conflict if both edited it)."""
    return str(uuid.uuid5(_DECISION_NAMESPACE, f"{stream_id}>{receiver_id}"))


class SymbiosisDecision(Record):
    """A supervisor's word on a symbiosis candidate (since format 3): the waste stream
    ``stream_id`` (of this assessment) going to the company ``receiver_id`` is ``confirmed`` or
    ``dismissed``. Taking a decision back makes the record a tombstone (``deleted``).

    The id is :func:`decision_id` of the stream and the receiver: the pair is the record's
    natural key, checked here.
    """

    assessment_id: RecordId
    stream_id: RecordId
    receiver_id: RecordId
    status: one_of(DECISION_STATUSES, v.STATUS_MAX)
    comment: bounded_text(v.DECISION_COMMENT_MAX)
    decided_at: Timestamp
    decided_by: bounded_text(v.PLACE_MAX)

    @model_validator(mode="after")
    def _id_names_the_candidate(self) -> SymbiosisDecision:
        if self.id != decision_id(self.stream_id, self.receiver_id):
            raise ValueError(
                "field 'id' must be the decision id of its stream_id and receiver_id "
                f"({decision_id(self.stream_id, self.receiver_id)})"
            )
        return self


# -- the registry ---------------------------------------------------------------------------------

SYNC_FIELDS = ("id", "revision", "updated_at", "updated_by", "deleted", "version")
"""The fields every record has (DESIGN §3), plus its version vector."""


@dataclass(frozen=True)
class RecordType:
    """A record type: its name (also ``records/<name>.json``), model and field specs."""

    name: str
    model: type[Record]
    parent: str | None = None  # the field naming the company or assessment it belongs to
    natural_key: str | None = None  # a field unique within the assessment
    since: int = 1  # the package format version that introduced the type
    movable: bool = False  # whether the parent may change (a company merged into another)
    # Added within its format (after packages of that format were written): a package may
    # leave its file out, read as holding none.
    optional: bool = False

    @property
    def path(self) -> str:
        return f"records/{self.name}.json"

    @property
    def field_names(self) -> tuple[str, ...]:
        """The type's own fields, in the documented order (without the sync fields)."""
        return _FIELD_NAMES[self.name]

    @property
    def fields(self) -> tuple[Field, ...]:
        return _FIELDS[self.name]

    @property
    def immutable(self) -> tuple[str, ...]:
        """Fields that never change once a record exists (its parent, its natural key)."""
        parent = None if self.movable else self.parent
        return tuple(n for n in (parent, self.natural_key) if n)


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("enterprise", Enterprise),
    RecordType("assessment", Assessment, parent="enterprise_id", movable=True),
    RecordType("baseline_item", BaselineItem, parent="assessment_id", natural_key="key"),
    RecordType("answer", Answer, parent="assessment_id", natural_key="question_id"),
    RecordType("cp_option", CPOption, parent="assessment_id"),
    RecordType("photo", Photo, parent="assessment_id"),
    RecordType("waste_stream", WasteStream, parent="assessment_id", since=2),
    RecordType("review_event", ReviewEvent, parent="assessment_id", since=3),
    RecordType("wanted_input", WantedInput, parent="assessment_id", since=3),
    RecordType("baseline_bills", BaselineBills, parent="assessment_id", natural_key="key", since=3),
    RecordType(
        "symbiosis_decision", SymbiosisDecision, parent="assessment_id", since=3, optional=True
    ),
)
"""Every exchanged record type, parents before children."""
BY_NAME = {t.name: t for t in RECORD_TYPES}
_FIELD_NAMES = {
    t.name: tuple(n for n in t.model.model_fields if n not in SYNC_FIELDS) for t in RECORD_TYPES
}
_FIELDS = {t.name: specs_of(t.model, _FIELD_NAMES[t.name]) for t in RECORD_TYPES}
SYNC_SPECS = specs_of(Record, SYNC_FIELDS)
IMMUTABLE = {t.name: t.immutable for t in RECORD_TYPES}
_LISTS = {t.name: TypeAdapter(list[t.model]) for t in RECORD_TYPES}


# -- checking -------------------------------------------------------------------------------------

_SPECS = {t.name: {f.name: f for f in (*SYNC_SPECS, *t.fields)} for t in RECORD_TYPES}


def _problem(record_type: RecordType, error: Any, record: Any) -> str:
    """One pydantic error as the sentence the package format's readers see."""
    loc = error["loc"]
    kind = error["type"]
    if not loc and kind == "value_error":  # a rule across fields (the model's own check)
        return str(error.get("ctx", {}).get("error"))
    if not loc or not isinstance(loc[0], str):
        return f"must be an object, not {json_type(error.get('input'))}"
    name = loc[0]
    if kind == "missing":
        return f"missing field '{name}'"
    if kind == "extra_forbidden":
        return f"unknown field '{str(name)[:60]}'"
    spec = _SPECS[record_type.name][name]
    value = record.get(name) if isinstance(record, dict) else None
    prefix = f"field '{name}' "
    if kind == "value_error":
        cause = error.get("ctx", {}).get("error")
        return prefix + str(cause)
    if value is None:
        return prefix + "must not be null"
    if kind in ("string_type", "string_unicode") or (
        spec.kind in ("str", "text", "id", "sha256", "date", "timestamp")
        and not isinstance(value, str)
    ):
        if isinstance(value, str):
            return prefix + "holds characters that are not valid Unicode"
        return prefix + f"must be text, not {json_type(value)}"
    if kind == "string_too_long":
        return prefix + f"is longer than {spec.max_length} characters"
    if kind == "string_pattern_mismatch":
        if spec.kind == "id":
            return prefix + f"is not a record id: '{value[:40]}'"
        if spec.kind == "sha256":
            return prefix + "is not a SHA-256 in lower-case hex"
        return prefix + f"has an invalid value '{value[:40]}'"
    if kind == "literal_error":
        return prefix + f"must be one of {', '.join(spec.choices)}, not '{str(value)[:40]}'"
    if spec.kind == "bool":
        return prefix + f"must be true or false, not {json_type(value)}"
    if spec.kind == "float":
        if isinstance(value, int) and not isinstance(value, bool):
            return prefix + "must be a finite number"
        return prefix + f"must be a number, not {json_type(value)}"
    if spec.kind == "int":
        if kind in ("greater_than_equal", "less_than_equal"):
            return prefix + f"is out of range ({value})"
        return prefix + f"must be a whole number, not {json_type(value)}"
    return prefix + str(error.get("msg", "is not valid"))


def _fail(record_type: RecordType, exc: ValidationError, records: list[Any], where: str) -> None:
    error = exc.errors(include_url=False)[0]
    loc = error["loc"]
    index = loc[0] if loc and isinstance(loc[0], int) else 0
    record = records[index] if index < len(records) else None
    error = {**error, "loc": loc[1:]}
    # Missing fields are reported before unknown ones, in the documented order.
    if isinstance(record, dict):
        optional = {n for n, f in record_type.model.model_fields.items() if not f.is_required()}
        missing = [
            n
            for n in (*SYNC_FIELDS, *record_type.field_names)
            if n not in record and n not in optional
        ]
        extra = sorted(str(n) for n in record if n not in _SPECS[record_type.name])
        if missing:
            error = {"type": "missing", "loc": (missing[0],)}
        elif extra:
            error = {"type": "extra_forbidden", "loc": (extra[0],)}
    place = where.format(n=index + 1)
    raise RecordError(f"{place}: {_problem(record_type, error, record)}") from None


def check_records(
    record_type: RecordType, records: list[Any], where: str = "{path}, record {n}"
) -> list[dict[str, Any]]:
    """Validate a list of records (parsed JSON) of one type; plain dicts with values normalised.

    ``where`` places a failing record in the message (``{n}`` is its position from 1, ``{path}``
    the type's package path). Raises :class:`RecordError` naming the first problem.
    """
    where = where.replace("{path}", record_type.path)
    try:
        models = _LISTS[record_type.name].validate_python(records)
    except ValidationError as exc:
        _fail(record_type, exc, records, where)
    return [m.__dict__ for m in models]


def check_record(record_type: RecordType, record: Any, where: str) -> dict[str, Any]:
    """One record checked like :func:`check_records`; ``where`` names it in a message."""
    return check_records(record_type, [record], where.replace("{", "{{").replace("}", "}}"))[0]


def check_fields(record_type: RecordType, fields: dict[str, Any], where: str) -> dict[str, Any]:
    """Check a partial set of a type's own fields (and ``deleted``), e.g. an edited conflict."""
    specs = {f.name: f for f in record_type.fields}
    unknown = [n for n in fields if n not in specs and n != "deleted"]
    if unknown:
        raise RecordError(f"{where}: unknown field '{unknown[0]}'")
    model = record_type.model
    out = {}
    for name, value in fields.items():
        adapter = _field_adapter(model, name)
        try:
            out[name] = adapter.validate_python(value)
        except ValidationError as exc:
            error = {**exc.errors(include_url=False)[0], "loc": (name,)}
            raise RecordError(f"{where}: {_problem(record_type, error, {name: value})}") from None
    return out


_ADAPTERS: dict[tuple[type, str], TypeAdapter[Any]] = {}


def _field_adapter(model: type[Record], name: str) -> TypeAdapter[Any]:
    key = (model, name)
    if key not in _ADAPTERS:
        hints = typing.get_type_hints(model, include_extras=True)
        _ADAPTERS[key] = TypeAdapter(hints[name], config=ConfigDict(strict=True))
    return _ADAPTERS[key]


def content_hash(record_type: RecordType, record: dict[str, Any]) -> str:
    """SHA-256 of what a record says (its fields and tombstone), not of who said it when.

    Two records with the same hash hold the same data, whatever their revisions.
    """
    payload = {name: record[name] for name in record_type.field_names}
    payload["deleted"] = record["deleted"]
    text = json.dumps(payload, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


__all__ = [
    "BY_NAME",
    "IMMUTABLE",
    "RECORD_TYPES",
    "SYNC_FIELDS",
    "Answer",
    "Assessment",
    "BaselineBills",
    "BaselineItem",
    "CPOption",
    "Enterprise",
    "Field",
    "Photo",
    "Record",
    "RecordError",
    "RecordType",
    "ReviewEvent",
    "SymbiosisDecision",
    "WantedInput",
    "WasteStream",
    "check_fields",
    "check_record",
    "check_records",
    "content_hash",
    "decision_id",
    "format_timestamp",
    "parse_timestamp",
]
