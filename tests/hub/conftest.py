"""Hub fixtures: each test gets a real hub on 127.0.0.1 over SQLite and over PostgreSQL.

On PostgreSQL the hub connects as a role that does not own the tables (row-level security
applies to it), as in production; the tables are created by the owner with ``recp-hub migrate``.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hub.harness import Hub, ThreadServer, hub_settings, seed_accounts


@pytest.fixture(params=["sqlite", "postgresql"])
def hub_database(request: pytest.FixtureRequest) -> Iterator[tuple[str | None, str | None]]:
    """(URL the hub serves with, URL of the tables' owner); both None for embedded SQLite."""
    if request.param == "sqlite":
        yield None, None
        return
    owner_url = request.getfixturevalue("postgres_url")
    with app_role(owner_url) as app_url:
        yield app_url, owner_url


class app_role:  # noqa: N801 - used as a context manager
    """A LOGIN role made for one test, dropped (with its privileges) afterwards."""

    def __init__(self, owner_url: str) -> None:
        from sqlalchemy.engine import make_url

        self.owner_url = owner_url
        self.name = f"recp_app_{uuid.uuid4().hex[:10]}"
        self.app_url = (
            make_url(owner_url)
            .set(username=self.name, password="app-secret")
            .render_as_string(hide_password=False)
        )

    def _run(self, *statements: str) -> None:
        from sqlalchemy import create_engine, text

        engine = create_engine(self.owner_url, isolation_level="AUTOCOMMIT")
        try:
            with engine.connect() as connection:
                for statement in statements:
                    connection.execute(text(statement))
        finally:
            engine.dispose()

    def __enter__(self) -> str:
        self._run(f"CREATE ROLE {self.name} LOGIN PASSWORD 'app-secret'")
        return self.app_url

    def __exit__(self, *exc: object) -> None:
        self._run(
            f"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{self.name}'",
            f"REVOKE ALL ON ALL TABLES IN SCHEMA public FROM {self.name}",
            f"REVOKE ALL ON SCHEMA public FROM {self.name}",
            f"DROP ROLE IF EXISTS {self.name}",
        )


def prepare(tmp_path: Path, hub_database, **limits):
    """Migrate as the owner, grant the app role, make the accounts; the app's settings."""
    from tests.hub.harness import cli

    app_url, owner_url = hub_database
    owner = hub_settings(tmp_path, owner_url)
    if owner_url:
        assert cli(owner, "migrate", "--app-role", app_url.split("//")[1].split(":")[0]) == 0
    else:
        assert cli(owner, "migrate") == 0
    seed_accounts(owner)
    return hub_settings(tmp_path, app_url, **limits)


@pytest.fixture
def hub(tmp_path: Path, hub_database) -> Iterator[Hub]:
    """A hub with organisations A and B (admin-a, auditor-a) and B (admin-b)."""
    settings = prepare(tmp_path, hub_database)
    with ThreadServer(settings) as url:
        running = Hub(url, settings)
        yield running
        running.close()
