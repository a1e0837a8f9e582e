"""A supervisor's symbiosis decisions are records (``symbiosis_decision``, format 3): they travel
in the stream's assessment's package, survive a company merge, come through the migration from
the local table they used to live in, and a confirmed exchange whose candidate is gone stays in
the reports with why (hand-built fixture, tests/waste_fixture.py)."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from recp_desktop.domain.programme import ProgrammeFilter
from recp_desktop.domain.records import BY_NAME, RecordError, check_record, decision_id
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.report.programme_data import gather_programme
from recp_desktop.report.programme_pdf import write_programme_pdf
from recp_desktop.storage import companies, migrate
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import SymbiosisDecision, WasteStream
from recp_desktop.storage.symbiosis import confirmed_exchanges, find_candidates
from recp_desktop.storage.symbiosis_decisions import decide, decisions, undecide
from recp_desktop.storage.waste import set_waste_stream_deleted, update_waste_stream
from tests import waste_fixture
from tests.core.test_report import pdf_text


def _candidate(db: Database, receiver: str):
    """The fixture's candidate going to the company named ``receiver``."""
    (found,) = [c for c in find_candidates(db) if c.receiver.name == receiver]
    return found


def _rows(db: Database) -> list[SymbiosisDecision]:
    with db.session() as session:
        return list(session.query(SymbiosisDecision))


def test_the_id_is_the_candidate() -> None:
    record = {
        "id": decision_id("s-1", "e-2"), "revision": 1, "updated_at": "2026-12-01T03:00:00Z",
        "updated_by": "d-1", "deleted": False, "version": {"d-1": 1}, "assessment_id": "a-1",
        "stream_id": "s-1", "receiver_id": "e-2", "status": "confirmed", "comment": "",
        "decided_at": "2026-12-01T03:00:00Z", "decided_by": "Aysel",
    }  # fmt: skip
    assert check_record(BY_NAME["symbiosis_decision"], record, "here")["status"] == "confirmed"
    # the same pair gives the same id on any device; another pair another id
    assert decision_id("s-1", "e-2") == decision_id("s-1", "e-2") != decision_id("s-1", "e-3")
    with pytest.raises(RecordError, match="decision id"):
        check_record(BY_NAME["symbiosis_decision"], {**record, "receiver_id": "e-3"}, "here")
    with pytest.raises(RecordError, match="status"):
        check_record(BY_NAME["symbiosis_decision"], {**record, "status": "open"}, "here")


def test_a_decision_travels_in_the_streams_package(tmp_path: Path) -> None:
    office, home = Database(tmp_path / "office"), Database(tmp_path / "home")
    try:
        waste_fixture.build(office)
        cement = _candidate(office, "Ganja Cement")
        decide(office, *cement.key, "confirmed", "Trial load in May", by="Nigar")
        packages = []
        with office.session() as session:
            giver = session.get_one(WasteStream, cement.stream.id).assessment_id
            others = {
                a for (a,) in session.execute(
                    WasteStream.__table__.select().with_only_columns(
                        WasteStream.__table__.c.assessment_id
                    )
                )
            }  # fmt: skip
        for assessment_id in sorted(others):
            package = tmp_path / f"{assessment_id}.recp"
            export_assessment(office, assessment_id, package, author="Nigar")
            packages.append(package)
        with zipfile.ZipFile(tmp_path / f"{giver}.recp") as archive:
            carried = json.loads(archive.read("records/symbiosis_decision.json"))
        fields = ("stream_id", "receiver_id", "status", "comment", "decided_by")
        assert [tuple(r[n] for n in fields) for r in carried] == [
            (*cement.key, "confirmed", "Trial load in May", "Nigar")
        ]
        for package in packages:
            assert import_package(home, package).ok
        [(candidate, decision)] = confirmed_exchanges(home)[0]
        assert candidate.key == cement.key and decision.comment == "Trial load in May"
        before = [(r.id, r.revision) for r in _rows(home)]
        result = import_package(home, tmp_path / f"{giver}.recp")  # again: nothing changes
        assert result.ok and result.by_type["symbiosis_decision"]["unchanged"] == 1
        assert [(r.id, r.revision) for r in _rows(home)] == before
        # taken back in the office: the tombstone travels and the candidate is open at home
        undecide(office, *cement.key)
        export_assessment(office, giver, tmp_path / "again.recp", author="Nigar")
        assert import_package(home, tmp_path / "again.recp").ok
        assert decisions(home) == {} and confirmed_exchanges(home) == ([], [])
    finally:
        office.close()
        home.close()


