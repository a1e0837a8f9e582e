"""Shared fixtures. Qt runs offscreen; core tests never need it."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """No test ever touches the real user-data folder."""
    folder = tmp_path / "recp-data"
    monkeypatch.setenv("RECP_DATA_DIR", str(folder))
    return folder


@pytest.fixture
def data_folder(tmp_path: Path) -> Path:
    return tmp_path / "recp-data"


@pytest.fixture
def db(data_folder: Path):
    from recp_desktop.storage.database import Database

    database = Database(data_folder)
    yield database
    database.close()


@pytest.fixture
def sample_template():
    from recp_desktop.checklists import load_template

    return load_template(DATA / "sample.yaml")


@pytest.fixture
def assessment(db):
    from recp_desktop.storage.repository import create_assessment, create_enterprise

    enterprise = create_enterprise(db, name="Test Plant", country="GE", city="Rustavi")
    return create_assessment(db, enterprise.id, kind="full", title="Audit", currency="GEL")


def _postgres_server_url() -> str | None:
    return os.environ.get("RECP_TEST_POSTGRES_URL")


@pytest.fixture
def postgres_url():
    """A fresh, empty PostgreSQL database for one test, dropped afterwards.

    Needs ``RECP_TEST_POSTGRES_URL`` (set by ``.ci/run``, which starts Debian's PostgreSQL). Where
    ``RECP_REQUIRE_POSTGRES=1`` (CI) a missing server fails the test; elsewhere it is skipped with
    how to start one.
    """
    import uuid

    url = _postgres_server_url()
    if not url:
        message = (
            "PostgreSQL tests need RECP_TEST_POSTGRES_URL: .ci/run installs and starts Debian's "
            "postgresql with a recp_test role, then export RECP_TEST_POSTGRES_URL="
            "postgresql+psycopg://recp_test:recp_test@127.0.0.1:5432/recp_test"
        )
        if os.environ.get("RECP_REQUIRE_POSTGRES") == "1":
            pytest.fail(message)
        pytest.skip(message)
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"recp_t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as connection:
            # Client sessions the test left open; an autovacuum worker (a superuser process we
            # may not signal) is stopped by DROP DATABASE itself.
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :name AND pid <> pg_backend_pid() "
                    "AND backend_type = 'client backend'"
                ),
                {"name": name},
            )
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        admin.dispose()
