"""PDF glyph coverage (issue 10 §6): what the body font lacks is drawn with a shipped fallback,
and what no shipped font has is logged.

Unicode blocks are enumerated from Python's own Unicode database, not from the fonts.
"""

from __future__ import annotations

import logging
import subprocess
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from recp_desktop.report import write_report
from recp_desktop.report.fonts import BOLD, ITALIC, REGULAR, missing_glyphs
from recp_desktop.storage.repository import create_assessment, create_enterprise

BLOCKS = {
    "Latin Extended-A": (0x0100, 0x017F),
    "Latin Extended-B": (0x0180, 0x024F),
    "Latin Extended Additional": (0x1E00, 0x1EFF),
    "Latin Extended-C": (0x2C60, 0x2C7F),
    "Cyrillic": (0x0400, 0x04FF),
    "Cyrillic Supplement": (0x0500, 0x052F),
    "Cyrillic Extended-A": (0x2DE0, 0x2DFF),
    "Cyrillic Extended-B": (0xA640, 0xA69F),
    "Cyrillic Extended-C": (0x1C80, 0x1C8F),
    "Georgian": (0x10A0, 0x10FF),
    "Georgian Extended": (0x1C90, 0x1CBF),
    "Georgian Supplement": (0x2D00, 0x2D2F),
    "Armenian": (0x0530, 0x058F),
    "Armenian ligatures (Alphabetic Presentation Forms)": (0xFB13, 0xFB17),
}

AZERBAIJANI = "Şəki Süd Məhsulları ĞİÖÜÇŞƏ"
RUSSIAN = "Молочный завод «Ёлка»"
GEORGIAN = "ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ თბილისის პური"  # Mtavruli capitals: not in DejaVu Sans
ARMENIAN = "Երևանի գործարան ﬓ"  # with the Armenian ligature men-now
UKRAINIAN = "Київ ґанок Ѣ ꙮ"
NO_FONT = "漢"  # CJK: no shipped font has it


def _assigned(first: int, last: int) -> str:
    return "".join(
        chr(c) for c in range(first, last + 1) if unicodedata.category(chr(c)) not in ("Cn", "Co")
    )


@pytest.mark.parametrize("block", BLOCKS)
@pytest.mark.parametrize("font", [REGULAR, BOLD, ITALIC])
def test_every_character_of_the_block_has_a_font(block: str, font: str) -> None:
    text = _assigned(*BLOCKS[block])
    assert text
    assert missing_glyphs(text, font) == set(), (block, font)


def test_a_character_no_font_has_is_reported() -> None:
    assert missing_glyphs(f"{GEORGIAN} {NO_FONT}") == {NO_FONT}


def test_a_report_in_five_scripts_draws_every_name_and_logs_what_it_cannot(
    db, tmp_path: Path, caplog
) -> None:
    company = create_enterprise(
        db,
        name=f"{GEORGIAN} {NO_FONT}",
        country="GE",
        city=ARMENIAN,
        region=UKRAINIAN,
        products=f"{AZERBAIJANI}; {RUSSIAN}",
    )
    assessment = create_assessment(
        db, company.id, kind="full", title="Audit", team=ARMENIAN, currency="GEL"
    )
    target = tmp_path / "scripts.pdf"
    with caplog.at_level(logging.WARNING, logger="recp_desktop.report.fonts"):
        write_report(db, assessment.id, target, language="ru")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, text=True
    ).stdout
    for name in (GEORGIAN, ARMENIAN, UKRAINIAN):
        assert name in " ".join(text.split()), name
    fonts = subprocess.run(["pdffonts", str(target)], capture_output=True, text=True).stdout
    # reportlab lists Helvetica, its canvas's initial font, in every PDF; no text uses it
    lines = [line for line in fonts.splitlines()[2:] if not line.startswith("Helvetica ")]
    assert any("NotoSansGeorgian-Bold" in line for line in lines), fonts  # the cover's name
    assert all(" yes yes " in line for line in lines), fonts  # every font embedded, subset
    warned = [r.getMessage() for r in caplog.records if "U+6F22" in r.getMessage()]
    assert warned and "漢" in warned[0]
    assert not [r for r in caplog.records if "U+1C" in r.getMessage()]  # Mtavruli was drawn


class _Doc:
    """Stands for a PDF document: fonts keep their per-document subsets in a weak dictionary."""


SCRIPTS = st.text(
    alphabet=st.sampled_from(
        "".join(_assigned(*span) for span in BLOCKS.values()) + " \xa0-.,0123456789漢🧪"
    ),
    max_size=30,
)


@settings(max_examples=200, deadline=None)
@given(text=SCRIPTS)
def test_split_strings_carry_every_character_in_order(text: str) -> None:
    """What the PDF receives decodes back to the text: each chunk's bytes, looked up in the
    subset of the font that drew it, give the characters in order (U+00A0 is drawn as a space,
    a character no font has as glyph 0)."""
    from reportlab.pdfbase import pdfmetrics

    from recp_desktop.report.fonts import _STRIDE, register_fonts

    register_fonts()
    font = pdfmetrics.getFont(BOLD)
    doc = _Doc()
    decoded = []
    for subset, chunk in font.splitString(text, doc):
        index, own = divmod(subset, _STRIDE)
        drawer = font if index == 0 else font.fallbacks[index - 1]
        codes = drawer.state[doc].subsets[own]
        decoded += [codes[byte] for byte in chunk]
    expected = [32 if c == "\xa0" else (ord(c) if font.covers(c) else 0) for c in text]
    assert decoded == expected
    width = sum(
        next(
            (f.stringWidth(c, 10) for f in (font, *font.fallbacks) if ord(c) in f.face.charToGlyph),
            font.face.defaultWidth * 10 / 1000,
        )
        if c != "\xa0"
        else font.stringWidth(" ", 10)
        for c in text
    )
    assert font.stringWidth(text, 10) == pytest.approx(width)


def test_control_characters_pasted_into_names_print_as_nothing_not_as_boxes(
    db, tmp_path: Path, caplog
) -> None:
    """A BEL or ESC pasted from another program is no glyph: the report drops it (the cover,
    the page header and the tables), instead of printing an empty box and warning about it."""
    company = create_enterprise(db, name="Acme\x1b[31m Ltd", country="GE", region="Երևան\x07")
    assessment = create_assessment(db, company.id, kind="full", title="A\x01B", currency="GEL")
    target = tmp_path / "controls.pdf"
    with caplog.at_level(logging.WARNING, logger="recp_desktop.report.fonts"):
        write_report(db, assessment.id, target, language="en")
    text = subprocess.run(
        ["pdftotext", "-enc", "UTF-8", str(target), "-"], capture_output=True, text=True
    ).stdout
    assert "Acme[31m Ltd" in text and "Երևան," in text and "AB" in text
    assert not any(ch in text for ch in "\x01\x07\x1b")
    assert not [r for r in caplog.records if "No report font" in r.getMessage()]
