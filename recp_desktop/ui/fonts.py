"""The shipped Noto fonts as fallbacks of the window's font.

Qt draws text with the system's UI font and, for characters it lacks, with other installed
fonts; a system without Georgian Mtavruli or Armenian fonts would show boxes. The fonts that
travel with the app (``resources/fonts``, the same ones the PDF report falls back to) are added
after the system font in the application font's family list, so every character of the
programme's five scripts has a font on any computer. See ``docs/fonts.md``.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase, QFontInfo
from PySide6.QtWidgets import QApplication

from recp_desktop.paths import resource_path

log = logging.getLogger(__name__)

FILES = (
    "NotoSans-Regular.ttf",
    "NotoSans-Bold.ttf",
    "NotoSans-Italic.ttf",
    "NotoSansGeorgian-Regular.ttf",
    "NotoSansGeorgian-Bold.ttf",
    "NotoSansArmenian-Regular.ttf",
    "NotoSansArmenian-Bold.ttf",
)


def install_fallback_fonts(app: QApplication) -> list[str]:
    """Register the shipped fonts and put their families after the system UI font's; return
    the families added (``["Noto Sans", "Noto Sans Georgian", "Noto Sans Armenian"]``). A
    missing or damaged file is logged and skipped: the window still opens."""
    font = app.font()
    # the family the system font resolves to now ("Sans Serif" is an alias, "DejaVu Sans" a
    # font): once the shipped fonts are known, the alias could resolve to one of them instead
    first = [QFontInfo(font).family(), *font.families()]
    families: list[str] = []
    for name in FILES:
        path = resource_path("fonts", name)
        ident = QFontDatabase.addApplicationFont(str(path))
        if ident < 0:
            log.warning("cannot load the fallback font %s", path)
            continue
        for family in QFontDatabase.applicationFontFamilies(ident):
            if family not in families:
                families.append(family)
    font.setFamilies([*dict.fromkeys(first), *(f for f in families if f not in first)])
    app.setFont(font)
    return families
