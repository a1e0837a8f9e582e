"""The record schema (domain.records) against its documentation and the database columns."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from recp_desktop.domain import vocabulary as v
from recp_desktop.domain.records import (
    RECORD_TYPES,
    SYNC_FIELDS,
    SYNC_SPECS,
    Field,
    RecordError,
    check_fields,
    check_records,
)
from recp_desktop.storage.rows import DERIVED, IN_ROW, table

DOC = Path(__file__).resolve().parents[2] / "docs" / "package-format.md"
SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _number(value: float) -> str:
    """How the page writes a bound: 10⁹, 2⁵³, 41,943,040."""
    value = int(value)
    for base in (10, 2):
        for power in range(2, 64):
            if base**power == value:
                return f"{base}{str(power).translate(SUPERSCRIPT)}"
    return f"{value:,}"


def documented_type(spec: Field) -> str:
    """The Type column the format page must show for a field, derived from the model only."""
    if spec.doc:
        text = spec.doc
    elif spec.choices:
        text = (
            " \\| ".join(f"`{c}`" for c in spec.choices)
            if len(spec.choices) <= 6
            else "one of " + ", ".join(f"`{c}`" for c in spec.choices)
        )
    elif spec.kind == "str":
        text = f"text ≤ {spec.max_length}"
    elif spec.kind == "text":
        text = "long text"
    elif spec.kind == "float":
        text = "number"
    elif spec.kind == "bool":
        text = "boolean"
    elif spec.kind == "int":
        text = f"integer {_number(spec.minimum)} … {_number(spec.maximum)}"
    elif spec.kind == "timestamp":
        text = f"text ≤ {spec.max_length}"
    else:
        text = {
            "id": "id",
            "date": "date",
            "object": "object",
            "array": "list",
            "vector": "object",
        }[spec.kind]
    return text + (" ?" if spec.nullable else "")


def _doc_table(section: str) -> dict[str, str]:
    rows = re.findall(r"^\| `([a-z_0-9]+)` \| (.*?) \| .*\|$", section, re.MULTILINE)
    return dict(rows)


def test_the_format_page_shows_each_field_as_the_models_define_it() -> None:
    text = DOC.read_text(encoding="utf-8")
    records = text.split("## 4. Records", 1)[1]
    sync = _doc_table(records.split("Types used below", 1)[0])
    assert list(sync) == list(SYNC_FIELDS)
    for spec in SYNC_SPECS:
        expected = documented_type(spec)
        if spec.kind == "int" or spec.kind != "vector":  # revision: "integer 1 … 2⁵³"
            assert sync[spec.name] == expected, spec.name
    for record_type in RECORD_TYPES:
        section = records.split(f"### `{record_type.name}`", 1)[1].split("\n### ", 1)[0]
        table_rows = _doc_table(section)
        assert list(table_rows) == list(record_type.field_names), record_type.name
        for spec in record_type.fields:
            assert table_rows[spec.name] == documented_type(spec), (record_type.name, spec.name)


def test_a_wrong_doc_type_is_noticed() -> None:
    """The comparison bites: a changed limit would no longer match the page."""
    spec = next(f for f in RECORD_TYPES[0].fields if f.name == "name")
    assert documented_type(spec) == "text ≤ 300"
    assert documented_type(Field("name", "str", max_length=301)) != "text ≤ 300"


def test_database_columns_hold_what_the_schema_accepts() -> None:
    for record_type in RECORD_TYPES:
        columns = table(record_type.name).columns
        local = set(DERIVED.get(record_type.name, ()))
        # The version vector is kept in two columns of the row (as of the last exchange).
        kept = {"sync_revision", "sync_vector"} if record_type.name in IN_ROW else set()
        expected = {*SYNC_FIELDS, *record_type.field_names} - {"version"} | kept
        assert {c.name for c in columns} - local == expected
        for spec in (*SYNC_SPECS, *record_type.fields):
            if spec.name == "version":
                continue
            length = getattr(columns[spec.name].type, "length", None)
            if spec.kind == "str" and spec.choices:
                assert length >= max(map(len, spec.choices)), spec.name
            elif spec.kind == "str":
                assert length == spec.max_length, (record_type.name, spec.name)
            elif spec.kind == "id":
                assert length == v.ID_MAX
            assert columns[spec.name].nullable == spec.nullable or spec.name == "id", spec.name


def _answer(**changes) -> dict:
    record = {
        "id": "a1",
        "revision": 1,
        "updated_at": "2026-03-01T10:00:00+00:00",
        "updated_by": "dev-1",
        "deleted": False,
        "version": {"dev-1": 1},
        "assessment_id": "s1",
        "template_id": "energy",
        "template_version": 1,
        "question_id": "energy.q",
        "value": "yes",
        "number": 3,
        "unit": "",
        "number_canonical": -0.0,
        "note": "",
        "opportunity": False,
    }
    return {**record, **changes}


def test_records_come_back_normalised() -> None:
    [checked] = check_records(RECORD_TYPES[3], [_answer()])
    assert checked["number"] == 3.0 and isinstance(checked["number"], float)
    assert str(checked["number_canonical"]) == "0.0"  # -0.0 is the same figure as 0.0


@pytest.mark.parametrize(
    ("changes", "phrase"),
    [
        ({"value": "\ud800"}, "field 'value' holds characters that are not valid Unicode"),
        ({"number": 2**1100}, "field 'number' must be a finite number"),
        ({"number": float("inf")}, "field 'number' must be a finite number"),
        ({"version": {"dev-1": True}}, "field 'version' must be a whole number, not true/false"),
        (
            {"template_version": 1.0},
            "field 'template_version' must be a whole number, not a number",
        ),
    ],
)
def test_refusals_name_record_and_field(changes, phrase) -> None:
    with pytest.raises(RecordError) as caught:
        check_records(RECORD_TYPES[3], [_answer(), _answer(**changes)])
    assert str(caught.value) == f"records/answer.json, record 2: {phrase}"


def test_partial_fields_are_checked_alone() -> None:
    assert check_fields(RECORD_TYPES[3], {"number": 2, "deleted": True}, "x") == {
        "number": 2.0,
        "deleted": True,
    }
    with pytest.raises(RecordError, match="x: field 'note' must not be null"):
        check_fields(RECORD_TYPES[3], {"note": None}, "x")
    with pytest.raises(RecordError, match="unknown field 'colour'"):
        check_fields(RECORD_TYPES[3], {"colour": "red"}, "x")
