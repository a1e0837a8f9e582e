"""Tables for people: every record type as a sheet of an Excel workbook or as a CSV file.

Columns carry human labels with their units; ids are kept so that rows can be traced back.
Tombstoned (deleted) records are left out. CSV files are UTF-8 with a byte-order mark, so that
Excel opens Cyrillic, Georgian or Armenian text correctly.
"""

from __future__ import annotations

import os
import secrets
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from recp_desktop.checklists.model import localized
from recp_desktop.domain.unit_labels import unit_label
from recp_desktop.exchange.cells import FORMULA_START, cell_value, clean_text, neutralise
from recp_desktop.exchange.table_labels import LANGUAGES, column_label, sheet_title, term
from recp_desktop.storage.models import (
    Answer,
    Assessment,
    BaselineItem,
    CPOption,
    Enterprise,
    Photo,
    WantedInput,
    WasteStream,
)

if TYPE_CHECKING:
    import pandas as pd

    from recp_desktop.storage.database import Database

# (column key in table_labels.COLUMNS, how the value is read off the row and its context)
Column = tuple[str, Callable[[Any, dict[str, Any]], Any]]


class TableExportError(ValueError):
    """A target the tables cannot be written to."""


@dataclass(frozen=True)
class TableResult:
    path: Path
    rows: dict[str, int]  # by sheet


def _company(row: Any, ctx: dict[str, Any]) -> str:
    return ctx["companies"].get(ctx["assessment_company"].get(row.assessment_id), "")


def _currency(row: Any, ctx: dict[str, Any]) -> str:
    return ctx["currency"].get(row.assessment_id, "")


def _unit(unit: str, context: dict[str, Any]) -> str:
    """A unit the app defines (not one a user typed) as the export's language writes it."""
    return unit_label(unit, context["language"]) if unit else ""


def _tidy(value: float | None) -> float | None:
    """A computed figure without float noise: 12 significant digits, so that 4 × 2.4 reads
    9.6, not 9.600000000000001 (the noise is in the 16th digit; no measured figure has 12)."""
    return None if value is None else float(f"{value:.12g}")


def _region_name(row: Any, ctx: dict[str, Any]) -> str:
    from recp_desktop.domain.regions import region

    found = region(row.region or "")
    return found.name(ctx["language"]) if found else ""


def _question(row: Any, ctx: dict[str, Any]) -> Any:
    return ctx["questions"].get(row.question_id, ("", None))[1]


def _area(row: Any, ctx: dict[str, Any]) -> str:
    return ctx["questions"].get(row.question_id, ("", None))[0]


def _edited(row: Any, _ctx: dict[str, Any]) -> Any:
    return row.updated_at.replace(tzinfo=None) if row.updated_at else None


def _baseline_line(row: Any, ctx: dict[str, Any]) -> str:
    spec = ctx["baseline"].get(row.key)
    return spec.label(ctx["language"]) if spec is not None else row.label


def _term(vocabulary: str, code: Callable[[Any], str | None]) -> Callable[[Any, dict], str]:
    return lambda r, c: term(vocabulary, code(r), c["language"])


def _answer(row: Any, ctx: dict[str, Any]) -> str:
    """The answer in words: yes/no/n.a. translated, a choice by its label, text as typed."""
    value = row.value
    if value in ("yes", "no", "na"):
        return term("answer", value, ctx["language"])
    question = _question(row, ctx)
    for option in getattr(question, "options", ()):
        if option.id == value:
            return localized(option.label, ctx["language"]) or value
    return value or ""


SYNC_COLUMNS: list[Column] = [
    ("revision", lambda r, c: r.revision),
    ("edited", _edited),
]

