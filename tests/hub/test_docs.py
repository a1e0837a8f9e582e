"""docs/sync-protocol.md and the hub agree: the error catalogue and the commands."""

from __future__ import annotations

import re
from pathlib import Path

from recp_hub.cli import build_parser
from recp_hub.errors import CATALOGUE

DOC = Path(__file__).resolve().parents[2] / "docs" / "sync-protocol.md"


def test_the_error_table_is_the_catalogue() -> None:
    rows = re.findall(r"^\| `(\d{3}\.\d+)` \| (\d{3}) \|", DOC.read_text("utf-8"), re.M)
    assert rows, "no error table found"
    assert {code: int(status) for code, status in rows} == {
        code: kind.status for code, kind in CATALOGUE.items()
    }


def test_every_documented_command_parses() -> None:
    commands = re.findall(r"^recp-hub (.+?)(?:\s+#.*)?$", DOC.read_text("utf-8"), re.M)
    assert len(commands) >= 6
    parser = build_parser()
    for line in commands:
        words = [w for w in line.replace("auditor|supervisor|admin", "admin").split()]
        parser.parse_args([w.replace("NAME", "x").replace("USERNAME", "u") for w in words])
