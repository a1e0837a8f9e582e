"""The crash safety net: uncaught exceptions in any thread go to a rotating log and a callback.

Installed first thing at start-up (before the window exists), so nothing can fail silently.
The database needs no cleanup: every edit is its own committed transaction, so an exception in
the middle of an operation leaves at most that one operation undone.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
import threading
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

LOG_FILE = "recp.log"
log = logging.getLogger("recp_desktop")

Reporter = Callable[[str], None]


def logs_dir(folder: Path) -> Path:
    return folder / "logs"


def setup_logging(folder: Path, level: int = logging.INFO) -> Path:
    """Log to ``<data folder>/logs/recp.log``, rotating at 1 MB, five files kept."""
    directory = logs_dir(folder)
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / LOG_FILE
    root = logging.getLogger()
    if not any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        handler = logging.handlers.RotatingFileHandler(
            path, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
        )
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(name)s: %(message)s")
        )
        root.addHandler(handler)
    root.setLevel(level)
    return path


def format_exception(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None, thread: str
) -> str:
    from recp_desktop import __version__

    details = "".join(traceback.format_exception(kind, value, tb))
    return (
        f"RECP Desktop {__version__}, Python {sys.version.split()[0]}, thread {thread}\n{details}"
    )


def install_excepthooks(report: Reporter) -> None:
    """Route uncaught exceptions of the main and of every other thread to the log and ``report``."""

    def handle(
        kind: type[BaseException], value: BaseException, tb: TracebackType | None, thread: str
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        text = format_exception(kind, value, tb, thread)
        log.critical("uncaught exception\n%s", text)
        try:
            report(text)
        except Exception:  # the reporter must never turn one error into two
            log.exception("the crash reporter failed")

    sys.excepthook = lambda kind, value, tb: handle(kind, value, tb, "main")

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        name = args.thread.name if args.thread else "unknown"
        handle(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback, name)

    threading.excepthook = thread_hook
