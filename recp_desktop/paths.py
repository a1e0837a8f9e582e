"""Where things live: the user's data folder and the resources shipped with the app.

Frozen (PyInstaller) and source runs find resources through :func:`resource_path` alone, so no
other module needs to know how the app was started.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "RECP Desktop"
APP_AUTHOR = "RECP"
DATA_DIR_ENV = "RECP_DATA_DIR"
DATABASE_FILE = "recp.sqlite3"


def is_frozen() -> bool:
    """Whether the app runs from a PyInstaller build."""
    return bool(getattr(sys, "frozen", False))


def package_root() -> Path:
    """The folder that holds the ``recp_desktop`` package (or the frozen bundle)."""
    if is_frozen():
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent))
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (fonts, translations, icons, demo data)."""
    return package_root().joinpath("resources", *parts)


def package_path(*parts: str) -> Path:
    """A data file shipped inside the ``recp_desktop`` package (templates, migrations, factors).

    The PyInstaller spec (``packaging/recp.spec``) copies these folders to the same place under
    the bundle's root, so the lookup is the same frozen and from source.
    """
    return package_root().joinpath("recp_desktop", *parts)


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The data folder: ``override``, else ``$RECP_DATA_DIR``, else the platform's user-data dir."""
    if override:
        return Path(override).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


def database_path(folder: Path) -> Path:
    """The SQLite database inside a data folder."""
    return folder / DATABASE_FILE


def photos_dir(folder: Path) -> Path:
    """Where photos are kept, named by their SHA-256."""
    return folder / "photos"
