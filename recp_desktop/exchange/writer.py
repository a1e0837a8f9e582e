"""Writing packages: an assessment with its records, photos, manifest and the device's signature."""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from recp_desktop import __version__
from recp_desktop.domain.records import RECORD_TYPES, RecordError, check_records
from recp_desktop.exchange import keys, local
from recp_desktop.exchange.errors import CancelledError, ExportError
from recp_desktop.exchange.manifest import (
    FORMAT_VERSION,
    MANIFEST,
    SIGNATURE,
    FileEntry,
    Manifest,
    dump_manifest,
    template_path,
)

if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from recp_desktop.checklists.carried import CarriedTemplate
    from recp_desktop.storage.database import Database

Progress = Callable[[int, int], None]  # (files written, files in all)
SUFFIX = ".recp"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    records: int
    photos: int
    size: int  # bytes of the package file
    fingerprint: str  # of the key that signed it


def _record_bytes(records: list[dict[str, Any]]) -> bytes:
    text = json.dumps(records, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return text.encode("utf-8")


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def write_package(
    target: Path,
    *,
    records: Mapping[str, list[dict[str, Any]]],
    photos: Mapping[str, Path],
    device_id: str,
    device_name: str,
    author: str,
    assessment_id: str,
    key: Ed25519PrivateKey | None,
    created_at: datetime | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
    templates: Sequence[CarriedTemplate] = (),
) -> Manifest:
    """Write a package file from records (package form, with versions), photo files by SHA-256
    and the checklist templates the answers refer to (canonical JSON, docs/package-format.md
    §4a).

    The file appears at ``target`` whole or not at all. ``key`` ``None`` writes an unsigned
    package (only for tests and tools; the app always signs).
    """
    target = Path(target)
    for record_type in RECORD_TYPES:
        try:
            check_records(record_type, list(records.get(record_type.name, [])))
        except RecordError as exc:
            raise ExportError(f"The assessment cannot be exported as it is: {exc}") from exc
    created = (created_at or datetime.now(UTC)).astimezone(UTC)
    blobs = {rt.path: _record_bytes(records.get(rt.name, [])) for rt in RECORD_TYPES}
    for carried in sorted(templates, key=lambda c: c.key):
        blobs[template_path(*carried.key)] = carried.content
    files = [FileEntry(p, hashlib.sha256(b).hexdigest(), len(b)) for p, b in blobs.items()]
    for sha256, source in sorted(photos.items()):
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise ExportError(f"The photo file {source} cannot be read: {exc.strerror}.") from exc
        files.append(FileEntry(f"photos/{sha256}", sha256, size))
    manifest = Manifest(
        format_version=FORMAT_VERSION,
        app_version=__version__,
        created_at=created.isoformat(),
        device_id=device_id,
        device_name=device_name[:200],
        public_key=keys.public_bytes(key) if key is not None else None,
        author=author[:200],
        assessment_id=assessment_id,
        files=tuple(files),
    )
    raw_manifest = dump_manifest(manifest)
    stamp = created.timetuple()[:6]
    total = len(files) + 1
    temporary = target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")
    try:
        with zipfile.ZipFile(temporary, "w") as archive:

            def put(name: str, data: bytes, compress: int) -> None:
                info = zipfile.ZipInfo(name, stamp)
                info.compress_type = compress
                info.external_attr = 0o644 << 16
                archive.writestr(info, data)

            put(MANIFEST, raw_manifest, zipfile.ZIP_DEFLATED)
            if key is not None:
                put(SIGNATURE, (keys.sign(key, raw_manifest).hex() + "\n").encode(), 0)
            done = 1
            for path, data in blobs.items():
                put(path, data, zipfile.ZIP_DEFLATED)
                done += 1
                if progress:
                    progress(done, total)
            for sha256, source in sorted(photos.items()):
                if cancel and cancel():
                    raise CancelledError()
                _copy_photo(archive, f"photos/{sha256}", source, sha256, stamp)
                done += 1
                if progress:
                    progress(done, total)
        _fsync(temporary)
        os.replace(temporary, target)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return manifest


def _copy_photo(
    archive: zipfile.ZipFile, name: str, source: Path, sha256: str, stamp: tuple[int, ...]
) -> None:
    """Copy a photo file into the package (stored: images do not compress), checking its hash."""
    info = zipfile.ZipInfo(name, stamp)  # type: ignore[arg-type]
    info.compress_type = zipfile.ZIP_STORED
    info.external_attr = 0o644 << 16
    info.file_size = source.stat().st_size
    digest = hashlib.sha256()
    with open(source, "rb") as src, archive.open(info, "w") as out:
        for chunk in iter(lambda: src.read(1 << 20), b""):
            digest.update(chunk)
            out.write(chunk)
    if digest.hexdigest() != sha256:
        raise ExportError(
            f"The photo file {source} is damaged: its content no longer matches its name."
        )


def default_author() -> str:
    """The name of the person exporting, as the operating system knows it."""
    import getpass

    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment (KeyError, OSError)
        return ""


def export_assessment(
    db: Database,
    assessment_id: str,
    target: Path,
    *,
    author: str | None = None,
    progress: Progress | None = None,
    cancel: Callable[[], bool] | None = None,
) -> ExportResult:
    """Export an assessment, its company, baseline, answers, options and photos as a package,
    with the checklist templates its answers refer to.

    Reads the database in one transaction (a consistent snapshot) and writes nothing to it.
    Raises ``LookupError`` for an unknown assessment and :class:`ExportError` if a photo's file
    is missing or damaged.
    """
    from recp_desktop.storage.carried_templates import templates_for
    from recp_desktop.storage.photos import photo_file

    with db.engine.connect() as connection:
        records = local.assessment_records(connection, assessment_id, db.device_id)
    templates = templates_for(
        db, {(a["template_id"], a["template_version"]) for a in records["answer"]}
    )
    photos: dict[str, Path] = {}
    for record in records["photo"]:
        if record["deleted"]:
            continue
        source = photo_file(db.folder, record["sha256"], record["media_type"])
        if not source.is_file():
            raise ExportError(
                f"The file of the photo {record['filename'] or record['id']} is missing from "
                f"{source.parent}; the assessment cannot be exported until it is restored or "
                "the photo removed."
            )
        photos[record["sha256"]] = source
    key = keys.device_key(db.folder)
    write_package(
        target,
        records=records,
        photos=photos,
        device_id=db.device_id,
        device_name=db.device_name,
        author=default_author() if author is None else author,
        assessment_id=assessment_id,
        key=key,
        progress=progress,
        cancel=cancel,
        templates=templates,
    )
    return ExportResult(
        path=Path(target),
        records=sum(len(v) for v in records.values()),
        photos=len(photos),
        size=Path(target).stat().st_size,
        fingerprint=keys.fingerprint(keys.public_bytes(key)),
    )
