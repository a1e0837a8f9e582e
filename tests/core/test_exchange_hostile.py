"""Hostile and broken packages: each is refused with a message naming the problem, and the
receiving database stays byte-for-byte what it was (and no photo file appears)."""

from __future__ import annotations

import json
import shutil
import struct
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pytest

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.exchange.importer import ImportResult, import_package
from recp_desktop.exchange.manifest import FORMAT_VERSION, MANIFEST, SIGNATURE
from recp_desktop.exchange.reader import Limits
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.database import Database
from tests.packages import NUMBER, answer, db_digest, entries, repack, seed, write_zip


@dataclass(frozen=True)
class World:
    root: Path
    sender: Path  # the data folder that made the packages (its key signs them)
    receiver: Path  # a device that already imported an earlier package from the sender
    good: Path  # a newer package: importing it would change the receiver
    stranger: Path  # a third device with its own key
    assessment_id: str


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> World:
    root = tmp_path_factory.mktemp("hostile")
    sender = Database(root / "sender")
    assessment_id = seed(sender, root)
    export_assessment(sender, assessment_id, root / "first.recp")
    receiver = Database(root / "receiver")
    seed(receiver, root)  # data of its own, which nothing may touch
    assert import_package(receiver, root / "first.recp").ok
    receiver.close()
    answer(sender, assessment_id, NUMBER, AnswerState(number=6.5, unit="bar"))
    export_assessment(sender, assessment_id, root / "good.recp")
    sender.close()
    Database(root / "stranger").close()
    return World(
        root,
        root / "sender",
        root / "receiver",
        root / "good.recp",
        root / "stranger",
        assessment_id,
    )


@pytest.fixture
def receiver(world: World, tmp_path: Path) -> Path:
    folder = tmp_path / "receiver"
    shutil.copytree(world.receiver, folder)
    return folder


def import_into(folder: Path, package: Path, **options) -> tuple[ImportResult, str, str]:
    before = db_digest(folder)
    db = Database(folder)
    try:
        result = import_package(db, package, **options)
    finally:
        db.close()
    return result, before, db_digest(folder)


def refused(folder: Path, package: Path, *phrases: str, **options) -> str:
    result, before, after = import_into(folder, package, **options)
    assert result.status == "rejected", result.line()
    for phrase in phrases:
        assert phrase in result.reason, result.reason
    assert after == before, "a refused package changed the database"
    return result.reason


def good_files(world: World) -> list[tuple[str, bytes]]:
    return list(entries(world.good).items())


# -- controls: the checks below are what makes the difference ---------------------------------


def test_control_the_good_package_imports_and_changes_the_database(world, receiver) -> None:
    result, before, after = import_into(receiver, world.good)
    assert result.ok and result.counts["updated"] == 1
    assert after != before


def test_control_a_repacked_package_imports(world, receiver, tmp_path) -> None:
    package = repack(world.good, tmp_path / "same.recp", key_folder=world.sender)
    assert import_into(receiver, package)[0].ok


# -- not a package at all ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (b"", "empty"),
        (b"manifest.json\nthis is just text\n", "not a zip archive"),
        (b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "not a zip archive"),
    ],
)
def test_a_file_that_is_not_a_zip(receiver, tmp_path, content, phrase) -> None:
    path = tmp_path / "x.recp"
    path.write_bytes(content)
    refused(receiver, path, phrase)


def test_a_missing_file_and_a_folder(receiver, tmp_path) -> None:
    refused(receiver, tmp_path / "nowhere.recp", "cannot be read")
    refused(receiver, tmp_path, "cannot be read")


@pytest.mark.parametrize("keep", [0.5, 0.9, 0.999])
def test_a_truncated_zip(world, receiver, tmp_path, keep) -> None:
    data = world.good.read_bytes()
    path = tmp_path / "cut.recp"
    path.write_bytes(data[: int(len(data) * keep)])
    refused(receiver, path, "damaged or truncated")


