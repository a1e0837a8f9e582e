"""Attendance from CSV: every bad row named, nothing written unless all rows are good."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recp_desktop.storage import clubs
from recp_desktop.storage.club_attendance import AttendanceImportError, import_attendance
from recp_desktop.storage.repository import create_enterprise


@pytest.fixture
def club(db):
    c = clubs.create_club(db, name="Borisov RECP Club", country="BY", min_sessions=1)
    s1 = clubs.add_session(db, c.id, date(2021, 2, 25), "Baseline")
    s2 = clubs.add_session(db, c.id, date(2021, 3, 11), "Energy")
    plant = create_enterprise(db, name="Борисовский молочный завод", country="BY")
    olga = clubs.add_participant(db, c.id, plant.id, "Ольга Иванова")
    pavel = clubs.add_participant(db, c.id, plant.id, "Pavel Sidorov")
    return db, c, (s1, s2), (olga, pavel)


def _write(tmp_path: Path, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / "attendance.csv"
    path.write_bytes(text.encode(encoding))
    return path


def test_good_file_imports_and_twice_changes_nothing(club, tmp_path: Path) -> None:
    db, c, (s1, s2), (olga, pavel) = club
    path = _write(
        tmp_path,
        "date,participant,company,present\n"
        "2021-02-25,Ольга Иванова,Борисовский молочный завод,yes\n"
        "2021-03-11,ольга  иванова,БОРИСОВСКИЙ молочный завод,да\n"
        "2021-02-25,Pavel Sidorov,Борисовский молочный завод,no\n",
    )
    first = import_attendance(db, c.id, path)
    assert (first.rows, first.changed) == (3, 3)
    marks = clubs.club_view(db, c.id).attendance
    assert marks == {(s1.id, olga.id): True, (s2.id, olga.id): True, (s1.id, pavel.id): False}
    again = import_attendance(db, c.id, path)
    assert (again.rows, again.changed) == (3, 0)
    assert clubs.club_view(db, c.id).attendance == marks


def test_excel_semicolons_bom_and_dotted_dates(club, tmp_path: Path) -> None:
    db, c, (s1, _), (olga, _) = club
    path = _write(
        tmp_path,
        "Date;Participant;Company;Present\r\n"
        "25.02.2021;Ольга Иванова;Борисовский молочный завод;1\r\n",
        "utf-8-sig",
    )
    assert import_attendance(db, c.id, path).rows == 1
    assert clubs.club_view(db, c.id).attendance == {(s1.id, olga.id): True}


def test_bad_rows_are_all_named_and_nothing_is_written(club, tmp_path: Path) -> None:
    db, c, _, _ = club
    path = _write(
        tmp_path,
        "date,participant,company,present\n"
        "2021-02-25,Ольга Иванова,Борисовский молочный завод,yes\n"  # good, still not written
        "2021-02-26,Ольга Иванова,Борисовский молочный завод,yes\n"
        "2021-02-25,Nobody,Борисовский молочный завод,yes\n"
        "25/02/2021,Pavel Sidorov,Борисовский молочный завод,maybe\n"
        "2021-02-25,Ольга Иванова,Борисовский молочный завод,no\n",
    )
    with pytest.raises(AttendanceImportError) as caught:
        import_attendance(db, c.id, path)
    assert caught.value.errors == [
        "row 3: the club has no session on 2021-02-26",
        "row 4: no participant 'Nobody' of the company 'Борисовский молочный завод' in the club",
        "row 5: date '25/02/2021' is not YYYY-MM-DD or DD.MM.YYYY; present 'maybe' is not yes "
        "or no",
        "row 6: contradicts an earlier row for the same person and date",
    ]
    assert clubs.club_view(db, c.id).attendance == {}


def test_file_level_refusals(club, tmp_path: Path) -> None:
    db, c, _, _ = club
    with pytest.raises(AttendanceImportError, match="lacks the column"):
        import_attendance(db, c.id, _write(tmp_path, "date,name,present\n2021-02-25,X,yes\n"))
    with pytest.raises(AttendanceImportError, match="not UTF-8"):
        import_attendance(
            db, c.id, _write(tmp_path, "date,participant,company,present\nÄ", "cp1252")
        )
    with pytest.raises(AttendanceImportError, match="cannot read"):
        import_attendance(db, c.id, tmp_path / "missing.csv")


def test_two_sessions_on_a_date_need_a_topic(club, tmp_path: Path) -> None:
    db, c, _, (olga, _) = club
    afternoon = clubs.add_session(db, c.id, date(2021, 2, 25), "Water walk")
    plain = (
        "date,participant,company,present\n"
        "2021-02-25,Ольга Иванова,Борисовский молочный завод,yes\n"
    )
    with pytest.raises(AttendanceImportError, match="add a topic column"):
        import_attendance(db, c.id, _write(tmp_path, plain))
    with_topic = (
        "date,topic,participant,company,present\n"
        "2021-02-25,water walk,Ольга Иванова,Борисовский молочный завод,yes\n"
    )
    import_attendance(db, c.id, _write(tmp_path, with_topic))
    assert clubs.club_view(db, c.id).attendance == {(afternoon.id, olga.id): True}


def test_cli_import_reports_rows(club, tmp_path: Path) -> None:
    from tests.core.test_cli import recp

    db, c, _, _ = club
    bad = _write(tmp_path, "date,participant,company,present\n2021-01-01,X,Y,yes\n")
    result = recp("--data-dir", str(db.folder), "club", "attendance", "import", c.name, str(bad))
    assert result.returncode == 2
    assert "Nothing was imported" in result.stderr and "row 2:" in result.stderr
