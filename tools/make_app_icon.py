"""Render the window icon ``resources/icons/app.svg`` into app.png, app.ico and app.icns.

    uv run python tools/make_app_icon.py

The packaging spec uses the .ico (Windows) and .icns (macOS); the app itself draws the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[1]
ICONS = ROOT / "resources" / "icons"


def render(size: int) -> QImage:
    image = QImage(size, size, QImage.Format_ARGB32)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    QSvgRenderer(str(ICONS / "app.svg")).render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    for name, fmt, size in (("app.png", b"png", 256), ("app.icns", b"icns", 512)):
        writer = QImageWriter(str(ICONS / name), fmt)
        if not writer.write(render(size)):
            print(f"{name}: {writer.errorString()}", file=sys.stderr)
            return 1
        print(f"wrote {ICONS / name}")
    from PIL import Image  # Qt writes one size per .ico; Windows wants several

    sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    Image.open(ICONS / "app.png").save(ICONS / "app.ico", sizes=sizes)
    print(f"wrote {ICONS / 'app.ico'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
