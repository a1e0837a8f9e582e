"""Desktop data folders signed in to a test hub, with quick retries for tests."""

from __future__ import annotations

from pathlib import Path

from recp_desktop.storage.database import Database
from recp_desktop.sync.client import Retry
from recp_desktop.sync.round import RoundResult, run_round, sign_in
from tests.hub.harness import PASSWORD, Hub

FAST = Retry(attempts=6, timeout=30, wait_initial=0.05, wait_max=0.5)


class Devices:
    def __init__(self, hub: Hub, tmp_path: Path) -> None:
        self.hub = hub
        self.tmp_path = tmp_path
        self.opened: list[Database] = []

    def laptop(self, name: str, user: str = "auditor-a", url: str | None = None) -> Database:
        """A new data folder signed in as ``user`` of organisation A."""
        db = Database(self.tmp_path / name)
        self.opened.append(db)
        sign_in(db, url or self.hub.url, user, PASSWORD, organisation="A", retry=FAST)
        return db

    def close(self) -> None:
        for db in self.opened:
            db.close()


def sync(db: Database, **options) -> RoundResult:
    options.setdefault("retry", FAST)
    return run_round(db, **options)