SHEETS: dict[str, tuple[type, list[Column]]] = {
    "companies": (
        Enterprise,
        [
            ("company_id", lambda r, c: r.id),
            ("company", lambda r, c: r.name),
            ("country", lambda r, c: r.country),
            ("region", lambda r, c: r.region),
            ("city", lambda r, c: r.city),
            ("nace", lambda r, c: r.nace),
            ("employees", lambda r, c: r.employees),
            ("products", lambda r, c: r.products),
            ("eco_park", lambda r, c: r.eco_park),
            # after the older columns, so that a sheet read by position still reads the same
            ("region_name", _region_name),
            ("latitude", lambda r, c: r.latitude),
            ("longitude", lambda r, c: r.longitude),
        ],
    ),
    "assessments": (
        Assessment,
        [
            ("assessment_id", lambda r, c: r.id),
            ("company_id", lambda r, c: r.enterprise_id),
            ("company", lambda r, c: c["companies"].get(r.enterprise_id, "")),
            ("kind", _term("kind", lambda r: r.kind)),
            ("kind_code", lambda r, c: r.kind),
            ("title", lambda r, c: r.title),
            ("start_date", lambda r, c: r.start_date),
            ("end_date", lambda r, c: r.end_date),
            ("team", lambda r, c: r.team),
            ("currency_iso", lambda r, c: r.currency),
            ("status", _term("status", lambda r: r.status)),
            ("status_code", lambda r, c: r.status),
        ],
    ),
    "baseline": (
        BaselineItem,
        [
            ("record_id", lambda r, c: r.id),
            ("assessment_id", lambda r, c: r.assessment_id),
            ("company", _company),
            ("line_key", lambda r, c: r.key),
            ("line", _baseline_line),
            ("quantity", lambda r, c: r.quantity),
            ("unit", lambda r, c: _unit(r.unit, c)),  # stored in the registry's spelling
            ("quantity_canonical", lambda r, c: _tidy(r.quantity_canonical)),
            ("canonical_unit", lambda r, c: _unit(c["baseline_units"].get(r.key, ""), c)),
            ("cost", lambda r, c: r.cost),
            ("currency", _currency),
        ],
    ),
    "answers": (
        Answer,
        [
            ("record_id", lambda r, c: r.id),
            ("assessment_id", lambda r, c: r.assessment_id),
            ("company", _company),
            (
                "area",
                lambda r, c: term("area", _area(r, c) or None, c["language"]),
            ),
            ("area_code", _area),
            ("question_id", lambda r, c: r.question_id),
            (
                "question",
                lambda r, c: localized(getattr(_question(r, c), "text", None), c["language"]),
            ),
            ("template", lambda r, c: r.template_id),
            ("template_version", lambda r, c: r.template_version),
            ("answer", _answer),
            ("answer_code", lambda r, c: r.value),
            ("number", lambda r, c: r.number),
            ("unit", lambda r, c: r.unit),
            ("number_canonical", lambda r, c: _tidy(r.number_canonical)),
            ("question_unit", lambda r, c: _unit(getattr(_question(r, c), "unit", "") or "", c)),
            ("opportunity", lambda r, c: bool(r.opportunity)),
            ("note", lambda r, c: r.note),
        ],
    ),
    "options": (
        CPOption,
        [
            ("record_id", lambda r, c: r.id),
            ("assessment_id", lambda r, c: r.assessment_id),
            ("company", _company),
            ("title", lambda r, c: r.title),
            ("technique", _term("technique", lambda r: r.technique)),
            ("technique_code", lambda r, c: r.technique),
            ("area", _term("area", lambda r: r.area)),
            ("area_code", lambda r, c: r.area),
            ("status", _term("option", lambda r: r.status)),
            ("status_code", lambda r, c: r.status),
            ("question_id", lambda r, c: r.question_id),
            ("calculator", lambda r, c: r.calculator),
            ("investment", lambda r, c: r.investment),
            ("saving_money", lambda r, c: r.saving_money),
            ("currency", _currency),
            ("payback", lambda r, c: _payback(r)),
            ("saving_energy", lambda r, c: r.saving_energy_kwh),
            ("saving_water", lambda r, c: r.saving_water_m3),
            ("saving_materials", lambda r, c: r.saving_materials_t),
            ("saving_co2", lambda r, c: r.saving_co2_t),
            ("note", lambda r, c: r.note),
        ],
    ),
    "photos": (
        Photo,
        [
            ("record_id", lambda r, c: r.id),
            ("assessment_id", lambda r, c: r.assessment_id),
            ("company", _company),
            ("question_id", lambda r, c: r.question_id),
            ("file_name", lambda r, c: r.filename),
            ("caption", lambda r, c: r.caption),
            ("media_type", lambda r, c: r.media_type),
            ("size", lambda r, c: r.size),
            ("width", lambda r, c: r.width),
            ("height", lambda r, c: r.height),
            ("sha256", lambda r, c: r.sha256),
        ],
    ),
    "waste": (
        WasteStream,
        [
            ("record_id", lambda r, c: r.id),
            ("assessment_id", lambda r, c: r.assessment_id),
            ("company", _company),
            ("ewc_code", lambda r, c: _waste_entry(r).display),
            ("hazardous", lambda r, c: _waste_entry(r).hazardous),
            ("ewc_description", lambda r, c: _waste_entry(r).description()),
            ("waste_name", lambda r, c: r.name),
            ("quantity", lambda r, c: r.quantity),
            ("unit", lambda r, c: r.unit),
            ("density", lambda r, c: r.density_kg_m3),
            ("piece_mass", lambda r, c: r.piece_mass_kg),
            ("frequency", _term("frequency", lambda r: r.frequency)),
            ("frequency_code", lambda r, c: r.frequency),
            ("tonnes_per_year", lambda r, c: _tidy(r.tonnes_per_year)),
            ("treatment", lambda r, c: r.treatment or ""),
            ("destination", _term("destination", lambda r: r.destination)),
            ("destination_code", lambda r, c: r.destination or ""),
            ("annual_cost", lambda r, c: r.annual_cost),
            ("currency", _currency),
            ("note", lambda r, c: r.note),
        ],
    ),
    "wanted": (
        WantedInput,
        [
            ("record_id", lambda r, c: r.id),
            ("assessment_id", lambda r, c: r.assessment_id),
            ("company", _company),
            ("wanted_ewc", lambda r, c: r.ewc_code),
            ("wanted_heading", lambda r, c: _heading_text(r.ewc_code)),
            ("material", lambda r, c: r.material),
            ("tonnes_per_year", lambda r, c: r.tonnes_per_year),
            ("note", lambda r, c: r.note),
        ],
    ),
}


