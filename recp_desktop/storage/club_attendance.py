"""Attendance of a club's sessions imported from a CSV file, all rows or none.

The file (UTF-8, with or without BOM; comma, semicolon or tab separated, as spreadsheets save
it) has a header row with the columns ``date``, ``participant``, ``company`` and ``present``,
and optionally ``topic`` (needed only when two sessions share a date)::

    date,participant,company,present
    2021-02-25,Olga Ivanova,Borisov Dairy,yes
    25.02.2021,Pavel Sidorov,Orsha Flax,no

``date`` is ``YYYY-MM-DD`` or ``DD.MM.YYYY``; ``present`` is yes/no, 1/0, true/false, or the
Russian да/нет and Azerbaijani bəli/xeyr. Participants and sessions must already be in the club.
Every row is checked first; one bad row refuses the file with every error listed by row number,
and nothing is written. Importing the same file twice changes nothing (one row per session and
participant, keyed in the database).
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from recp_desktop.storage.club_models import ClubAttendance
from recp_desktop.storage.clubs import club_view
from recp_desktop.storage.database import Database

COLUMNS = ("date", "participant", "company", "present")
YES = frozenset({"yes", "y", "1", "true", "x", "+", "да", "д", "bəli", "he"})
NO = frozenset({"no", "n", "0", "false", "-", "", "нет", "н", "xeyr", "yox"})
MAX_BYTES = 5_000_000


class AttendanceImportError(ValueError):
    """The file was refused; ``errors`` lists every problem (``row N: ...``)."""

    def __init__(self, errors: list[str]) -> None:
        self.errors = errors
        shown = "\n".join(errors[:50])
        more = f"\n… and {len(errors) - 50} more" if len(errors) > 50 else ""
        super().__init__(f"Nothing was imported:\n{shown}{more}")


@dataclass(frozen=True)
class AttendanceImported:
    """What an import did: rows read, and how many marks were new or changed."""

    rows: int
    changed: int


def _date(text: str) -> date | None:
    for pattern in ("%Y-%m-%d", "%d.%m.%Y"):
        try:
            return datetime.strptime(text.strip(), pattern).date()
        except ValueError:
            continue
    return None


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def read_rows(path: Path) -> list[dict[str, str]]:
    """The CSV's rows as dicts keyed by lower-case column name.

    Raises :class:`AttendanceImportError` for an unreadable file or missing columns.
    """
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise AttendanceImportError([f"cannot read {path}: {exc.strerror or exc}"]) from None
    if len(raw) > MAX_BYTES:
        raise AttendanceImportError([f"{path} is larger than {MAX_BYTES // 1_000_000} MB"])
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise AttendanceImportError(
            [f"{path} is not UTF-8 text (byte {exc.start}); save it as CSV UTF-8"]
        ) from None
    first = text.splitlines()[0] if text.strip() else ""
    try:
        dialect = csv.Sniffer().sniff(first, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text), dialect=dialect)
    header = [(h or "").strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise AttendanceImportError(
            [
                f"the header row lacks the column(s) {', '.join(missing)}; it needs "
                f"{', '.join(COLUMNS)} (and optionally topic)"
            ]
        )
    reader.fieldnames = header
    return [{k: (v or "").strip() for k, v in row.items() if k} for row in reader]


def import_attendance(db: Database, club_id: str, path: Path) -> AttendanceImported:
    """Check every row of ``path`` against the club, then write all marks in one transaction.

    Raises :class:`AttendanceImportError` listing every bad row; nothing is written then.
    """
    rows = read_rows(path)
    view = club_view(db, club_id)
    people: dict[tuple[str, str], str] = {
        (_norm(m.name), _norm(m.company)): m.id for m in view.members
    }
    errors: list[str] = []
    marks: dict[tuple[str, str], bool] = {}
    for number, row in enumerate(rows, start=2):  # row 1 is the header
        problems = []
        held = _date(row.get("date", ""))
        sessions = []
        if held is None:
            problems.append(f"date '{row.get('date', '')}' is not YYYY-MM-DD or DD.MM.YYYY")
        else:
            sessions = [s for s in view.sessions if s.held_on == held]
            topic = _norm(row.get("topic", ""))
            if topic:
                sessions = [s for s in sessions if _norm(s.topic) == topic]
            if not sessions:
                problems.append(f"the club has no session on {held.isoformat()}")
            elif len(sessions) > 1:
                problems.append(
                    f"several sessions on {held.isoformat()}; add a topic column to say which"
                )
        person = people.get((_norm(row.get("participant", "")), _norm(row.get("company", ""))))
        if person is None:
            problems.append(
                f"no participant '{row.get('participant', '')}' of the company "
                f"'{row.get('company', '')}' in the club"
            )
        present_text = row.get("present", "").casefold()
        if present_text not in YES | NO:
            problems.append(f"present '{row.get('present', '')}' is not yes or no")
        if problems:
            errors.append(f"row {number}: " + "; ".join(problems))
            continue
        key = (sessions[0].id, person)
        value = present_text in YES
        if key in marks and marks[key] != value:
            errors.append(f"row {number}: contradicts an earlier row for the same person and date")
        marks[key] = value
    if errors:
        raise AttendanceImportError(errors)
    changed = sum(1 for k, v in marks.items() if view.attendance.get(k) != v)
    with db.session() as session:
        for (session_id, participant_id), present in marks.items():
            session.merge(
                ClubAttendance(
                    session_id=session_id, participant_id=participant_id, present=present
                )
            )
    return AttendanceImported(len(rows), changed)
