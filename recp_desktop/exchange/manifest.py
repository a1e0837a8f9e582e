"""``manifest.json``: what a package is, who made it, and the size and SHA-256 of each file."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from recp_desktop.domain.fields import clean_text, parse_timestamp
from recp_desktop.domain.records import RECORD_TYPES
from recp_desktop.domain.vocabulary import ID_PATTERN, SHA256_PATTERN
from recp_desktop.exchange.errors import NewerFormatError, PackageError

FORMAT = "recp-package"
FORMAT_VERSION = 3
"""2 added ``records/waste_stream.json``; format-1 packages are read as having none. 3 added
``records/review_event.json``, ``records/wanted_input.json`` and ``records/baseline_bills.json``,
the company's ``registration_no`` and ``merged_into``, the tombstones of companies merged
into the package's company, and ``templates/<id>@<version>.json``, the checklist templates the
answers refer to; older packages are read as having none (and "" and null)."""
TEMPLATES_SINCE = 3
MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
RECORD_PATHS = tuple(t.path for t in RECORD_TYPES)


def required_paths(format_version: int) -> tuple[str, ...]:
    """The records files a package of ``format_version`` must hold (types introduced later are
    read as empty, as are optional ones)."""
    return tuple(t.path for t in RECORD_TYPES if t.since <= format_version and not t.optional)


PHOTO_PATH = re.compile(r"photos/([0-9a-f]{64})")
TEMPLATE_PATH = re.compile(r"templates/([a-z0-9_]{1,40})@([1-9][0-9]{0,8})\.json")


def template_path(template_id: str, version: int) -> str:
    """The entry of a carried template: ``templates/<id>@<version>.json``."""
    return f"templates/{template_id}@{version}.json"


def is_template_path(path: str, format_version: int) -> bool:
    return format_version >= TEMPLATES_SINCE and TEMPLATE_PATH.fullmatch(path) is not None


MANIFEST_KEYS = (
    "format",
    "format_version",
    "app_version",
    "created_at",
    "device",
    "author",
    "assessment_id",
    "files",
)


@dataclass(frozen=True)
class FileEntry:
    path: str
    sha256: str
    size: int


@dataclass(frozen=True)
class Manifest:
    format_version: int
    app_version: str
    created_at: str
    device_id: str
    device_name: str
    public_key: bytes | None
    author: str
    assessment_id: str
    files: tuple[FileEntry, ...]


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise ValueError(f"the key '{key[:60]}' appears twice in one object")
            seen.add(key)
    return result


def load_json(data: bytes, where: str) -> Any:
    """Strict JSON: UTF-8, no NaN or Infinity, no key twice in an object."""
    try:
        text = data.decode("utf-8")
        return json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise PackageError(f"{where} is not UTF-8 text.") from None
    except RecursionError:
        raise PackageError(f"{where} is nested too deeply.") from None
    except ValueError as exc:
        raise PackageError(f"{where} is not valid JSON: {exc}") from None


def dump_manifest(manifest: Manifest) -> bytes:
    payload = {
        "format": FORMAT,
        "format_version": manifest.format_version,
        "app_version": manifest.app_version,
        "created_at": manifest.created_at,
        "device": {
            "id": manifest.device_id,
            "name": manifest.device_name,
            "public_key": manifest.public_key.hex() if manifest.public_key else None,
        },
        "author": manifest.author,
        "assessment_id": manifest.assessment_id,
        "files": [{"path": f.path, "sha256": f.sha256, "size": f.size} for f in manifest.files],
    }
    return (json.dumps(payload, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def _text(value: Any, name: str, limit: int) -> str:
    if not isinstance(value, str) or len(value) > limit or not clean_text(value):
        raise PackageError(f"manifest.json: '{name}' must be text of at most {limit} characters.")
    return value


def _identifier(value: Any, name: str) -> str:
    text = _text(value, name, 36)
    if not ID_PATTERN.fullmatch(text):
        raise PackageError(f"manifest.json: '{name}' is not a valid id.")
    return text


def check_format(payload: Any) -> int:
    """The format version, or why this app cannot read the package. Checked before anything else."""
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise PackageError("This is not a RECP package: manifest.json does not say 'recp-package'.")
    version = payload.get("format_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise PackageError("manifest.json: 'format_version' must be a whole number from 1.")
    if version > FORMAT_VERSION:
        raise NewerFormatError(
            f"This package was made by a newer version of RECP Desktop (package format "
            f"{version}; this version reads format {FORMAT_VERSION}). Update the app to import it."
        )
    return version


def parse_manifest(payload: Any) -> Manifest:
    """The manifest from its parsed JSON (see :func:`load_json`), checked throughout."""
    version = check_format(payload)
    unknown = sorted(set(payload) - set(MANIFEST_KEYS))
    if unknown:
        raise PackageError(f"manifest.json: unknown key '{unknown[0][:60]}'.")
    missing = [k for k in MANIFEST_KEYS if k not in payload]
    if missing:
        raise PackageError(f"manifest.json: '{missing[0]}' is missing.")
    device = payload["device"]
    if not isinstance(device, dict) or set(device) != {"id", "name", "public_key"}:
        raise PackageError("manifest.json: 'device' must hold exactly id, name and public_key.")
    key_text = device["public_key"]
    public_key = None
    if key_text is not None:
        if not isinstance(key_text, str) or not re.fullmatch(r"[0-9a-f]{64}", key_text):
            raise PackageError("manifest.json: the device's public key is not 64 hex digits.")
        public_key = bytes.fromhex(key_text)
    files = payload["files"]
    if not isinstance(files, list):
        raise PackageError("manifest.json: 'files' must be a list.")
    entries = []
    seen: set[str] = set()
    for i, item in enumerate(files):
        if not isinstance(item, dict) or set(item) != {"path", "sha256", "size"}:
            raise PackageError(f"manifest.json: file {i + 1} must hold exactly path, sha256, size.")
        path = _text(item["path"], "path", 200)
        sha256, size = item["sha256"], item["size"]
        if not isinstance(sha256, str) or not SHA256_PATTERN.fullmatch(sha256):
            raise PackageError(f"manifest.json: the SHA-256 of {path} is not 64 hex digits.")
        if isinstance(size, bool) or not isinstance(size, int) or size < 0:
            raise PackageError(f"manifest.json: the size of {path} is not a whole number.")
        if path in seen:
            raise PackageError(f"manifest.json: {path} is listed twice.")
        if (
            path not in RECORD_PATHS
            and not PHOTO_PATH.fullmatch(path)
            and not is_template_path(path, version)
        ):
            raise PackageError(f"manifest.json: lists an unexpected file '{path[:80]}'.")
        seen.add(path)
        entries.append(FileEntry(path, sha256, size))
    created_at = _text(payload["created_at"], "created_at", 40)
    try:
        if datetime.fromisoformat(created_at).tzinfo is None:
            raise ValueError(created_at)
        parse_timestamp(created_at)
    except (ValueError, OverflowError):
        raise PackageError(
            "manifest.json: 'created_at' is not an ISO 8601 time with a UTC offset."
        ) from None
    return Manifest(
        format_version=version,
        app_version=_text(payload["app_version"], "app_version", 40),
        created_at=created_at,
        device_id=_identifier(device["id"], "device id"),
        device_name=_text(device["name"], "device name", 200),
        public_key=public_key,
        author=_text(payload["author"], "author", 200),
        assessment_id=_identifier(payload["assessment_id"], "assessment_id"),
        files=tuple(entries),
    )