def test_a_zip_without_manifest(receiver, tmp_path) -> None:
    path = write_zip(tmp_path / "x.recp", [("records/answer.json", b"[]")])
    refused(receiver, path, "no manifest.json")


# -- paths, links, duplicates ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "phrase"),
    [
        ("../evil.txt", "path traversal"),
        ("photos/../../evil.txt", "path traversal"),
        ("..\\evil.txt", "path traversal"),
        ("/etc/cron.d/evil", "absolute path"),
        ("C:/Windows/evil.dll", "absolute path"),
        ("\\\\server\\share\\evil", "absolute path"),
    ],
)
def test_paths_outside_the_package(world, receiver, tmp_path, name, phrase) -> None:
    path = write_zip(tmp_path / "x.recp", [*good_files(world), (name, b"boom")])
    refused(receiver, path, phrase, name[:20])
    assert not (tmp_path / "evil.txt").exists()


def test_a_symbolic_link(world, receiver, tmp_path) -> None:
    path = tmp_path / "x.recp"
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in good_files(world):
            if name != "records/photo.json":
                archive.writestr(name, data)
        link = zipfile.ZipInfo("records/photo.json")
        link.create_system = 3
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
    refused(receiver, path, "symbolic link", "records/photo.json")


def test_a_duplicate_entry(world, receiver, tmp_path) -> None:
    files = good_files(world)
    evil = json.dumps([]).encode()
    path = write_zip(tmp_path / "x.recp", [*files, ("records/answer.json", evil)])
    refused(receiver, path, "more than once", "records/answer.json")


def test_an_unexpected_file(world, receiver, tmp_path) -> None:
    path = write_zip(tmp_path / "x.recp", [*good_files(world), ("readme.txt", b"hello")])
    refused(receiver, path, "unexpected file", "readme.txt")


# -- sizes: zip bombs, lies, oversized JSON --------------------------------------------------------


def test_a_zip_bomb_by_ratio(world, receiver, tmp_path) -> None:
    files = [(n, d) for n, d in good_files(world) if n != "records/answer.json"]
    bomb = b"[" + b" " * (20 * 1024 * 1024) + b"]"
    path = write_zip(tmp_path / "x.recp", [*files, ("records/answer.json", bomb)])
    refused(receiver, path, "zip bomb", "records/answer.json")


