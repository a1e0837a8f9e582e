"""Cold start to the main window shown, against a bare PySide6 window started the same way.

Each run is a fresh Python process (offscreen Qt) that exits as soon as its window is exposed;
the parent measures wall time from spawn to exit. The app opens a data folder holding the demo
assessment. Target: ratio at most 1.5x.

    uv run python benchmarks/startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

BARE = """
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

APP = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from recp_desktop.ui.app import make_application, open_main_window
app = make_application()
window = open_main_window(Path(sys.argv[1]), "en")
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def timed(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code, *args],
        check=True,
        env=env,
        cwd=ROOT,
        stderr=subprocess.DEVNULL,
    )
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run(
            [sys.executable, "-m", "recp_desktop", "--data-dir", folder, "demo"],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        timed(BARE)  # warm the OS file cache for both
        timed(APP, folder)
        bare, app = [], []
        for _ in range(args.runs):  # interleaved, so drift hits both alike
            bare.append(timed(BARE))
            app.append(timed(APP, folder))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window: {b * 1000:.0f} ms (median of {args.runs})")
    print(f"RECP Desktop window: {a * 1000:.0f} ms (median of {args.runs})")
    print(f"ratio app/bare: {a / b:.2f}x (target <= 1.5x)")


if __name__ == "__main__":
    main()
