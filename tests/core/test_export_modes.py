"""One rule for exported files' permissions: packages, tables and PDF reports alike get the
mode of any new file the user saves (0666 less the umask), see ``recp_desktop/files.py``."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("umask", [0o022, 0o077])
def test_packages_tables_and_reports_follow_the_umask(db, tmp_path: Path, umask: int) -> None:
    from recp_desktop.demo import create_demo
    from recp_desktop.exchange.tables import export_tables
    from recp_desktop.exchange.writer import export_assessment
    from recp_desktop.report import write_report

    assessment_id = create_demo(db)
    previous = os.umask(umask)
    try:
        export_assessment(db, assessment_id, tmp_path / "plant.recp")
        export_tables(db, tmp_path / "tables.xlsx", assessment_id)
        export_tables(db, tmp_path / "tables.zip", assessment_id)
        write_report(db, assessment_id, tmp_path / "report.pdf")
    finally:
        os.umask(previous)
    expected = 0o666 & ~umask  # 0644 with umask 022, 0600 with 077
    modes = {
        name: _mode(tmp_path / name)
        for name in ("plant.recp", "tables.xlsx", "tables.zip", "report.pdf")
    }
    assert modes == dict.fromkeys(modes, expected), {k: oct(v) for k, v in modes.items()}
    assert not list(tmp_path.glob(".*.part"))  # no temporary left behind
