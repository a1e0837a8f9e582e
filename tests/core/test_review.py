"""The review workflow (issue 14 §1): rules, the state derived from events, package round trips."""

from __future__ import annotations

import itertools
import json
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recp_desktop.domain import review as rules
from recp_desktop.domain.records import BY_NAME, RecordError, check_record
from recp_desktop.domain.vocabulary import REVIEW_STATES
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage import review
from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Assessment
from recp_desktop.storage.repository import (
    create_assessment,
    create_enterprise,
    list_assessments,
)


@pytest.fixture
def devices(tmp_path: Path):
    made = {name: Database(tmp_path / name) for name in ("expert", "boss", "deputy")}
    yield made
    for db in made.values():
        db.close()


def _new_assessment(db: Database) -> str:
    company = create_enterprise(db, name="Şəki Süd MMC", country="AZ", city="Şəki")
    return create_assessment(db, company.id, kind="full", title="2026", currency="AZN").id


def _send(source: Database, target: Database, assessment_id: str, path: Path) -> None:
    export_assessment(source, assessment_id, path, author="someone")
    result = import_package(target, path)
    assert result.ok, result.reason


def _event(id_: str, state: str, at: str, follows: tuple[str, ...] = (), comment: str = ""):
    return rules.Event(id_, state, comment, "x", at, follows)


# -- rules ----------------------------------------------------------------------------------------


def test_steps_allowed_and_refused() -> None:
    draft = rules.current([])
    assert draft.state == "draft" and draft.event is None
    assert rules.check_step(draft, "submitted") == "expert"
    for refused in ("approved", "returned", "draft"):
        with pytest.raises(rules.ReviewError):
            rules.check_step(draft, refused, "why")
    submitted = rules.current([_event("e1", "submitted", "2026-01-01T00:00:00+00:00")])
    assert rules.check_step(submitted, "approved") == "supervisor"
    assert rules.check_step(submitted, "returned", "fix the water") == "supervisor"
    assert rules.check_step(submitted, "draft") == "expert"  # withdrawn to edit
    with pytest.raises(rules.ReviewError, match="needs a comment"):
        rules.check_step(submitted, "returned", "   ")
    returned = rules.current(
        [
            _event("e1", "submitted", "2026-01-01T00:00:00+00:00"),
            _event("e2", "returned", "2026-01-02T00:00:00+00:00", ("e1",), "fix the water"),
        ]
    )
    assert returned.state == "returned" and returned.comment == "fix the water"
    assert rules.check_step(returned, "submitted") == "expert"
    with pytest.raises(rules.ReviewError, match="Only a submitted"):
        rules.check_step(returned, "approved")


def test_steps_made_apart_never_hide_a_return_whatever_the_order() -> None:
    base = _event("e1", "submitted", "2026-01-01T00:00:00+00:00")
    # One supervisor returns, another approves later, neither seeing the other's step.
    back = _event("r", "returned", "2026-01-02T00:00:00+00:00", ("e1",), "photos missing")
    yes = _event("a", "approved", "2026-01-03T00:00:00+00:00", ("e1",))
    for order in itertools.permutations([base, back, yes]):
        status = rules.current(order)
        assert (status.state, status.comment, status.concurrent) == (
            "returned",
            "photos missing",
            True,
        )
    # The next step sees both and settles it.
    assert rules.follows(rules.current([base, back, yes])) == ["a", "r"]
    again = _event("s2", "submitted", "2026-01-04T00:00:00+00:00", ("a", "r"))
    settled = rules.current([base, back, yes, again])
    assert (settled.state, settled.concurrent) == ("submitted", False)
    # Withdrawn by the expert while a supervisor approved: a draft, not approved.
    withdrawn = _event("w", "draft", "2026-01-02T00:00:00+00:00", ("e1",))
    assert rules.current([base, withdrawn, yes]).state == "draft"


def test_a_review_event_record_is_checked() -> None:
    record = {
        "id": "ev1",
        "revision": 1,
        "updated_at": "2026-11-30T10:00:00+00:00",
        "updated_by": "dev-1",
        "deleted": False,
        "version": {"dev-1": 1},
        "assessment_id": "s1",
        "state": "returned",
        "comment": "Водный баланс не сходится",
        "by": "Aysel",
        "at": "2026-11-30T10:00:00+00:00",
        "follows": ["ev0"],
    }
    assert check_record(BY_NAME["review_event"], record, "e")["follows"] == ["ev0"]
    with pytest.raises(RecordError, match="field 'state' must be one of draft, submitted"):
        check_record(BY_NAME["review_event"], {**record, "state": "accepted"}, "e")
    with pytest.raises(RecordError, match="invalid record id"):
        check_record(BY_NAME["review_event"], {**record, "follows": ["../x"]}, "e")


# -- the database and packages --------------------------------------------------------------------


