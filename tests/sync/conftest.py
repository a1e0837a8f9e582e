"""Sync tests: real hubs on 127.0.0.1 (the hub's fixtures, SQLite and PostgreSQL) and real
desktop data folders signed in to them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.hub.conftest import hub, hub_database  # noqa: F401 - fixtures used by these tests
from tests.hub.harness import PASSWORD, Hub
from tests.sync.devices import Devices


@pytest.fixture
def devices(hub: Hub, tmp_path: Path) -> Iterator[Devices]:  # noqa: F811
    """Data folders signed in to ``hub`` as they are asked for; closed afterwards."""
    admin = hub.login("A", "admin-a")
    for name, role in (("supervisor-a", "supervisor"), ("auditor2-a", "auditor")):
        made = admin.client.post(
            "/v1/users", json={"username": name, "role": role, "password": PASSWORD}
        )
        assert made.status_code == 201, made.text
    found = Devices(hub, tmp_path)
    yield found
    found.close()
