"""Write the PDF report of an assessment: gather the data, shrink the photos, lay out, save.

The file appears only when it is complete: the PDF is written next to the target under a
temporary name and renamed over it at the end, so a failure (or a cancel from the progress
callback) leaves any earlier report untouched and no half-written file behind.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from recp_desktop.checklists import Template
from recp_desktop.files import new_export_temporary
from recp_desktop.report.data import ReportData
from recp_desktop.report.texts import LANGUAGES, text
from recp_desktop.storage.database import Database

if TYPE_CHECKING:
    from reportlab.platypus import Flowable

    from recp_desktop.report.sections.common import Context

Progress = Callable[[float, str], None]
"""Called with the fraction done (0–1) and the stage: data, photos, layout, done."""

DEFAULT_CENTRE_NAME = ""
"""No centre name: the cover then leaves the "Prepared by" line out."""


class ReportError(Exception):
    """A report that cannot be written; the message says why and what to do."""


def write_report(
    db: Database,
    assessment_id: str,
    path: str | os.PathLike[str],
    *,
    language: str = "en",
    centre_name: str = DEFAULT_CENTRE_NAME,
    templates: Mapping[str, Template] | None = None,
    progress: Progress | None = None,
    today: date | None = None,
) -> ReportData:
    """Write the report of ``assessment_id`` to ``path`` as PDF; return what it shows.

    Raises :class:`ReportError` for a language without texts, a missing folder or a file that
    cannot be written, and :class:`LookupError` for an unknown assessment.
    """
    from recp_desktop.report.gather import gather

    if language not in LANGUAGES:
        raise ReportError(f"Reports can be written in {', '.join(LANGUAGES)}, not in '{language}'.")
    target = Path(path)
    if not target.parent.is_dir():
        raise ReportError(f"The folder {target.parent} does not exist.")
    notify = progress or (lambda _fraction, _stage: None)
    notify(0.0, "data")
    data = gather(
        db,
        assessment_id,
        language=language,
        centre_name=centre_name,
        templates=templates,
        today=today,
    )
    render(data, target, notify)
    return data


def render(data: ReportData, target: Path, progress: Progress) -> None:
    """Lay ``data`` out as a PDF at ``target`` (atomically)."""
    from recp_desktop.report.document import ReportDocument, numbered_canvas
    from recp_desktop.report.sections.common import Context

    ctx = Context(data)
    _thumbnails(ctx, progress)
    language = data.language
    title = text(language, "header.title")

    def on_layout(fraction: float) -> None:
        progress(0.4 + 0.58 * fraction, "layout")

    try:
        temporary = str(new_export_temporary(target))  # mode: see recp_desktop/files.py
    except OSError as exc:
        raise ReportError(_cannot_write(target, exc)) from exc
    try:
        doc = ReportDocument(
            temporary,
            title=f"{title} — {data.company.name}",
            subject=data.assessment.title,
            header_left=data.company.name,
            header_right=title,
            footer_left=data.centre_name or text(language, "footer.app"),
            cover_kicker=text(language, "cover.kicker"),
            cover_title=text(language, "cover.title"),
            language=language,
            progress=on_layout,
        )
        page_label = numbered_canvas(
            lambda page, pages: text(language, "footer.page", page=page, pages=pages)
        )
        doc.multiBuild(_story(ctx), canvasmaker=page_label)
        os.replace(temporary, target)
    except OSError as exc:
        raise ReportError(_cannot_write(target, exc)) from exc
    finally:
        Path(temporary).unlink(missing_ok=True)
    progress(1.0, "done")


def _cannot_write(target: Path, exc: OSError) -> str:
    reason = exc.strerror or str(exc)
    return (
        f"Cannot write the report to {target}: {reason}. If the file is open in a PDF viewer, "
        "close it, or choose another name."
    )


def _thumbnails(ctx: Context, progress: Progress) -> None:
    """Shrink every photo once (by content), a few at a time: Pillow decodes and resizes
    outside the GIL, so phone photos go about as many times faster as there are cores."""
    from concurrent.futures import ThreadPoolExecutor, as_completed

    from recp_desktop.report.thumbnails import make_thumbnail

    data = ctx.data
    photos = [p for f in data.findings for p in f.photos] + list(data.other_photos)
    unique = {p.sha256: p.path for p in photos}
    workers = ThreadPoolExecutor(max_workers=min(4, os.cpu_count() or 1))
    try:
        futures = {workers.submit(make_thumbnail, path): sha for sha, path in unique.items()}
        for done, future in enumerate(as_completed(futures), start=1):
            ctx.thumbnails[futures[future]] = future.result()
            progress(0.05 + 0.35 * done / len(unique), "photos")
    finally:
        workers.shutdown(wait=True, cancel_futures=True)
    progress(0.4, "photos")


def _story(ctx: Context) -> list[Flowable]:
    from reportlab.platypus import PageBreak

    from recp_desktop.report.sections.appendix import appendix
    from recp_desktop.report.sections.baseline import profile
    from recp_desktop.report.sections.cover import cover
    from recp_desktop.report.sections.findings import findings
    from recp_desktop.report.sections.indicators import indicators
    from recp_desktop.report.sections.options import options
    from recp_desktop.report.sections.summary import summary
    from recp_desktop.report.sections.waste import waste

    story = cover(ctx) + summary(ctx)
    for number, section in (
        ("1", profile),
        ("2", indicators),
        ("3", findings),
        ("4", options),
        *((("5", waste),) if ctx.data.waste else ()),
        ("A", appendix),
    ):
        story += [PageBreak(), *section(ctx, number)]
    return story
