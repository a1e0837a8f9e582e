"""Certificates of attendance of a RECP Club: a one-page signed PDF per participant.

:func:`write_certificate` lays the page out with the report's fonts and colours (DejaVu/Noto,
:mod:`recp_desktop.report.fonts`; dates by Babel through :mod:`recp_desktop.report.fmt`), in
English, Russian or Azerbaijani, and seals it (:mod:`recp_desktop.domain.certificate_seal`,
``docs/certificates.md``): the payload — participant, company, club, dates and topics, issuer —
is signed first, its signature gives the verification code printed on the page, and then the
PDF's every byte is signed. Signing is passed in as ``sign`` (the device's Ed25519 key, from
:mod:`recp_desktop.exchange.keys`), so this module never touches key files.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from recp_desktop.domain import certificate_seal as seal_format
from recp_desktop.files import new_export_temporary
from recp_desktop.report.certificate_texts import ctext
from recp_desktop.report.fmt import Formatter
from recp_desktop.report.texts import LANGUAGES

Sign = Callable[[bytes], bytes]
"""Ed25519 signing with the centre's device key: message bytes -> 64-byte signature."""
FORMAT = "recp-certificate"
VERSION = 1


class CertificateError(Exception):
    """A certificate that cannot be written; the message says why."""


@dataclass(frozen=True)
class CertificateData:
    """What a certificate states. ``sessions``: (date, topic) of the sessions attended;
    ``place``: city, region and country as printed; ``issuer``: device id, name and public key
    (hex) of the signing installation."""

    certificate_id: str
    participant: str
    position: str
    company: str
    club: str
    place: str
    facilitator: str
    organiser: str
    sessions: tuple[tuple[date, str], ...]
    sessions_total: int
    homework_done: int
    homework_total: int
    issued_on: date
    issuer: dict[str, str] = field(default_factory=dict)

    def payload(self, language: str) -> dict:
        """The signed payload (docs/certificates.md): plain JSON, dates in ISO 8601."""
        return {
            "format": FORMAT,
            "version": VERSION,
            "id": self.certificate_id,
            "language": language,
            "participant": self.participant,
            "position": self.position,
            "company": self.company,
            "club": self.club,
            "place": self.place,
            "facilitator": self.facilitator,
            "organiser": self.organiser,
            "sessions": [{"date": d.isoformat(), "topic": t} for d, t in self.sessions],
            "sessions_total": self.sessions_total,
            "homework_done": self.homework_done,
            "homework_total": self.homework_total,
            "issued_on": self.issued_on.isoformat(),
            "issuer": dict(self.issuer),
        }


def fingerprint(public_key: bytes) -> str:
    """The key's fingerprint as packages show it (SHA-256, 32 hex digits in groups of four)."""
    digest = hashlib.sha256(public_key).hexdigest()[:32]
    return " ".join(digest[i : i + 4] for i in range(0, 32, 4))


def certificate_bytes(
    data: CertificateData, language: str, sign: Sign, public_key: bytes
) -> tuple[bytes, str]:
    """The sealed PDF and its verification code.

    Raises :class:`CertificateError` for a language without texts.
    """
    if language not in LANGUAGES:
        raise CertificateError(
            f"Certificates can be written in {', '.join(LANGUAGES)}, not in '{language}'."
        )
    payload_json = seal_format.canonical(data.payload(language))
    payload_signature = sign(seal_format.payload_message(payload_json))
    code = seal_format.code_from_signature(payload_signature)
    pdf = _render(data, language, code, fingerprint(public_key))
    file_signature = sign(seal_format.file_message(payload_json, pdf))
    sealed = seal_format.seal(pdf, payload_json, payload_signature, file_signature, public_key)
    return sealed, code


def write_certificate(
    data: CertificateData, language: str, path: Path, sign: Sign, public_key: bytes
) -> str:
    """Write the sealed certificate to ``path`` (atomically); return its verification code.

    Raises :class:`CertificateError` when the file cannot be written or the language is unknown.
    """
    sealed, code = certificate_bytes(data, language, sign, public_key)
    save_file(Path(path), sealed)
    return code


def save_file(target: Path, content: bytes) -> None:
    """Write ``content`` to ``target`` atomically (temporary file, fsync, rename).

    Raises :class:`CertificateError` when it cannot be written.
    """
    try:
        temporary = new_export_temporary(target)
        try:
            with open(temporary, "wb") as handle:
                handle.write(content)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temporary, target)
        finally:
            temporary.unlink(missing_ok=True)
    except OSError as exc:
        raise CertificateError(
            f"Cannot write the certificate {target}: {exc.strerror or exc}."
        ) from exc


def file_name(participant: str, company: str, code: str) -> str:
    """A safe file name: ``certificate-<participant>-<company>-<code>.pdf`` (letters kept)."""
    stem = re.sub(r"[^\w]+", "-", f"{participant} {company}", flags=re.UNICODE).strip("-_")
    return f"certificate-{stem[:80]}-{code}.pdf"


