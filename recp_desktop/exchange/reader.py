"""Reading a package: every check a package must pass, done before anything is written.

:func:`read_package` opens the zip, checks its entries (paths, links, duplicates, sizes, ratios),
the manifest's format version, the signature, every file's size and SHA-256, and every record's
fields and references. It returns a :class:`Package` ready to import, or raises
:class:`PackageError` saying what is wrong. It never writes anywhere.
"""

from __future__ import annotations

import hashlib
import logging
import stat
import zipfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from recp_desktop.checklists.carried import CarriedTemplate, from_data, known
from recp_desktop.checklists.loader import TemplateError
from recp_desktop.domain.records import RECORD_TYPES, RecordError, check_records
from recp_desktop.domain.vocabulary import MAX_PHOTO_BYTES
from recp_desktop.exchange import keys
from recp_desktop.exchange.errors import PackageError
from recp_desktop.exchange.manifest import (
    MANIFEST,
    PHOTO_PATH,
    RECORD_PATHS,
    SIGNATURE,
    TEMPLATE_PATH,
    Manifest,
    is_template_path,
    load_json,
    parse_manifest,
    required_paths,
)

MIB = 1024 * 1024
# What a photo's first bytes look like, by media type.
MAGIC: dict[str, tuple[bytes, ...]] = {
    "image/jpeg": (b"\xff\xd8\xff",),
    "image/png": (b"\x89PNG\r\n\x1a\n",),
    "image/gif": (b"GIF87a", b"GIF89a"),
    "image/bmp": (b"BM",),
    "image/tiff": (b"II*\x00", b"MM\x00*"),
}


@dataclass(frozen=True)
class Limits:
    """What a package may not exceed; anything past these is refused unread."""

    entries: int = 20_000
    manifest_bytes: int = 8 * MIB
    signature_bytes: int = 1024
    records_bytes: int = 64 * MIB  # one records/<type>.json
    template_bytes: int = 8 * MIB  # one templates/<id>@<version>.json
    photo_bytes: int = MAX_PHOTO_BYTES
    total_bytes: int = 4 * 1024 * MIB  # everything unpacked
    ratio: int = 250  # unpacked/packed size of one entry ...
    ratio_from: int = MIB  # ... checked for entries that unpack to more than this
    photos_in_memory: int = 64 * MIB  # photo bytes kept from reading for the import to write


LIMITS = Limits()


@dataclass
class Package:
    """A package that passed every check of :func:`read_package`."""

    path: Path
    manifest: Manifest
    signed: bool
    manifest_sha256: str
    records: dict[str, list[dict[str, Any]]]
    photos: dict[str, str] = field(default_factory=dict)  # sha256 -> entry name
    # The checklist templates it carries (format 3 on), by (id, version), checked.
    templates: dict[tuple[str, int], CarriedTemplate] = field(default_factory=dict)
    # The photo files' bytes as read and checked, when they were small enough to keep; the
    # others are read again from the zip (and checked again) when they are written.
    photo_bytes: dict[str, bytes] = field(default_factory=dict, repr=False)

    @property
    def record_count(self) -> int:
        return sum(len(v) for v in self.records.values())


def _megabytes(size: int) -> str:
    return f"{size / MIB:,.1f} MB"


