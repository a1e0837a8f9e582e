"""The report's fonts: DejaVu Sans, shipped in ``resources/fonts`` with its licence.

DejaVu Sans has Latin (with Azerbaijani ə ğ ı ş), Cyrillic, Georgian and Armenian, so a
company name or a note in any of the programme's languages prints as typed. The fonts are
embedded (subset) in every PDF; nothing depends on the fonts installed on the computer.
"""

from __future__ import annotations

from functools import cache

from recp_desktop.paths import resource_path

REGULAR = "RecpSans"
BOLD = "RecpSans-Bold"
ITALIC = "RecpSans-Oblique"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
LICENCE = "LICENSE-DejaVu.txt"


class FontError(RuntimeError):
    """A font file of the installation is missing or unreadable."""


@cache
def register_fonts() -> str:
    """Set reportlab up once (fonts, binary streams); return the family name for paragraphs."""
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    for name, filename in FILES.items():
        path = resource_path("fonts", filename)
        try:
            pdfmetrics.registerFont(TTFont(name, str(path)))
        except (OSError, TTFError) as exc:
            raise FontError(
                f"The report font {path} is missing or damaged; reinstall RECP Desktop."
            ) from exc
    # Binary streams instead of ASCII85: photos take 25 % less room and encode faster. This is
    # reportlab's process-wide setting; nothing else in the app writes PDFs differently.
    rl_config.useA85 = 0
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    """The characters of ``text`` that ``font`` cannot draw (spaces and controls ignored)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    face = pdfmetrics.getFont(font).face
    return {c for c in text if not c.isspace() and ord(c) not in face.charToGlyph}
