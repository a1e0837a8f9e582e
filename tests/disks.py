"""Real small or read-only file systems for fault tests (tmpfs mounts; needs root)."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def can_mount() -> bool:
    return os.geteuid() == 0 and Path("/bin/mount").exists()


@contextmanager
def tmpfs(path: Path, size: str = "4m") -> Iterator[Path]:
    """Mount a fresh tmpfs of ``size`` at ``path`` for the duration of the block."""
    if not can_mount():
        pytest.skip("mounting a test file system needs root")
    path.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        pytest.skip(f"cannot mount tmpfs here: {result.stderr.strip()}")
    try:
        yield path
    finally:
        subprocess.run(["umount", "-l", str(path)], check=False)


def remount(path: Path, mode: str) -> None:
    """Make a mounted tmpfs read-only (``ro``) or writable again (``rw``)."""
    subprocess.run(["mount", "-o", f"remount,{mode}", str(path)], check=True)


def fill(path: Path) -> Path:
    """Write a file that takes every free byte of the file system holding ``path``."""
    filler = path / "filler.bin"
    descriptor = os.open(filler, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
    try:
        chunk = 1 << 20
        while chunk:
            try:
                os.write(descriptor, b"\0" * chunk)
            except OSError:
                chunk //= 2  # the disk is nearly full: top it up with smaller writes
    finally:
        os.close(descriptor)
    return filler
