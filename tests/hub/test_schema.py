"""The hub's schema: ready for Citus (org_id in every key) and walled by row-level security."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import ForeignKeyConstraint, PrimaryKeyConstraint, UniqueConstraint, create_engine

from recp_hub import migrate
from recp_hub.models import REFERENCE_TABLES, Base, org_tables
from tests.hub.conftest import app_role
from tests.hub.harness import cli, hub_settings, seed_accounts


def _constraints(table) -> list[tuple[str, list[str]]]:
    found = []
    for constraint in table.constraints:
        if isinstance(constraint, PrimaryKeyConstraint | UniqueConstraint | ForeignKeyConstraint):
            found.append((type(constraint).__name__, [c.name for c in constraint.columns]))
    for index in table.indexes:
        if index.unique:
            found.append(("unique index", [c.name for c in index.columns]))
    return found


def test_every_key_of_a_distributed_table_includes_org_id() -> None:
    checked = 0
    for name in org_tables():
        table = Base.metadata.tables[name]
        assert "org_id" in table.columns, name
        for kind, columns in _constraints(table):
            assert "org_id" in columns, f"{name}: {kind} {columns} lacks org_id"
            checked += 1
        for fk in table.foreign_keys:
            assert fk.column.table.name in REFERENCE_TABLES or "org_id" in [
                e.parent.name for e in fk.constraint.elements
            ], name
    assert checked >= 10  # the walk saw the keys it is about


def test_the_walk_bites_on_a_key_without_org_id() -> None:
    from sqlalchemy import Column, MetaData, String, Table

    table = Table(
        "bad", MetaData(), Column("org_id", String), Column("x", String, primary_key=True)
    )
    assert any("org_id" not in columns for _kind, columns in _constraints(table))


def test_migrations_build_exactly_the_models(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = create_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    migrate.upgrade(engine)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    engine.dispose()
    assert diff == []


def test_row_level_security_walls_off_other_organisations(tmp_path: Path, postgres_url) -> None:
    from sqlalchemy import text
    from sqlalchemy.exc import ProgrammingError

    owner = hub_settings(tmp_path, postgres_url)
    with app_role(postgres_url) as app_url:
        assert cli(owner, "migrate", "--app-role", app_url.split("//")[1].split(":")[0]) == 0
        seed_accounts(owner)
        owner_engine = create_engine(postgres_url)
        with owner_engine.connect() as connection:
            orgs = dict(connection.execute(text("SELECT name, org_id FROM organisation")).all())
            assert connection.execute(text("SELECT count(*) FROM hub_user")).scalar() == 3
            walled = connection.execute(
                text("SELECT tablename FROM pg_policies WHERE policyname = tablename || '_org'")
            ).scalars()
            assert set(walled) == set(org_tables())  # every distributed table has its policy
        owner_engine.dispose()

        engine = create_engine(app_url)
        try:
            with engine.begin() as connection:  # no organisation set: nothing visible
                assert connection.execute(text("SELECT count(*) FROM hub_user")).scalar() == 0
                assert connection.execute(text("SELECT count(*) FROM audit_event")).scalar() == 0
            with engine.begin() as connection:
                connection.execute(
                    text("SELECT set_config('recp.org_id', :org, true)"), {"org": orgs["A"]}
                )
                seen = connection.execute(text("SELECT org_id, username FROM hub_user")).all()
                assert sorted(u for _o, u in seen) == ["admin-a", "auditor-a"]
                changed = connection.execute(
                    text("UPDATE hub_user SET role = 'auditor' WHERE org_id = :b"),
                    {"b": orgs["B"]},
                )
                assert changed.rowcount == 0
            with pytest.raises(ProgrammingError, match="row-level security"), engine.begin() as c:
                c.execute(text("SELECT set_config('recp.org_id', :org, true)"), {"org": orgs["A"]})
                c.execute(
                    text(
                        "INSERT INTO audit_event (org_id, event_id, at, actor, action, detail) "
                        "VALUES (:b, 'x', now(), 'intruder', 'login', '{}')"
                    ),
                    {"b": orgs["B"]},
                )
            with engine.begin() as connection:  # the setting lasted one transaction only
                assert connection.execute(text("SELECT count(*) FROM hub_user")).scalar() == 0
            with pytest.raises(ProgrammingError, match="permission denied"), engine.begin() as c:
                c.execute(text("UPDATE alembic_version SET version_num = 'x'"))
        finally:
            engine.dispose()


def test_serve_refuses_a_database_without_the_schema(tmp_path: Path, postgres_url) -> None:
    settings = hub_settings(tmp_path, postgres_url)
    assert cli(settings, "serve", "--port", "1") == 1  # refused before it listens
    assert cli(settings, "org", "list") == 1  # refused, and nothing was created
    assert migrate.current_revision(create_engine(postgres_url)) is None
    assert cli(settings, "migrate") == 0
    assert cli(settings, "org", "list") == 0


def test_a_database_from_a_newer_hub_is_refused(tmp_path: Path, capsys) -> None:
    from sqlalchemy import text

    settings = hub_settings(tmp_path, None)
    assert cli(settings, "migrate") == 0
    engine = create_engine(settings.database_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = '0099_future'"))
    engine.dispose()
    capsys.readouterr()
    assert cli(settings, "org", "list") == 1
    assert "newer hub" in capsys.readouterr().err
    assert cli(settings, "migrate") == 1


def test_records_from_before_0003_get_their_last_pusher_as_creator(tmp_path: Path) -> None:
    from alembic import command
    from sqlalchemy import text

    engine = create_engine(f"sqlite:///{tmp_path / 'hub.sqlite3'}")
    with engine.begin() as connection:
        command.upgrade(migrate._config(connection), "0002_hub_sync")
        rows = [
            "INSERT INTO organisation VALUES ('o', 'Org', '2026-01-01')",
            "INSERT INTO hub_user VALUES ('o', 'u1', 'nino', 'h', 'auditor', 0, '2026-01-01')",
            "INSERT INTO device (org_id, device_id, user_id, name, public_key, registered_at) "
            "VALUES ('o', 'd1', 'u1', 'LAPTOP', 'k', '2026-01-01')",
            "INSERT INTO hub_record VALUES ('o', 'assessment', 's1', 'e1', NULL, '{}', 1, 'd1')",
            "INSERT INTO hub_record VALUES ('o', 'enterprise', 'e1', NULL, NULL, '{}', 2, 'gone')",
        ]
        for row in rows:
            connection.execute(text(row))
    migrate.upgrade(engine)
    with engine.connect() as connection:
        creators = connection.execute(text("SELECT record_id, created_by FROM hub_record"))
        assert dict(creators.all()) == {"s1": "u1", "e1": None}
    engine.dispose()
