"""The merge engine (domain.merge): each rule of package-format §5–6 on hand-made records."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from recp_desktop.domain.merge import Local, MergeError, OpenConflict, plan_type
from recp_desktop.domain.records import BY_NAME, check_records

ANSWER = BY_NAME["answer"]
OPTION = BY_NAME["cp_option"]


def answer(record_id: str = "a1", version: dict | None = None, revision: int = 1, **fields):
    record = {
        "id": record_id,
        "revision": revision,
        "updated_at": "2026-03-01T10:00:00+00:00",
        "updated_by": "dev-a",
        "deleted": False,
        "version": version or {"dev-a": revision},
        "assessment_id": "s1",
        "template_id": "energy",
        "template_version": 1,
        "question_id": "energy.q1",
        "value": "yes",
        "number": None,
        "unit": "",
        "number_canonical": None,
        "note": "",
        "opportunity": False,
        **fields,
    }
    [checked] = check_records(ANSWER, [record])
    return checked


def local(*records, conflicts=()) -> dict[str, Local]:
    return {r["id"]: Local(r, tuple(conflicts)) for r in records}


def test_a_record_not_here_is_new() -> None:
    incoming = answer()
    plan = plan_type(ANSWER, [incoming], {})
    assert plan.inserts == [incoming]
    assert plan.versions == [("a1", 1, {"dev-a": 1})]
    assert plan.counts == {"new": 1, "updated": 0, "unchanged": 0, "conflict": 0}


def test_the_same_content_is_unchanged_and_the_vectors_merge() -> None:
    mine = answer(version={"dev-b": 2}, revision=2)
    theirs = answer(version={"dev-a": 1})
    plan = plan_type(ANSWER, [theirs], local(mine))
    assert plan.counts["unchanged"] == 1 and not plan.updates and not plan.inserts
    assert plan.versions == [("a1", 2, {"dev-a": 1, "dev-b": 2})]  # local revision kept
    again = plan_type(ANSWER, [theirs], local(answer(version={"dev-a": 1, "dev-b": 2})))
    assert again.versions == []  # nothing new to learn: nothing written


def test_a_newer_edit_updates_with_a_revision_above_both() -> None:
    mine = answer(version={"dev-a": 1}, revision=3)  # revised here to 3 without edits
    theirs = answer(version={"dev-a": 2}, revision=2, value="no")
    plan = plan_type(ANSWER, [theirs], local(mine))
    [update] = plan.updates
    assert (update.record_id, update.revision, update.record["value"]) == ("a1", 4, "no")
    assert plan.versions == [("a1", 4, {"dev-a": 2})]
    assert plan.decisions[0].status == "updated" and not plan.decisions[0].tombstone


def test_a_newer_deletion_is_an_update_marked_as_tombstone() -> None:
    theirs = answer(version={"dev-a": 2}, revision=2, deleted=True)
    plan = plan_type(ANSWER, [theirs], local(answer()))
    assert plan.decisions[0].status == "updated" and plan.decisions[0].tombstone


def test_an_older_edit_changes_nothing() -> None:
    mine = answer(version={"dev-a": 2}, revision=2, value="no")
    plan = plan_type(ANSWER, [answer()], local(mine))
    assert plan.counts["unchanged"] == 1
    assert not (plan.updates or plan.versions or plan.conflicts)


def test_edits_made_apart_are_a_conflict_and_the_local_record_stays() -> None:
    mine = answer(version={"dev-a": 1, "dev-b": 2}, revision=2, value="no")
    theirs = answer(version={"dev-a": 2}, revision=2, value="na")
    plan = plan_type(ANSWER, [theirs], local(mine))
    [conflict] = plan.conflicts
    assert (conflict.record_id, conflict.local, conflict.incoming) == ("a1", mine, theirs)
    assert conflict.replaces is None and not plan.updates and not plan.versions
    # The same edit again makes no second conflict.
    waiting = OpenConflict("c1", theirs)
    again = plan_type(ANSWER, [theirs], local(mine, conflicts=[waiting]))
    assert again.conflicts == [] and again.counts["conflict"] == 1
    # A later edit of the same line replaces the waiting one.
    later = answer(version={"dev-a": 3}, revision=3, value="yes", note="later")
    replaced = plan_type(ANSWER, [later], local(mine, conflicts=[waiting]))
    assert [c.replaces for c in replaced.conflicts] == ["c1"]


def test_an_update_that_includes_a_waiting_conflict_supersedes_it() -> None:
    mine = answer(version={"dev-a": 1, "dev-b": 2}, revision=2, value="no")
    waiting = OpenConflict("c1", answer(version={"dev-a": 2}, revision=2, value="na"))
    resolved = answer(version={"dev-a": 2, "dev-b": 2, "dev-c": 3}, revision=3, value="na")
    plan = plan_type(ANSWER, [resolved], local(mine, conflicts=[waiting]))
    assert plan.counts["updated"] == 1 and plan.superseded == {"c1"}


def test_one_answer_made_twice_keeps_the_smaller_id() -> None:
    mine = answer("b-local", version={"dev-b": 1}, value="no")
    theirs = answer("a-incoming", version={"dev-a": 1}, value="no")
    plan = plan_type(ANSWER, [theirs], local(mine))
    assert plan.renames == [("b-local", "a-incoming")]
    assert plan.versions == [("a-incoming", 1, {"dev-a": 1, "dev-b": 1})]
    larger = answer("z-incoming", version={"dev-a": 1}, value="no")
    assert plan_type(ANSWER, [larger], local(mine)).renames == []


def test_fields_that_never_change_and_ids_taken_elsewhere_are_refused() -> None:
    moved = answer(version={"dev-a": 2}, revision=2, assessment_id="s2")
    with pytest.raises(MergeError, match="has assessment_id 's2' but 's1' here"):
        plan_type(ANSWER, [moved], local(answer()))
    with pytest.raises(MergeError, match="the record a1 already exists here in another"):
        plan_type(ANSWER, [answer()], {}, elsewhere={"a1"})


DEVICES = st.sampled_from(["dev-a", "dev-b", "dev-c"])
vectors = st.dictionaries(DEVICES, st.integers(1, 5), min_size=1)


@given(vectors, vectors, st.sampled_from(["yes", "no"]), st.sampled_from(["yes", "no"]))
def test_merging_twice_changes_nothing_the_second_time(mine_v, theirs_v, mine_x, theirs_x):
    """Whatever the vectors, applying a plan and planning again yields no further change."""
    mine = answer(version=mine_v, revision=max(mine_v.values()), value=mine_x)
    theirs = answer(version=theirs_v, revision=max(theirs_v.values()), value=theirs_x)
    plan = plan_type(ANSWER, [theirs], local(mine))
    after = dict(mine)
    for update in plan.updates:
        after = {**update.record, "revision": update.revision}
    for _, revision, vector in plan.versions:
        after = {**after, "revision": revision, "version": vector}
    waiting = [OpenConflict(f"c{i}", c.incoming) for i, c in enumerate(plan.conflicts)]
    again = plan_type(ANSWER, [theirs], local(after, conflicts=waiting))
    assert not (again.updates or again.inserts or again.conflicts or again.versions)
    assert again.counts["new"] == again.counts["updated"] == 0


def test_the_natural_key_matches_only_within_the_same_parent() -> None:
    """The hub passes the rows of a whole organisation: an answer to the same question in
    another assessment is another answer (found by the tryout: a push holding an edit of one
    assessment's answer and a new assessment answering the same question was refused)."""
    synced = answer("a1", assessment_id="s1", version={"dev-a": 1})
    edited = answer("a1", assessment_id="s1", version={"dev-a": 2}, revision=2, value="no")
    fresh = answer("a0", assessment_id="s2")  # a smaller id, same question, another assessment
    plan = plan_type(ANSWER, [edited, fresh], local(synced))
    assert [(d.record_id, d.status) for d in plan.decisions] == [("a1", "updated"), ("a0", "new")]
    assert plan.renames == [] and plan.inserts == [fresh]
    # Within one assessment the same question made on two devices is still one answer.
    twin = answer("a0", assessment_id="s1", version={"dev-b": 1})
    same = plan_type(ANSWER, [twin], local(synced))
    assert same.renames == [("a1", "a0")] and same.decisions[0].status == "unchanged"
