"""The programme's numbers in an Excel workbook: one sheet per breakdown, the same figures as
the PDF (one :class:`~recp_desktop.report.programme_data.ProgrammeData`).

Sheets: totals, by country, sector, CP technique, area and year, indicators, the exchange rates
used (rate, date, source) and the assessments counted. Built as pandas DataFrames (labels in
the report's language, numbers as numbers) and written with openpyxl; every text is a string
cell, so a company named ``=1+1`` never runs as a formula. Written atomically.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from recp_desktop.files import new_export_temporary
from recp_desktop.report.build import ReportError
from recp_desktop.report.programme_data import ProgrammeData
from recp_desktop.report.programme_pdf import group_label
from recp_desktop.report.texts import has_text, text

if TYPE_CHECKING:
    import pandas as pd

SHEET_MAX = 31  # characters in an Excel sheet name
SHEET_KEYS = {"sector": "prog.sheet.sector"}
"""Breakdowns whose report heading is too long for a sheet name: a short one (every language
fits :data:`SHEET_MAX`; tests/core/test_programme_workbook_texts.py checks it)."""


def frames(data: ProgrammeData) -> dict[str, pd.DataFrame]:
    """The workbook's sheets as DataFrames, keyed by sheet title (in the report's language)."""
    import pandas as pd

    lang, cur = data.language, data.totals.currency

    def t(key: str, **values: object) -> str:
        return text(lang, key, **values)

    totals = data.totals.totals
    s = totals.savings
    out: dict[str, pd.DataFrame] = {}
    out[t("prog.totals")] = pd.DataFrame(
        [
            (t("prog.assessments"), data.totals.assessments, ""),
            (t("prog.options"), totals.options, ""),
            (t("prog.implemented"), totals.implemented, ""),
            (t("prog.investment"), s.investment, cur),
            (t("prog.money"), s.money, t("prog.unit.money_yr", currency=cur)),
            (t("prog.energy"), s.energy_mwh, t("prog.col.energy")),
            (t("prog.water"), s.water_m3, t("prog.col.water")),
            (t("prog.materials"), s.materials_t, t("prog.unit.t_yr")),
            (t("prog.waste"), s.waste_t, t("prog.unit.t_yr")),
            (t("prog.co2"), s.co2_t, t("prog.col.co2")),
            (t("prog.payback"), totals.payback_years, t("prog.unit.yr")),
        ],
        columns=[t("prog.figure"), t("prog.value"), t("prog.ind.unit")],
    )
    columns = [
        t("prog.col.key"),
        t("prog.col.code"),
        t("prog.col.n"),
        t("prog.col.options"),
        t("prog.implemented"),
        t("prog.col.investment", currency=cur),
        t("prog.col.money", currency=cur),
        t("prog.col.energy"),
        t("prog.col.water"),
        t("prog.col.materials"),
        t("prog.col.waste"),
        t("prog.col.co2"),
        t("prog.col.payback_yr"),
    ]
    for dimension, rows in data.totals.breakdowns.items():
        out[t(SHEET_KEYS.get(dimension, f"prog.by.{dimension}"))] = pd.DataFrame(
            [
                (
                    group_label(lang, dimension, f.key),
                    f.key,
                    f.assessments,
                    f.options,
                    f.implemented,
                    f.savings.investment,
                    f.savings.money,
                    f.savings.energy_mwh,
                    f.savings.water_m3,
                    f.savings.materials_t,
                    f.savings.waste_t,
                    f.savings.co2_t,
                    f.payback_years,
                )
                for f in rows
            ],
            columns=columns,
        )
    out[t("prog.indicators")] = pd.DataFrame(
        [
            (
                t(f"ind.{i.key}"),
                i.unit.replace("m**3", "m³"),
                i.before,
                i.after,
                i.change,
                i.assessments,
            )
            for i in data.indicators
        ],
        columns=[
            t(f"prog.ind.{k}") for k in ("indicator", "unit", "before", "after", "change", "n")
        ],
    )
    out[t("prog.sheet.rates")] = pd.DataFrame(
        [(r.source, r.rate, r.target, r.on, r.origin) for r in data.totals.rates],
        columns=[
            t("prog.rate.currency"),
            t("prog.rate.rate"),
            t("prog.currency"),
            t("prog.rate.date"),
            t("prog.rate.source"),
        ],
    )
    out[t("prog.list")] = pd.DataFrame(
        [
            (
                r.company,
                r.country,
                r.region,
                r.nace,
                t(f"kind.{r.kind}") if has_text(f"kind.{r.kind}") else r.kind,
                r.expert,
                r.start_date,
                r.end_date,
                t(f"prog.review.{r.review}") if has_text(f"prog.review.{r.review}") else r.review,
                r.options,
                r.implemented,
                r.currency,
                r.investment,
                r.money,
                r.energy_mwh,
                r.water_m3,
                r.materials_t,
                r.waste_t,
                r.co2_t,
                r.id,
            )
            for r in data.rows
        ],
        columns=[
            t("prog.list.company"),
            t("prog.list.country"),
            t("prog.col.region"),
            t("prog.list.nace"),
            t("prog.col.kind"),
            t("prog.col.expert"),
            t("prog.col.start"),
            t("prog.col.end"),
            t("prog.list.review"),
            t("prog.col.options"),
            t("prog.implemented"),
            t("prog.rate.currency"),
            t("prog.investment"),
            t("prog.list.money"),
            t("prog.col.energy"),
            t("prog.col.water"),
            t("prog.col.materials"),
            t("prog.col.waste"),
            t("prog.col.co2"),
            t("prog.col.id"),
        ],
    )
    return out


def write_programme_workbook(data: ProgrammeData, path: str | os.PathLike[str]) -> None:
    """Write the workbook of ``data`` to ``path`` (``.xlsx``).

    Raises :class:`~recp_desktop.report.build.ReportError` if the folder is missing or the file
    cannot be written.
    """
    from openpyxl import Workbook
    from openpyxl.utils import get_column_letter

    target = Path(path)
    if not target.parent.is_dir():
        raise ReportError(f"The folder {target.parent} does not exist.")
    book = Workbook()
    book.remove(book.active)
    for title, frame in frames(data).items():
        sheet = book.create_sheet(title.replace("/", "-"))  # every title fits SHEET_MAX
        sheet.append([str(label) for label in frame.columns])
        for number, row in enumerate(frame.itertuples(index=False, name=None), start=2):
            for column, value in enumerate(row, start=1):
                if value is None or (isinstance(value, float) and value != value):
                    continue
                cell = sheet.cell(number, column, value)
                if isinstance(value, str):
                    cell.data_type = "s"  # text, never a formula
        sheet.freeze_panes = "A2"
        for index, label in enumerate(frame.columns, start=1):
            widths = [len(str(v)) for v in frame.iloc[:200, index - 1] if v is not None]
            letter = get_column_letter(index)
            sheet.column_dimensions[letter].width = min(50, max([len(str(label)), *widths]) + 2)
    try:
        temporary = new_export_temporary(target)
    except OSError as exc:
        raise ReportError(f"Cannot write {target}: {exc.strerror or exc}.") from exc
    try:
        book.save(temporary)
        os.replace(temporary, target)
    except OSError as exc:
        raise ReportError(
            f"Cannot write {target}: {exc.strerror or exc}. If it is open in Excel, close it."
        ) from exc
    finally:
        Path(temporary).unlink(missing_ok=True)


__all__ = ["frames", "write_programme_workbook"]