def open_zip(path: Path) -> zipfile.ZipFile:
    """The package as a zip, or :class:`PackageError` if it is none (or a damaged one)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4)
    except OSError as exc:
        raise PackageError(f"The file cannot be read: {exc.strerror or exc}.") from None
    if not head:
        raise PackageError("The file is empty.")
    try:
        return zipfile.ZipFile(path)
    except Exception as exc:  # the zip parser on hostile bytes: any failure means "damaged"
        if head in (b"PK\x03\x04", b"PK\x05\x06"):
            raise PackageError(
                f"The package is damaged or truncated: it is not a complete zip file ({exc})."
            ) from None
        raise PackageError("This is not a RECP package: the file is not a zip archive.") from None


def _entry_problem(info: zipfile.ZipInfo) -> str | None:
    name = info.filename
    shown = name[:80]
    if "\x00" in name:
        return f"The entry '{shown!r}' has a NUL character in its name."
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return f"The entry '{shown}' has an absolute path; a package holds relative paths only."
    parts = name.replace("\\", "/").split("/")
    if ".." in parts:
        return f"The entry '{shown}' points outside the package (path traversal)."
    if "\\" in name:
        return f"The entry '{shown}' uses backslashes in its path."
    if stat.S_ISLNK(info.external_attr >> 16):
        return f"The entry '{shown}' is a symbolic link; a package holds plain files only."
    if info.flag_bits & 0x1:
        return f"The entry '{shown}' is encrypted."
    if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
        return f"The entry '{shown}' uses an unsupported compression method."
    return None


def _size_limit(name: str, limits: Limits) -> int:
    if name == MANIFEST:
        return limits.manifest_bytes
    if name == SIGNATURE:
        return limits.signature_bytes
    if name.startswith("records/"):
        return limits.records_bytes
    if name.startswith("templates/"):
        return limits.template_bytes
    return limits.photo_bytes


def check_entries(archive: zipfile.ZipFile, limits: Limits = LIMITS) -> dict[str, zipfile.ZipInfo]:
    """Check the zip's table of contents before reading anything from it."""
    infos = archive.infolist()
    if len(infos) > limits.entries:
        raise PackageError(
            f"The package has {len(infos):,} entries; the limit is {limits.entries:,}."
        )
    counts = Counter(info.filename for info in infos)
    twice = sorted(name for name, n in counts.items() if n > 1)
    if twice:
        raise PackageError(f"The entry '{twice[0][:80]}' appears more than once in the package.")
    total = 0
    for info in infos:
        problem = _entry_problem(info)
        if problem:
            raise PackageError(problem)
        limit = _size_limit(info.filename, limits)
        if info.file_size > limit:
            raise PackageError(
                f"{info.filename[:80]} unpacks to {_megabytes(info.file_size)}; "
                f"the limit is {_megabytes(limit)}."
            )
        total += info.file_size
        if total > limits.total_bytes:
            raise PackageError(
                f"The package unpacks to more than {_megabytes(limits.total_bytes)}."
            )
        if info.file_size > limits.ratio_from and info.file_size > limits.ratio * max(
            info.compress_size, 1
        ):
            raise PackageError(
                f"{info.filename[:80]} is compressed more than {limits.ratio}:1 "
                "(a zip bomb?); it was not unpacked."
            )
    # Each entry's data must lie inside the file and not overlap the next (real vs declared).
    ordered = sorted(infos, key=lambda i: i.header_offset)
    end_of_data = getattr(archive, "start_dir", None)
    for current, following in zip(ordered, [*ordered[1:], None], strict=True):
        limit = following.header_offset if following is not None else end_of_data
        if limit is not None and current.header_offset + 30 + current.compress_size > limit:
            raise PackageError(
                f"The entry '{current.filename[:80]}' declares more data than the package holds "
                "there (overlapping or truncated entries)."
            )
    return {info.filename: info for info in infos}


