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

from recp_desktop.storage.models import (
    Answer,
    Assessment,
    BaselineItem,
    CPOption,
    Enterprise,
    Photo,
)

if TYPE_CHECKING:
    import pandas as pd

    from recp_desktop.storage.database import Database

# (sheet / file name, column label, how the value is read off the row and its context)
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


def _question(row: Any, ctx: dict[str, Any]) -> Any:
    return ctx["questions"].get(row.question_id)


def _edited(row: Any, _ctx: dict[str, Any]) -> Any:
    return row.updated_at.replace(tzinfo=None) if row.updated_at else None


SYNC_COLUMNS: list[Column] = [
    ("Revision", lambda r, c: r.revision),
    ("Last edited (UTC)", _edited),
]

SHEETS: dict[str, tuple[type, list[Column]]] = {
    "companies": (
        Enterprise,
        [
            ("Company ID", lambda r, c: r.id),
            ("Company", lambda r, c: r.name),
            ("Country (ISO code)", lambda r, c: r.country),
            ("Region", lambda r, c: r.region),
            ("City", lambda r, c: r.city),
            ("NACE code", lambda r, c: r.nace),
            ("Employees (persons)", lambda r, c: r.employees),
            ("Products", lambda r, c: r.products),
            ("Eco-industrial park", lambda r, c: r.eco_park),
        ],
    ),
    "assessments": (
        Assessment,
        [
            ("Assessment ID", lambda r, c: r.id),
            ("Company ID", lambda r, c: r.enterprise_id),
            ("Company", lambda r, c: c["companies"].get(r.enterprise_id, "")),
            ("Kind", lambda r, c: r.kind),
            ("Title", lambda r, c: r.title),
            ("Start date", lambda r, c: r.start_date),
            ("End date", lambda r, c: r.end_date),
            ("Team", lambda r, c: r.team),
            ("Currency (ISO code)", lambda r, c: r.currency),
            ("Status", lambda r, c: r.status),
        ],
    ),
    "baseline": (
        BaselineItem,
        [
            ("Record ID", lambda r, c: r.id),
            ("Assessment ID", lambda r, c: r.assessment_id),
            ("Company", _company),
            ("Line key", lambda r, c: r.key),
            ("Line", lambda r, c: r.label),
            ("Annual quantity (as entered)", lambda r, c: r.quantity),
            ("Unit (as entered)", lambda r, c: r.unit),
            ("Annual quantity (in canonical unit)", lambda r, c: r.quantity_canonical),
            ("Canonical unit", lambda r, c: c["baseline_units"].get(r.key, "")),
            ("Annual cost (in the currency)", lambda r, c: r.cost),
            ("Currency", _currency),
        ],
    ),
    "answers": (
        Answer,
        [
            ("Record ID", lambda r, c: r.id),
            ("Assessment ID", lambda r, c: r.assessment_id),
            ("Company", _company),
            ("Area", lambda r, c: getattr(_question(r, c), "area", "")),
            ("Question ID", lambda r, c: r.question_id),
            ("Question", lambda r, c: getattr(_question(r, c), "text", "")),
            ("Template", lambda r, c: r.template_id),
            ("Template version", lambda r, c: r.template_version),
            ("Answer", lambda r, c: r.value),
            ("Number (as entered)", lambda r, c: r.number),
            ("Unit (as entered)", lambda r, c: r.unit),
            ("Number (in the question's unit)", lambda r, c: r.number_canonical),
            ("Question's unit", lambda r, c: getattr(_question(r, c), "unit", "")),
            ("Opportunity", lambda r, c: bool(r.opportunity)),
            ("Note", lambda r, c: r.note),
        ],
    ),
    "options": (
        CPOption,
        [
            ("Record ID", lambda r, c: r.id),
            ("Assessment ID", lambda r, c: r.assessment_id),
            ("Company", _company),
            ("Title", lambda r, c: r.title),
            ("CP technique", lambda r, c: r.technique),
            ("Area", lambda r, c: r.area),
            ("Status", lambda r, c: r.status),
            ("Question ID", lambda r, c: r.question_id),
            ("Calculator", lambda r, c: r.calculator),
            ("Investment (in the currency)", lambda r, c: r.investment),
            ("Annual saving (in the currency per year)", lambda r, c: r.saving_money),
            ("Currency", _currency),
            ("Payback (years)", lambda r, c: _payback(r)),
            ("Energy saving (kWh/year)", lambda r, c: r.saving_energy_kwh),
            ("Water saving (m³/year)", lambda r, c: r.saving_water_m3),
            ("Materials saving (t/year)", lambda r, c: r.saving_materials_t),
            ("CO₂ avoided (t/year)", lambda r, c: r.saving_co2_t),
            ("Note", lambda r, c: r.note),
        ],
    ),
    "photos": (
        Photo,
        [
            ("Record ID", lambda r, c: r.id),
            ("Assessment ID", lambda r, c: r.assessment_id),
            ("Company", _company),
            ("Question ID", lambda r, c: r.question_id),
            ("File name", lambda r, c: r.filename),
            ("Caption", lambda r, c: r.caption),
            ("Media type", lambda r, c: r.media_type),
            ("Size (bytes)", lambda r, c: r.size),
            ("Width (px)", lambda r, c: r.width),
            ("Height (px)", lambda r, c: r.height),
            ("SHA-256", lambda r, c: r.sha256),
        ],
    ),
}
SHEET_TITLES = {
    "companies": "Companies",
    "assessments": "Assessments",
    "baseline": "Baseline",
    "answers": "Answers",
    "options": "Options",
    "photos": "Photos",
}


