"""Device keys, version vectors and the format page that a reader is written from."""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recp_desktop.domain import versions
from recp_desktop.domain.records import RECORD_TYPES, SYNC_FIELDS
from recp_desktop.exchange import keys
from recp_desktop.exchange.manifest import MANIFEST_KEYS
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.database import Database
from tests.packages import db_digest, seed

DOC = Path(__file__).resolve().parents[2] / "docs" / "package-format.md"


def test_the_key_is_made_once_and_kept_private(tmp_path: Path) -> None:
    assert keys.existing_public_key(tmp_path) is None
    first = keys.public_bytes(keys.device_key(tmp_path))
    path = keys.key_path(tmp_path)
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert keys.public_bytes(keys.device_key(tmp_path)) == first
    assert keys.existing_public_key(tmp_path) == first
    assert [p.name for p in tmp_path.iterdir()] == [keys.KEY_FILE]  # no temporary left over


@pytest.mark.skipif(os.name != "posix", reason="file modes")
def test_loosened_permissions_are_tightened(tmp_path: Path) -> None:
    keys.device_key(tmp_path)
    keys.key_path(tmp_path).chmod(0o644)
    keys.device_key(tmp_path)
    assert stat.S_IMODE(keys.key_path(tmp_path).stat().st_mode) == 0o600


def test_a_damaged_key_says_so(tmp_path: Path) -> None:
    keys.key_path(tmp_path).write_text("-----BEGIN PRIVATE KEY-----\nnope\n")
    with pytest.raises(OSError, match="is damaged"):
        keys.device_key(tmp_path)


def test_signatures_and_fingerprints(tmp_path: Path) -> None:
    key = keys.device_key(tmp_path)
    public = keys.public_bytes(key)
    signature = keys.sign(key, b"manifest")
    assert keys.verify(public, signature, b"manifest")
    assert not keys.verify(public, signature, b"manifest!")
    assert not keys.verify(public, signature[:-1], b"manifest")
    assert not keys.verify(public[:-1], signature, b"manifest")
    assert re.fullmatch(r"([0-9a-f]{4} ){7}[0-9a-f]{4}", keys.fingerprint(public))
    assert keys.device_fingerprint(tmp_path) == keys.fingerprint(public)


def test_export_writes_nothing_to_the_database(data_folder: Path, tmp_path: Path) -> None:
    db = Database(data_folder)
    assessment_id = seed(db, tmp_path)
    db.close()
    before = db_digest(data_folder)
    db = Database(data_folder)
    export_assessment(db, assessment_id, tmp_path / "out.recp")
    db.close()
    assert db_digest(data_folder) == before
    assert not list(tmp_path.glob(".out.recp*"))  # no temporary file left beside it


vectors = st.dictionaries(st.sampled_from("abcd"), st.integers(1, 5), min_size=1)


@given(vectors, vectors)
def test_vector_order(a: dict, b: dict) -> None:
    order, back = versions.compare(a, b), versions.compare(b, a)
    assert (order, back) in {
        ("equal", "equal"),
        ("newer", "older"),
        ("older", "newer"),
        ("concurrent", "concurrent"),
    }
    merged = versions.merge(a, b)
    assert versions.includes(merged, a) and versions.includes(merged, b)
    assert versions.decode(versions.encode(merged)) == merged


def test_local_vector() -> None:
    assert versions.local_vector(3, None, "me") == {"me": 3}
    assert versions.local_vector(3, (3, {"a": 2}), "me") == {"a": 2}
    assert versions.local_vector(4, (3, {"a": 2, "me": 1}), "me") == {"a": 2, "me": 4}


def test_the_format_page_names_every_field_and_key() -> None:
    text = DOC.read_text(encoding="utf-8")
    for name in (*SYNC_FIELDS, *MANIFEST_KEYS):
        assert f"`{name}`" in text or f"`{name}." in text, name
    for record_type in RECORD_TYPES:
        section = text.split(f"### `{record_type.name}`", 1)[1].split("\n### ", 1)[0]
        table = {m for m in re.findall(r"^\| `([a-z_0-9]+)` \|", section, re.MULTILINE)}
        assert table == set(record_type.field_names), record_type.name
        for spec in record_type.fields:
            for choice in spec.choices:
                assert f"`{choice}`" in section, (record_type.name, spec.name, choice)
