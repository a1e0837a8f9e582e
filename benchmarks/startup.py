"""Cold start of the app against a bare PySide6 window started the same way.

Each run is a fresh Python process (offscreen Qt); the parent measures wall time from spawn to
exit. Two app figures, as ``recp`` starts (``recp_desktop.ui.app.run``):

* first window: the main window is shown (saying it is opening the data) before the
  database layer is imported — target at most 1.5x the bare window;
* ready: the data folder holding the demo assessment is open and the home screen listed.

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

FIRST_WINDOW = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from recp_desktop.ui.app import create_main_window, make_application
app = make_application()
window = create_main_window(Path(sys.argv[1]), "en")
window.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""

READY = """
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
    # An installed app runs from compiled bytecode; without .pyc files every run would
    # recompile SQLAlchemy & co. (~0.9 s) and measure the compiler, not the app.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
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
        timed(BARE)  # warm the OS file cache and the bytecode caches
        timed(FIRST_WINDOW, folder)
        timed(READY, folder)
        bare, first, ready = [], [], []
        for _ in range(args.runs):  # interleaved, so drift hits all alike
            bare.append(timed(BARE))
            first.append(timed(FIRST_WINDOW, folder))
            ready.append(timed(READY, folder))
    b, f, r = (statistics.median(x) for x in (bare, first, ready))
    print(f"bare PySide6 window:       {b * 1000:.0f} ms (median of {args.runs})")
    print(f"RECP Desktop first window: {f * 1000:.0f} ms  ratio {f / b:.2f}x (target <= 1.5x)")
    print(f"RECP Desktop ready:        {r * 1000:.0f} ms  ratio {r / b:.2f}x")


if __name__ == "__main__":
    main()
