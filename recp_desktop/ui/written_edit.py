"""An undo step for an edit that was stored when it was typed (a baseline line, a resource's
bills): undo writes the value before back, redo the value after — new revisions, as every edit,
so the history and sync see ordinary edits."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


class WrittenEdit(QUndoCommand):
    """``write(key, value)`` stores ``value`` as ``key``'s; pushed after the edit was written,
    so the first redo (Qt calls it on push) writes nothing."""

    def __init__(
        self, text: str, write: Callable[[str, Any], None], key: str, before: Any, after: Any
    ) -> None:
        super().__init__(text)
        self.write, self.key, self.before, self.after = write, key, before, after
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self.write(self.key, self.after)

    def undo(self) -> None:
        self.write(self.key, self.before)
