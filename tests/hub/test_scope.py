"""Auditors reach the assessments they created or were assigned, nothing else of their
organisation — and what they do not reach is answered exactly as what does not exist.
"""

from __future__ import annotations

from tests.hub.blobtools import payload, put
from tests.hub.harness import PASSWORD, Hub
from tests.hub.records import answer, assessment, enterprise, photo, push, sync_fields

NOWHERE = "no-such-assessment"


def _b_records(device_id: str, sha: str, size: int) -> dict[str, list]:
    """Auditor B's enterprise e2, assessment s2, answer b1 and photo p2."""
    return {
        "enterprise": [enterprise(device_id, id="e2", name="Zestafoni Ferroalloy")],
        "assessment": [assessment(device_id, id="s2", enterprise_id="e2", title="B's audit")],
        "answer": [answer("b1", device_id, assessment_id="s2")],
        "photo": [{**photo("p2", device_id, sha, size), "assessment_id": "s2"}],
    }


def _pull(device, cursor: str | None = None) -> tuple[set[str], list[dict], str]:
    """Every change after ``cursor``: (record ids, conflicts, the last cursor)."""
    ids: set[str] = set()
    conflicts: list[dict] = []
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}  # small pages: paging too
        page = device.client.get("/v1/pull", params=params)
        assert page.status_code == 200, page.text
        data = page.json()
        ids |= {r["record"]["id"] for r in data["records"]}
        conflicts += data["conflicts"]
        cursor = data["cursor"]
        if not data["more"]:
            return ids, conflicts, cursor


def _same(a, b) -> None:
    assert (a.status_code, a.text) == (b.status_code, b.text)


