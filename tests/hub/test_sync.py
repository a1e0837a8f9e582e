"""Push and pull through the shared merge engine, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading

from tests.hub.blobtools import put
from tests.hub.harness import Hub
from tests.hub.records import answer, assessment, enterprise, photo, pull_all, push, signed


def _statuses(response) -> dict[str, str]:
    assert response.status_code == 200, response.text
    return {r["id"]: r["status"] for r in response.json()["results"]}


def test_push_then_pull_replays_updates_and_tombstones(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    me = device.device_id
    batch = {
        "enterprise": [enterprise(me)],
        "assessment": [assessment(me)],
        "answer": [answer("a1", me), answer("a2", me, "energy.q2")],
    }
    body = signed(device, batch)
    first = device.client.post("/v1/push", json=body)
    assert _statuses(first) == {"e1": "new", "s1": "new", "a1": "new", "a2": "new"}
    again = device.client.post("/v1/push", json=body)  # a retry after a lost answer
    assert again.json() == first.json()
    other = signed(device, {"answer": [answer("a1", me, value="no")]}, batch_id=body["batch_id"])
    differs = device.client.post("/v1/push", json=other)
    assert (differs.status_code, differs.json()["code"]) == (409, "409.5")

    records, conflicts, cursor = pull_all(device)
    assert [r["record"]["id"] for r in records] == ["e1", "s1", "a1", "a2"]
    assert conflicts == []
    edited = answer("a1", me, value="no", revision=2, version={me: 2})
    assert _statuses(push(device, {"answer": [edited]})) == {"a1": "updated"}
    gone = answer("a2", me, "energy.q2", revision=2, version={me: 2}, deleted=True)
    gone["deleted"] = True
    assert _statuses(push(device, {"answer": [gone]})) == {"a2": "updated"}
    older = answer("a1", me, value="maybe", revision=1, version={me: 1})
    assert _statuses(push(device, {"answer": [older]})) == {"a1": "unchanged"}

    page = device.client.get("/v1/pull", params={"cursor": cursor}).json()
    assert [
        (r["record"]["id"], r["record"]["value"], r["record"]["deleted"]) for r in page["records"]
    ] == [("a1", "no", False), ("a2", "yes", True)]
    assert page["more"] is False
    empty = device.client.get("/v1/pull", params={"cursor": page["cursor"]}).json()
    assert empty["records"] == [] and empty["cursor"] == page["cursor"]


def test_pages_follow_commit_order(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    me = device.device_id
    push(device, {"enterprise": [enterprise(me)], "assessment": [assessment(me)]})
    push(device, {"answer": [answer(f"a{i}", me, f"energy.q{i}") for i in range(5)]})
    records, _conflicts, _cursor = pull_all(device, limit=2)
    assert [r["record"]["id"] for r in records] == ["e1", "s1", "a0", "a1", "a2", "a3", "a4"]


def test_unknown_cursors_are_gone_not_empty(hub: Hub) -> None:
    a = hub.login("A", "auditor-a")
    b = hub.login("B", "admin-b")
    push(a, {"enterprise": [enterprise(a.device_id)]})
    _records, _conflicts, a_cursor = pull_all(a)
    for cursor in ("garbage", "MTpub25lOjE", a_cursor[:-2]):
        gone = a.client.get("/v1/pull", params={"cursor": cursor})
        assert (gone.status_code, gone.json()["code"]) == (410, "410.1"), cursor
    # A's cursor means nothing in B: the same 410 as an unknown one.
    assert b.client.get("/v1/pull", params={"cursor": a_cursor}).json()["code"] == "410.1"


def test_forged_signatures_and_other_devices_are_refused_without_a_write(hub: Hub) -> None:
    from tests.hub.harness import new_key

    device = hub.login("A", "auditor-a")
    other = hub.login("A", "admin-a")
    records = {"enterprise": [enterprise(device.device_id)]}
    forged = signed(device, records, key=new_key())
    assert device.client.post("/v1/push", json=forged).json()["code"] == "403.3"
    altered = signed(device, records)
    altered["records"]["enterprise"][0]["name"] = "Someone Else"
    assert device.client.post("/v1/push", json=altered).json()["code"] == "403.3"
    as_other = signed(device, records, device_id=other.device_id)  # claims another device
    assert device.client.post("/v1/push", json=as_other).json()["code"] == "403.3"
    bad = signed(device, {"enterprise": [{**enterprise(device.device_id), "country": 7}]})
    assert device.client.post("/v1/push", json=bad).json()["code"] == "400.7"
    unknown = signed(device, {"invoice": [{}]})
    assert device.client.post("/v1/push", json=unknown).json()["code"] == "400.7"
    assert pull_all(device)[0] == []
    good = device.client.post("/v1/push", json=signed(device, records, batch_id=forged["batch_id"]))
    assert _statuses(good) == {"e1": "new"}  # control: the refused batch id was not taken


def test_a_push_that_breaks_the_rules_changes_nothing(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    me = device.device_id
    push(
        device,
        {
            "enterprise": [enterprise(me)],
            "assessment": [assessment(me)],
            "answer": [answer("a1", me)],
        },
    )
    moved = answer("a1", me, revision=2, version={me: 2}, assessment_id="s2")
    batch = {"answer": [answer("a9", me, "energy.q9"), moved]}
    refused = push(device, batch)
    assert (refused.status_code, refused.json()["code"]) == (400, "400.7")
    assert "never changes" in refused.json()["message"]
    assert [r["record"]["id"] for r in pull_all(device)[0]] == ["e1", "s1", "a1"]


def test_edits_made_apart_are_kept_as_a_conflict_seen_by_both(hub: Hub) -> None:
    first = hub.login("A", "auditor-a")
    second = hub.login("A", "admin-a")
    one, two = first.device_id, second.device_id
    push(
        first,
        {
            "enterprise": [enterprise(one)],
            "assessment": [assessment(one)],
            "answer": [answer("a1", one)],
        },
    )
    base = {one: 1}
    mine = answer("a1", one, value="no", revision=2, version={one: 2})
    theirs = answer("a1", two, value="na", revision=2, version={**base, two: 2})
    assert _statuses(push(first, {"answer": [mine]})) == {"a1": "updated"}
    assert _statuses(push(second, {"answer": [theirs]})) == {"a1": "conflict"}
    again = push(second, {"answer": [theirs]})  # the same edit again: no second conflict
    assert _statuses(again) == {"a1": "conflict"}

    listed = second.client.get("/v1/conflicts").json()
    assert len(listed) == 1
    assert listed[0]["local"]["value"] == "no" and listed[0]["incoming"]["value"] == "na"
    assert listed[0]["device_id"] == two
    assert first.client.get("/v1/conflicts").json()["code"] == "403.1"  # auditors: via pull
    for device in (first, second):
        records, conflicts, _ = pull_all(device)
        assert [c["incoming"]["value"] for c in conflicts] == ["na"]
        assert [r["record"]["value"] for r in records if r["record"]["id"] == "a1"] == ["no"]

    # Resolving is an ordinary push of an edit that includes both: the conflict is superseded.
    settled = answer("a1", two, value="na", revision=3, version={one: 2, two: 3})
    assert _statuses(push(second, {"answer": [settled]})) == {"a1": "updated"}
    assert second.client.get("/v1/conflicts").json() == []
    _records, conflicts, _ = pull_all(first)
    assert [c["state"] for c in conflicts] == ["superseded"]


def test_racing_identical_pushes_write_once(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    me = device.device_id
    body = signed(
        device,
        {
            "enterprise": [enterprise(me)],
            "assessment": [assessment(me)],
            "answer": [answer(f"a{i}", me, f"energy.q{i}") for i in range(50)],
        },
    )
    answers = []
    threads = [
        threading.Thread(target=lambda: answers.append(device.client.post("/v1/push", json=body)))
        for _ in range(4)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert [a.status_code for a in answers] == [200] * 4
    assert len({a.text for a in answers}) == 1
    records, _conflicts, _ = pull_all(device)
    assert len(records) == 52 and len({r["record"]["id"] for r in records}) == 52
    admin = hub.login("A", "admin-a")
    pushes = [e for e in admin.client.get("/v1/audit").json() if e["action"] == "push"]
    assert len(pushes) == 1


def test_photo_records_say_whether_their_file_arrived(hub: Hub) -> None:
    from tests.hub.blobtools import payload

    device = hub.login("A", "auditor-a")
    me = device.device_id
    data, sha = payload(3000, seed=9)
    push(
        device,
        {
            "enterprise": [enterprise(me)],
            "assessment": [assessment(me)],
            "photo": [photo("p1", me, sha, len(data))],
        },
    )
    [entry] = [r for r in pull_all(device)[0] if r["type"] == "photo"]
    assert entry["photo_complete"] is False
    put(device.client, sha, data, 0, len(data))
    touch = photo("p1", me, sha, len(data))
    touch.update(caption="after upload", revision=2, version={me: 2})
    push(device, {"photo": [touch]})
    [entry] = [r for r in pull_all(device)[0] if r["type"] == "photo"]
    assert entry["photo_complete"] is True


def test_another_organisation_neither_sees_nor_changes_records(hub: Hub) -> None:
    a = hub.login("A", "auditor-a")
    b = hub.login("B", "admin-b")
    push(a, {"enterprise": [enterprise(a.device_id)], "assessment": [assessment(a.device_id)]})
    assert pull_all(b)[0] == []
    assert b.client.get("/v1/conflicts").json() == []
    # The same ids pushed in B are B's own records: new there, nothing of A's answered.
    takeover = enterprise(b.device_id, name="Hijacked", revision=9, version={b.device_id: 9})
    assert _statuses(push(b, {"enterprise": [takeover]})) == {"e1": "new"}
    [mine] = [r for r in pull_all(a)[0] if r["type"] == "enterprise"]
    assert mine["record"]["name"] == "Rustavi Steel"


def test_the_same_answer_made_on_two_devices_ends_under_the_smaller_id(hub: Hub) -> None:
    first = hub.login("A", "auditor-a")
    second = hub.login("A", "admin-a")
    push(
        first,
        {
            "enterprise": [enterprise(first.device_id)],
            "assessment": [assessment(first.device_id)],
            "answer": [answer("zz-answer", first.device_id, "energy.q7", value="yes")],
        },
    )
    twin = answer("aa-answer", second.device_id, "energy.q7", value="yes")
    result = push(second, {"answer": [twin]})
    assert result.json()["results"] == [
        {"type": "answer", "id": "aa-answer", "record_id": "aa-answer", "status": "unchanged"}
    ]
    answers = [r["record"] for r in pull_all(first)[0] if r["type"] == "answer"]
    assert [(a["id"], a["question_id"]) for a in answers] == [("aa-answer", "energy.q7")]


def test_oversized_batches_are_refused_before_any_check(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    me = device.device_id
    many = [answer(f"a{i}", me, f"energy.q{i}") for i in range(5001)]
    refused = push(device, {"answer": many})
    assert (refused.status_code, refused.json()["code"]) == (413, "413.1")
    assert pull_all(device)[0] == []


def test_a_push_from_an_up_to_date_cursor_answers_the_cursor_past_it(hub: Hub) -> None:
    """docs/sync-protocol.md §7 *Push*: when nothing was committed after the client's cursor
    and the batch is all the push writes, the answer's cursor stands just past the batch."""
    laptop = hub.login("A", "auditor-a")
    office = hub.login("A", "admin-a")
    me = laptop.device_id
    push(laptop, {"enterprise": [enterprise(me)], "assessment": [assessment(me)]})
    _records, _conflicts, start = pull_all(laptop)

    body = signed(laptop, {"answer": [answer("a1", me)]}, cursor=start)
    first = laptop.client.post("/v1/push", json=body)
    assert _statuses(first) == {"a1": "new"}
    after = first.json()["cursor"]
    # From the old cursor a pull holds exactly the pushed answer; from the new one, nothing.
    page = laptop.client.get("/v1/pull", params={"cursor": start}).json()
    assert [r["record"]["id"] for r in page["records"]] == ["a1"] and page["cursor"] == after
    assert laptop.client.get("/v1/pull", params={"cursor": after}).json()["records"] == []
    # A replay answers as stored, without a cursor (others may have pushed since).
    assert "cursor" not in laptop.client.post("/v1/push", json=body).json()

    # Someone else committed after the laptop's cursor: no cursor, the laptop must pull.
    assert _statuses(push(office, {"answer": [answer("a2", office.device_id, "energy.q2")]}))
    behind = laptop.client.post(
        "/v1/push", json=signed(laptop, {"answer": [answer("a3", me, "energy.q3")]}, cursor=after)
    )
    assert _statuses(behind) == {"a3": "new"} and "cursor" not in behind.json()

    # A conflict the push opens is a change of its own: no cursor.
    _r, _c, now = pull_all(laptop)
    mine = answer("a1", me, value="no", revision=2, version={me: 2})
    theirs = answer(
        "a1", office.device_id, value="maybe", revision=2, version={me: 1, office.device_id: 1}
    )
    push(office, {"answer": [theirs]})
    _r, _c, now = pull_all(laptop)  # its cursor is current, but its edit was made apart
    clash = laptop.client.post("/v1/push", json=signed(laptop, {"answer": [mine]}, cursor=now))
    assert clash.json()["counts"]["conflict"] == 1 and "cursor" not in clash.json()

    # A cursor that is not this hub's is no refusal: the push goes through, without a cursor.
    odd = laptop.client.post(
        "/v1/push",
        json=signed(laptop, {"answer": [answer("a4", me, "energy.q4")]}, cursor="not-a-cursor"),
    )
    assert _statuses(odd) == {"a4": "new"} and "cursor" not in odd.json()

    # The cursor is signed like the rest of the body.
    forged = signed(laptop, {"answer": [answer("a5", me, "energy.q5")]}, cursor=start)
    forged["cursor"] = after
    refused = laptop.client.post("/v1/push", json=forged)
    assert (refused.status_code, refused.json()["code"]) == (403, "403.3")


def test_one_push_edits_an_answer_and_adds_another_assessment_with_that_question(
    hub: Hub,
) -> None:
    """The same question in two assessments is two answers: a batch holding an edit of the
    first and the second assessment's new answer goes through (the tryout's stuck laptop)."""
    device = hub.login("A", "auditor-a")
    me = device.device_id
    push(device, {"enterprise": [enterprise(me)], "assessment": [assessment(me)]})
    assert _statuses(push(device, {"answer": [answer("a5", me)]})) == {"a5": "new"}
    second = assessment(me, id="s2", title="RECP 2027")
    edited = answer("a5", me, value="no", revision=2, version={me: 2})
    other = answer("a0", me, assessment_id="s2")  # a smaller id, the same question
    both = push(device, {"assessment": [second], "answer": [edited, other]})
    assert _statuses(both) == {"s2": "new", "a5": "updated", "a0": "new"}
    records, _conflicts, _cursor = pull_all(device)
    answers = {r["record"]["id"]: r["record"] for r in records if r["type"] == "answer"}
    assert {i: (a["assessment_id"], a["value"]) for i, a in answers.items()} == {
        "a5": ("s1", "no"),
        "a0": ("s2", "yes"),
    }
