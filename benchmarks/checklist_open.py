"""Opening a checklist of 2,000 questions against one of 20: time to first paint.

Builds the real ChecklistPage (model, view, guidance, photos) on a real database and waits for
the table's viewport to paint. Targets: first paint within 150 ms, at most 3x the small one.

    uv run python benchmarks/checklist_open.py [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from recp_desktop.checklists import load_template
from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.ui.checklist_page import ChecklistPage
from tests.synthetic import write_synthetic


class PaintWatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.painted = False

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Paint:
            self.painted = True
        return False


def first_paint(db: Database, assessment_id: str, template) -> float:
    app = QApplication.instance()
    start = time.perf_counter()
    page = ChecklistPage(db, assessment_id, "full", template, QUndoStack(), "en")
    watcher = PaintWatcher()
    page.view.viewport().installEventFilter(watcher)
    page.resize(1280, 800)
    page.show()
    while not watcher.painted:
        app.processEvents()
    elapsed = time.perf_counter() - start
    page.close()
    page.deleteLater()
    app.processEvents()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    QApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        small = load_template(write_synthetic(folder / "small.yaml", 20))
        large = load_template(write_synthetic(folder / "large.yaml", 2000))
        db = Database(folder / "data")
        company = create_enterprise(db, name="Bench", country="UA")
        assessment = create_assessment(db, company.id, kind="full", currency="UAH")
        first_paint(db, assessment.id, small)  # warm-up: imports, fonts, styles
        s = statistics.median(first_paint(db, assessment.id, small) for _ in range(args.runs))
        big = statistics.median(first_paint(db, assessment.id, large) for _ in range(args.runs))
        db.close()
    print(f"20 questions:    first paint {s * 1000:.1f} ms (median of {args.runs})")
    print(f"2,000 questions: first paint {big * 1000:.1f} ms (target <= 150 ms)")
    print(f"ratio large/small: {big / s:.2f}x (target <= 3x)", flush=True)
    os._exit(0)  # skip interpreter teardown of Qt objects (not what is measured)


if __name__ == "__main__":
    main()
