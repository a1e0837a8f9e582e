"""The hub's database: one engine per process and one session scope per unit of work.

SQLite (embedded, one machine) runs with WAL, ``synchronous=FULL`` and foreign keys on; every
transaction starts with ``BEGIN IMMEDIATE`` so that two writers queue instead of failing.
PostgreSQL gets the organisation of the request set for the transaction
(``set_config('recp.org_id', …, true)``), which the row-level security policies read.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event, func, select
from sqlalchemy.orm import Session, sessionmaker

ORG_SETTING = "recp.org_id"  # the same as recp_hub.rls.SETTING


def make_engine(url: str) -> Engine:
    """An engine for ``url`` (``sqlite:///…`` or ``postgresql+psycopg://…``)."""
    if url.startswith("sqlite"):
        engine = create_engine(
            url, connect_args={"timeout": 30, "check_same_thread": False}, pool_pre_ping=True
        )

        @event.listens_for(engine, "connect")
        def _pragmas(dbapi_connection, _record) -> None:
            dbapi_connection.isolation_level = None  # SQLAlchemy emits BEGIN itself
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=30000")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _begin(connection) -> None:
            connection.exec_driver_sql("BEGIN IMMEDIATE")

        return engine
    return create_engine(
        url,
        pool_pre_ping=True,
        pool_size=10,
        max_overflow=20,
        connect_args={"prepare_threshold": None},
    )


class Database:
    """The engine and sessions of one hub process."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.engine = make_engine(url)
        self.is_postgres = self.engine.dialect.name == "postgresql"
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @contextmanager
    def scope(self, org_id: str | None = None) -> Iterator[Session]:
        """A transaction that commits on success and rolls back on any error.

        ``org_id`` scopes the transaction to one organisation for row-level security (PostgreSQL);
        the queries inside must still filter by it — the policy is a second wall, not the first.
        """
        with self._sessions() as session, session.begin():
            if org_id is not None:
                set_organisation(session, org_id)
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def set_organisation(session: Session, org_id: str) -> None:
    """Tell PostgreSQL's row-level security which organisation this transaction serves."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.set_config(ORG_SETTING, org_id, True)))
