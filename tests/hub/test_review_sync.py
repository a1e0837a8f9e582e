"""Review events and merged companies go through the hub like any record (issue 14)."""

from __future__ import annotations

from recp_desktop.domain import review
from tests.hub.harness import Hub
from tests.hub.records import ASSESSMENT, assessment, enterprise, pull_all, push, sync_fields


def _statuses(response) -> dict[str, str]:
    assert response.status_code == 200, response.text
    return {r["id"]: r["status"] for r in response.json()["results"]}


def _event(record_id: str, device: str, state: str, follows: list[str], comment: str = ""):
    return {
        **sync_fields(record_id, device),
        "assessment_id": ASSESSMENT,
        "state": state,
        "comment": comment,
        "by": device[:8],
        "at": "2026-11-30T10:00:00+00:00",
        "follows": follows,
    }


def _state(records: list[dict]) -> review.Status:
    events = [r["record"] for r in records if "state" in r["record"]]
    return review.current(
        review.Event(e["id"], e["state"], e["comment"], e["by"], e["at"], tuple(e["follows"]))
        for e in events
    )


def test_review_events_push_and_pull_and_a_return_made_apart_stands(hub: Hub) -> None:
    expert = hub.login("A", "auditor-a")
    boss = hub.login("A", "admin-a")
    me, sup = expert.device_id, boss.device_id
    first = push(
        expert,
        {
            "enterprise": [enterprise(me)],
            "assessment": [assessment(me)],
            "review_event": [_event("ev1", me, "submitted", [])],
        },
    )
    assert _statuses(first) == {"e1": "new", "s1": "new", "ev1": "new"}
    back = _event("ev2", sup, "returned", ["ev1"], "Water baseline: check the meter readings")
    second = hub.login("A", "admin-a")  # a second reviewer's laptop
    yes = _event("ev3", second.device_id, "approved", ["ev1"])  # made apart
    assert _statuses(push(boss, {"review_event": [back]})) == {"ev2": "new"}
    assert _statuses(push(second, {"review_event": [yes]})) == {"ev3": "new"}
    for device in (expert, boss):
        records, conflicts, _ = pull_all(device)
        assert conflicts == []
        status = _state(records)
        assert (status.state, status.comment, status.concurrent) == (
            "returned",
            "Water baseline: check the meter readings",
            True,
        )
    wrong = _event("ev4", me, "accepted", ["ev2", "ev3"])
    refused = push(expert, {"review_event": [wrong]})
    assert (refused.status_code, refused.json()["code"]) == (400, "400.7")
    assert "review_event.json, record 1: field 'state'" in refused.json()["message"]


def test_a_merged_company_moves_its_assessment_through_the_hub(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    me = device.device_id
    push(device, {"enterprise": [enterprise(me)], "assessment": [assessment(me)]})
    survivor = {**enterprise(me, name="RUSTAVI STEEL LLC"), "id": "e2", "registration_no": "GE-1"}
    gone = enterprise(me, revision=2, version={me: 2}, deleted=True, merged_into="e2")
    moved = assessment(me, enterprise_id="e2", revision=2, version={me: 2})
    answer = push(device, {"enterprise": [survivor, gone], "assessment": [moved]})
    assert _statuses(answer) == {"e2": "new", "e1": "updated", "s1": "updated"}
    records, _, _ = pull_all(device)
    latest = {r["record"]["id"]: r["record"] for r in records}
    assert latest["s1"]["enterprise_id"] == "e2"
    assert (latest["e1"]["deleted"], latest["e1"]["merged_into"]) == (True, "e2")
    assert latest["e2"]["registration_no"] == "GE-1"


def test_an_auditor_cannot_approve_or_return_their_own_work(hub: Hub) -> None:
    expert = hub.login("A", "auditor-a")
    boss = hub.login("A", "admin-a")
    me = expert.device_id
    handed_in = _event("ev1", me, "submitted", [])
    base = {"enterprise": [enterprise(me)], "assessment": [assessment(me)]}
    assert _statuses(push(expert, {**base, "review_event": [handed_in]}))["ev1"] == "new"
    for state in ("approved", "returned"):
        own = _event(f"own-{state}", me, state, ["ev1"], "fine by me")
        refused = push(expert, {"review_event": [own]})
        assert (refused.status_code, refused.json()["code"]) == (403, "403.1"), refused.text
    records, _, _ = pull_all(boss)
    assert {r["record"]["id"] for r in records if "state" in r["record"]} == {"ev1"}
    # the supervisor's approval, carried to the auditor's laptop in a package, travels on
    approval = _event("ev2", boss.device_id, "approved", ["ev1"])
    assert _statuses(push(expert, {"review_event": [approval]})) == {"ev2": "new"}
