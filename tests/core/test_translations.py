"""Every user-visible UI string is translated into every language, and the shipped .qm is current.

Each test runs for Russian and Azerbaijani: a string added to the UI without both translations
fails here (run ``tools/update_translations.py`` and translate what it lists).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))

from update_translations import (  # noqa: E402
    LANGUAGES,
    QT_TRANSLATIONS,
    TRANSLATIONS,
    sources,
    untranslated,
)

from recp_desktop.settings import LANGUAGES as APP_LANGUAGES  # noqa: E402

TS_FILES = [f"recp_{language}" for language in LANGUAGES] + list(QT_TRANSLATIONS)


def _tool(name: str) -> str:
    return shutil.which(name) or str(Path(sys.executable).parent / name)


def _live(message: ET.Element) -> bool:
    translation = message.find("translation")
    return translation is None or translation.get("type") not in ("vanished", "obsolete")


def _sources(ts_file: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
        if _live(message)
    }


@pytest.fixture(scope="module")
def fresh_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """The strings the UI code holds today, extracted by lupdate."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), *sources(), "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    return _sources(fresh)


def test_every_app_language_has_a_translation_file() -> None:
    assert set(LANGUAGES) == set(APP_LANGUAGES) - {"en"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_ui_string_is_in_the_translation_file(
    fresh_sources: set[tuple[str, str]], language: str
) -> None:
    shipped = TRANSLATIONS / f"recp_{language}.ts"
    missing = fresh_sources - _sources(shipped)
    assert not missing, f"run tools/update_translations.py; not in {shipped.name}: {missing}"


@pytest.mark.parametrize("name", TS_FILES)
def test_translation_is_complete(name: str) -> None:
    assert untranslated(TRANSLATIONS / f"{name}.ts") == []


def _marks(text: str) -> tuple[list[str], list[str], int]:
    placeholders = sorted(re.findall(r"\{\w+\}|%n|%\d", text))
    tags = sorted(re.findall(r"</?\w+>", text))
    accelerators = len(re.findall(r"&(?![\s&]|\w+;)", text))
    return placeholders, tags, accelerators


@pytest.mark.parametrize("name", TS_FILES)
def test_translations_keep_placeholders_tags_and_accelerators(name: str) -> None:
    """A lost {name} raises at run time; a lost & takes away a keyboard shortcut."""
    broken = []
    for context in ET.parse(TRANSLATIONS / f"{name}.ts").getroot().iter("context"):
        for message in context.iter("message"):
            if not _live(message):
                continue
            source = message.findtext("source", "")
            translation = message.find("translation")
            forms = translation.findall("numerusform") or [translation]
            for form in forms:
                text = form.text or ""
                (want_p, want_t, want_a), (got_p, got_t, got_a) = _marks(source), _marks(text)
                if (want_p, want_t) != (got_p, got_t) or min(want_a, 1) != got_a:
                    broken.append((context.findtext("name"), source, text))
    assert broken == []


@pytest.mark.parametrize("name", TS_FILES)
def test_compiled_translation_matches_source(tmp_path: Path, name: str) -> None:
    compiled = tmp_path / f"{name}.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), str(TRANSLATIONS / f"{name}.ts"), "-qm", str(compiled)],
        check=True,
        capture_output=True,
    )
    assert compiled.read_bytes() == (TRANSLATIONS / f"{name}.qm").read_bytes()