def test_an_auditor_reaches_only_what_they_created_or_were_assigned(hub: Hub) -> None:
    admin = hub.login("A", "admin-a")
    made = admin.client.post(
        "/v1/users", json={"username": "auditor-2", "role": "auditor", "password": PASSWORD}
    )
    assert made.status_code == 201
    a = hub.login("A", "auditor-a")
    b = hub.login("A", "auditor-2")
    mine, mine_sha = payload(1500, seed=31)
    theirs, theirs_sha = payload(1700, seed=32)
    assert put(a.client, mine_sha, mine, 0, len(mine)).json()["state"] == "complete"
    assert put(b.client, theirs_sha, theirs, 0, len(theirs)).json()["state"] == "complete"
    me = a.device_id
    first = {
        "enterprise": [enterprise(me)],
        "assessment": [assessment(me)],
        "answer": [answer("a1", me)],
        "photo": [photo("p1", me, mine_sha, len(mine))],
    }
    assert push(a, first).status_code == 200
    assert push(b, _b_records(b.device_id, theirs_sha, len(theirs))).status_code == 200
    # A conflict on B's answer: B and the admin edit it apart.
    base = {b.device_id: 1}
    b_edit = answer("b1", b.device_id, assessment_id="s2", value="no", revision=2)
    b_edit["version"] = {b.device_id: 2}
    admin_edit = answer("b1", admin.device_id, assessment_id="s2", value="na", revision=2)
    admin_edit["version"] = {**base, admin.device_id: 2}
    assert push(b, {"answer": [b_edit]}).json()["counts"]["updated"] == 1
    assert push(admin, {"answer": [admin_edit]}).json()["counts"]["conflict"] == 1

    # A reaches only their own: records, conflicts, photos.
    ids, conflicts, cursor = _pull(a)
    assert ids == {"e1", "s1", "a1", "p1"}
    assert conflicts == []
    assert _pull(b)[0] == {"e2", "s2", "b1", "p2"}
    assert [c["record_id"] for c in _pull(b)[1]] == ["b1"]
    assert _pull(admin)[0] == {"e1", "s1", "a1", "p1", "e2", "s2", "b1", "p2"}
    _same(a.client.get(f"/v1/blobs/{theirs_sha}"), a.client.get(f"/v1/blobs/{'e' * 64}"))
    assert a.client.get(f"/v1/blobs/{mine_sha}").content == mine
    assert admin.client.get(f"/v1/blobs/{theirs_sha}").content == theirs

    # A's pushes into B's assessment: the same refusal as into one that does not exist.
    nowhere = push(a, {"answer": [answer("x1", me, assessment_id=NOWHERE)]})
    assert (nowhere.status_code, nowhere.json()["code"]) == (404, "404.1")
    into_b = push(a, {"answer": [answer("x1", me, assessment_id="s2")]})
    _same(into_b, nowhere)
    b_title = assessment(me, id="s2", enterprise_id="e2", title="Taken", revision=5)
    _same(push(a, {"assessment": [b_title]}), nowhere)
    _same(push(a, {"enterprise": [enterprise(me, id="e2", name="Taken", revision=5)]}), nowhere)
    on_b_company = assessment(me, id="s3", enterprise_id="e2")
    _same(push(a, {"assessment": [on_b_company]}), nowhere)
    _same(push(a, {"assessment": [assessment(me, id="s4", enterprise_id="e9")]}), nowhere)
    # Moving A's own assessment to B's company would show A that company: refused the same way.
    onto_b = assessment(me, enterprise_id="e2", revision=2, version={me: 2})
    _same(push(a, {"assessment": [onto_b]}), nowhere)
    # An edit of B's answer by id (claiming A's assessment) is judged where it is stored.
    _same(push(a, {"answer": [answer("b1", me, value="na", revision=7)]}), nowhere)
    assert _pull(admin)[0] == {"e1", "s1", "a1", "p1", "e2", "s2", "b1", "p2"}  # nothing written
    assert _pull(a, cursor)[0] == set()

    # Auditors do not assign; supervisors and admins do.
    refused = a.client.put("/v1/assessments/s2/assignees/auditor-a")
    assert (refused.status_code, refused.json()["code"]) == (403, "403.1")
    assigned = admin.client.put("/v1/assessments/s2/assignees/auditor-a")
    assert assigned.status_code == 200, assigned.text
    assert assigned.json()["assigned_by"] == "admin-a"
    again = admin.client.put("/v1/assessments/s2/assignees/auditor-a")
    assert again.json()["assigned_at"] == assigned.json()["assigned_at"]
    listed = {x["assessment_id"]: x for x in admin.client.get("/v1/assessments").json()}
    assert listed["s1"] == {
        "assessment_id": "s1",
        "enterprise_id": "e1",
        "created_by": "auditor-a",
        "assignees": [],
    }
    assert (listed["s2"]["created_by"], listed["s2"]["assignees"]) == ("auditor-2", ["auditor-a"])

    # Assigned: A's next pull, from the cursor A already had, brings all of B's assessment.
    ids, conflicts, cursor = _pull(a, cursor)
    assert ids == {"e2", "s2", "b1", "p2"}
    assert [(c["record_id"], c["state"]) for c in conflicts] == [("b1", "open")]
    assert a.client.get(f"/v1/blobs/{theirs_sha}").content == theirs
    joined = push(a, {"answer": [answer("a2", me, "energy.q2", assessment_id="s2")]})
    assert joined.json()["counts"]["new"] == 1
    ids, _conflicts, cursor = _pull(a, cursor)
    assert ids == {"a2"}

    # Unassigned: further changes of B's assessment no longer reach A.
    assert admin.client.delete("/v1/assessments/s2/assignees/auditor-a").status_code == 204
    assert admin.client.delete("/v1/assessments/s2/assignees/auditor-a").status_code == 204
    later = answer("b2", b.device_id, "energy.q3", assessment_id="s2")
    assert push(b, {"answer": [later]}).json()["counts"]["new"] == 1
    assert _pull(a, cursor)[0] == set()
    assert _pull(a)[0] == {"e1", "s1", "a1", "p1"}
    _same(push(a, {"answer": [answer("a3", me, "energy.q4", assessment_id="s2")]}), nowhere)
    _same(a.client.get(f"/v1/blobs/{theirs_sha}"), a.client.get(f"/v1/blobs/{'e' * 64}"))
    actions = [e["action"] for e in admin.client.get("/v1/audit").json()]
    assert actions.count("assessment.assign") == 1 and actions.count("assessment.unassign") == 1