def test_review_state_and_comments_survive_package_round_trips_both_ways(
    devices, tmp_path: Path
) -> None:
    expert, boss = devices["expert"], devices["boss"]
    sid = _new_assessment(expert)
    review.submit(expert, sid, by="Aysel")
    _send(expert, boss, sid, tmp_path / "1.recp")
    assert review.status(boss, sid).state == "submitted"
    assert [r.review for r in list_assessments(boss)] == ["submitted"]

    review.send_back(boss, sid, by="Supervisor Rauf", comment="Baseline water: 12 000 m³ or 1 200?")
    _send(boss, expert, sid, tmp_path / "2.recp")
    with zipfile.ZipFile(tmp_path / "2.recp") as archive:
        manifest = json.loads(archive.read("manifest.json"))
        carried = json.loads(archive.read("records/review_event.json"))
    assert manifest["format_version"] == 3
    assert sorted((e["state"], e["by"], e["comment"]) for e in carried) == [
        ("returned", "Supervisor Rauf", "Baseline water: 12 000 m³ or 1 200?"),
        ("submitted", "Aysel", ""),
    ]
    status = review.status(expert, sid)
    assert (status.state, status.comment, status.event.by) == (
        "returned",
        "Baseline water: 12 000 m³ or 1 200?",
        "Supervisor Rauf",
    )
    assert [e.state for e in status.history] == ["submitted", "returned"]
    assert review.approved_assessment_ids(_session(expert)) == set()

    review.submit(expert, sid, by="Aysel", comment="12 000 m³, corrected")
    _send(expert, boss, sid, tmp_path / "3.recp")
    review.approve(boss, sid, by="Supervisor Rauf")
    _send(boss, expert, sid, tmp_path / "4.recp")
    for db in (expert, boss):
        status = review.status(db, sid)
        assert status.state == "approved"
        assert [e.state for e in status.history] == [
            "submitted",
            "returned",
            "submitted",
            "approved",
        ]
        assert status.history[2].comment == "12 000 m³, corrected"
        assert review.approved_assessment_ids(_session(db)) == {sid}
    # Importing an old package again changes nothing.
    result = import_package(expert, tmp_path / "2.recp")
    assert result.ok and result.counts["new"] == 0
    assert review.status(expert, sid).state == "approved"


def _session(db: Database):
    return db.engine.connect()


def test_a_returned_assessment_is_never_counted_as_approved(devices, tmp_path: Path) -> None:
    expert, boss, deputy = devices["expert"], devices["boss"], devices["deputy"]
    sid = _new_assessment(expert)
    review.submit(expert, sid, by="Aysel")
    _send(expert, boss, sid, tmp_path / "to-boss.recp")
    _send(expert, deputy, sid, tmp_path / "to-deputy.recp")
    # Two supervisors act apart: the boss returns, the deputy approves a minute later.
    review.send_back(boss, sid, by="Rauf", comment="Photos of the boiler house are missing")
    review.approve(deputy, sid, by="Leyla")
    assert review.approved_assessment_ids(_session(deputy)) == {sid}
    export_assessment(boss, sid, tmp_path / "boss.recp", author="Rauf")
    export_assessment(deputy, sid, tmp_path / "deputy.recp", author="Leyla")
    for target, first, second in (
        (expert, "boss.recp", "deputy.recp"),
        (deputy, "boss.recp", "deputy.recp"),
        (boss, "deputy.recp", "boss.recp"),
    ):
        for name in (first, second):
            assert import_package(target, tmp_path / name).ok
        status = review.status(target, sid)
        assert (status.state, status.comment, status.concurrent) == (
            "returned",
            "Photos of the boiler house are missing",
            True,
        )
        # Every path a total may take: the query, the column filter, the list rows.
        with target.engine.connect() as connection:
            assert review.approved_assessment_ids(connection) == set()
            assert list(connection.execute(review.approved_assessments())) == []
            column = connection.execute(
                Assessment.__table__.select().where(Assessment.__table__.c.id == sid)
            ).one()
            assert column.review_state == "returned"
        assert [r.review for r in list_assessments(target)] == ["returned"]
    # The expert answers the return; the new submission follows both heads.
    after = review.submit(expert, sid, by="Aysel")
    assert (after.state, after.concurrent) == ("submitted", False)


def test_steps_refused_in_the_database_write_nothing(devices) -> None:
    expert = devices["expert"]
    sid = _new_assessment(expert)
    with pytest.raises(rules.ReviewError):
        review.approve(expert, sid, by="x")
    with pytest.raises(LookupError):
        review.submit(expert, "no-such-assessment", by="x")
    assert review.status(expert, sid).history == ()


@given(
    steps=st.lists(
        st.tuples(st.sampled_from(REVIEW_STATES), st.integers(0, 4)), min_size=1, max_size=10
    ),
    seed=st.randoms(use_true_random=False),
)
def test_the_state_depends_on_the_set_of_events_only(steps, seed) -> None:
    events: list[rules.Event] = []
    for i, (state, seen) in enumerate(steps):  # event i follows up to `seen` earlier ones
        follows = tuple(e.id for e in events[len(events) - seen :]) if seen else ()
        at = f"2026-01-01T00:00:{i:02d}+00:00"
        events.append(rules.Event(f"e{i}", state, f"c{i}", "x", at, follows))
    expected = rules.current(events)
    shuffled = list(events)
    seed.shuffle(shuffled)
    assert rules.current(shuffled) == expected
    followed = {f for e in events for f in e.follows}
    heads = {e.state for e in events if e.id not in followed}
    assert {e.state for e in expected.heads} == heads
    if "returned" in heads:  # a return made apart is never hidden
        assert expected.state == "returned"
    if expected.state == "approved":
        assert heads == {"approved"}