def test_a_format_3_package_without_decisions_still_imports(tmp_path: Path) -> None:
    office, home = Database(tmp_path / "office"), Database(tmp_path / "home")
    try:
        ids = waste_fixture.build(office)
        with office.session() as session:
            from recp_desktop.storage.models import Assessment

            audit = session.query(Assessment).filter_by(enterprise_id=ids["cement"]).one().id
        package = tmp_path / "p.recp"
        export_assessment(office, audit, package, author="a")
        stripped = tmp_path / "stripped.recp"
        with zipfile.ZipFile(package) as source, zipfile.ZipFile(stripped, "w") as target:
            manifest = json.loads(source.read("manifest.json"))
            manifest["files"] = [
                f for f in manifest["files"] if f["path"] != "records/symbiosis_decision.json"
            ]
            for info in source.infolist():
                if info.filename == "records/symbiosis_decision.json":
                    continue
                data = source.read(info.filename)
                if info.filename == "manifest.json":
                    data = json.dumps(manifest).encode()
                elif info.filename == "manifest.sig":
                    continue  # the manifest changed: unsigned now
                target.writestr(info.filename, data)
        result = import_package(home, stripped, allow_unsigned=True)
        assert result.ok, result.reason
        assert decisions(home) == {}
    finally:
        office.close()
        home.close()


def test_a_merge_carries_the_decision_to_the_kept_company(db) -> None:
    ids = waste_fixture.build(db)
    cement = _candidate(db, "Ganja Cement")
    decide(db, *cement.key, "confirmed", "Kiln trial")
    # A second record of Ganja Cement (same country) is kept; the first is merged into it.
    from recp_desktop.storage.repository import create_enterprise

    kept = create_enterprise(db, name="Ganja Cement LLC", country="AZ", region="AZ-GA",
                             nace="23.51")  # fmt: skip
    companies.merge(db, kept.id, ids["cement"])
    stream = cement.stream.id
    assert (
        decisions(db) == {(stream, kept.id): decisions(db)[(stream, kept.id)]}
        and decisions(db)[(stream, kept.id)].comment == "Kiln trial"
    )
    rows = {r.receiver_id: r for r in _rows(db)}
    assert rows[ids["cement"]].deleted and not rows[kept.id].deleted
    assert rows[kept.id].id == decision_id(stream, kept.id)
    [(candidate, decision)] = confirmed_exchanges(db)[0]
    assert candidate.receiver.id == kept.id and decision.status == "confirmed"


def test_a_decision_to_a_company_merged_elsewhere_is_read_as_the_kept_one(db) -> None:
    """A decision made before the merge arrived (no carry-over here) still names the company
    the receiver was merged into."""
    ids = waste_fixture.build(db)
    cement = _candidate(db, "Ganja Cement")
    decide(db, *cement.key, "confirmed")
    from recp_desktop.storage.models import Enterprise
    from recp_desktop.storage.records import apply_edit
    from recp_desktop.storage.repository import create_enterprise

    kept = create_enterprise(db, name="Ganja Cement LLC", country="AZ", region="AZ-GA",
                             nace="23.51")  # fmt: skip
    with db.session() as session:  # the merge as an import writes it: only the tombstone
        gone = session.get_one(Enterprise, ids["cement"])
        apply_edit(gone, db.device_id, deleted=True, merged_into=kept.id)
    assert list(decisions(db)) == [(cement.stream.id, kept.id)]
    undecide(db, cement.stream.id, kept.id)  # taking it back reaches the old record
    assert decisions(db) == {}


