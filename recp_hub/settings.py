"""Where the hub keeps its data and which database it uses, with the limits it enforces.

The data folder is the platform's user-data folder for "RECP Hub" (platformdirs), or
``--data-dir`` / ``RECP_HUB_DATA_DIR``. It holds the embedded SQLite database (unless
``--database`` names another) and the uploaded photos (``blobs/``), whatever the database.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "RECP Hub"
APP_AUTHOR = "RECP"
DATA_DIR_ENV = "RECP_HUB_DATA_DIR"
DATABASE_FILE = "hub.sqlite3"
MIB = 1024 * 1024


def default_data_dir() -> Path:
    """``RECP_HUB_DATA_DIR`` if set, else the platform's user-data folder for the hub."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir(APP_NAME, APP_AUTHOR))


@dataclass(frozen=True)
class HubSettings:
    """The hub's configuration. Sizes in bytes, times in seconds."""

    data_dir: Path
    database_url: str
    # A JSON request body larger than this is refused (413) before it is parsed.
    max_json_bytes: int = 16 * MIB
    # A blob (photo, attachment) larger than this is refused (413) at its first byte.
    max_blob_bytes: int = 1024 * MIB
    # Failed logins allowed per account (and per client address) within the window, then 429.
    login_failures: int = 10
    login_window: float = 300.0

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    @classmethod
    def resolve(
        cls, data_dir: Path | str | None = None, database: str | None = None
    ) -> HubSettings:
        """Settings from the command line's ``--data-dir`` and ``--database`` (each may be None)."""
        folder = Path(data_dir).expanduser() if data_dir else default_data_dir()
        url = database or f"sqlite:///{(folder / DATABASE_FILE).resolve()}"
        return cls(data_dir=folder, database_url=url)

    def redacted_url(self) -> str:
        """The database URL without its password, for messages."""
        from sqlalchemy.engine import make_url

        return make_url(self.database_url).render_as_string(hide_password=True)
