"""Two laptops and a supervisor syncing through a real hub: edits travel both ways, conflicts
are seen everywhere and their resolution travels back."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.exchange.conflicts import list_conflicts, resolve_conflict
from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.photos import list_photos, photo_file
from recp_desktop.storage.repository import list_assessments
from recp_desktop.sync.account import account_path, load_account
from tests.hub.harness import PASSWORD
from tests.packages import NUMBER, YES_NO, answer, seed
from tests.sync.devices import sync


def test_edits_travel_from_a_laptop_to_the_supervisor_and_back(devices, tmp_path: Path) -> None:
    laptop = devices.laptop("laptop")
    assessment_id = seed(laptop, tmp_path)
    account = load_account(laptop.folder)
    assert account.role == "auditor" and account.organisation == "A"
    path = account_path(laptop.folder)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert PASSWORD not in path.read_text()

    first = sync(laptop)
    # seed(): company, assessment, 2 baseline lines, 4 answers, 1 option, 1 photo
    assert first.pushed == 10 and first.push_counts["new"] == 10
    assert first.photos_uploaded == 1 and first.conflicts == 0
    again = sync(laptop)
    assert again.pushed == 0 and again.photos_uploaded == 0  # nothing changed since

    boss = devices.laptop("supervisor", "supervisor-a")
    pulled = sync(boss)
    assert pulled.pulled == 10 and pulled.pull_counts["new"] == 10
    assert pulled.pushed == 0 and pulled.photos_downloaded == 1
    [row] = list_assessments(boss)
    assert row.id == assessment_id and row.company == "Rustavi Steel"
    [photo] = list_photos(boss, assessment_id)
    assert (
        photo_file(boss.folder, photo.sha256, photo.media_type).read_bytes()
        == photo_file(laptop.folder, photo.sha256, photo.media_type).read_bytes()
    )
    assert sync(boss).pushed == 0  # what came from the hub does not go back up

    answer(boss, assessment_id, YES_NO[0], AnswerState("no", note="checked on site"))
    assert sync(boss).push_counts == {"new": 0, "updated": 1, "unchanged": 0, "conflict": 0}
    back = sync(laptop)
    assert back.pulled == 1 and back.pull_counts["updated"] == 1 and back.pushed == 0
    mine = load_answers(laptop, assessment_id)[YES_NO[0]]
    assert (mine.value, mine.note) == ("no", "checked on site")


def test_the_same_answer_edited_on_two_laptops_is_one_conflict_everywhere(
    devices, tmp_path: Path
) -> None:
    one = devices.laptop("one")
    assessment_id = seed(one, tmp_path)
    sync(one)
    two = devices.laptop("two")  # the same expert's second computer
    boss = devices.laptop("boss", "supervisor-a")
    sync(two)
    sync(boss)

    answer(one, assessment_id, NUMBER, AnswerState(number=8.0, unit="bar"))
    answer(two, assessment_id, NUMBER, AnswerState(number=6.5, unit="bar"))
    assert sync(one).push_counts["updated"] == 1
    pushed = sync(two)
    assert pushed.push_counts["conflict"] == 1
    sync(one)
    sync(boss)
    for db in (one, two, boss):
        [conflict] = list_conflicts(db)
        assert conflict.record_type == "answer" and conflict.label == NUMBER
        assert {conflict.local["number"], conflict.incoming["number"]} == {8.0, 6.5}
    # each keeps its own value until a person decides
    assert load_answers(one, assessment_id)[NUMBER].number == 8.0
    assert load_answers(two, assessment_id)[NUMBER].number == 6.5
    assert load_answers(boss, assessment_id)[NUMBER].number == 8.0

    [conflict] = list_conflicts(boss)
    resolve_conflict(boss, conflict.id, "incoming")  # the supervisor keeps 6.5
    assert sync(boss).push_counts["updated"] == 1
    for db in (one, two):
        sync(db)
        assert list_conflicts(db) == []
        assert load_answers(db, assessment_id)[NUMBER].number == 6.5
    assert list_conflicts(boss) == []
    assert sync(one).pushed == 0 and sync(two).pushed == 0
    hub_open = devices.hub.login("A", "admin-a").client.get("/v1/conflicts").json()
    assert hub_open == []


def test_a_laptop_up_to_date_pushes_its_edit_without_a_pull(devices, tmp_path: Path) -> None:
    """The hub answers a push with the cursor past it when nothing else came after the
    laptop's cursor (docs/sync-protocol.md §7 *Push*); the round then needs no pull, and a
    change someone else made in between still comes down in the same round."""
    laptop = devices.laptop("laptop")
    assessment_id = seed(laptop, tmp_path)
    sync(laptop)
    boss = devices.laptop("supervisor", "supervisor-a")
    sync(boss)

    answer(laptop, assessment_id, YES_NO[0], AnswerState("no"))
    alone = sync(laptop)
    assert (alone.pushed, alone.pulled) == (1, 0)  # its own answer only: nothing to pull
    quiet = sync(laptop)
    assert (quiet.pushed, quiet.pulled) == (0, 0)  # the cursor is past its own answer
    assert sync(boss).pull_counts["updated"] == 1  # the supervisor still gets it

    answer(boss, assessment_id, YES_NO[1], AnswerState("no", note="seen by the supervisor"))
    assert sync(boss).pushed == 1
    answer(laptop, assessment_id, YES_NO[2], AnswerState("yes", note="edited on the laptop"))
    mixed = sync(laptop)
    # The supervisor's answer came after the laptop's cursor: pulled in this very round, with
    # the laptop's own answer (2 records: 1 updated here, 1 unchanged).
    assert (mixed.pushed, mixed.pulled) == (1, 2)
    assert mixed.pull_counts["updated"] == 1 and mixed.pull_counts["unchanged"] == 1
    assert load_answers(laptop, assessment_id)[YES_NO[1]].note == "seen by the supervisor"
    assert sync(laptop).pulled == 0
