"""The SHA-256 blob store: checked, durable, resumable writes; malformed names refused."""

from __future__ import annotations

import hashlib
import itertools
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recp_desktop.storage.blobs import BlobError, BlobStore, OffsetError
from recp_desktop.storage.photos import photo_file, photo_store, photo_suffix


def sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_put_stores_content_under_its_hash_and_checks_it(tmp_path: Path) -> None:
    store = BlobStore(tmp_path / "blobs")
    data = b"\xff\xd8\xff photo"
    path = store.put(sha(data), data, ".jpg")
    assert path == tmp_path / "blobs" / sha(data)[:2] / f"{sha(data)}.jpg"
    assert path.read_bytes() == data and store.has(sha(data), ".jpg")
    assert store.put(sha(data), data, ".jpg") == path  # twice: harmless
    with pytest.raises(BlobError, match="does not match"):
        store.put(sha(b"other"), data)
    assert not store.has(sha(b"other"))
    assert [p.name for p in (tmp_path / "blobs").rglob("*.part")] == []  # nothing left behind


@pytest.mark.parametrize(
    "name", ["../" + "a" * 61, "A" * 64, "a" * 63, "a" * 65, "/etc/passwd", "g" * 64, ""]
)
def test_names_that_are_not_a_sha256_are_refused(tmp_path: Path, name: str) -> None:
    store = BlobStore(tmp_path / "blobs")
    for call in (
        lambda: store.path(name),
        lambda: store.put(name, b"x"),
        lambda: store.append(name, 0, b"x"),
        lambda: store.upload_size(name),
    ):
        with pytest.raises(BlobError, match="not a SHA-256"):
            call()
    with pytest.raises(BlobError, match="not a file suffix"):
        store.path("a" * 64, "/../x")
    assert not (tmp_path / "blobs").exists()


def test_photos_keep_their_layout(tmp_path: Path) -> None:
    digest = "ab" + "0" * 62
    expected = tmp_path / "photos" / "ab" / f"{digest}.jpg"
    assert photo_file(tmp_path, digest, "image/jpeg") == expected
    assert photo_store(tmp_path).path(digest, photo_suffix("image/png")).name == f"{digest}.png"


def test_an_upload_resumes_where_it_stopped_and_is_checked_at_the_end(tmp_path: Path) -> None:
    data = bytes(range(256)) * 50
    digest = sha(data)
    store = BlobStore(tmp_path / "blobs")
    assert store.upload_size(digest) == 0
    assert store.append(digest, 0, data[:1000]) == 1000
    with pytest.raises(OffsetError) as wrong:
        store.append(digest, 500, data[500:900])  # a piece sent again, overlapping
    assert wrong.value.size == 1000 and store.upload_size(digest) == 1000
    again = BlobStore(tmp_path / "blobs")  # the server restarted
    assert again.append(digest, again.upload_size(digest), data[1000:]) == len(data)
    assert again.finish(digest).read_bytes() == data
    assert again.upload_size(digest) == 0
    # A wrong content is refused at the end and the upload starts over.
    bad = sha(b"expected")
    again.append(bad, 0, b"something else")
    with pytest.raises(BlobError, match="does not match"):
        again.finish(bad)
    assert again.upload_size(bad) == 0 and not again.has(bad)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.binary(min_size=0, max_size=3000),
    cuts=st.lists(st.integers(0, 3000), max_size=8),
    attempts=st.lists(st.tuples(st.integers(0, 3000), st.booleans()), max_size=12),
)
def test_resumable_writes_end_with_exactly_the_content(tmp_path_factory, data, cuts, attempts):
    """Pieces in order, wrong offsets in between and restarts anywhere: the blob is the data."""
    root = tmp_path_factory.mktemp("blobs")
    digest = sha(data)
    bounds = sorted({0, len(data), *(c for c in cuts if c <= len(data))})
    store = BlobStore(root)
    pending = list(itertools.pairwise(bounds))
    stray = iter(attempts)
    for start, end in pending:
        offset, restart = next(stray, (start, False))
        if restart:
            store = BlobStore(root)
        size = store.upload_size(digest)
        assert size == start
        if offset != size:  # a client that lost track: refused, nothing written
            with pytest.raises(OffsetError) as caught:
                store.append(digest, offset, data[offset:end])
            assert caught.value.size == size == store.upload_size(digest)
        assert store.append(digest, start, data[start:end]) == end
    assert store.finish(digest).read_bytes() == data