def _payback(row: Any) -> float | None:
    from recp_desktop.domain.options import payback_years

    return payback_years(row.investment, row.saving_money)


@dataclass(frozen=True)
class _Question:
    area: str
    text: str
    unit: str


def _questions() -> dict[str, _Question]:
    from recp_desktop.checklists import builtin_templates, localized

    out = {}
    for template in builtin_templates().values():
        for q in template.questions:
            out[q.id] = _Question(template.area, localized(q.text, "en"), q.unit or "")
    return out


def build_tables(db: Database, assessment_id: str | None = None) -> dict[str, pd.DataFrame]:
    """One data frame per record type, for one assessment or for all (``None``)."""
    from recp_desktop.domain.baseline import BY_KEY

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
        for name in ("baseline", "answers", "options", "photos"):
            model = SHEETS[name][0]
            rows: list[Any] = []
            for start in range(0, len(ids), 500):
                part = ids[start : start + 500]
                rows += session.scalars(
                    select(model).where(~model.deleted, model.assessment_id.in_(part))
                ).all()
            children[name] = rows
    context = {
        "companies": {e.id: e.name for e in companies},
        "assessment_company": {a.id: a.enterprise_id for a in assessments},
        "currency": {a.id: a.currency for a in assessments},
        "questions": _questions(),
        "baseline_units": {k: v.unit for k, v in BY_KEY.items()},
    }
    sources = {"companies": companies, "assessments": assessments, **children}
    import pandas as pd

    frames = {}
    for name, (_model, columns) in SHEETS.items():
        every = [*columns, *SYNC_COLUMNS]
        records = [[get(row, context) for _, get in every] for row in sources[name]]
        frames[name] = pd.DataFrame(records, columns=[label for label, _ in every])
    return frames


def _write_xlsx(frames: dict[str, pd.DataFrame], target: Path) -> None:
    import pandas as pd

    with pd.ExcelWriter(target, engine="openpyxl") as writer:
        for name, frame in frames.items():
            sheet = SHEET_TITLES[name]
            frame.to_excel(writer, sheet_name=sheet, index=False)
            worksheet = writer.sheets[sheet]
            worksheet.freeze_panes = "A2"
            for index, label in enumerate(frame.columns, start=1):
                values = [len(str(v)) for v in frame.iloc[:200, index - 1] if v is not None]
                width = min(60, max([len(label), *values]) + 2)
                worksheet.column_dimensions[worksheet.cell(1, index).column_letter].width = width


def _csv_bytes(frame: pd.DataFrame) -> bytes:
    return frame.to_csv(index=False).encode("utf-8-sig")


def _atomic(target: Path, write: Callable[[Path], None]) -> None:
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        write(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def export_tables(db: Database, target: Path, assessment_id: str | None = None) -> TableResult:
    """Write the tables to ``target``, chosen by its name.

    ``*.xlsx``: one workbook, a sheet per record type. ``*.zip``: one CSV per record type in a
    zip. ``*.csv``: one CSV per record type beside it (``NAME-answers.csv``...). Anything else is a
    folder (made if needed) receiving ``answers.csv`` and the others.
    """
    target = Path(target)
    suffix = target.suffix.lower()
    if target.exists() and not target.is_dir() and suffix not in (".xlsx", ".zip", ".csv"):
        raise TableExportError(f"{target} exists and is not a folder, .xlsx, .zip or .csv.")
    frames = build_tables(db, assessment_id)
    if suffix == ".xlsx":
        _atomic(target, lambda path: _write_xlsx(frames, path))
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