def _heading_text(code: str) -> str:
    """The List of Waste entry, sub-chapter or chapter a wanted input names, in English."""
    from recp_desktop.domain.ewc import UnknownWasteCodeError, heading, lookup

    try:
        return lookup(code).description() if len(code) == 6 else heading(code).title()
    except UnknownWasteCodeError:
        return ""


def _waste_entry(row: Any) -> Any:
    from recp_desktop.domain.ewc import lookup

    return lookup(row.ewc_code)


def _payback(row: Any) -> float | None:
    from recp_desktop.domain.options import payback_years

    return payback_years(row.investment, row.saving_money)


def _questions(db: Database) -> dict[str, tuple[str, Any]]:
    """Every question of the built-in and installed templates by id, with its area:
    ``{id: (area, question)}``; the newest version's wording where versions differ."""
    from recp_desktop.storage.templates import template_registry

    return {q.id: (q.area or t.area, q) for t in template_registry(db) for q in t.questions}


def build_tables(
    db: Database, assessment_id: str | None = None, language: str = "en"
) -> dict[str, pd.DataFrame]:
    """One data frame per record type, for one assessment or for all (``None``).

    Headers, vocabulary (kinds, statuses, CP techniques, areas, answers), question texts and
    baseline lines are in ``language`` (``en``, ``ru`` or ``az``); the stored codes stay beside
    them in their own ``… (code)`` columns, ids in theirs. Cells hold values as stored: text is
    made safe for spreadsheets only when written (:func:`export_tables`).

    Raises:
        LookupError: no assessment ``assessment_id``.
        ValueError: ``language`` is not one of ``en``, ``ru``, ``az``.
    """
    from recp_desktop.domain.baseline import BY_KEY

    if language not in LANGUAGES:
        raise ValueError(f"No table language {language!r}; choose one of {', '.join(LANGUAGES)}.")
    with db.session() as session:
        assessments = list(
            session.scalars(
                select(Assessment).where(
                    ~Assessment.deleted,
                    *([Assessment.id == assessment_id] if assessment_id else []),
                )
            )
        )
        if assessment_id and not assessments:
            raise LookupError(f"No assessment with id {assessment_id}.")
        company_ids = {a.enterprise_id for a in assessments}
        companies = [
            e
            for e in session.scalars(select(Enterprise).where(~Enterprise.deleted))
            if e.id in company_ids or assessment_id is None
        ]
        live = {e.id for e in companies}
        assessments = [a for a in assessments if a.enterprise_id in live]
        ids = [a.id for a in assessments]
        children: dict[str, list[Any]] = {}
        for name in ("baseline", "answers", "options", "photos", "waste", "wanted"):
            model = SHEETS[name][0]
            rows: list[Any] = []
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                rows += session.scalars(
                    select(model).where(~model.deleted, model.assessment_id.in_(part))
                ).all()
            children[name] = rows
    context = {
        "language": language,
        "companies": {e.id: e.name for e in companies},
        "assessment_company": {a.id: a.enterprise_id for a in assessments},
        "currency": {a.id: a.currency for a in assessments},
        "questions": _questions(db),
        "baseline": BY_KEY,
        "baseline_units": {k: v.unit for k, v in BY_KEY.items()},
    }
    sources = {"companies": companies, "assessments": assessments, **children}
    import pandas as pd

    frames = {}
    for name, (_model, columns) in SHEETS.items():
        every = [*columns, *SYNC_COLUMNS]
        records = [[get(row, context) for _, get in every] for row in sources[name]]
        labels = [column_label(key, language) for key, _ in every]
        frames[name] = pd.DataFrame(records, columns=labels, dtype=object)
    return frames


