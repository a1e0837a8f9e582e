"""``recp export``, ``import``, ``export-table``, ``conflicts``, ``resolve`` and ``device``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from recp_desktop.cli.common import fail, open_database, print_json


def add_parsers(sub: Any) -> None:
    export = sub.add_parser(
        "export",
        help="export an assessment as a signed .recp package",
        description="Write an assessment (company, baseline, answers, options, photos) to a "
        "signed .recp package for another device.",
    )
    export.add_argument("assessment_id", metavar="ASSESSMENT_ID")
    export.add_argument("-o", "--output", required=True, metavar="FILE.recp", type=Path)
    export.add_argument("--author", help="who made the package (default: the system user)")
    export.add_argument("--json", action="store_true", help="print JSON")
    export.set_defaults(func=_cmd_export)

    imp = sub.add_parser(
        "import",
        help="import .recp packages",
        description="Check and import packages, each in one transaction. Prints one line per "
        "package; exits 0 if every package was imported, 1 if any was not.",
    )
    imp.add_argument("files", nargs="+", metavar="FILE", type=Path)
    imp.add_argument(
        "--allow-unsigned",
        action="store_true",
        help="also import packages without a signature (their origin cannot be checked)",
    )
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(func=_cmd_import)

    table = sub.add_parser(
        "export-table",
        help="export records as an Excel workbook or CSV files",
        description="One sheet (or CSV file) per record type, with labelled columns and ids. "
        "FILE.xlsx: a workbook; FILE.zip: CSV files in a zip; FILE.csv: FILE-answers.csv and "
        "the others beside it; anything else: a folder of CSV files.",
    )
    which = table.add_mutually_exclusive_group(required=True)
    which.add_argument("--assessment", metavar="ID", help="one assessment")
    which.add_argument("--all", action="store_true", help="every assessment")
    table.add_argument("-o", "--output", required=True, metavar="FILE", type=Path)
    table.add_argument(
        "--lang",
        dest="table_language",
        choices=("en", "ru", "az"),
        help="language of headers and values (default: the app's language)",
    )
    table.set_defaults(func=_cmd_export_table)

    conflicts = sub.add_parser("conflicts", help="list conflicts left by imports")
    conflicts.add_argument("--assessment", metavar="ID", help="only this assessment's")
    conflicts.add_argument("--all", action="store_true", help="resolved ones too")
    conflicts.add_argument("--json", action="store_true", help="print JSON")
    conflicts.set_defaults(func=_cmd_conflicts)

    resolve = sub.add_parser("resolve", help="resolve a conflict")
    resolve.add_argument("conflict_id", metavar="CONFLICT_ID")
    resolve.add_argument("--keep", required=True, choices=("local", "incoming"))
    resolve.set_defaults(func=_cmd_resolve)

    device = sub.add_parser("device", help="this device's id, name and key fingerprint")
    device.add_argument("--json", action="store_true", help="print JSON")
    device.set_defaults(func=_cmd_device)


def _cmd_export(args: argparse.Namespace) -> int:
    from recp_desktop.exchange.errors import ExportError
    from recp_desktop.exchange.writer import export_assessment

    db = open_database(args)
    try:
        result = export_assessment(db, args.assessment_id, args.output, author=args.author)
    except (LookupError, ExportError) as exc:
        return fail(str(exc).strip("'\""))
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror or exc}")
    finally:
        db.close()
    if args.json:
        payload = {
            "path": str(result.path),
            "records": result.records,
            "photos": result.photos,
            "size": result.size,
            "fingerprint": result.fingerprint,
        }
        print_json(payload, indent=None)
    else:
        print(
            f"Exported {result.records} records and {result.photos} "
            f"photo{'' if result.photos == 1 else 's'} to {result.path} "
            f"({result.size:,} bytes), signed by key {result.fingerprint}"
        )
    return 0


def _cmd_import(args: argparse.Namespace) -> int:
    from recp_desktop.exchange.importer import import_packages

    db = open_database(args)
    try:
        if args.json:
            results = import_packages(db, args.files, allow_unsigned=args.allow_unsigned)
            print_json([r.to_json() for r in results])
        else:
            results = import_packages(
                db,
                args.files,
                allow_unsigned=args.allow_unsigned,
                progress=lambda _done, _total, result: print(result.line(), flush=True),
            )
    finally:
        db.close()
    return 0 if all(r.ok for r in results) else 1


def _cmd_export_table(args: argparse.Namespace) -> int:
    from recp_desktop.exchange.tables import TableExportError, export_tables

    language = args.table_language or _display_language(args)
    db = open_database(args)
    try:
        result = export_tables(
            db, args.output, None if args.all else args.assessment, language=language
        )
    except (LookupError, TableExportError) as exc:
        return fail(str(exc).strip("'\""))
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror or exc}")
    finally:
        db.close()
    counts = ", ".join(f"{n} {name}" for name, n in result.rows.items())
    print(f"Wrote {result.path}: {counts}")
    return 0


def _display_language(args: argparse.Namespace) -> str:
    """The app's language: ``--lang``, else the one chosen in Settings, else the system's
    (``LANG``/``LC_*``), else English."""
    from babel import default_locale

    from recp_desktop.paths import data_dir
    from recp_desktop.settings import LANGUAGES, load_settings

    chosen = getattr(args, "lang", None) or load_settings(data_dir(args.data_dir)).language
    if not chosen:
        system = default_locale() or ""
        chosen = system.split("_")[0]
    return chosen if chosen in ("en", "ru", "az") and chosen in LANGUAGES else "en"


def _cmd_conflicts(args: argparse.Namespace) -> int:
    from recp_desktop.exchange.conflicts import list_conflicts

    db = open_database(args)
    try:
        conflicts = list_conflicts(db, assessment_id=args.assessment, include_closed=args.all)
    finally:
        db.close()
    if args.json:
        print_json([c.to_json() for c in conflicts])
        return 0
    if not conflicts:
        print("No open conflicts." if not args.all else "No conflicts.")
        return 0
    db = open_database(args)
    try:
        registry = _templates(db)
    finally:
        db.close()
    for c in conflicts:
        source = c.source_device_name + (f" ({c.source_author})" if c.source_author else "")
        print(f"{c.id}  {c.status}  {c.record_type} {c.label}  from {source}")
        question = _question_text(registry, c)
        if question:
            print(f"    {question}")
        for name in c.differing:
            if name in DERIVED.get(c.record_type, ()):
                continue  # follows from the fields shown
            here = _shown(c.local, name) if c.local else "—"
            label = FIELD_WORDS.get(name, name.replace("_", " "))
            print(f"    {label}: here {here}  /  incoming {_shown(c.incoming, name)}")
    return 0


# Field names in words, where their Python spelling would not read (the CLI speaks English).
FIELD_WORDS = {
    "tonnes_per_year": "tonnes per year",
    "density_kg_m3": "density (kg/m³)",
    "piece_mass_kg": "mass per piece (kg)",
    "ewc_code": "EWC code",
    "treatment": "treatment (R/D code)",
    "saving_energy_kwh": "energy saving (kWh/year)",
    "saving_water_m3": "water saving (m³/year)",
    "saving_materials_t": "materials saving (t/year)",
    "saving_co2_t": "CO2 avoided (t/year)",
}

# Derived from other fields of the record (the number in its canonical unit): not shown.
DERIVED = {"answer": ("number_canonical",), "baseline_item": ("quantity_canonical",)}


def _templates(db):
    from recp_desktop.storage.templates import template_registry

    return template_registry(db)


def _question_text(registry, conflict) -> str:
    """The checklist question an answer conflict is about, in English, or ''."""
    question_id = (conflict.incoming or {}).get("question_id")
    if conflict.record_type != "answer" or not isinstance(question_id, str):
        return ""
    template = registry.question_template(question_id)
    question = template.question(question_id) if template is not None else None
    return question.text.get("en", "") if question is not None else ""


def _shown(record: dict, name: str) -> str:
    """A field's value; a number or quantity with the unit it was typed in."""
    value = record.get(name)
    if name in ("number", "quantity") and isinstance(value, int | float) and record.get("unit"):
        return f"{value:g} {record['unit']}"
    if name == "tonnes_per_year" and isinstance(value, int | float):
        return f"{value:g} t"
    return repr(value)


def _cmd_resolve(args: argparse.Namespace) -> int:
    from recp_desktop.exchange.conflicts import resolve_conflict
    from recp_desktop.exchange.errors import ConflictError

    db = open_database(args)
    try:
        conflict = resolve_conflict(db, args.conflict_id, args.keep)
    except ConflictError as exc:
        return fail(str(exc))
    finally:
        db.close()
    print(f"Resolved {conflict.id}: kept the {args.keep} version of {conflict.label}")
    return 0


def _cmd_device(args: argparse.Namespace) -> int:
    from recp_desktop.exchange.keys import device_fingerprint

    db = open_database(args)
    try:
        payload = {
            "id": db.device_id,
            "name": db.device_name,
            "fingerprint": device_fingerprint(db.folder),
        }
    finally:
        db.close()
    if args.json:
        print_json(payload, indent=None)
    else:
        print(f"{payload['name']}  {payload['id']}\nkey fingerprint: {payload['fingerprint']}")
    return 0
