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
