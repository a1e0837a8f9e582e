"""Photos: image files kept once in the blob store, named by their SHA-256, and their records."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from recp_desktop.domain.vocabulary import MAX_PHOTO_BYTES, MEDIA_TYPES
from recp_desktop.paths import photos_dir
from recp_desktop.storage.blobs import BlobStore
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Photo
from recp_desktop.storage.records import apply_edit, stamp_new

SUFFIXES = {v: k.lower().replace("jpeg", "jpg") for k, v in MEDIA_TYPES.items()}


class PhotoError(ValueError):
    """A file that cannot be used as a photo."""


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def inspect_image(path: Path) -> tuple[str, int, int]:
    """``(media type, width, height)`` of an image file; :class:`PhotoError` if it is none."""
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as image:
            image.verify()
            kind, (width, height) = image.format, image.size
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
        raise PhotoError(f"{path.name} is not an image that can be used as a photo.") from exc
    if kind not in MEDIA_TYPES:
        raise PhotoError(f"{path.name} is a {kind} image; use JPEG, PNG, WebP, GIF, BMP or TIFF.")
    return MEDIA_TYPES[kind], width, height


def photo_store(folder: Path) -> BlobStore:
    """The blob store holding a data folder's photo files."""
    return BlobStore(photos_dir(folder))


def photo_suffix(media_type: str) -> str:
    """The file suffix of a photo's file (``.jpg`` …), by its media type."""
    return "." + SUFFIXES.get(media_type, "bin")


def photo_file(folder: Path, sha256: str, media_type: str) -> Path:
    """Where the file of a photo lives in the data folder: ``photos/ab/ab12….jpg``."""
    return photo_store(folder).path(sha256, photo_suffix(media_type))


def add_photo(
    db: Database, assessment_id: str, source: Path, question_id: str | None = None
) -> Photo:
    """Copy an image into the data folder (once per content) and record it."""
    source = Path(source)
    if not source.is_file():
        raise PhotoError(f"{source} is not a file.")
    if source.stat().st_size > MAX_PHOTO_BYTES:
        raise PhotoError(f"{source.name} is larger than {MAX_PHOTO_BYTES // 2**20} MB.")
    media_type, width, height = inspect_image(source)
    sha256 = sha256_file(source)
    photo_store(db.folder).put(sha256, source, photo_suffix(media_type))
    record = stamp_new(
        Photo(
            assessment_id=assessment_id,
            question_id=question_id,
            sha256=sha256,
            filename=source.name[:255],
            media_type=media_type,
            size=source.stat().st_size,
            width=width,
            height=height,
        ),
        db.device_id,
    )
    with db.session() as session:
        session.add(record)
    return record


def list_photos(db: Database, assessment_id: str, question_id: str | None = None) -> list[Photo]:
    with db.session() as session:
        stmt = select(Photo).where(Photo.assessment_id == assessment_id, ~Photo.deleted)
        if question_id is not None:
            stmt = stmt.where(Photo.question_id == question_id)
        return list(session.scalars(stmt.order_by(Photo.updated_at)))


def set_photo_deleted(db: Database, photo_id: str, deleted: bool) -> None:
    """Remove a photo (a tombstone, so the removal travels and can be undone)."""
    with db.session() as session:
        apply_edit(session.get_one(Photo, photo_id), db.device_id, deleted=deleted)
