"""Every user-visible UI string has a Russian translation, and the shipped .qm is current."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from update_translations import TRANSLATIONS, sources, untranslated  # noqa: E402


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def _sources(ts_file: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
        if (
            message.find("translation") is None
            or message.find("translation").get("type") not in ("vanished", "obsolete")
        )
    }


def test_every_ui_string_is_in_the_translation_file(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources(), "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    shipped = TRANSLATIONS / "recp_ru.ts"
    missing = _sources(fresh) - _sources(shipped)
    assert not missing, f"run tools/update_translations.py; not in recp_ru.ts: {sorted(missing)}"


def test_russian_is_complete() -> None:
    assert untranslated(TRANSLATIONS / "recp_ru.ts") == []


def test_compiled_translation_matches_source(tmp_path: Path) -> None:
    compiled = tmp_path / "recp_ru.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TRANSLATIONS / "recp_ru.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / "recp_ru.qm").read_bytes()
