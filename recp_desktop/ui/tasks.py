"""One background-task helper: work runs on a thread pool, and its result or its exception
always reaches the GUI thread (picard's ``run_task``, anki's ``CollectionOp``).

Cancelling sets a flag; the work's ``progress`` callback then raises :class:`TaskCancelled`, and
work that polls ``task.cancelled`` itself can stop between steps.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

log = logging.getLogger(__name__)

Progress = Callable[[float, str], None]


class TaskCancelled(Exception):  # noqa: N818 - a signal, not an error
    """Raised inside a task's work by its progress callback once the task was cancelled."""


class TaskSignals(QObject):
    sig_progress = Signal(float, str)
    """Emitted (from the worker, queued to the GUI) with the fraction done and the stage."""
    sig_succeeded = Signal(object)
    """Emitted with the work's return value."""
    sig_failed = Signal(object)
    """Emitted with the exception the work raised (its ``__traceback__`` intact)."""
    sig_finished = Signal()
    """Emitted last, after success or failure."""


class Task(QRunnable):
    """Run ``work(progress)`` on a thread pool; every outcome arrives as a signal."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the owner keeps it until sig_finished
        self.signals = TaskSignals()  # created in the GUI thread, so slots run there
        self._work = work
        self._cancelled = threading.Event()

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def _progress(self, fraction: float, stage: str) -> None:
        if self._cancelled.is_set():
            raise TaskCancelled
        self.signals.sig_progress.emit(fraction, stage)

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except BaseException as exc:  # delivered, never lost
            if not isinstance(exc, TaskCancelled):
                log.error("background task failed", exc_info=exc)
            self.signals.sig_failed.emit(exc)
        else:
            self.signals.sig_succeeded.emit(result)
        finally:
            self.signals.sig_finished.emit()