def _chunks(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> Iterator[bytes]:
    """An entry's unpacked data, never more than it declares (the zip's CRC checks the rest)."""
    try:
        with archive.open(info) as handle:
            left = info.file_size
            while True:
                chunk = handle.read(min(MIB, left + 1))
                if not chunk:
                    break
                left -= len(chunk)
                if left < 0:
                    raise PackageError(f"{info.filename} holds more data than it declares.")
                yield chunk
        if left != 0:
            raise PackageError(f"{info.filename} holds less data than it declares.")
    except PackageError:
        raise
    except Exception as exc:  # zlib, CRC, truncation: the zip parser on hostile bytes
        # The parser's words ("Bad CRC-32", "Error -3 while decompressing") go to the log only.
        logging.getLogger(__name__).info("%s cannot be unpacked: %r", info.filename, exc)
        raise PackageError(
            f"{info.filename} cannot be unpacked: the package is damaged or was changed "
            "after it was written."
        ) from None


def read_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> bytes:
    return b"".join(_chunks(archive, info))


def hash_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> tuple[str, int, bytes]:
    """``(sha256, size, first 16 bytes)`` of an entry, read in chunks."""
    digest = hashlib.sha256()
    size = 0
    head = b""
    for chunk in _chunks(archive, info):
        if size < 16:
            head = (head + chunk)[:16]
        digest.update(chunk)
        size += len(chunk)
    return digest.hexdigest(), size, head


def _check_signature(
    archive: zipfile.ZipFile,
    entries: dict[str, zipfile.ZipInfo],
    manifest: Manifest,
    raw: bytes,
    allow_unsigned: bool,
) -> bool:
    if SIGNATURE not in entries:
        if allow_unsigned:
            return False
        raise PackageError(
            "The package is not signed, so where it comes from cannot be checked. Import it "
            "only if you trust its source, allowing unsigned packages."
        )
    text = read_entry(archive, entries[SIGNATURE]).strip()
    try:
        signature = bytes.fromhex(text.decode("ascii"))
    except (UnicodeDecodeError, ValueError):
        raise PackageError("The signature file manifest.sig is damaged.") from None
    if manifest.public_key is None:
        raise PackageError("The package is signed but its manifest names no public key.")
    if not keys.verify(manifest.public_key, signature, raw):
        raise PackageError(
            "The signature does not match the manifest: the package was changed after it was "
            "made, or it was not made by the device it names."
        )
    return True


def _check_files(
    archive: zipfile.ZipFile,
    entries: dict[str, zipfile.ZipInfo],
    manifest: Manifest,
    limits: Limits,
    kept: dict[str, bytes],
) -> tuple[dict[str, bytes], dict[str, tuple[bytes, int]]]:
    """Every listed file is there with its size and SHA-256.

    Returns the records and templates files' bytes and, per photo file, its first bytes and
    size; photo files are kept in ``kept`` (by SHA-256) while they fit in
    ``limits.photos_in_memory``.
    """
    listed = {f.path: f for f in manifest.files}
    for name in entries:
        if name in (MANIFEST, SIGNATURE):
            continue
        if (
            name not in RECORD_PATHS
            and not PHOTO_PATH.fullmatch(name)
            and not is_template_path(name, manifest.format_version)
        ):
            raise PackageError(f"The package holds an unexpected file '{name[:80]}'.")
        if name not in listed:
            raise PackageError(f"{name[:80]} is in the package but not listed in its manifest.")
    for path in required_paths(manifest.format_version):
        if path not in listed:
            raise PackageError(f"The package has no {path} (its manifest does not list it).")
    records: dict[str, bytes] = {}
    heads: dict[str, tuple[bytes, int]] = {}
    budget = limits.photos_in_memory
    for path, entry in listed.items():
        info = entries.get(path)
        if info is None:
            raise PackageError(f"{path} is listed in the manifest but missing from the package.")
        if info.file_size != entry.size:
            raise PackageError(
                f"{path} is {info.file_size:,} bytes but the manifest says {entry.size:,}."
            )
        if path in RECORD_PATHS or TEMPLATE_PATH.fullmatch(path):
            data = read_entry(archive, info)
            digest = hashlib.sha256(data).hexdigest()
            records[path] = data
        elif info.file_size <= budget:
            data = read_entry(archive, info)
            digest = hashlib.sha256(data).hexdigest()
            heads[path] = (data[:16], info.file_size)
            kept[digest] = data
            budget -= info.file_size
        else:
            digest, _, head = hash_entry(archive, info)
            heads[path] = (head, info.file_size)
        if digest != entry.sha256:
            raise PackageError(
                f"The checksum of {path} does not match the manifest: the file was changed or "
                "damaged."
            )
    return records, heads


def _check_records(manifest: Manifest, raw: dict[str, bytes]) -> dict[str, list[dict[str, Any]]]:
    records: dict[str, list[dict[str, Any]]] = {}
    for record_type in RECORD_TYPES:
        if record_type.path not in raw and (
            record_type.since > manifest.format_version or record_type.optional
        ):
            records[record_type.name] = []  # an older format, before this type existed
            continue
        payload = load_json(raw[record_type.path], record_type.path)
        if not isinstance(payload, list):
            raise PackageError(f"{record_type.path} must hold a list of records.")
        try:
            checked = check_records(record_type, payload)
        except RecordError as exc:
            raise PackageError(str(exc)) from None
        ids: set[str] = set()
        keys_seen: set[str] = set()
        for i, record in enumerate(checked):
            where = f"{record_type.path}, record {i + 1}"
            if record["id"] in ids:
                raise PackageError(f"{where}: the id {record['id']} appears twice.")
            ids.add(record["id"])
            if record_type.natural_key:
                key = record[record_type.natural_key]
                if key in keys_seen:
                    raise PackageError(
                        f"{where}: two records have {record_type.natural_key} '{key}'."
                    )
                keys_seen.add(key)
        records[record_type.name] = checked
    _check_references(manifest, records)
    return records


def _check_templates(raw: dict[str, bytes]) -> dict[tuple[str, int], CarriedTemplate]:
    """The carried templates (docs/package-format.md §4a), each a valid template named right.

    A template whose bytes are those of a template this app already knows (a built-in one, or
    one read before) is recognised by its SHA-256 without being parsed again.
    """
    templates: dict[tuple[str, int], CarriedTemplate] = {}
    for path in sorted(raw):
        match = TEMPLATE_PATH.fullmatch(path)
        if match is None:
            continue
        template_id, version = match.group(1), int(match.group(2))
        data = raw[path]
        carried = known(template_id, version, hashlib.sha256(data).hexdigest())
        if carried is None:
            try:
                carried = from_data(load_json(data, path), template_id, version, path)
            except TemplateError as exc:
                raise PackageError(
                    f"The checklist template {path} is not a valid template: {exc}"
                ) from None
        templates[carried.key] = carried
    return templates


def _check_references(manifest: Manifest, records: dict[str, list[dict[str, Any]]]) -> None:
    if len(records["assessment"]) != 1 or not records["enterprise"]:
        raise PackageError("A package must hold exactly one company and one assessment.")
    assessment, enterprise = records["assessment"][0], records["enterprise"][0]
    for i, other in enumerate(records["enterprise"][1:], start=2):  # merged into it (format 3)
        if not other["deleted"] or other["merged_into"] != enterprise["id"]:
            raise PackageError(
                f"records/enterprise.json, record {i}: a package holds exactly one company (after "
                "it only deleted companies merged into that one)."
            )
    if assessment["id"] != manifest.assessment_id:
        raise PackageError(
            "The assessment in records/assessment.json is not the one the manifest names."
        )
    if assessment["enterprise_id"] != enterprise["id"]:
        raise PackageError("The assessment belongs to another company than the one in the package.")
    for record_type in RECORD_TYPES[2:]:
        for record in records[record_type.name]:
            if record["assessment_id"] != assessment["id"]:
                raise PackageError(
                    f"{record_type.path}: record {record['id']} belongs to another assessment."
                )


def _check_photos(
    records: dict[str, list[dict[str, Any]]], heads: dict[str, tuple[bytes, int]]
) -> dict[str, str]:
    photos = {PHOTO_PATH.fullmatch(path).group(1): path for path in heads}  # type: ignore[union-attr]
    referenced: set[str] = set()
    for record in records["photo"]:
        sha256 = record["sha256"]
        referenced.add(sha256)
        if sha256 not in photos:
            if record["deleted"]:
                continue
            raise PackageError(
                f"The photo {record['filename'][:80] or record['id']} is listed but its file "
                f"photos/{sha256} is missing from the package."
            )
        head, size = heads[photos[sha256]]
        if record["size"] != size:
            raise PackageError(
                f"The photo {record['id']} says it is {record['size']:,} bytes but its file is "
                f"{size:,}."
            )
        magic = MAGIC.get(record["media_type"])
        if magic and not head.startswith(magic):
            raise PackageError(
                f"The file of photo {record['filename'][:80] or record['id']} is not a "
                f"{record['media_type']} image."
            )
        if record["media_type"] == "image/webp" and head[8:12] != b"WEBP":
            raise PackageError(f"The file of photo {record['id']} is not a WebP image.")
    unreferenced = sorted(set(photos) - referenced)
    if unreferenced:
        raise PackageError(f"photos/{unreferenced[0]} is not the file of any photo in the package.")
    return photos


def read_package(path: Path, *, allow_unsigned: bool = False, limits: Limits = LIMITS) -> Package:
    """Check a package completely without writing anything; see the module's docstring."""
    path = Path(path)
    with open_zip(path) as archive:
        entries = check_entries(archive, limits)
        if MANIFEST not in entries:
            raise PackageError("This is not a RECP package: it has no manifest.json.")
        raw_manifest = read_entry(archive, entries[MANIFEST])
        manifest = parse_manifest(load_json(raw_manifest, MANIFEST))
        signed = _check_signature(archive, entries, manifest, raw_manifest, allow_unsigned)
        kept: dict[str, bytes] = {}
        raw_records, heads = _check_files(archive, entries, manifest, limits, kept)
    templates = _check_templates(raw_records)
    records = _check_records(manifest, raw_records)
    photos = _check_photos(records, heads)
    return Package(
        path=path,
        manifest=manifest,
        signed=signed,
        manifest_sha256=hashlib.sha256(raw_manifest).hexdigest(),
        records=records,
        photos=photos,
        templates=templates,
        photo_bytes={sha: data for sha, data in kept.items() if sha in photos},
    )
