"""Take the README/user-guide screenshots from the real app (offscreen), into docs/screenshots.

uv run python tools/screenshots.py [OUTPUT_DIR]
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from recp_desktop.ui.app import make_application, open_main_window


def settle() -> None:
    for _ in range(5):
        QApplication.processEvents()


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    make_application()
    with tempfile.TemporaryDirectory() as folder:
        window = open_main_window(Path(folder), "en")
        window.resize(1366, 800)
        window.show()
        settle()
        window.grab().save(str(out / "home-empty-en.png"))
        window.create_demo()
        while window.workspace is None:  # the demo is written in the background
            QApplication.processEvents()
            time.sleep(0.02)
        for language in ("en", "ru", "az"):
            window.set_language(language)
            window.show_home()
            settle()
            window.grab().save(str(out / f"home-{language}.png"))
            assessment_id = window.home.model.rows[0].assessment.id
            window.open_assessment(assessment_id)
            page = window.workspace.show_area("energy")
            page.view.go_to_row(1)
            settle()
            window.grab().save(str(out / f"workspace-energy-{language}.png"))
            window.workspace.show_page(1)
            settle()
            window.grab().save(str(out / f"baseline-{language}.png"))
            window.workspace.show_page(0)
            settle()
            window.grab().save(str(out / f"overview-{language}.png"))
            window.workspace.show_options()
            settle()
            window.grab().save(str(out / f"options-{language}.png"))
            page = window.workspace.show_area("energy")
            question = page.model.question_at(
                page.model.row_of("energy.compressed_air.leaks_audible")
            )
            dialog = page.calculator_dialog(question)
            dialog.set_value("diameter", "2 mm")
            dialog.set_value("count", "6")
            dialog.recalculate()
            dialog.show()
            settle()
            dialog.grab().save(str(out / f"calculator-{language}.png"))
            dialog.close()
            settings = window.open_settings()
            settle()
            settings.grab().save(str(out / f"settings-{language}.png"))
            settings.reject()
        window.db.close()
    print(f"screenshots written to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
