"""One rule for the permissions of the files the app exports (packages, tables, PDF reports).

An exported file is a document the user saves to hand on — by e-mail, on a USB stick, to the
company — so it gets the mode of any new file the user saves: ``0666`` less the user's umask
(``0644`` with the usual umask ``022``, ``0600`` where the user chose ``077``). The app does not
pick a stricter or looser mode on its own: who may read the user's documents is the user's
setting, the same for every program. Files that are secrets stay private regardless (the
device's signing key, ``exchange/keys.py``: ``0600``); the database and backups live in the
user-data folder that only the user can enter.

Each export is written to a temporary file next to its target and renamed over it at the end,
so the mode is decided when the temporary is created: :func:`new_export_temporary` creates it
like ``open(path, "x")`` does, which is what the package and table writers use too.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

EXPORT_MODE = 0o666
"""The mode asked for when an export is created; the umask takes off what the user withholds."""


def new_export_temporary(target: Path) -> Path:
    """Create an empty, not yet existing temporary ``.NAME.XXXXXXXX.part`` next to ``target``
    with :data:`EXPORT_MODE` (less the umask); the caller writes it and renames it over
    ``target``. Raises ``OSError`` when the folder does not accept it."""
    while True:
        temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
        try:
            fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, EXPORT_MODE)
        except FileExistsError:
            continue
        os.close(fd)
        return temporary
