"""``recp --self-test`` run from source, the way the frozen app runs it (a real subprocess)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_self_test_from_source_passes_in_a_temporary_folder(_isolated_data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb"}  # the self-test must force offscreen itself
    result = subprocess.run(
        [sys.executable, "-m", "recp_desktop", "--self-test"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "ok    Qt application" in result.stdout and "platform offscreen" in result.stdout
    assert "ok    reopen" in result.stdout and "Şəki Süd MMC" in result.stdout
    assert result.stdout.splitlines()[-1].startswith("self-test passed")
    assert not _isolated_data_dir.exists()