def test_oversized_json(world, receiver, tmp_path) -> None:
    files = [(n, d) for n, d in good_files(world) if n != "records/cp_option.json"]
    huge = b"[" + b'"xxxxxxxxxxxxxxxx",' * (65 * 1024 * 1024 // 19) + b'""]'
    path = write_zip(tmp_path / "x.recp", [*files, ("records/cp_option.json", huge)])
    refused(receiver, path, "records/cp_option.json", "the limit is 64.0 MB")


def _patch_central(path: Path, name: str, *, usize: int | None = None, offset: int | None = None):
    """Rewrite fields of an entry's central directory record (the sizes a reader trusts)."""
    data = bytearray(path.read_bytes())
    raw_name = name.encode()
    position = 0
    while True:
        position = data.index(b"PK\x01\x02", position)
        name_length = struct.unpack_from("<H", data, position + 28)[0]
        if bytes(data[position + 46 : position + 46 + name_length]) == raw_name:
            break
        position += 4
    if usize is not None:
        struct.pack_into("<I", data, position + 24, usize)
    if offset is not None:
        struct.pack_into("<I", data, position + 42, offset)
    path.write_bytes(bytes(data))


def test_a_declared_size_past_the_limit(world, receiver, tmp_path) -> None:
    path = write_zip(tmp_path / "x.recp", good_files(world))
    photo = next(n for n, _ in good_files(world) if n.startswith("photos/"))
    _patch_central(path, photo, usize=3_000_000_000)
    refused(receiver, path, photo, "the limit is 40.0 MB")


def test_a_declared_size_that_is_not_the_real_one(world, receiver, tmp_path) -> None:
    path = write_zip(tmp_path / "x.recp", good_files(world))
    _patch_central(path, "records/answer.json", usize=100)
    reason = refused(receiver, path, "records/answer.json")
    assert "100 bytes" in reason or "damaged" in reason


def test_overlapping_entries(world, receiver, tmp_path) -> None:
    """The classic overlap bomb: many directory records pointing at the same data."""
    path = write_zip(tmp_path / "x.recp", good_files(world))
    with zipfile.ZipFile(path) as archive:
        first = archive.getinfo("records/answer.json").header_offset
    _patch_central(path, "records/cp_option.json", offset=first)
    refused(receiver, path, "overlapping")


def test_too_many_entries(world, receiver, tmp_path) -> None:
    files = [*good_files(world), *((f"photos/{i:064x}", b"") for i in range(20_001))]
    path = write_zip(tmp_path / "x.recp", files)
    refused(receiver, path, "entries; the limit is 20,000")


def test_too_much_in_all(world, receiver) -> None:
    refused(receiver, world.good, "unpacks to more than", limits=Limits(total_bytes=1_000))


# -- manifest, checksums, signature, format ------------------------------------------------------


def test_a_checksum_that_does_not_match(world, receiver, tmp_path) -> None:
    files = dict(good_files(world))
    assert b'"value":"yes"' in files["records/answer.json"]  # same size, other content
    files["records/answer.json"] = files["records/answer.json"].replace(b'"yes"', b'"no!"', 1)
    path = write_zip(tmp_path / "x.recp", list(files.items()))
    refused(receiver, path, "checksum of records/answer.json does not match")


def test_a_photo_changed_after_signing(world, receiver, tmp_path) -> None:
    files = dict(good_files(world))
    photo = next(n for n in files if n.startswith("photos/"))
    files[photo] = files[photo][:-2] + b"\x00\x00"
    path = write_zip(tmp_path / "x.recp", list(files.items()))
    refused(receiver, path, f"checksum of {photo} does not match")


def test_a_manifest_changed_after_signing(world, receiver, tmp_path) -> None:
    files = dict(good_files(world))
    manifest = json.loads(files[MANIFEST])
    manifest["author"] = "someone else"
    files[MANIFEST] = json.dumps(manifest).encode()
    path = write_zip(tmp_path / "x.recp", list(files.items()))
    refused(receiver, path, "signature does not match")


def test_a_signature_by_another_key(world, receiver, tmp_path) -> None:
    path = repack(world.good, tmp_path / "x.recp", key_folder=world.stranger)
    files = dict(entries(path))
    files[MANIFEST] = entries(world.good)[MANIFEST]  # the sender's key, the stranger's signature
    path = write_zip(tmp_path / "y.recp", list(files.items()))
    refused(receiver, path, "signature does not match")


def test_a_damaged_signature_file(world, receiver, tmp_path) -> None:
    files = dict(good_files(world))
    files[SIGNATURE] = b"not hex at all"
    path = write_zip(tmp_path / "x.recp", list(files.items()))
    refused(receiver, path, "manifest.sig is damaged")


def test_a_known_device_with_another_key_is_refused(world, receiver, tmp_path) -> None:
    path = repack(world.good, tmp_path / "x.recp", key_folder=world.stranger)
    refused(receiver, path, "known here since", "another key", "may be forged")


def test_a_package_claiming_to_be_this_device(world, receiver, tmp_path) -> None:
    db = Database(receiver)
    me = db.device_id
    db.close()

    def claim(manifest: dict) -> None:
        manifest["device"]["id"] = me

    path = repack(world.good, tmp_path / "x.recp", key_folder=world.stranger, manifest=claim)
    refused(receiver, path, "claims to come from this device")


def test_unsigned_packages_need_permission(world, receiver, tmp_path) -> None:
    path = repack(world.good, tmp_path / "x.recp", sign=False)
    refused(receiver, path, "not signed")
    result, before, after = import_into(receiver, path, allow_unsigned=True)
    assert result.ok and not result.signed and "UNSIGNED" in result.line()
    assert after != before


@pytest.mark.parametrize(
    ("version", "phrases"),
    [
        (FORMAT_VERSION + 1, ("newer version of RECP Desktop", "Update the app")),
        (99, ("package format 99", "Update the app")),
        ("1", ("format_version",)),
        (0, ("format_version",)),
        (None, ("format_version",)),
    ],
)
def test_unknown_or_newer_format_versions(world, receiver, tmp_path, version, phrases) -> None:
    def change(manifest: dict) -> None:
        manifest["format_version"] = version

    path = repack(world.good, tmp_path / "x.recp", key_folder=world.sender, manifest=change)
    refused(receiver, path, *phrases)


def test_a_newer_format_is_named_before_its_unknown_files(world, receiver, tmp_path) -> None:
    def change(manifest: dict) -> None:
        manifest["format_version"] = FORMAT_VERSION + 1
        manifest["attachments"] = []

    path = repack(world.good, tmp_path / "x.recp", key_folder=world.sender, manifest=change)
    files = [*entries(path).items(), ("attachments/plan.pdf", b"%PDF")]
    refused(receiver, write_zip(tmp_path / "y.recp", files), "Update the app")


@pytest.mark.parametrize(
    ("change", "phrase"),
    [
        (lambda m: m.update(format="zip-of-stuff"), "not a RECP package"),
        (lambda m: m.pop("author"), "'author' is missing"),
        (lambda m: m.update(extra=1), "unknown key 'extra'"),
        (lambda m: m["device"].update(id="../../etc"), "device id"),
        (lambda m: m.update(created_at="yesterday"), "created_at"),
        (lambda m: m["files"].append(m["files"][0]), "listed twice"),
        (
            lambda m: m["files"].append({"path": "x/../y", "sha256": "0" * 64, "size": 1}),
            "unexpected file",
        ),
    ],
)
def test_bad_manifests(world, receiver, tmp_path, change, phrase) -> None:
    path = repack(world.good, tmp_path / "x.recp", key_folder=world.sender, manifest=change)
    refused(receiver, path, phrase)


def test_a_manifest_with_a_key_twice(world, receiver, tmp_path) -> None:
    path = repack(world.good, tmp_path / "x.recp", key_folder=world.sender)
    files = dict(entries(path))
    files[MANIFEST] = files[MANIFEST].replace(b'"author"', b'"author": "x", "author"', 1)
    refused(receiver, write_zip(tmp_path / "y.recp", list(files.items())), "appears twice")


# -- records: JSON, types, fields, references ------------------------------------------------------


DEEP: list = [1]
for _ in range(40):
    DEEP = [DEEP]


def _edit(world: World, tmp_path: Path, change) -> Path:
    return repack(world.good, tmp_path / "x.recp", key_folder=world.sender, records=change)


@pytest.mark.parametrize(
    ("kind", "field", "value", "phrase"),
    [
        ("answer", "number", "twelve", "field 'number' must be a number"),
        ("answer", "opportunity", 1, "field 'opportunity' must be true or false"),
        ("answer", "revision", "3", "field 'revision' must be a whole number"),
        ("answer", "revision", 2**70, "field 'revision' is out of range"),
        ("answer", "revision", 0, "field 'revision' is out of range"),
        ("answer", "deleted", "no", "field 'deleted' must be true or false"),
        ("answer", "note", None, "field 'note' must not be null"),
        ("answer", "note", ["a"], "field 'note' must be text"),
        ("answer", "note", "x" * 200_001, "field 'note' is longer than"),
        ("answer", "question_id", "q" * 121, "field 'question_id' is longer than 120"),
        ("answer", "updated_at", "2026-03-01 10:00", "field 'updated_at' is not a time"),
        ("answer", "updated_at", "0001-01-01T00:00:00+05:00", "field 'updated_at'"),
        ("answer", "version", {}, "field 'version' must be a non-empty object"),
        ("answer", "version", {"dev": 0}, "field 'version' is out of range"),
        ("answer", "version", {"../x": 1}, "invalid device id"),
        ("answer", "id", "../../etc/passwd", "field 'id' is not a record id"),
        ("enterprise", "country", "Georgia", "field 'country' is longer than 2"),
        ("enterprise", "country", "ge", "field 'country' has an invalid value"),
        ("enterprise", "employees", -5, "field 'employees' is out of range"),
        ("assessment", "kind", "party", "field 'kind' must be one of full, club"),
        ("assessment", "start_date", "01.03.2026", "field 'start_date' is not a date"),
        ("assessment", "start_date", "2026-02-30", "field 'start_date' is not a date"),
        ("cp_option", "technique", "magic", "field 'technique' must be one of"),
        ("cp_option", "inputs", [], "field 'inputs' must be an object"),
        ("cp_option", "inputs", {"a": DEEP}, "nested deeper than 32"),
        ("photo", "sha256", "ABC", "field 'sha256' is not a SHA-256"),
        ("photo", "media_type", "application/x-sh", "field 'media_type' must be one of"),
        ("baseline_item", "quantity", True, "field 'quantity' must be a number"),
    ],
)
def test_wrong_types(world, receiver, tmp_path, kind, field, value, phrase) -> None:
    def change(records: dict) -> None:
        records[kind][0][field] = value

    refused(receiver, _edit(world, tmp_path, change), f"records/{kind}.json, record 1", phrase)


def test_missing_and_unknown_fields(world, receiver, tmp_path) -> None:
    def drop(records: dict) -> None:
        del records["answer"][1]["note"]

    refused(receiver, _edit(world, tmp_path, drop), "record 2: missing field 'note'")

    def add(records: dict) -> None:
        records["cp_option"][0]["colour"] = "green"

    refused(receiver, _edit(world, tmp_path, add), "unknown field 'colour'")

    def not_an_object(records: dict) -> None:
        records["answer"][0] = "yes"

    refused(receiver, _edit(world, tmp_path, not_an_object), "must be an object, not text")


@pytest.mark.parametrize(
    ("content", "phrase"),
    [
        (b'{"records": []}', "must hold a list of records"),
        (b"[{]", "not valid JSON"),
        (b"[NaN]", "not valid JSON"),
        (b"\xff\xfe[]", "not UTF-8"),
        (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
        (b'[{"id": "a", "id": "b"}]', "appears twice"),
    ],
)
def test_broken_json(world, receiver, tmp_path, content, phrase) -> None:
    path = repack(
        world.good,
        tmp_path / "x.recp",
        key_folder=world.sender,
        raw={"records/answer.json": content},
    )
    refused(receiver, path, "records/answer.json", phrase)


def test_a_number_too_large_for_a_float(world, receiver, tmp_path) -> None:
    payload = json.loads(entries(world.good)["records/answer.json"])
    payload[0]["number"] = 12345.0
    text = json.dumps(payload).replace("12345.0", "1e400").encode()
    path = repack(
        world.good, tmp_path / "x.recp", key_folder=world.sender, raw={"records/answer.json": text}
    )
    refused(receiver, path, "field 'number' must be a finite number")


def test_a_lone_surrogate_in_text(world, receiver, tmp_path) -> None:
    payload = json.loads(entries(world.good)["records/answer.json"])
    text = json.dumps(payload).replace('"note": "', '"note": "\\ud800', 1).encode()
    path = repack(
        world.good, tmp_path / "x.recp", key_folder=world.sender, raw={"records/answer.json": text}
    )
    refused(receiver, path, "not valid Unicode")


def test_a_photo_listed_but_missing(world, receiver, tmp_path) -> None:
    files = good_files(world)
    photo = next(n for n, _ in files if n.startswith("photos/"))
    path = write_zip(tmp_path / "x.recp", [(n, d) for n, d in files if n != photo])
    refused(receiver, path, f"{photo} is listed in the manifest but missing")
    path = repack(world.good, tmp_path / "y.recp", key_folder=world.sender, drop=(photo,))
    refused(receiver, path, "is listed but its file", "is missing from the package")


def test_a_photo_that_is_not_what_it_says(world, receiver, tmp_path) -> None:
    def png(records: dict) -> None:
        records["photo"][0]["media_type"] = "image/png"

    refused(receiver, _edit(world, tmp_path, png), "is not a image/png image")

    def size(records: dict) -> None:
        records["photo"][0]["size"] += 1

    refused(receiver, _edit(world, tmp_path, size), "bytes but its file is")


def test_duplicate_records(world, receiver, tmp_path) -> None:
    def twice(records: dict) -> None:
        records["answer"].append(dict(records["answer"][0]))

    refused(receiver, _edit(world, tmp_path, twice), "appears twice")

    def same_question(records: dict) -> None:
        copy = dict(records["answer"][0])
        copy["id"] = "0" * 8
        records["answer"].append(copy)

    refused(receiver, _edit(world, tmp_path, same_question), "two records have question_id")


def test_records_of_another_assessment(world, receiver, tmp_path) -> None:
    def move(records: dict) -> None:
        records["answer"][0]["assessment_id"] = "somewhere-else"

    refused(receiver, _edit(world, tmp_path, move), "belongs to another assessment")

    def two_companies(records: dict) -> None:
        records["enterprise"].append({**records["enterprise"][0], "id": "second"})

    refused(receiver, _edit(world, tmp_path, two_companies), "exactly one company")

    def wrong_company(records: dict) -> None:
        records["assessment"][0]["enterprise_id"] = "not-this-one"

    refused(receiver, _edit(world, tmp_path, wrong_company), "another company")


def test_taking_over_a_record_of_another_assessment(world, receiver, tmp_path) -> None:
    import sqlite3

    with sqlite3.connect(receiver / "recp.sqlite3") as conn:
        theirs = conn.execute(
            "SELECT answer.id FROM answer JOIN assessment ON assessment.id = answer.assessment_id"
            " WHERE assessment.id != ? LIMIT 1",
            (world.assessment_id,),
        ).fetchone()[0]
    conn.close()

    def take(records: dict) -> None:
        records["answer"].append(
            {**records["answer"][0], "id": theirs, "question_id": "energy.motors.oversized"}
        )

    refused(receiver, _edit(world, tmp_path, take), "already exists here in another")


def test_changing_what_never_changes(world, receiver, tmp_path) -> None:
    def requestion(records: dict) -> None:
        records["answer"][0]["question_id"] = "energy.motors.oversized"

    refused(receiver, _edit(world, tmp_path, requestion), "has question_id", "it never changes")


def test_a_damaged_entry_is_refused_in_words_without_the_zip_parsers_text(
    world, receiver, tmp_path
) -> None:
    """Bytes overwritten inside a compressed entry fail its CRC or zlib; the reason says the
    package is damaged, never "Bad CRC-32" or "Error -3 while decompressing" (issue 10 §3)."""
    data = bytearray(world.good.read_bytes())
    with zipfile.ZipFile(world.good) as archive:
        info = max(archive.infolist(), key=lambda i: i.compress_size)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle : middle + 8] = bytes(b ^ 0xFF for b in data[middle : middle + 8])
    path = tmp_path / "damaged.recp"
    path.write_bytes(bytes(data))
    reason = refused(receiver, path, "damaged")
    for parser_words in ("CRC", "Error -3", "zlib", "decompress"):
        assert parser_words not in reason, reason
