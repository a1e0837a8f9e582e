"""The database engine and the unit of work, for any SQLAlchemy URL (SQLite or PostgreSQL).

This module knows nothing of data folders, backups or devices (that is the desktop's
:mod:`recp_desktop.storage.database`); the hub opens its PostgreSQL or SQLite database here too.

- :func:`create_engine_for` makes an engine from a URL. On SQLite every connection gets the
  pragmas of :data:`SQLITE_PRAGMAS` (WAL, foreign keys on, ``synchronous=FULL``) and explicit
  ``BEGIN`` statements, so that a failing migration rolls back its DDL too; other dialects are
  left as SQLAlchemy makes them.
- :func:`session_scope` is the one unit of work: committed when the block ends, rolled back if it
  raises, always closed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Connection, Engine, make_url
from sqlalchemy.orm import Session, sessionmaker

SQLITE_PRAGMAS = (
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=FULL",  # a committed edit survives a battery dying the next instant
    "PRAGMA busy_timeout=5000",
    "PRAGMA cache_size=-32768",  # 32 MiB of pages: large imports and reports touch many
)


def _set_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    # pysqlite opens transactions only before DML, so a failing migration would keep the DDL
    # that ran before the failure. Take over: no implicit transactions, an explicit BEGIN below.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    for pragma in SQLITE_PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def _begin(connection: Connection) -> None:
    connection.exec_driver_sql("BEGIN")


def create_engine_for(url: str) -> Engine:
    """An engine for ``url`` (``sqlite:///path`` or ``postgresql+psycopg://…``).

    SQLite connections get :data:`SQLITE_PRAGMAS` and explicit transactions; nothing connects
    until the engine is first used.
    """
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        engine = create_engine(url)
        event.listen(engine, "connect", _set_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    return create_engine(url, pool_pre_ping=True)


def is_sqlite(bind: Connection | Engine) -> bool:
    """Whether ``bind`` talks to SQLite (adapters choose their statements by this)."""
    return bind.dialect.name == "sqlite"


@contextmanager
def session_scope(sessions: sessionmaker[Session]) -> Iterator[Session]:
    """A unit of work: committed when the block ends, rolled back if it raises, then closed."""
    session = sessions()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
