"""The one background-task helper: outcomes in the GUI thread, one pool, waited for at close."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from recp_desktop.ui.tasks import TaskCancelled, TaskProgress, TaskRunner
from tests.ui.helpers import create_demo


@pytest.fixture
def make_runner(qtbot):
    """Runners that are shut down (and their queued outcomes drained) before they are freed:
    a runner collected while Qt still held its events crashed the test process."""
    runners: list[TaskRunner] = []

    def _make(**kwargs) -> TaskRunner:
        runner = TaskRunner(**kwargs)
        runners.append(runner)
        return runner

    yield _make
    for runner in runners:
        runner.shutdown(30_000)
    qtbot.wait(50)


def _gui_thread() -> QThread:
    return QApplication.instance().thread()


def test_an_exception_in_a_task_reaches_the_gui_thread_as_an_error(qtbot, make_runner) -> None:
    runner = make_runner()
    outcomes: list[tuple[str, object, bool]] = []
    worker_threads: list[threading.Thread] = []

    def work(progress):
        worker_threads.append(threading.current_thread())
        raise ZeroDivisionError("boom in the worker")

    def failed(exc):
        outcomes.append(("failed", exc, QThread.currentThread() is _gui_thread()))

    runner.run(work, lambda r: outcomes.append(("ok", r, False)), failed)
    qtbot.waitUntil(lambda: bool(outcomes) and not runner.busy, timeout=10_000)
    kind, exc, in_gui = outcomes[0]
    assert kind == "failed" and isinstance(exc, ZeroDivisionError) and in_gui
    assert exc.__traceback__ is not None  # the trace survives for the crash dialog
    assert worker_threads[0] is not threading.main_thread()  # it did run in the background
    assert len(outcomes) == 1


def test_a_result_and_progress_arrive_in_the_gui_thread_in_order(qtbot, make_runner) -> None:
    runner = make_runner()
    seen: list[tuple[str, object, bool]] = []
    parent = QWidget()
    qtbot.addWidget(parent)

    def work(progress):
        for step in range(3):
            progress(step / 3, f"step {step}")
        return 42

    task = runner.prepare(
        work,
        lambda r: seen.append(("ok", r, QThread.currentThread() is _gui_thread())),
        seen.append,
    )
    dialog = TaskProgress(task, "Working…", parent, stages={"step 1": "Second step"})
    task.signals.sig_progress.connect(lambda f, s: seen.append(("progress", s, True)))
    labels: list[str] = []
    task.signals.sig_progress.connect(lambda f, s: labels.append(dialog.labelText()))
    runner.start(task)
    qtbot.waitUntil(lambda: not runner.busy, timeout=10_000)
    assert seen[-1] == ("ok", 42, True)
    assert [s for kind, s, _ in seen if kind == "progress"] == ["step 0", "step 1", "step 2"]
    assert labels == ["step 0", "Second step", "step 2"]  # unmapped stages shown as they are
    assert runner.pool.maxThreadCount() == 1  # database work from the background is serialized


def test_cancel_stops_the_work_at_its_next_progress_step(qtbot, make_runner) -> None:
    runner = make_runner()
    started, release = threading.Event(), threading.Event()
    failures: list[BaseException] = []
    steps: list[int] = []

    def work(progress):
        started.set()
        release.wait(10)
        for step in range(100):
            progress(step / 100, "")
            steps.append(step)
        return "finished"

    task = runner.run(work, lambda r: pytest.fail("a cancelled task succeeded"), failures.append)
    assert started.wait(10)
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: bool(failures), timeout=10_000)
    assert isinstance(failures[0], TaskCancelled) and steps == []


def test_shutdown_cancels_what_it_can_waits_for_the_rest_and_delivers_nothing(
    qtbot, make_runner
) -> None:
    runner = make_runner(threads=2)
    delivered: list[object] = []
    cancellable_started, must_finish_started = threading.Event(), threading.Event()
    finished_steps: list[str] = []

    def cancellable(progress):
        cancellable_started.set()
        while True:  # stops only by cancelling
            progress(0.5, "")
            threading.Event().wait(0.01)

    def must_finish(progress):
        must_finish_started.set()
        threading.Event().wait(0.3)
        finished_steps.append("written")
        return "done"

    runner.run(cancellable, delivered.append, delivered.append)
    runner.run(must_finish, delivered.append, delivered.append, cancellable=False)
    assert cancellable_started.wait(10) and must_finish_started.wait(10)
    assert runner.shutdown(20_000)
    assert finished_steps == ["written"]  # the non-cancellable work ran to its end
    assert runner.pool.activeThreadCount() == 0
    qtbot.wait(100)  # the queued outcomes arrive now, but the window is gone
    assert delivered == []
    with pytest.raises(RuntimeError):
        runner.run(lambda progress: None, delivered.append, delivered.append)


def test_closing_the_window_waits_for_the_demo_and_cancels_a_report(
    open_window, qtbot, tmp_path
) -> None:
    window = open_window()
    create_demo(window, qtbot)
    written: list[object] = []
    window.report_menu.sig_report_written.connect(written.append)
    assert window.report_menu.generate(tmp_path / "closing.pdf")
    window.close()  # cancels the report and waits for it
    assert window.tasks.closed and not window.tasks.pool.activeThreadCount()
    qtbot.wait(200)
    assert written == []  # nothing delivered to the closed window
    assert not (tmp_path / "closing.pdf").exists()  # the core writes atomically


def test_the_demo_does_not_block_the_window(open_window, qtbot) -> None:
    window = open_window()
    ticks: list[int] = []
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    task = window.create_demo()
    assert task is not None and window.workspace is None  # started, not done yet
    assert not window.act_demo.isEnabled()  # one demo at a time
    assert window.create_demo() is None
    qtbot.waitUntil(lambda: window.workspace is not None, timeout=60_000)
    timer.stop()
    assert len(ticks) >= 3  # the event loop ran while the demo was written
    assert window.workspace.enterprise.name == "Şəki Süd MMC"
    assert window.act_demo.isEnabled()
