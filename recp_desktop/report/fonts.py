"""The report's fonts: DejaVu Sans for the body, Noto Sans fonts for what it lacks.

Every font the report uses is a :class:`FallbackFont`: DejaVu Sans draws what it has (Latin
with Azerbaijani ə ğ ı ş, Cyrillic, most of Georgian and Armenian), and each character it lacks
is drawn with the first shipped fallback that has it — Noto Sans (Latin Extended, Cyrillic
Supplement and Extended-A/B/C, Greek), Noto Sans Georgian (Georgian, Georgian Supplement and
Georgian Extended/Mtavruli) and Noto Sans Armenian (Armenian and its ligatures). Widths are
measured with the font that draws each character, so lines break and align correctly.

Every string the report draws passes through :meth:`FallbackFont.splitString`; a character
no shipped font has is drawn as the body font's empty box and logged once per document
(logger ``recp_desktop.report.fonts``). All fonts are embedded as subsets; nothing depends on
the fonts installed on the computer. Files, versions and licences: ``resources/fonts/README.md``.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from functools import cache
from typing import Any
from weakref import WeakKeyDictionary

from reportlab.pdfbase.ttfonts import TTFont

from recp_desktop.paths import resource_path

log = logging.getLogger(__name__)

REGULAR = "RecpSans"
BOLD = "RecpSans-Bold"
ITALIC = "RecpSans-Oblique"
FILES = {
    REGULAR: "DejaVuSans.ttf",
    BOLD: "DejaVuSans-Bold.ttf",
    ITALIC: "DejaVuSans-Oblique.ttf",
}
# Fallbacks of each style, in the order they are tried. Georgian and Armenian have no italic.
FALLBACKS = {
    REGULAR: (
        "NotoSans-Regular.ttf",
        "NotoSansGeorgian-Regular.ttf",
        "NotoSansArmenian-Regular.ttf",
    ),
    BOLD: ("NotoSans-Bold.ttf", "NotoSansGeorgian-Bold.ttf", "NotoSansArmenian-Bold.ttf"),
    ITALIC: ("NotoSans-Italic.ttf", "NotoSansGeorgian-Regular.ttf", "NotoSansArmenian-Regular.ttf"),
}
LICENCES = ("LICENSE-DejaVu.txt", "LICENSE-Noto-OFL.txt")
_STRIDE = 1 << 16  # subset numbers of fallback k are k * _STRIDE + the fallback's own subset
# Characters already logged as undrawable, per PDF document being written (once each per PDF).
_REPORTED: WeakKeyDictionary[Any, set[str]] = WeakKeyDictionary()


class FontError(RuntimeError):
    """A font file of the installation is missing or unreadable."""


class FallbackFont(TTFont):
    """A TrueType font that draws the characters its face lacks with fallback fonts.

    reportlab asks a font for text widths (:meth:`stringWidth`) and, when drawing, to split a
    string into (subset, bytes) chunks named by :meth:`getSubsetInternalName`. Here a string is
    first cut into runs by the font that has each character; fallback runs get subset numbers
    of their own, so the PDF switches fonts inside one string and back.
    """

    def __init__(self, name: str, filename: str, fallbacks: Sequence[TTFont]) -> None:
        super().__init__(name, filename, shapable=False)
        self.fallbacks = tuple(fallbacks)
        self._have = frozenset({"\xa0", *map(chr, self.face.charToGlyph)})

    def covers(self, char: str) -> bool:
        """Whether this font or one of its fallbacks has a glyph for ``char``."""
        code = ord(char)
        return code in self.face.charToGlyph or any(
            code in f.face.charToGlyph for f in self.fallbacks
        )

    def _simple(self, text: str) -> bool:
        """Whether this font alone draws ``text`` (ASCII always: any font fallback would
        have nothing to add for it)."""
        return text.isascii() or set(text) <= self._have

    def _runs(self, text: str) -> list[tuple[int, str]]:
        """``text`` cut into (font index, run): 0 is this font, k the k-th fallback. A character
        no font has stays with this font (drawn as its empty box)."""
        faces = [self.face.charToGlyph, *(f.face.charToGlyph for f in self.fallbacks)]
        runs: list[tuple[int, list[str]]] = []
        for char in text:
            code = 32 if char == "\xa0" else ord(char)
            index = next((i for i, have in enumerate(faces) if code in have), 0)
            if runs and runs[-1][0] == index:
                runs[-1][1].append(char)
            else:
                runs.append((index, [char]))
        return [(index, "".join(chars)) for index, chars in runs]

    def _font(self, index: int) -> TTFont:
        return self if index == 0 else self.fallbacks[index - 1]

    def stringWidth(self, text: Any, size: float, encoding: str = "utf8") -> float:  # noqa: N802
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if self._simple(text):
            return super().stringWidth(text, size, encoding)
        total = 0.0
        for index, run in self._runs(text):
            if index == 0:
                total += super().stringWidth(run, size, encoding)
            else:
                total += self._font(index).stringWidth(run, size, encoding)
        return total

    def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> list[tuple[int, bytes]]:  # noqa: N802
        if isinstance(text, bytes):
            text = text.decode(encoding)
        if self._simple(text):
            return super().splitString(text, doc, encoding)
        out: list[tuple[int, bytes]] = []
        for index, run in self._runs(text):
            if index == 0:
                self._report_missing(run, text, doc)
                out += super().splitString(run, doc, encoding)
            else:
                parts = self._font(index).splitString(run, doc, encoding)
                out += [(index * _STRIDE + subset, chunk) for subset, chunk in parts]
        return out

    def getSubsetInternalName(self, subset: int, doc: Any) -> str:  # noqa: N802
        index, own = divmod(subset, _STRIDE)
        if index == 0:
            return super().getSubsetInternalName(own, doc)
        return self._font(index).getSubsetInternalName(own, doc)

    def _report_missing(self, run: str, text: str, doc: Any) -> None:
        have = self.face.charToGlyph
        missing = {c for c in run if ord(c) not in have and c != "\xa0"}
        if not missing:
            return
        seen = _REPORTED.setdefault(doc, set())
        for char in sorted(missing - seen):
            log.warning(
                "No report font can draw U+%04X %r (in %r); it prints as an empty box.",
                ord(char),
                char,
                text[:80],
            )
        seen |= missing


def _load(name: str, filename: str, make: Any) -> TTFont:
    path = resource_path("fonts", filename)
    from reportlab.pdfbase.ttfonts import TTFError

    try:
        return make(str(path))
    except (OSError, TTFError) as exc:
        raise FontError(
            f"The report font {path} is missing or damaged; reinstall RECP Desktop."
        ) from exc


@cache
def register_fonts() -> str:
    """Set reportlab up once (fonts, binary streams); return the family name for paragraphs.

    Raises:
        FontError: a font file is missing or damaged.
    """
    from reportlab import rl_config
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    loaded: dict[str, TTFont] = {}
    for name, filename in FILES.items():
        fallbacks = []
        for fallback in FALLBACKS[name]:
            key = f"RecpFallback-{fallback.removesuffix('.ttf')}"
            if key not in loaded:
                loaded[key] = _load(key, fallback, lambda path, key=key: TTFont(key, path))
            fallbacks.append(loaded[key])
        chain = tuple(fallbacks)
        font = _load(
            name, filename, lambda path, name=name, chain=chain: FallbackFont(name, path, chain)
        )
        pdfmetrics.registerFont(font)
    # Binary streams instead of ASCII85: photos take 25 % less room and encode faster. This is
    # reportlab's process-wide setting; nothing else in the app writes PDFs differently.
    rl_config.useA85 = 0
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD)
    return REGULAR


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    """The characters of ``text`` that neither ``font`` nor its fallbacks can draw (spaces and
    controls ignored)."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    chosen = pdfmetrics.getFont(font)
    return {c for c in text if not c.isspace() and c.isprintable() and not chosen.covers(c)}
