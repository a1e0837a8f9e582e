"""``recp-hub``'s ``--data-dir`` and ``--database`` go before or after the command, as the README
says (tryout finding: ``recp-hub --data-dir X migrate`` was refused)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from recp_hub.cli import main


def _tables(folder: Path) -> set[str]:
    with sqlite3.connect(folder / "hub.sqlite3") as connection:
        return {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}


@pytest.mark.parametrize("before", [True, False], ids=["before", "after"])
def test_data_dir_before_or_after_the_command(tmp_path: Path, capsys, before: bool) -> None:
    folder = tmp_path / "hub"
    option = ["--data-dir", str(folder)]
    assert main([*option, "migrate"] if before else ["migrate", *option]) == 0
    assert "organisation" in _tables(folder)
    assert "Upgraded" in capsys.readouterr().out
    create = ["org", "create", "Tbilisi Cleaner Production Centre"]
    assert main([*option, *create] if before else [*create, *option]) == 0
    assert main([*option, "org", "list"]) == 0
    assert "Tbilisi Cleaner Production Centre" in capsys.readouterr().out
    assert not (tmp_path / "elsewhere").exists()


def test_database_before_and_data_dir_after(tmp_path: Path, capsys) -> None:
    url = f"sqlite:///{tmp_path / 'other.sqlite3'}"
    folder = tmp_path / "hub"
    assert main(["--database", url, "migrate", "--data-dir", str(folder)]) == 0
    assert (tmp_path / "other.sqlite3").exists() and not (folder / "hub.sqlite3").exists()
    # Given after the command too, the later one is the one used.
    assert main(["--data-dir", str(tmp_path / "x"), "org", "list", "--data-dir", str(folder)]) == 0
    assert not (tmp_path / "x").exists()
