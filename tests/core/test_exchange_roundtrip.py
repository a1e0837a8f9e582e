"""Two (and three) devices editing one assessment apart and exchanging packages both ways."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.exchange.conflicts import list_conflicts, resolve_conflict
from recp_desktop.exchange.errors import ConflictError
from recp_desktop.exchange.importer import import_package, import_packages
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.baseline import BaselineValue, load_baseline, save_baseline
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Answer
from recp_desktop.storage.options import list_options, set_option_deleted, update_option
from recp_desktop.storage.photos import list_photos, photo_file
from recp_desktop.storage.repository import get_assessment, update_assessment
from tests.packages import NUMBER, YES_NO, answer, db_digest, seed


class Device:
    """A data folder with its database, exporting to and importing from files in ``outbox``."""

    def __init__(self, folder: Path, outbox: Path) -> None:
        self.folder = folder
        self.outbox = outbox
        self.db = Database(folder)
        self.sent = 0

    def send(self, assessment_id: str) -> Path:
        self.sent += 1
        path = self.outbox / f"{self.folder.name}-{self.sent}.recp"
        export_assessment(self.db, assessment_id, path, author=self.folder.name)
        return path

    def receive(self, package: Path):
        result = import_package(self.db, package)
        assert result.ok, result.reason
        return result


@pytest.fixture
def devices(tmp_path: Path):
    outbox = tmp_path / "outbox"
    outbox.mkdir()
    made = [Device(tmp_path / name, outbox) for name in ("a", "b", "c")]
    yield made
    for device in made:
        device.db.close()


def _shared(devices, tmp_path: Path) -> str:
    """An assessment made on A and handed to B (and C)."""
    a = devices[0]
    assessment_id = seed(a.db, tmp_path)
    package = a.send(assessment_id)
    for other in devices[1:]:
        result = other.receive(package)
        assert result.counts["new"] == 10 and result.counts["conflict"] == 0
    return assessment_id


def test_first_import_brings_every_record_type_and_the_photo_file(devices, tmp_path) -> None:
    a, b, _ = devices
    assessment_id = _shared(devices, tmp_path)
    assert get_assessment(b.db, assessment_id)[1].name == "Rustavi Steel"
    assert load_answers(b.db, assessment_id) == load_answers(a.db, assessment_id)
    assert load_baseline(b.db, assessment_id)["electricity"] == BaselineValue(1200, "MWh", 150_000)
    [option] = list_options(b.db, assessment_id)
    assert option.title == "Fix air leaks" and option.saving_money == 1234.5
    assert option.inputs == list_options(a.db, assessment_id)[0].inputs
    [photo] = list_photos(b.db, assessment_id)
    stored = photo_file(b.folder, photo.sha256, photo.media_type)
    assert stored.read_bytes() == photo_file(a.folder, photo.sha256, photo.media_type).read_bytes()
    with b.db.session() as session:
        row = session.scalars(select(Answer).where(Answer.question_id == NUMBER)).one()
        assert row.updated_by == a.db.device_id and row.number_canonical == 7.5


def test_the_same_package_twice_changes_nothing(devices, tmp_path) -> None:
    a, b, _ = devices
    assessment_id = seed(a.db, tmp_path)
    package = a.send(assessment_id)
    b.receive(package)
    b.db.close()
    before = db_digest(b.folder)
    b.db = Database(b.folder)
    again = b.receive(package)
    assert again.counts == {"new": 0, "updated": 0, "unchanged": 10, "conflict": 0}
    b.db.close()
    assert db_digest(b.folder) == before
    b.db = Database(b.folder)


def test_different_answers_merge_both_ways(devices, tmp_path) -> None:
    a, b, _ = devices
    assessment_id = _shared(devices, tmp_path)
    answer(a.db, assessment_id, YES_NO[0], AnswerState("no", note="seen on A"))
    answer(b.db, assessment_id, YES_NO[1], AnswerState("no", note="seen on B"))
    answer(b.db, assessment_id, YES_NO[3], AnswerState("na"))  # new on B
    save_baseline(a.db, assessment_id, "water", BaselineValue(5200, "m**3", 4100))
    from_a, from_b = a.send(assessment_id), b.send(assessment_id)
    at_a = a.receive(from_b)
    at_b = b.receive(from_a)
    assert at_a.counts == {"new": 1, "updated": 1, "unchanged": 9, "conflict": 0}
    assert at_b.counts == {"new": 0, "updated": 2, "unchanged": 8, "conflict": 0}
    expected = load_answers(a.db, assessment_id)
    assert expected == load_answers(b.db, assessment_id)
    assert expected[YES_NO[0]].note == "seen on A" and expected[YES_NO[1]].note == "seen on B"
    assert expected[YES_NO[3]].value == "na"
    assert load_baseline(b.db, assessment_id)["water"].quantity == 5200
    # Once both sides have everything, another round changes nothing anywhere.
    assert a.receive(b.send(assessment_id)).counts["unchanged"] == 11
    assert b.receive(a.send(assessment_id)).counts["unchanged"] == 11
    assert list_conflicts(a.db) == [] and list_conflicts(b.db) == []


def test_an_older_package_after_a_newer_one_changes_nothing(devices, tmp_path) -> None:
    a, b, _ = devices
    assessment_id = _shared(devices, tmp_path)
    answer(a.db, assessment_id, NUMBER, AnswerState(number=6.0, unit="bar"))
    older = a.send(assessment_id)
    answer(a.db, assessment_id, NUMBER, AnswerState(number=5.5, unit="bar"))
    newer = a.send(assessment_id)
    assert b.receive(newer).counts["updated"] == 1
    assert b.receive(older).counts == {"new": 0, "updated": 0, "unchanged": 10, "conflict": 0}
    assert load_answers(b.db, assessment_id)[NUMBER].number == 5.5
    assert list_conflicts(b.db) == []


def test_same_answer_edited_apart_is_a_conflict_with_both_versions(devices, tmp_path) -> None:
    a, b, _ = devices
    assessment_id = _shared(devices, tmp_path)
    answer(a.db, assessment_id, NUMBER, AnswerState(number=6.0, unit="bar", note="A measured"))
    answer(b.db, assessment_id, NUMBER, AnswerState(number=8.0, unit="bar", note="B measured"))
    from_a, from_b = a.send(assessment_id), b.send(assessment_id)
    at_a = a.receive(from_b)
    assert at_a.counts["conflict"] == 1 and at_a.by_type["answer"]["conflict"] == 1
    b.receive(from_a)
    # Nothing is lost: the local answer stays, the incoming one waits beside it.
    assert load_answers(a.db, assessment_id)[NUMBER].number == 6.0
    [conflict] = list_conflicts(a.db, assessment_id=assessment_id)
    assert conflict.label == NUMBER and conflict.record_type == "answer"
    assert conflict.local["number"] == 6.0 and conflict.incoming["number"] == 8.0
    assert set(conflict.differing) == {"number", "number_canonical", "note"}
    assert conflict.source_device_name == b.db.device_name and conflict.source_author == "b"
    # Importing the same package again does not make a second conflict.
    assert a.receive(from_b).counts["conflict"] == 1
    assert len(list_conflicts(a.db)) == 1
    # A keeps B's figure; the outcome travels to B and settles B's copy of the conflict.
    resolved = resolve_conflict(a.db, conflict.id, "incoming")
    assert resolved.status == "resolved" and resolved.resolution == "incoming"
    assert load_answers(a.db, assessment_id)[NUMBER].number == 8.0
    assert list_conflicts(a.db) == []
    assert len(list_conflicts(b.db)) == 1
    outcome = b.receive(a.send(assessment_id))
    assert outcome.counts["conflict"] == 0
    assert list_conflicts(b.db) == []
    assert [c.status for c in list_conflicts(b.db, include_closed=True)] == ["superseded"]
    assert load_answers(a.db, assessment_id) == load_answers(b.db, assessment_id)
    assert a.receive(b.send(assessment_id)).counts["conflict"] == 0


def test_a_conflict_resolved_by_keeping_local_wins_everywhere(devices, tmp_path) -> None:
    a, b, _ = devices
    assessment_id = _shared(devices, tmp_path)
    update_assessment(a.db, assessment_id, team="Nino, Giorgi")
    update_assessment(b.db, assessment_id, team="Nino, Levan")
    a.receive(b.send(assessment_id))
    [conflict] = list_conflicts(a.db)
    assert conflict.record_type == "assessment" and conflict.differing == ("team",)
    resolve_conflict(a.db, conflict.id, "local")
    b.receive(a.send(assessment_id))
    assert get_assessment(b.db, assessment_id)[0].team == "Nino, Giorgi"
    assert list_conflicts(b.db) == []


def test_a_conflict_resolved_by_an_edit(devices, tmp_path) -> None:
    a, b, _ = devices
    assessment_id = _shared(devices, tmp_path)
    option_id = list_options(a.db, assessment_id)[0].id
    update_option(a.db, option_id, note="check the receiver")
    update_option(b.db, option_id, note="check the dryer")
    a.receive(b.send(assessment_id))
    [conflict] = list_conflicts(a.db)
    with pytest.raises(ConflictError, match="saving_money"):
        resolve_conflict(a.db, conflict.id, "edit", {"saving_money": "lots"})
    with pytest.raises(ConflictError, match="never changes"):
        resolve_conflict(a.db, conflict.id, "edit", {"assessment_id": "elsewhere"})
    resolve_conflict(a.db, conflict.id, "edit", {"note": "check the receiver and the dryer"})
    with pytest.raises(ConflictError, match="already resolved"):
        resolve_conflict(a.db, conflict.id, "local")
    b.receive(a.send(assessment_id))
    assert list_options(b.db, assessment_id)[0].note == "check the receiver and the dryer"


def test_tombstones_travel(devices, tmp_path) -> None:
    a, b, _ = devices
    assessment_id = _shared(devices, tmp_path)
    set_option_deleted(a.db, list_options(a.db, assessment_id)[0].id)
    from recp_desktop.storage.photos import set_photo_deleted

    set_photo_deleted(b.db, list_photos(b.db, assessment_id)[0].id, True)
    a.receive(b.send(assessment_id))
    b.receive(a.send(assessment_id))
    for device in (a, b):
        assert list_options(device.db, assessment_id) == []
        assert list_photos(device.db, assessment_id) == []


def test_an_edit_against_a_deletion_is_a_conflict(devices, tmp_path) -> None:
    a, b, _ = devices
    assessment_id = _shared(devices, tmp_path)
    option_id = list_options(a.db, assessment_id)[0].id
    set_option_deleted(a.db, option_id)
    update_option(b.db, option_id, status="recommended")
    a.receive(b.send(assessment_id))
    [conflict] = list_conflicts(a.db)
    assert "deleted" in conflict.differing and "status" in conflict.differing
    resolve_conflict(a.db, conflict.id, "incoming")
    assert [o.status for o in list_options(a.db, assessment_id)] == ["recommended"]


def test_the_same_question_answered_apart_becomes_one_answer(devices, tmp_path) -> None:
    a, b, _ = devices
    assessment_id = _shared(devices, tmp_path)
    question = YES_NO[3]  # answered nowhere yet: each device makes its own record
    answer(a.db, assessment_id, question, AnswerState("yes"))
    answer(b.db, assessment_id, question, AnswerState("yes"))
    answer(a.db, assessment_id, "water.leaks.hose_nozzles", AnswerState("no"))
    answer(b.db, assessment_id, "water.leaks.hose_nozzles", AnswerState("yes"))
    a.receive(b.send(assessment_id))
    b.receive(a.send(assessment_id))
    [conflict_a] = list_conflicts(a.db)
    [conflict_b] = list_conflicts(b.db)
    assert conflict_a.label == conflict_b.label == "water.leaks.hose_nozzles"
    resolve_conflict(b.db, conflict_b.id, "local")
    a.receive(b.send(assessment_id))
    assert list_conflicts(a.db) == []
    ids = []
    for device in (a, b):
        answers = load_answers(device.db, assessment_id)
        assert answers[question].value == "yes"
        assert answers["water.leaks.hose_nozzles"].value == "yes"
        with device.db.session() as session:
            ids.append(
                sorted(session.scalars(select(Answer.id).where(Answer.question_id.like("water.%"))))
            )
    assert ids[0] == ids[1], "the two records of one answer end with the same id"


def test_three_devices_a_resolution_made_anywhere_settles_it_everywhere(devices, tmp_path) -> None:
    a, b, c = devices
    assessment_id = _shared(devices, tmp_path)
    answer(a.db, assessment_id, NUMBER, AnswerState(number=6.0, unit="bar"))
    answer(b.db, assessment_id, NUMBER, AnswerState(number=8.0, unit="bar"))
    from_a, from_b = a.send(assessment_id), b.send(assessment_id)
    results = import_packages(c.db, [from_a, from_b])
    assert [r.counts["updated"] for r in results] == [1, 0]
    assert results[1].counts["conflict"] == 1
    [conflict] = list_conflicts(c.db)
    resolve_conflict(c.db, conflict.id, "edit", {"number": 7.0, "number_canonical": 7.0})
    from_c = c.send(assessment_id)
    for device in (a, b):
        device.receive(from_c)
        assert load_answers(device.db, assessment_id)[NUMBER].number == 7.0
    a.receive(from_b)  # B's old edit arrives late at A: already included, nothing happens
    assert list_conflicts(a.db) == []
    assert load_answers(a.db, assessment_id)[NUMBER].number == 7.0


def test_progress_and_cancel_for_a_background_import(devices, tmp_path) -> None:
    a, b, _ = devices
    assessment_id = seed(a.db, tmp_path)
    packages = [a.send(assessment_id) for _ in range(3)]
    seen, asked = [], []
    results = import_packages(
        b.db,
        packages,
        progress=lambda done, total, result: seen.append((done, total, result.status)),
        cancel=lambda: asked.append(True) or len(asked) > 2,  # yes, before the third
    )
    assert seen == [(1, 3, "imported"), (2, 3, "imported"), (3, 3, "cancelled")]
    assert [r.status for r in results] == ["imported", "imported", "cancelled"]
