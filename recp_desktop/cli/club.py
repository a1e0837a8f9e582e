"""``recp club ...``: a facilitator's batch work (``recp certificate verify`` is in
:mod:`recp_desktop.cli.certificate`).

Clubs, sessions, members, attendance from CSV, homework, progress, and certificates of
attendance for everyone who qualifies; see docs/certificates.md for the certificate format.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path
from typing import Any

from recp_desktop.cli.common import CliError, open_database, print_json

ATTENDANCE_CSV = """\
Import who attended the club's sessions from a CSV file (UTF-8; comma, semicolon or tab
separated, as spreadsheets save it). The first row names the columns, in any order:

  date         the session's date, YYYY-MM-DD or DD.MM.YYYY
  participant  the person's full name, as added with 'recp club member add'
  company      the person's company, as in the club
  present      yes/no, 1/0, true/false, x/-, да/нет, bəli/xeyr (empty = no)
  topic        optional: the session's topic, needed only when two sessions share a date

  date;participant;company;present
  25.02.2021;Olga Ivanova;Borisov Dairy;yes

The sessions and participants must already be in the club. One bad row refuses the whole file
with every error listed by row number; importing the same file again changes nothing."""


def _date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date YYYY-MM-DD") from None


def add_parsers(sub: Any) -> None:
    club = sub.add_parser(
        "club",
        help="RECP Clubs: sessions, attendance, homework, progress, certificates",
        description="A facilitator's RECP Clubs. CLUB is a club's id or its name.",
    )
    actions = club.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="list the clubs")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_cmd_list)

    show = actions.add_parser("show", help="a club's sessions, members and homework")
    show.add_argument("club", metavar="CLUB")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=_cmd_show)

    create = actions.add_parser(
        "create", help="create a club (its name unique among this data folder's clubs)"
    )
    create.add_argument("name", metavar="NAME")
    create.add_argument(
        "--country", required=True, help="ISO code of a country the app knows, e.g. BY or AZ"
    )
    create.add_argument("--region", default="", help="ISO 3166-2 code, e.g. BY-VI, or text")
    create.add_argument("--city", default="")
    create.add_argument("--facilitator", default="")
    create.add_argument("--organiser", default="", help="the centre issuing certificates")
    create.add_argument("--min-sessions", type=int, default=1, metavar="N")
    create.add_argument(
        "--min-homework", type=int, metavar="N", help="homework needed (default: all)"
    )
    create.set_defaults(func=_cmd_create)

    edit = actions.add_parser("edit", help="change a club's details or criteria")
    edit.add_argument("club", metavar="CLUB")
    edit.add_argument("--name")
    edit.add_argument("--region")
    edit.add_argument("--city")
    edit.add_argument("--facilitator")
    edit.add_argument("--organiser")
    edit.add_argument("--min-sessions", type=int, metavar="N")
    edit.add_argument("--min-homework", metavar="N|all", help="a number, or 'all'")
    edit.set_defaults(func=_cmd_edit)

    session = actions.add_parser("session", help="add a session").add_subparsers(
        dest="session_action", metavar="add", required=True
    )
    add = session.add_parser("add", help="add a session with its date and topic")
    add.add_argument("club", metavar="CLUB")
    add.add_argument("--date", required=True, type=_date, help="YYYY-MM-DD")
    add.add_argument("--topic", required=True)
    add.set_defaults(func=_cmd_session_add)

    member = actions.add_parser("member", help="add a participant").add_subparsers(
        dest="member_action", metavar="add", required=True
    )
    add = member.add_parser("add", help="add a contact person of a company (it joins too)")
    add.add_argument("club", metavar="CLUB")
    add.add_argument("--company", required=True, help="the company's name or id")
    add.add_argument("--name", required=True, help="the person's full name")
    add.add_argument("--position", default="")
    add.add_argument("--email", default="")
    add.set_defaults(func=_cmd_member_add)

    attendance = actions.add_parser("attendance", help="import attendance").add_subparsers(
        dest="attendance_action", metavar="import", required=True
    )
    imp = attendance.add_parser(
        "import",
        help="import attendance from CSV (all rows or none)",
        description=ATTENDANCE_CSV,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("club", metavar="CLUB")
    imp.add_argument("file", metavar="FILE.csv", type=Path)
    imp.add_argument("--json", action="store_true", help="print JSON")
    imp.set_defaults(func=_cmd_attendance_import)

    homework = actions.add_parser("homework", help="add homework").add_subparsers(
        dest="homework_action", metavar="add", required=True
    )
    add = homework.add_parser("add", help="add a homework assignment")
    add.add_argument("club", metavar="CLUB")
    add.add_argument("--kind", required=True, choices=("baseline", "checklist", "calculator"))
    add.add_argument("--target", default="", help="checklist template id or calculator id")
    add.add_argument("--title", default="")
    add.add_argument("--due", type=_date, help="due date YYYY-MM-DD")
    add.set_defaults(func=_cmd_homework_add)

    progress = actions.add_parser("progress", help="homework and eligibility per company")
    progress.add_argument("club", metavar="CLUB")
    progress.add_argument("--json", action="store_true", help="print JSON")
    progress.set_defaults(func=_cmd_progress)

    certificates = actions.add_parser(
        "certificates", help="write signed certificates for all who qualify"
    )
    certificates.add_argument("club", metavar="CLUB")
    certificates.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help="folder for the PDFs (made if new)"
    )
    certificates.add_argument(
        "--language", choices=("en", "ru", "az"), help="default: --lang, else English"
    )
    certificates.add_argument("--json", action="store_true", help="print JSON")
    certificates.set_defaults(func=_cmd_certificates)


def _club(db, ref: str):
    from recp_desktop.storage.clubs import ClubError, find_club

    try:
        return find_club(db, ref)
    except ClubError as exc:
        raise CliError(str(exc)) from None


def _refusing(call, *args, **kwargs):
    from recp_desktop.storage.clubs import ClubError

    try:
        return call(*args, **kwargs)
    except ClubError as exc:
        raise CliError(str(exc)) from None


def _cmd_list(args: argparse.Namespace) -> int:
    from recp_desktop.storage.clubs import list_clubs

    rows = list_clubs(open_database(args))
    if args.json:
        print_json([r.__dict__ for r in rows])
        return 0
    if not rows:
        print("No clubs yet. Create one with 'recp club create NAME --country XX'.")
    for r in rows:
        place = ", ".join(p for p in (r.city, r.region, r.country) if p)
        print(f"{r.id}  {r.name}  ({place})  sessions {r.sessions}  companies {r.companies}")
    return 0


def _cmd_show(args: argparse.Namespace) -> int:
    from recp_desktop.storage.clubs import club_view

    db = open_database(args)
    view = club_view(db, _club(db, args.club).id)
    c = view.club
    payload = {
        "id": c.id,
        "name": c.name,
        "country": c.country,
        "region": c.region,
        "city": c.city,
        "facilitator": c.facilitator,
        "organiser": c.organiser,
        "min_sessions": c.min_sessions,
        "min_homework": c.min_homework,
        "sessions": [
            {"id": s.id, "date": s.held_on.isoformat(), "topic": s.topic} for s in view.sessions
        ],
        "members": [
            {"id": m.id, "name": m.name, "position": m.position, "company": m.company}
            for m in view.members
        ],
        "homework": [
            {
                "id": h.id,
                "kind": h.kind,
                "target": h.target,
                "title": h.title,
                "due_on": h.due_on.isoformat() if h.due_on else None,
            }
            for h in view.homework
        ],
    }
    if args.json:
        print_json(payload)
        return 0
    from recp_desktop.domain.regions import region_name

    region = region_name(c.region, args.lang or "en") if c.region else ""
    print(f"{c.name} — {', '.join(p for p in (c.city, region, c.country) if p)}")
    print(f"Facilitator: {c.facilitator or '—'}   Organiser: {c.organiser or '—'}")
    needed = "all" if c.min_homework is None else c.min_homework
    print(f"Certificate: at least {c.min_sessions} sessions and {needed} homework")
    print("Sessions:")
    for s in payload["sessions"]:
        print(f"  {s['date']}  {s['topic']}")
    print("Participants:")
    for m in view.members:
        print(f"  {m.name}  ({m.company})")
    print("Homework:")
    for h in payload["homework"]:
        print(f"  {h['kind']} {h['target']}  {h['title']}  due {h['due_on'] or '—'}")
    return 0


def _cmd_create(args: argparse.Namespace) -> int:
    from recp_desktop.storage.clubs import create_club

    club = _refusing(
        create_club,
        open_database(args),
        name=args.name,
        country=args.country.upper(),
        region=args.region,
        city=args.city,
        facilitator=args.facilitator,
        organiser=args.organiser,
        min_sessions=args.min_sessions,
        min_homework=args.min_homework,
    )
    print(f"Created the club {club.name}: {club.id}")
    return 0


def _cmd_edit(args: argparse.Namespace) -> int:
    from recp_desktop.storage.clubs import update_club

    db = open_database(args)
    club = _club(db, args.club)
    fields = {
        k: getattr(args, k)
        for k in ("name", "region", "city", "facilitator", "organiser", "min_sessions")
        if getattr(args, k) is not None
    }
    if args.min_homework is not None:
        if args.min_homework.strip().lower() == "all":
            fields["min_homework"] = None
        elif args.min_homework.strip().isdigit():
            fields["min_homework"] = int(args.min_homework)
        else:
            raise CliError("--min-homework takes a whole number or 'all'")
    record = _refusing(update_club, db, club.id, **fields)
    needed = "all" if record.min_homework is None else record.min_homework
    print(f"{record.name}: certificate after {record.min_sessions} sessions and {needed} homework")
    return 0


def _cmd_session_add(args: argparse.Namespace) -> int:
    from recp_desktop.storage.clubs import add_session

    db = open_database(args)
    record = _refusing(add_session, db, _club(db, args.club).id, args.date, args.topic)
    print(f"Added the session of {record.held_on.isoformat()}: {record.topic} ({record.id})")
    return 0


def _cmd_member_add(args: argparse.Namespace) -> int:
    from recp_desktop.storage.clubs import add_participant, find_enterprise

    db = open_database(args)
    club = _club(db, args.club)
    enterprise = _refusing(find_enterprise, db, args.company)
    person = _refusing(
        add_participant, db, club.id, enterprise.id, args.name, args.position, args.email
    )
    print(f"Added {person.name} of {enterprise.name} to {club.name} ({person.id})")
    return 0


def _cmd_attendance_import(args: argparse.Namespace) -> int:
    from recp_desktop.storage.club_attendance import AttendanceImportError, import_attendance

    db = open_database(args)
    club = _club(db, args.club)
    try:
        result = import_attendance(db, club.id, args.file)
    except AttendanceImportError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json({"rows": result.rows, "changed": result.changed})
    else:
        print(f"Read {result.rows} rows; {result.changed} attendance marks new or changed.")
    return 0


def _cmd_homework_add(args: argparse.Namespace) -> int:
    from recp_desktop.domain.calculators import NAMES
    from recp_desktop.storage.clubs import add_homework
    from recp_desktop.storage.templates import template_registry

    db = open_database(args)
    club = _club(db, args.club)
    if args.kind == "checklist":
        known = frozenset(t.id for t in template_registry(db))
    else:
        known = frozenset(n for n in NAMES if n != "economics")
    record = _refusing(
        add_homework,
        db,
        club.id,
        args.kind,
        args.target,
        args.title,
        args.due,
        known_targets=known,
    )
    print(f"Added the homework {record.kind} {record.target} ({record.id})")
    return 0


def _cmd_progress(args: argparse.Namespace) -> int:
    from recp_desktop.storage.club_progress import club_progress

    db = open_database(args)
    state = club_progress(db, _club(db, args.club).id)
    if args.json:
        print_json(state.as_json())
        return 0
    total = len(state.view.homework)
    print(f"{state.view.club.name}: {len(state.view.sessions)} sessions, {total} homework")
    print("Companies (homework done):")
    for c in state.companies:
        print(f"  {c.name}: {c.done}/{total}  ({c.assessments} club self-audits)")
    print("Participants:")
    for p in state.participants:
        e = p.eligibility
        verdict = "eligible" if e.eligible else "not yet: " + "; ".join(e.missing)
        print(f"  {p.member.name} ({p.member.company}): attended {e.attended} — {verdict}")
    print("Quick wins per year:")
    if not state.quick_wins:
        print("  none yet")
    for t in state.quick_wins.values():
        print(
            f"  {t.money:,.0f} {t.currency} from {t.options} options; {t.energy_kwh:,.0f} kWh, "
            f"{t.water_m3:,.0f} m³, {t.co2_t:,.1f} t CO2"
        )
    return 0


def _cmd_certificates(args: argparse.Namespace) -> int:
    from recp_desktop.exchange.certificates import device_signer
    from recp_desktop.report.certificate import CertificateError
    from recp_desktop.report.club_certificates import issue_certificates

    db = open_database(args)
    club = _club(db, args.club)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CliError(f"--out {args.out}: cannot make the folder: {exc.strerror or exc}") from None
    sign, public_key = device_signer(db.folder)
    try:
        issued = issue_certificates(
            db,
            club.id,
            args.out,
            language=args.language or args.lang or "en",
            sign=sign,
            public_key=public_key,
        )
    except CertificateError as exc:
        raise CliError(str(exc)) from None
    if args.json:
        print_json(
            [
                {
                    "participant": i.participant,
                    "company": i.company,
                    "file": str(i.path),
                    "code": i.code,
                }
                for i in issued
            ]
        )
        return 0
    if not issued:
        print("Nobody meets the club's criteria yet; see 'recp club progress'.")
    for i in issued:
        print(f"{i.code}  {i.participant} ({i.company})  {i.path}")
    return 0
