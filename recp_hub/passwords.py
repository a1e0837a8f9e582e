"""Password hashing with Argon2id (pwdlib's recommended parameters: 64 MiB, 3 passes)."""

from __future__ import annotations

from functools import cache


@cache
def _hasher():
    from pwdlib import PasswordHash

    return PasswordHash.recommended()


@cache
def _dummy_hash() -> str:
    return _hasher().hash("not a password anyone has")


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(password: str, stored: str | None) -> bool:
    """Whether ``password`` matches ``stored``; an absent account costs the same time."""
    if stored is None:
        _hasher().verify(password, _dummy_hash())
        return False
    return _hasher().verify(password, stored)