def _write_xlsx(frames: dict[str, pd.DataFrame], target: Path, language: str) -> None:
    """Every text is a string cell (never a formula, error or number): a company named
    ``=1+1`` reads ``=1+1`` and Excel keeps it text when the cell is edited (quote prefix).
    XML reads a carriage return back as a line feed; otherwise the text is kept as stored,
    less the characters :func:`clean_text` drops."""
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    book = Workbook()
    book.remove(book.active)
    for name, frame in frames.items():
        sheet = book.create_sheet(sheet_title(name, language))
        sheet.append([str(label) for label in frame.columns])
        for number, row in enumerate(frame.itertuples(index=False, name=None), start=2):
            for column, value in enumerate(row, start=1):
                if not isinstance(value, str):
                    sheet.cell(number, column, cell_value(value))
                    continue
                text = clean_text(value)
                cell = sheet.cell(number, column, text)
                cell.data_type = "s"
                if text.startswith(FORMULA_START):
                    cell.quotePrefix = True
        sheet.freeze_panes = "A2"
        for index, label in enumerate(frame.columns, start=1):
            values = [len(str(v)) for v in frame.iloc[:200, index - 1] if v is not None]
            width = min(60, max([len(str(label)), *values]) + 2)
            sheet.column_dimensions[get_column_letter(index)].width = width
    book.save(target)


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    safe = frame.map(lambda v: neutralise(v) if isinstance(v, str) else v)
    # CRLF ends rows (RFC 4180), so a field holding a lone CR or LF is quoted too.
    return safe.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def _atomic(target: Path, write: Callable[[Path], None]) -> None:
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def export_tables(
    db: Database, target: Path, assessment_id: str | None = None, language: str = "en"
) -> TableResult:
    """Write the tables to ``target`` in ``language`` (``en``, ``ru``, ``az``), chosen by its name.

    ``*.xlsx``: one workbook, a sheet per record type. ``*.zip``: one CSV per record type in a
    zip. ``*.csv``: one CSV per record type beside it (``NAME-answers.csv``...). Anything else is a
    folder (made if needed) receiving ``answers.csv`` and the others.

    Text from the data never runs as a formula: in a workbook it is a string cell, in CSV a
    text starting like a formula gets an apostrophe (:func:`neutralise`); control characters
    that XLSX forbids are dropped in both (:func:`clean_text`). Numbers stay numbers.

    Raises:
        TableExportError: ``target`` is an existing file of another kind.
        LookupError, ValueError: as :func:`build_tables`.
        OSError: the target cannot be written (nothing half-written is left).
    """
    target = Path(target)
    suffix = target.suffix.lower()
    if target.exists() and not target.is_dir() and suffix not in (".xlsx", ".zip", ".csv"):
        raise TableExportError(f"{target} exists and is not a folder, .xlsx, .zip or .csv.")
    frames = build_tables(db, assessment_id, language)
    if suffix == ".xlsx":
        _atomic(target, lambda path: _write_xlsx(frames, path, language))
    elif suffix == ".zip":

        def write_zip(path: Path) -> None:
            with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
                for name, frame in frames.items():
                    archive.writestr(f"{name}.csv", _csv_bytes(frame))

        _atomic(target, write_zip)
    elif suffix == ".csv":
        for name, frame in frames.items():
            part = target.with_name(f"{target.stem}-{name}.csv")
            _atomic(part, lambda path, frame=frame: path.write_bytes(_csv_bytes(frame)))
    else:
        target.mkdir(parents=True, exist_ok=True)
        for name, frame in frames.items():
            part = target / f"{name}.csv"
            _atomic(part, lambda path, frame=frame: path.write_bytes(_csv_bytes(frame)))
    return TableResult(path=target, rows={name: len(frame) for name, frame in frames.items()})
