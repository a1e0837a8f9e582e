"""One background-task helper and one progress helper for the whole UI.

:class:`TaskRunner` owns the window's one thread pool (a single worker, so database work from
the background is serialized — anki's ``taskman``). Work runs as a :class:`Task`; its result or
the exception it raised always reaches the GUI thread (picard's ``run_task``, anki's
``CollectionOp``): the task's signals object lives in the GUI thread, so the worker's emits are
queued to it, and ``run`` delivers in a ``try/finally`` that nothing escapes. When the window
closes, :meth:`TaskRunner.shutdown` cancels what can be cancelled and waits for the rest; an
outcome arriving after that is logged, not handed to a closed window.

Cancelling sets a flag; the work's ``progress`` callback then raises :class:`TaskCancelled`, and
work that polls ``task.cancelled`` itself can stop between steps. :class:`TaskProgress` shows a
task's progress in a window-modal dialog with an optional Cancel button; create it between
:meth:`TaskRunner.prepare` and :meth:`TaskRunner.start`, so that no progress is missed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QObject, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

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


class Task:
    """``work(progress)`` for a thread pool; every outcome arrives as a signal.

    Create it in the GUI thread (its signals object then lives there). ``cancellable`` False
    means the work must run to its end once started (the demo company is not one transaction).
    Not a QRunnable: the pool is handed the bound :meth:`run`, which keeps the task alive until
    the worker has left it (a QRunnable freed by the GUI on ``sig_finished`` while its worker
    was still returning from ``run`` crashed the process).
    """

    def __init__(self, work: Callable[[Progress], Any], *, cancellable: bool = True) -> None:
        self.signals = TaskSignals()
        self.cancellable = cancellable
        self._work = work
        self._cancelled = threading.Event()
        self.done = threading.Event()

    def cancel(self) -> None:
        if self.cancellable:
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
            self.done.set()
            self.signals.sig_finished.emit()


class _Relay(QObject):
    """Receives one task's signals in the GUI thread (a QObject slot, so the connection is
    queued from the worker) and hands the outcome to the runner."""

    def __init__(self, runner: TaskRunner, task: Task, on_success, on_failure) -> None:
        super().__init__(runner)
        self.runner, self.task = runner, task
        self.on_success, self.on_failure = on_success, on_failure
        task.signals.sig_succeeded.connect(self.succeeded)
        task.signals.sig_failed.connect(self.failed)
        task.signals.sig_finished.connect(self.finished)

    @Slot(object)
    def succeeded(self, result: Any) -> None:
        self.runner._deliver(self.on_success, result)

    @Slot(object)
    def failed(self, exc: BaseException) -> None:
        self.runner._deliver(self.on_failure, exc)

    @Slot()
    def finished(self) -> None:
        self.runner._finished(self.task)
        self.deleteLater()


class TaskRunner(QObject):
    """The window's one pool: start work, deliver its outcome, wait or cancel at close."""

    sig_busy_changed = Signal(bool)
    """Emitted with True when the first task starts and False when the last one finished."""

    def __init__(self, parent: QObject | None = None, threads: int = 1) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(threads)
        self.tasks: list[Task] = []
        self.closed = False

    @property
    def busy(self) -> bool:
        return bool(self.tasks)

    def prepare(
        self,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        cancellable: bool = True,
    ) -> Task:
        """A task for ``work(progress)`` whose outcome goes to ``on_success(result)`` or
        ``on_failure(exception)`` in the GUI thread — exactly one of them, unless the runner
        was shut down first (the outcome is then logged). Connect to its progress (a
        :class:`TaskProgress`), then :meth:`start` it."""
        if self.closed:
            raise RuntimeError("the window's tasks were shut down")
        task = Task(work, cancellable=cancellable)
        _Relay(self, task, on_success, on_failure)
        return task

    def start(self, task: Task) -> Task:
        if self.closed:
            raise RuntimeError("the window's tasks were shut down")
        self.tasks.append(task)
        if len(self.tasks) == 1:
            self.sig_busy_changed.emit(True)
        self.pool.start(task.run)
        return task

    def run(
        self,
        work: Callable[[Progress], Any],
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        cancellable: bool = True,
    ) -> Task:
        """:meth:`prepare` and :meth:`start` at once (for work whose progress nobody shows)."""
        return self.start(self.prepare(work, on_success, on_failure, cancellable=cancellable))

    def _deliver(self, callback: Callable[[Any], None], value: Any) -> None:
        if self.closed:
            if isinstance(value, BaseException) and not isinstance(value, TaskCancelled):
                log.error("a task failed after its window closed", exc_info=value)
            return
        callback(value)

    def _finished(self, task: Task) -> None:
        if task in self.tasks:
            self.tasks.remove(task)
            if not self.tasks:
                self.sig_busy_changed.emit(False)

    def cancel_all(self) -> None:
        for task in self.tasks:
            task.cancel()

    def shutdown(self, msecs: int = -1) -> bool:
        """Cancel every cancellable task, wait up to ``msecs`` (all: -1) for the pool to empty,
        and deliver nothing afterwards. True when no work is left running."""
        self.closed = True
        self.cancel_all()
        done = self.pool.waitForDone(msecs)
        if done:
            self.tasks.clear()
        return done


class TaskProgress(QProgressDialog):
    """A window-modal progress dialog for one task; closes itself when the task finishes.

    ``stages`` maps the work's stage names to what the dialog says; other stage texts are shown
    as they are. Without ``cancel`` the dialog has no Cancel button. It appears only after
    ``delay_ms`` so that quick jobs do not flash a dialog.
    """

    def __init__(
        self,
        task: Task,
        label: str,
        parent: QWidget,
        *,
        title: str = "",
        cancel: str | None = None,
        stages: Mapping[str, str] | None = None,
        delay_ms: int = 300,
    ) -> None:
        super().__init__(label, cancel or "", 0, 1000, parent)
        if cancel is None or not task.cancellable:
            self.setCancelButton(None)
        if title:
            self.setWindowTitle(title)
        self.setWindowModality(Qt.WindowModal)
        self.setMinimumDuration(delay_ms)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self.stages = dict(stages or {})
        self.task = task
        self.canceled.connect(task.cancel)
        task.signals.sig_progress.connect(self._progress)
        task.signals.sig_finished.connect(self._finished)
        self.setValue(0)

    @Slot(float, str)
    def _progress(self, fraction: float, stage: str) -> None:
        self.setLabelText(self.stages.get(stage, stage) if stage else self.labelText())
        self.setValue(max(0, min(1000, round(fraction * 1000))))

    @Slot()
    def _finished(self) -> None:
        self.canceled.disconnect()  # closing emits canceled()
        self.reset()  # stops the timer that would show the dialog after its delay
        self.close()
        self.deleteLater()