@pytest.mark.parametrize(
    ("change", "reason", "note"),
    [
        ("delete", "stream_deleted", "No longer a candidate: the waste stream was deleted."),
        ("code", "no_match", "No longer a candidate: the stream's code"),
    ],
)
def test_a_confirmed_exchange_whose_candidate_is_gone_stays_listed(
    db, tmp_path: Path, change: str, reason: str, note: str
) -> None:
    waste_fixture.build(db)
    cement = _candidate(db, "Ganja Cement")
    decide(db, *cement.key, "confirmed", "Trial load in May")
    if change == "delete":
        set_waste_stream_deleted(db, cement.stream.id)
    else:  # 101306 kiln dust → 200301 mixed municipal waste, which no cement works takes
        update_waste_stream(db, cement.stream.id, ewc_code="200301")
    assert cement.key not in {c.key for c in find_candidates(db)}
    confirmed, lost = confirmed_exchanges(db)
    assert confirmed == []
    [gone] = lost
    assert (gone.stream_id, gone.receiver_id, gone.reason) == (*cement.key, reason)
    assert gone.receiver == "Ganja Cement" and gone.decision.comment == "Trial load in May"
    data = gather_programme(db, ProgrammeFilter(review=None), "USD", language="en")
    [listed] = data.exchanges
    assert (listed.receiver, listed.lost, listed.comment) == ("Ganja Cement", reason,
                                                              "Trial load in May")  # fmt: skip
    target = tmp_path / "programme.pdf"
    write_programme_pdf(data, target)
    text = pdf_text(target)
    assert "Confirmed symbiosis exchanges" in text and note in text
    ru = gather_programme(db, ProgrammeFilter(review=None), "USD", language="ru")
    write_programme_pdf(ru, tmp_path / "ru.pdf")
    assert "Больше не кандидат" in pdf_text(tmp_path / "ru.pdf")


def test_the_migration_turns_old_decisions_into_records(tmp_path: Path) -> None:
    from alembic import command

    folder = tmp_path / "old"
    db = Database(folder)
    waste_fixture.build(db)
    cement = _candidate(db, "Ganja Cement")
    device = db.device_id
    with db.session() as session:
        assessment_id = session.get_one(WasteStream, cement.stream.id).assessment_id
    db.close()
    engine = create_engine(f"sqlite:///{folder / 'recp.sqlite3'}")
    with engine.begin() as connection:
        before = "0007_wastemap_enterprise_coordinates"
        command.downgrade(migrate._alembic_config(connection), before)
        # a row as the app before 0008 wrote it (storage of 0006_wastemap_symbiosis)
        connection.exec_driver_sql(
            "INSERT INTO symbiosis_decision (stream_id, receiver_id, status, comment, decided_at) "
            "VALUES (?, ?, 'confirmed', 'Пробная партия', '2026-11-30 21:15:00.000000')",
            cement.key,
        )
    engine.dispose()
    db = Database(folder)  # upgrades to the head
    try:
        assert db.revision() == migrate.SCHEMA_HEAD
        [row] = _rows(db)
        assert row.id == decision_id(*cement.key)
        assert (row.assessment_id, row.stream_id, row.receiver_id) == (assessment_id, *cement.key)
        kept = (row.status, row.comment, row.revision, row.deleted)
        assert kept == ("confirmed", "Пробная партия", 1, False)
        assert row.updated_by == device
        assert row.decided_at.replace(tzinfo=None).isoformat() == "2026-11-30T21:15:00"
        [(candidate, decision)] = confirmed_exchanges(db)[0]
        assert candidate.key == cement.key and decision.comment == "Пробная партия"
    finally:
        db.close()


def test_recp_symbiosis_still_shows_a_confirmed_exchange_whose_stream_is_gone(
    tmp_path: Path,
) -> None:
    from tests.core.test_cli import recp

    db = Database(tmp_path / "data")
    try:
        waste_fixture.build(db)
        cement = _candidate(db, "Ganja Cement")
        decide(db, *cement.key, "confirmed")
        set_waste_stream_deleted(db, cement.stream.id)
    finally:
        db.close()
    done = recp("--data-dir", str(tmp_path / "data"), "symbiosis")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "[confirmed]  Rustavi Steel: Mill scale (10 02 10) → Ganja Cement" in out
    assert "No longer a candidate: the waste stream was deleted." in out
