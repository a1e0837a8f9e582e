"""The hub this data folder is signed in to: ``hub.json``, readable by its owner only (0600).

It holds the device token (never the password), the hub's address, who signed in (user,
organisation, role), the device id the token is bound to, and for a hub with a self-signed
certificate the certificate pinned at sign-in (trust on first use). The pull cursor and what
was pushed live in the database, changed in the same transactions as the records
(:mod:`recp_desktop.sync.changes`).
"""

from __future__ import annotations

import json
import os
import secrets
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

ACCOUNT_FILE = "hub.json"


@dataclass(frozen=True)
class Account:
    """A sign-in: where, who, and the token that stands for it."""

    url: str
    organisation: str
    org_id: str
    username: str
    user_id: str
    role: str  # auditor | supervisor | admin
    device_id: str
    token: str
    certificate: str | None = None  # PEM of a self-signed hub's certificate, pinned at sign-in
    fingerprint: str | None = None  # its SHA-256, as shown to the person
    refused: str | None = None  # why the hub stopped accepting the token (a round's 401), if so

    @property
    def hub_key(self) -> str:
        """What the cursor and the pushed state belong to: a user of an organisation (ids are
        random: another hub's differ). Not the address, which may change for the same hub."""
        return f"{self.org_id}/{self.user_id}"

    def public(self) -> dict[str, str | None]:
        """Everything but the token (for status output)."""
        return {k: v for k, v in asdict(self).items() if k not in {"token", "certificate"}}


def account_path(folder: Path) -> Path:
    return Path(folder) / ACCOUNT_FILE


def load_account(folder: Path) -> Account | None:
    """The sign-in of a data folder, or None when it is not signed in.

    Raises ``OSError`` for a file that cannot be read or is damaged (the message says which).
    """
    path = account_path(folder)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except ValueError as exc:
        raise OSError(f"{path} is damaged ({exc}); sign in to the hub again.") from exc
    names = {f.name for f in fields(Account)}
    try:
        return Account(**{k: v for k, v in data.items() if k in names})
    except TypeError as exc:
        raise OSError(f"{path} is incomplete ({exc}); sign in to the hub again.") from exc


def save_account(folder: Path, account: Account) -> Path:
    """Write the sign-in atomically with mode 0600 (created so, never readable by others)."""
    path = account_path(folder)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(asdict(account), handle, indent=2, sort_keys=True)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)
    return path


def note_refused(folder: Path, why: str) -> None:
    """Keep that the hub no longer accepts this sign-in (token revoked, device revoked, user
    disabled), so that status says so at once; a new sign-in replaces the whole file."""
    account = load_account(folder)
    if account is not None and account.refused != why:
        save_account(folder, replace(account, refused=why))


def forget_account(folder: Path) -> bool:
    """Remove the sign-in; whether there was one."""
    try:
        account_path(folder).unlink()
    except FileNotFoundError:
        return False
    return True
