"""``recp template import | export | list | use``: checklists as XLSForm workbooks."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from recp_desktop.cli.common import CliError, fail, open_database, print_json


def add_parsers(sub: Any) -> None:
    template = sub.add_parser(
        "template",
        help="import, export and list checklist templates (XLSForm)",
        description="Checklist templates as XLSForm workbooks (the format of ODK and "
        "KoboToolbox) with RECP's own columns; see docs/checklist-format.md.",
    )
    actions = template.add_subparsers(dest="action", metavar="ACTION", required=True)

    imp = actions.add_parser(
        "import",
        help="install a checklist from an XLSForm workbook",
        description="Read FILE.xlsx with pyxform, check it and install it in the data folder. "
        "A workbook with errors installs nothing; importing the same workbook twice changes "
        "nothing; another content under an installed id and version is refused.",
    )
    imp.add_argument("file", metavar="FILE.xlsx", type=Path)
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(func=_cmd_import)

    export = actions.add_parser(
        "export",
        help="write a checklist as an XLSForm workbook",
        description="Write a built-in or installed checklist as an XLSForm workbook, to be "
        "edited in Excel and imported again (give it a new form_id or version).",
    )
    export.add_argument("template_id", metavar="ID")
    export.add_argument("--version", type=int, metavar="V", help="default: the newest")
    export.add_argument("-o", "--output", required=True, metavar="FILE.xlsx", type=Path)
    export.set_defaults(func=_cmd_export)

    listing = actions.add_parser("list", help="list built-in and installed checklists")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_cmd_list)

    use = actions.add_parser(
        "use",
        help="add a checklist to an assessment",
        description="Add a checklist (its newest version unless --version) to an assessment.",
    )
    use.add_argument("assessment_id", metavar="ASSESSMENT_ID")
    use.add_argument("template_id", metavar="ID")
    use.add_argument("--version", type=int, metavar="V", help="default: the newest")
    use.set_defaults(func=_cmd_use)


def _title(template) -> str:
    return template.title.get("en") or next(iter(template.title.values()), "")


def _cmd_import(args: argparse.Namespace) -> int:
    from recp_desktop.checklists.xlsform import read_xlsform
    from recp_desktop.storage.templates import install_template

    if not args.file.is_file():
        return fail(f"{args.file}: no such file")
    result = read_xlsform(args.file)  # TemplateError: reported by main
    db = open_database(args)
    installed = install_template(db, result.template, source=args.file.name)
    template = result.template
    if args.json:
        payload = {
            "id": template.id,
            "version": template.version,
            "title": _title(template),
            "area": template.area,
            "questions": len(template.questions),
            "installed": installed,
            "warnings": list(result.warnings),
        }
        print_json(payload)
        return 0
    for warning in result.warnings:
        print(f"warning: {warning}")
    state = "installed" if installed else "already installed, nothing changed"
    print(
        f"{template.id} version {template.version}: {_title(template)}, "
        f"{len(template.questions)} questions, {state}"
    )
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    from recp_desktop.checklists import TemplateNotFoundError
    from recp_desktop.checklists.xlsform_export import write_xlsform
    from recp_desktop.storage.templates import template_registry

    db = open_database(args)
    try:
        template = template_registry(db).get(args.template_id, args.version)
    except TemplateNotFoundError as exc:
        raise CliError(str(exc)) from exc
    try:
        write_xlsform(template, args.output)
    except OSError as exc:
        return fail(f"cannot write {args.output}: {exc.strerror or exc}")
    print(f"Wrote {template.id} version {template.version} to {args.output}")
    return 0


def _cmd_list(args: argparse.Namespace) -> int:
    from recp_desktop.storage.templates import list_templates

    db = open_database(args)
    rows = list_templates(db)
    if args.json:
        payload = [
            {
                "id": r.template.id,
                "version": r.template.version,
                "title": _title(r.template),
                "area": r.template.area,
                "questions": len(r.template.questions),
                "builtin": r.builtin,
                "source": r.source,
                "sha256": r.sha256,
            }
            for r in rows
        ]
        print_json(payload)
        return 0
    for r in rows:
        origin = "built-in" if r.builtin else f"imported from {r.source}"
        print(
            f"{r.template.id}  v{r.template.version}  {_title(r.template)}  "
            f"{len(r.template.questions)} questions  ({origin})"
        )
    return 0


def _cmd_use(args: argparse.Namespace) -> int:
    from recp_desktop.checklists import TemplateNotFoundError
    from recp_desktop.storage.repository import get_assessment
    from recp_desktop.storage.templates import add_assessment_template

    db = open_database(args)
    try:
        get_assessment(db, args.assessment_id)
        template = add_assessment_template(db, args.assessment_id, args.template_id, args.version)
    except (LookupError, TemplateNotFoundError, ValueError) as exc:
        raise CliError(str(exc).strip("'\"")) from exc
    print(f"The assessment now uses {template.id} version {template.version}")
    return 0