def _render(data: CertificateData, language: str, code: str, key_print: str) -> bytes:
    """The certificate's page as PDF bytes (A4 landscape)."""
    import io

    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.platypus.flowables import KeepInFrame

    from recp_desktop.report.fonts import BOLD, REGULAR
    from recp_desktop.report.styles import ACCENT, MUTED, PRIMARY, RULE, ZEBRA, styles

    base = styles().body
    fmt = Formatter(language)

    def style(name: str, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, alignment=TA_CENTER, **kw)

    def esc(value: str) -> str:
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    page = landscape(A4)
    width = page[0] - 60 * mm
    kicker = style("kicker", fontSize=10, leading=13, textColor=MUTED)
    title = style("title", fontName=BOLD, fontSize=28, leading=34, textColor=PRIMARY)
    line = style("line", fontSize=11.5, leading=15)
    name = style("name", fontName=BOLD, fontSize=24, leading=30, textColor=colors.black)
    company = style("company", fontSize=13, leading=17, textColor=PRIMARY)
    cell = ParagraphStyle("cert_cell", parent=base, fontSize=9, leading=11.5)
    head = ParagraphStyle("cert_head", parent=cell, fontName=BOLD, textColor=colors.white)
    small = style("small", fontSize=7.5, leading=10, textColor=MUTED)

    position = f"{esc(data.position)}, " if data.position else ""
    story = [
        Paragraph(esc(ctext(language, "kicker")), kicker),
        Spacer(1, 2 * mm),
        Paragraph(esc(ctext(language, "title")), title),
        Spacer(1, 5 * mm),
        Paragraph(esc(ctext(language, "certify")), line),
        Spacer(1, 2 * mm),
        Paragraph(esc(data.participant), name),
        Paragraph(position + esc(data.company), company),
        Spacer(1, 3 * mm),
        Paragraph(
            esc(
                ctext(
                    language,
                    "attended",
                    club=data.club,
                    place=data.place,
                    attended=len(data.sessions),
                    total=data.sessions_total,
                )
            ),
            line,
        ),
        Spacer(1, 2 * mm),
    ]
    rows = [
        [
            Paragraph(esc(ctext(language, "date")), head),
            Paragraph(esc(ctext(language, "topic")), head),
        ]
    ]
    rows += [[Paragraph(fmt.date(d), cell), Paragraph(esc(t), cell)] for d, t in data.sessions]
    table = Table(rows, colWidths=[45 * mm, width - 90 * mm], hAlign="CENTER", repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, 0), PRIMARY),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, ZEBRA]),
                ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    story += [table, Spacer(1, 3 * mm)]
    if data.homework_total:
        story.append(
            Paragraph(
                esc(
                    ctext(language, "homework", done=data.homework_done, total=data.homework_total)
                ),
                style("hw", fontSize=9.5, leading=12.5),
            )
        )
    label = ParagraphStyle("lbl", parent=cell, fontSize=8, textColor=MUTED, alignment=TA_CENTER)
    value = ParagraphStyle("val", parent=cell, fontSize=10.5, leading=13, alignment=TA_CENTER)
    code_style = ParagraphStyle(
        "code", parent=value, fontName=BOLD, fontSize=15, leading=18, textColor=PRIMARY
    )
    footer = Table(
        [
            [
                Paragraph(esc(ctext(language, "facilitator")), label),
                Paragraph(esc(ctext(language, "issued_by")), label),
                Paragraph(esc(ctext(language, "issued_on")), label),
                Paragraph(esc(ctext(language, "code")), label),
            ],
            [
                Paragraph(esc(data.facilitator) or "—", value),
                Paragraph(esc(data.organiser) or "—", value),
                Paragraph(fmt.date(data.issued_on), value),
                Paragraph(code, code_style),
            ],
        ],
        colWidths=[width / 4] * 4,
        hAlign="CENTER",
    )
    footer.setStyle(
        TableStyle(
            [
                ("LINEABOVE", (0, 0), (2, 0), 0.6, MUTED),
                ("BOX", (3, 0), (3, 1), 1.2, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story += [
        Spacer(1, 8 * mm),
        footer,
        Spacer(1, 3 * mm),
        Paragraph(esc(ctext(language, "verify", fingerprint=key_print)), small),
    ]

    def frame(canvas, _doc) -> None:  # reportlab page callback
        canvas.saveState()
        canvas.setStrokeColor(PRIMARY)
        canvas.setLineWidth(3)
        canvas.rect(10 * mm, 10 * mm, page[0] - 20 * mm, page[1] - 20 * mm)
        canvas.setStrokeColor(ACCENT)
        canvas.setLineWidth(0.8)
        canvas.rect(13 * mm, 13 * mm, page[0] - 26 * mm, page[1] - 26 * mm)
        canvas.setFont(REGULAR, 7)
        canvas.setFillColor(MUTED)
        canvas.drawCentredString(page[0] / 2, 15.5 * mm, ctext(language, "footer"))
        canvas.restoreState()

    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=page,
        leftMargin=30 * mm,
        rightMargin=30 * mm,
        topMargin=30 * mm,
        bottomMargin=20 * mm,
        title=f"{ctext(language, 'title')} — {data.participant}",
        author=data.organiser or data.facilitator,
        subject=f"{data.club}: {code}",
        creator="RECP Desktop",
        lang=language,
    )
    # One page whatever the number of sessions: a long list shrinks the whole page's content.
    fitted = KeepInFrame(doc.width - 12, doc.height - 12, story, mode="shrink", hAlign="CENTER")
    doc.build([fitted], onFirstPage=frame, onLaterPages=frame)
    return buffer.getvalue()