def test_assignments_name_only_what_is_there_in_the_callers_organisation(hub: Hub) -> None:
    a = hub.login("A", "auditor-a")
    admin_a = hub.login("A", "admin-a")
    admin_b = hub.login("B", "admin-b")
    assert push(
        a, {"enterprise": [enterprise(a.device_id)], "assessment": [assessment(a.device_id)]}
    )
    missing = admin_a.client.put(f"/v1/assessments/{NOWHERE}/assignees/auditor-a")
    assert (missing.status_code, missing.json()["code"]) == (404, "404.1")
    _same(admin_a.client.put("/v1/assessments/s1/assignees/nobody"), missing)
    _same(admin_a.client.put("/v1/assessments/..%2Fetc/assignees/auditor-a"), missing)
    # Organisation B: A's assessment and A's auditor are not there.
    _same(admin_b.client.put("/v1/assessments/s1/assignees/auditor-a"), missing)
    _same(admin_b.client.put("/v1/assessments/s1/assignees/admin-b"), missing)
    _same(admin_b.client.delete("/v1/assessments/s1/assignees/auditor-a"), missing)
    assert admin_b.client.get("/v1/assessments").json() == []
    assert admin_a.client.get("/v1/assessments").json()[0]["assessment_id"] == "s1"


def test_an_auditor_may_build_a_new_assessment_across_batches(hub: Hub) -> None:
    """Parents first, in several batches, as a client splitting a large push does."""
    a = hub.login("A", "auditor-a")
    me = a.device_id
    assert push(a, {"enterprise": [enterprise(me)]}).status_code == 200
    assert push(a, {"assessment": [assessment(me)]}).status_code == 200
    many = [answer(f"a{i}", me, f"energy.q{i}") for i in range(3)]
    assert push(a, {"answer": many}).json()["counts"]["new"] == 3
    # The company merged into a new one: the assessment moves with it, and so does its scope.
    merged_into = enterprise(me, id="e3", name="Rustavi Steel Group")
    moved = assessment(me, enterprise_id="e3", revision=2, version={me: 2})
    assert push(a, {"enterprise": [merged_into], "assessment": [moved]}).status_code == 200
    gone = {**enterprise(me), **sync_fields("e1", me, 2, {me: 2}, deleted=True)}
    assert push(a, {"enterprise": [gone]}).json()["counts"]["updated"] == 1
    assert _pull(a)[0] == {"e1", "e3", "s1", "a0", "a1", "a2"}
    admin = hub.login("A", "admin-a")
    assert admin.client.get("/v1/assessments").json()[0]["enterprise_id"] == "e3"


def test_an_assessment_a_supervisor_brings_from_a_laptop_belongs_to_that_laptops_user(
    hub: Hub,
) -> None:
    """A supervisor imports an auditor's package at the office and syncs first: the version
    vector names the auditor's laptop, so the assessment is the auditor's, not the supervisor's."""
    auditor = hub.login("A", "auditor-a")  # the laptop is registered on the hub
    admin = hub.login("A", "admin-a")
    laptop = auditor.device_id
    theirs = {
        "enterprise": [enterprise(laptop)],
        "assessment": [assessment(laptop)],
        "answer": [answer("a1", laptop)],
    }
    own = {  # and one the admin made on their own device
        "enterprise": [enterprise(admin.device_id, id="e5")],
        "assessment": [assessment(admin.device_id, id="s5", enterprise_id="e5")],
    }
    assert push(admin, theirs).json()["counts"]["new"] == 3
    assert push(admin, own).json()["counts"]["new"] == 2
    assert _pull(auditor)[0] == {"e1", "s1", "a1"}
    edit = answer("a1", laptop, value="no", revision=2, version={laptop: 2})
    assert push(auditor, {"answer": [edit]}).json()["counts"]["updated"] == 1
    listed = {
        x["assessment_id"]: x["created_by"] for x in admin.client.get("/v1/assessments").json()
    }
    assert listed == {"s1": "auditor-a", "s5": "admin-a"}
