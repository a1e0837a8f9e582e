"""The Qt binding we ship keeps Python's reference counts straight.

PySide6 6.12.0 on Python 3.11 takes one reference from ``None`` on every Qt call that returns
nothing; after a few thousand calls (a few minutes of real use) CPython aborts with "Fatal
Python error: none_dealloc: deallocating None". pyproject.toml keeps that release out; this test
fails if a binding with the fault is ever installed again.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject


def test_qt_calls_that_return_nothing_leave_none_alone() -> None:
    holder = QObject()
    before = sys.getrefcount(None)
    for _ in range(1000):
        holder.setObjectName("probe")  # returns void
    after = sys.getrefcount(None)
    # other threads may take or drop a handful of references meanwhile; the fault takes 1000
    assert abs(after - before) < 100, f"None lost {before - after} references in 1000 Qt calls"
