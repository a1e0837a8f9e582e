"""Checklist templates travel through the hub with the answers that use them (issue 17 §3).

Over real HTTP on SQLite and PostgreSQL: a centre's own XLSForm template pushed with its
answers is pulled by a supervisor's device that never installed it, and installs there; another
content under the same id and version is refused (409.6) with nothing written; templates stay
within their organisation.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest

from recp_desktop.checklists import builtin_registry, parse_template, template_to_data
from recp_desktop.checklists.carried import carry, from_wire, to_wire
from recp_desktop.checklists.serialize import content_hash
from recp_desktop.checklists.xlsform import read_xlsform
from recp_desktop.storage.carried_templates import install_carried
from recp_desktop.storage.database import Database
from recp_desktop.storage.templates import template_registry
from recp_hub.sync import canonical
from tests.hub.harness import Hub
from tests.hub.records import answer, assessment, enterprise, pull_all, push
from tests.xlsforms import EN, RU, question, write_workbook


def _steam(path: Path, label: str = "Are steam traps tested every year?"):
    survey = [
        {"type": "begin_group", "name": "traps", f"label::{EN}": "Traps", f"label::{RU}": "Отв"},
        question("tested", "select_one yes_no_na", label, "Проверяют ли отводчики?"),
        {"type": "end_group", "name": "traps"},
    ]
    return read_xlsform(write_workbook(path, survey)).template


def _push(device, records: dict, templates: list) -> object:
    body = {
        "batch_id": str(uuid.uuid4()),
        "device_id": device.device_id,
        "records": records,
        "templates": templates,
    }
    body["signature"] = device.key.sign(canonical(body)).hex()
    return device.client.post("/v1/push", json=body)


def _pages(device) -> list[dict]:
    pages, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        page = device.client.get("/v1/pull", params=params).json()
        pages.append(page)
        cursor = page["cursor"]
        if not page["more"]:
            return pages


def test_a_custom_template_is_pushed_with_its_answers_and_pulled_with_them(
    hub: Hub, tmp_path: Path
) -> None:
    template = _steam(tmp_path / "steam.xlsx")
    question_id = template.questions[0].id
    auditor = hub.login("A", "auditor-a")
    me = auditor.device_id
    records = {
        "enterprise": [enterprise(me)],
        "assessment": [assessment(me)],
        "answer": [
            answer("a1", me, question_id, "no", template_id="steam_checks", template_version=2),
            answer("a2", me, "energy.q1", "yes"),
        ],
    }
    energy = builtin_registry().get("energy", 1)
    sent = _push(auditor, records, [to_wire(carry(template)), to_wire(carry(energy))])
    assert sent.status_code == 200, sent.text
    assert sent.json()["counts"]["new"] == 4

    supervisor = hub.login("A", "admin-a")
    pages = _pages(supervisor)  # two changes a page: e1 s1 | a1 a2
    assert [[r["record"]["id"] for r in p["records"]] for p in pages] == [
        ["e1", "s1"],
        ["a1", "a2"],
    ]
    assert pages[0]["templates"] == []  # no answer there, so no template
    carried = {(t["id"], t["version"]): t for t in pages[1]["templates"]}
    assert set(carried) == {("steam_checks", 2), ("energy", 1)}
    wire = carried[("steam_checks", 2)]
    assert wire["sha256"] == content_hash(template)
    assert wire["content"] == template_to_data(template)

    # The supervisor's fresh data folder installs it and can read the answer's question.
    office = Database(tmp_path / "office")
    try:
        received = [from_wire(item) for item in pages[1]["templates"]]
        with office.engine.begin() as connection:
            installed = install_carried(connection, received, source="hub", now=datetime.now(UTC))
        assert installed == [("steam_checks", 2)]  # energy 1 is built in here
        here = template_registry(office).get("steam_checks", 2)
        assert here.question(question_id).text["en"] == "Are steam traps tested every year?"
    finally:
        office.close()

    # Pushing the same template again with more answers is nothing new for it.
    more = answer("a3", me, "energy.q2", "yes")
    again = _push(auditor, {"answer": [more]}, [to_wire(carry(template))])
    assert again.status_code == 200, again.text


def test_another_content_under_the_same_id_and_version_is_refused_whole(
    hub: Hub, tmp_path: Path
) -> None:
    first = _steam(tmp_path / "a.xlsx")
    other = _steam(tmp_path / "b.xlsx", "Traps tested yearly?")
    assert first.key == other.key and content_hash(first) != content_hash(other)
    auditor = hub.login("A", "auditor-a")
    me = auditor.device_id
    base = {"enterprise": [enterprise(me)], "assessment": [assessment(me)]}
    assert _push(auditor, base, [to_wire(carry(first))]).status_code == 200

    colleague = hub.login("A", "admin-a")
    them = colleague.device_id
    late = answer("b1", them, other.questions[0].id, template_id="steam_checks", template_version=2)
    refused = _push(colleague, {"answer": [late]}, [to_wire(carry(other))])
    assert refused.status_code == 409
    problem = refused.json()
    assert problem["code"] == "409.6"
    assert problem["details"] == {"template_id": "steam_checks", "version": 2}
    assert "'steam_checks' version 2" in problem["message"]
    records, _conflicts, _cursor = pull_all(colleague)
    assert [r["record"]["id"] for r in records] == ["e1", "s1"]  # the answer was not written

    # A changed built-in template is refused even the first time the hub sees it.
    energy = to_wire(carry(builtin_registry().get("energy", 1)))
    energy["content"]["questions"][0]["text"]["en"] = "Something else?"
    energy["sha256"] = content_hash(parse_template(energy["content"], Path("energy.json")))
    forged = _push(colleague, {"answer": [answer("b2", them)]}, [energy])
    assert (forged.status_code, forged.json()["code"]) == (409, "409.6")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (lambda t: t.update(sha256="0" * 64), "hashes to"),
        (lambda t: t["content"].update(questions=[]), "'questions' must be a non-empty list"),
        (lambda t: t.update(version=3), "not 'steam_checks' version 3"),
        (lambda t: t.pop("sha256"), "exactly id, version, sha256 and content"),
    ],
)
def test_an_invalid_template_is_refused_with_its_problem(
    hub: Hub, tmp_path: Path, change, reason: str
) -> None:
    item = to_wire(carry(_steam(tmp_path / "steam.xlsx")))
    change(item)
    auditor = hub.login("A", "auditor-a")
    me = auditor.device_id
    refused = _push(auditor, {"enterprise": [enterprise(me)]}, [item])
    assert refused.status_code == 400
    assert refused.json()["code"] == "400.7"
    assert "templates, item 1" in refused.json()["details"]["reason"]
    assert reason in refused.json()["details"]["reason"]
    assert pull_all(auditor)[0] == []


def test_templates_stay_within_their_organisation(hub: Hub, tmp_path: Path) -> None:
    mine = _steam(tmp_path / "a.xlsx")
    theirs = _steam(tmp_path / "b.xlsx", "Traps tested yearly?")
    a = hub.login("A", "auditor-a")
    b = hub.login("B", "admin-b")
    use = {"template_id": "steam_checks", "template_version": 2}
    records_a = {
        "enterprise": [enterprise(a.device_id)],
        "assessment": [assessment(a.device_id)],
        "answer": [answer("a1", a.device_id, mine.questions[0].id, **use)],
    }
    assert _push(a, records_a, [to_wire(carry(mine))]).status_code == 200
    # B pulls nothing of A's, and may hold its own, different steam_checks 2.
    assert all(page["templates"] == [] for page in _pages(b))
    records_b = {
        "enterprise": [enterprise(b.device_id)],
        "assessment": [assessment(b.device_id)],
        "answer": [answer("b1", b.device_id, theirs.questions[0].id, **use)],
    }
    assert _push(b, records_b, [to_wire(carry(theirs))]).status_code == 200
    [page_b] = _pages(b)[-1:]
    [held] = page_b["templates"]
    assert held["sha256"] == content_hash(theirs)


def test_a_push_without_templates_is_signed_and_read_as_before(hub: Hub) -> None:
    device = hub.login("A", "auditor-a")
    me = device.device_id
    sent = push(device, {"enterprise": [enterprise(me)], "assessment": [assessment(me)]})
    assert sent.status_code == 200, sent.text
    assert [p["templates"] for p in _pages(device)] == [[]]
