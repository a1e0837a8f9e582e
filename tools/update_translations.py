"""Refresh the Qt translation sources from the UI code and compile them.

    uv run python tools/update_translations.py          # lupdate + lrelease
    uv run python tools/update_translations.py --check  # fail if anything is untranslated

Translators edit ``resources/translations/recp_<lang>.ts`` (Qt Linguist or any XML editor);
the compiled ``.qm`` files are committed so the app needs no build step.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "az")
QT_TRANSLATIONS = ("qtbase_az",)
"""Qt ships no Azerbaijani: these hand-kept files translate the Qt texts the app shows (standard
buttons, text context menus, the file dialog). They are compiled here, never lupdated."""


def sources() -> list[str]:
    return [str(p.relative_to(ROOT)) for p in sorted((ROOT / "recp_desktop" / "ui").glob("*.py"))]


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def untranslated(ts_file: Path) -> list[str]:
    """Source texts of ``ts_file`` with no finished translation."""
    missing = []
    for message in ET.parse(ts_file).getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source", "")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind == "vanished" or kind == "obsolete":
            continue
        numerus = translation.findall("numerusform") if translation is not None else []
        text = "".join(n.text or "" for n in numerus) if numerus else (translation.text or "")
        if kind == "unfinished" or not text.strip():
            missing.append(source)
    return missing


def ts_files() -> list[Path]:
    """Every translation source: the app's own per language, then the Qt extras."""
    return [TRANSLATIONS / f"recp_{language}.ts" for language in LANGUAGES] + [
        TRANSLATIONS / f"{name}.ts" for name in QT_TRANSLATIONS
    ]


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for ts_file in ts_files():
        if not args.check:
            if ts_file.name.startswith("recp_"):
                subprocess.run(
                    [_tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts_file)],
                    cwd=ROOT,
                    check=True,
                )
            subprocess.run(
                [_tool("pyside6-lrelease"), str(ts_file), "-qm", str(ts_file.with_suffix(".qm"))],
                cwd=ROOT,
                check=True,
            )
        missing = untranslated(ts_file)
        if missing:
            print(f"{ts_file.name}: {len(missing)} untranslated:", *missing, sep="\n  ")
            if args.check:
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
