"""The window draws every script of the programme with the shipped fonts where the system's
lack a character (issue 10 §6): Georgian Mtavruli capitals are missing from DejaVu Sans, the
only font of the test machine."""

from __future__ import annotations

from PySide6.QtGui import QFontInfo, QTextLayout

from recp_desktop.ui.app import make_application

MTAVRULI = "ᲡᲐᲥᲐᲠᲗᲕᲔᲚᲝ"
MIXED = f"{MTAVRULI} თბილისი Երևան ﬓ Şəki Київ"


def _runs(text: str, font) -> list[tuple[str, list[int]]]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return [(run.rawFont().familyName(), list(run.glyphIndexes())) for run in layout.glyphRuns()]


def test_characters_the_system_font_lacks_come_from_the_shipped_fonts(qapp) -> None:
    system = QFontInfo(qapp.font()).family()
    app = make_application()
    font = app.font()
    assert font.families()[0] == system  # the system's UI font stays first
    assert {"Noto Sans", "Noto Sans Georgian", "Noto Sans Armenian"} <= set(font.families())
    runs = _runs(MTAVRULI, font)
    assert [family for family, _ in runs] == ["Noto Sans Georgian"]
    assert all(runs[0][1]) and len(runs[0][1]) == len(MTAVRULI)  # no glyph 0 (a box)
    for family, glyphs in _runs(MIXED, font):
        assert all(glyphs), family
    assert QFontInfo(font).family() == system  # text the system font has is drawn with it
