"""Findings of the walkthrough, by area, with notes and photo thumbnails."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, Table, TableStyle

from recp_desktop.checklists import QUESTION_AREAS
from recp_desktop.report.data import Finding, PhotoRef
from recp_desktop.report.sections.common import Context, esc
from recp_desktop.report.styles import FRAME_WIDTH, MUTED, RULE
from recp_desktop.report.texts import technique_label

PER_ROW = 3
GAP = 4 * mm
PHOTO_WIDTH = (FRAME_WIDTH - (PER_ROW - 1) * GAP) / PER_ROW
PHOTO_HEIGHT = 42 * mm


def findings(ctx: Context, number: str) -> list[Flowable]:
    data = ctx.data
    out: list[Flowable] = [
        ctx.heading(ctx.t("findings"), 0, number),
        ctx.para(esc(ctx.t("findings.intro"))),
    ]
    if not data.findings:
        out.append(ctx.para(esc(ctx.t("findings.none"))))
    # the four RECP areas, then a park checklist's categories, then any other (by name)
    areas = [a for a in QUESTION_AREAS if any(f.area == a for f in data.findings)]
    areas += sorted({f.area for f in data.findings} - set(QUESTION_AREAS))
    for index, area in enumerate(areas, start=1):
        items = [f for f in data.findings if f.area == area]
        title = ctx.t(f"area.{area}") if area in QUESTION_AREAS else area
        heading = ctx.heading(f"{title} ({len(items)})", 1, f"{number}.{index}")
        for position, finding in enumerate(items):
            parts = _finding(ctx, finding)
            # the heading travels with the first finding: never alone at the foot of a page
            out.append(KeepTogether([heading, *parts] if position == 0 else parts))
    if data.other_photos:
        out.append(ctx.heading(ctx.t("findings.other_photos"), 1, f"{number}.{len(areas) + 1}"))
        out += photo_grid(ctx, data.other_photos, captions=True)
    return out


def _finding(ctx: Context, finding: Finding) -> list[Flowable]:
    st = ctx.st
    facts = []
    if finding.answer:
        facts.append(f"{esc(ctx.t('findings.answer'))}: <b>{esc(finding.answer)}</b>")
    if finding.opportunity:
        facts.append(f'<font color="#3c9d5d"><b>{esc(ctx.t("findings.flagged"))}</b></font>')
    if finding.techniques:
        names = ", ".join(technique_label(ctx.language, t) for t in finding.techniques)
        facts.append(f"{esc(ctx.t('findings.techniques'))}: {esc(names)}")
    if finding.options:
        numbers = ", ".join(str(n) for n in finding.options)
        facts.append(f"{esc(ctx.t('findings.options'))}: {numbers}")
    parts: list[Flowable] = [
        Spacer(1, 2 * mm),
        Paragraph(esc(finding.group), st.small) if finding.group else Spacer(1, 0),
        Paragraph(f"<b>{esc(finding.text)}</b>", st.body),
        Paragraph(" · ".join(facts), st.small),
    ]
    if finding.note:
        parts.append(Paragraph(esc(finding.note), st.note))
    if finding.photos:
        parts += photo_grid(ctx, finding.photos, captions=False)
    line = Table([[""]], colWidths=[FRAME_WIDTH], rowHeights=[2 * mm])
    line.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE)]))
    return [*parts, line]


def _photo_cell(ctx: Context, photo: PhotoRef, caption: bool) -> list[Flowable]:
    thumb = ctx.thumbnails.get(photo.sha256)
    if thumb is None:
        return [Paragraph(esc(ctx.t("findings.photo_missing", name=photo.filename)), ctx.st.small)]
    scale = min(PHOTO_WIDTH / thumb.width, PHOTO_HEIGHT / thumb.height)
    image = Image(thumb.file(), width=thumb.width * scale, height=thumb.height * scale)
    image.hAlign = "LEFT"
    cell: list[Flowable] = [image]
    if caption and (photo.caption or photo.filename):
        cell.append(Paragraph(esc(photo.caption or photo.filename), ctx.st.small))
    return cell


def photo_grid(ctx: Context, photos: Sequence[PhotoRef], captions: bool) -> list[Flowable]:
    """Photos three to a row; each row is its own table so rows can break across pages."""
    out: list[Flowable] = []
    for start in range(0, len(photos), PER_ROW):
        chunk = list(photos[start : start + PER_ROW])
        cells = [_photo_cell(ctx, p, captions) for p in chunk]
        cells += [[]] * (PER_ROW - len(cells))
        row = Table(
            [cells],
            colWidths=[PHOTO_WIDTH + GAP] * (PER_ROW - 1) + [PHOTO_WIDTH],
            hAlign="LEFT",
        )
        row.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 3),
                    ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
                ]
            )
        )
        out.append(row)
    return out
