"""Write the sector checklists in resources/templates/ from their readable sources.

The sources are YAML files in tools/sector_templates/ (the checklist format of
docs/checklist-format.md plus a ``notes`` list naming the published guidance they follow). Each
is validated, written as an XLSForm workbook with the notes on a ``notes`` sheet, and read back
with pyxform to check the workbook says the same. Run after editing a source:

    uv run python tools/make_sector_templates.py          # write the workbooks
    uv run python tools/make_sector_templates.py --check  # only check they are up to date
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from recp_desktop.checklists import parse_template  # noqa: E402
from recp_desktop.checklists.xlsform import read_xlsform  # noqa: E402
from recp_desktop.checklists.xlsform_export import write_xlsform  # noqa: E402

SOURCES = ROOT / "tools" / "sector_templates"
TARGET = ROOT / "resources" / "templates"


def _notes(path: Path) -> list[str]:
    """The lines of a workbook's ``notes`` sheet (empty if it has none)."""
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        if "notes" not in book.sheetnames:
            return []
        return [row[0] for row in book["notes"].iter_rows(values_only=True) if row and row[0]]
    finally:
        book.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="check, do not write")
    args = parser.parse_args()
    stale = []
    for source in sorted(SOURCES.glob("*.yaml")):
        data = yaml.safe_load(source.read_text(encoding="utf-8"))
        notes = data.pop("notes", [])
        template = parse_template(data, source)
        target = TARGET / f"{template.id}.xlsx"
        current = (
            target.exists()
            and read_xlsform(target).template == template
            and _notes(target) == notes
        )
        if args.check:
            if not current:
                stale.append(target.name)
            continue
        if current:  # rewriting would only change the workbook's timestamps
            print(f"{target.relative_to(ROOT)}: up to date")
            continue
        TARGET.mkdir(parents=True, exist_ok=True)
        write_xlsform(template, target, notes)
        back = read_xlsform(target)
        if back.template != template:
            raise SystemExit(f"{target.name}: reads back differently; see xlsform_export")
        print(f"{target.relative_to(ROOT)}: {len(template.questions)} questions")
    if stale:
        print("out of date: " + ", ".join(stale) + "; run tools/make_sector_templates.py")
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
