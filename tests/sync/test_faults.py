"""Faults between a laptop and the hub: a lost answer, the hub gone mid-upload, clocks hours
apart, a package taken to the office before the laptop synced."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import numpy as np
from PIL import Image

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.exchange.conflicts import list_conflicts
from recp_desktop.exchange.importer import import_package
from recp_desktop.exchange.writer import export_assessment
from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.database import Database
from recp_desktop.storage.photos import add_photo, photo_file
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.sync.account import load_account, save_account
from recp_desktop.sync.client import Retry
from recp_desktop.sync.round import sign_in
from tests.hub.conftest import prepare
from tests.hub.harness import PASSWORD, Hub, ProcessServer
from tests.hub.records import pull_all
from tests.hub.test_lost_answers import DroppingProxy
from tests.packages import NUMBER, YES_NO, answer, seed
from tests.sync.devices import FAST, sync


def _plain_assessment(db: Database) -> str:
    company = create_enterprise(db, name="Kutaisi Paper", country="GE", city="Kutaisi")
    assessment = create_assessment(db, company.id, kind="full", title="Audit", currency="GEL")
    for question in YES_NO:
        answer(db, assessment.id, question, AnswerState("yes"))
    return assessment.id


def test_a_push_whose_answer_was_lost_is_replayed_not_doubled(devices) -> None:
    hub: Hub = devices.hub
    laptop = devices.laptop("laptop")
    _plain_assessment(laptop)
    account = load_account(laptop.folder)
    proxy = DroppingProxy(int(hub.url.rsplit(":", 1)[1]), drops=1)
    try:
        save_account(laptop.folder, replace(account, url=f"http://127.0.0.1:{proxy.port}"))
        result = sync(laptop)  # the push's answer is dropped: the retry replays it
    finally:
        proxy.close()
    assert proxy.dropped == 1
    assert result.pushed == 6 and result.push_counts["new"] == 6
    admin = hub.login("A", "admin-a")
    pushes = [e for e in admin.client.get("/v1/audit").json() if e["action"] == "push"]
    assert len(pushes) == 1  # written once; the retry was answered from the stored answer
    records = pull_all(admin)[0]
    assert len(records) == 6 == len({r["record"]["id"] for r in records})
    save_account(laptop.folder, account)
    assert sync(laptop).pushed == 0


def _noise_photo(path: Path, side: int = 700) -> Path:
    pixels = np.random.default_rng(7).integers(0, 256, (side, side, 3), dtype=np.uint8)
    Image.fromarray(pixels).save(path, "PNG")
    return path


def test_the_hub_stopped_mid_upload_resumes_and_doubles_nothing(
    tmp_path: Path, hub_database
) -> None:
    settings = prepare(tmp_path, hub_database)
    server = ProcessServer(settings)
    url = server.start()
    db = Database(tmp_path / "laptop")
    try:
        sign_in(db, url, "auditor-a", PASSWORD, organisation="A", retry=FAST)
        assessment_id = _plain_assessment(db)
        photo = add_photo(db, assessment_id, _noise_photo(tmp_path / "noise.png"))
        size = photo.size
        chunk = 256 << 10
        assert size > 4 * chunk
        seen: list[int] = []
        restarted = threading.Event()

        def progress(stage: str, done: int, total: int) -> None:
            if stage == "upload" and 0 < done < total and not seen:
                seen.append(done)
                server.kill()  # gone between two pieces, without a word

                def back() -> None:
                    server.start()
                    restarted.set()

                threading.Timer(0.5, back).start()

        patient = Retry(attempts=60, timeout=90, wait_initial=0.1, wait_max=1.0)
        result = sync(db, retry=patient, progress=progress, chunk=chunk)
        assert restarted.wait(30) and seen == [chunk]
        assert result.photos_uploaded == 1
        assert result.bytes_uploaded == size  # no piece the hub had was sent again
        assert result.pushed == 7
        stored = list((settings.data_dir / "blobs").rglob(f"{photo.sha256}*"))
        assert len(stored) == 1 and stored[0].stat().st_size == size
        # a second laptop gets the same bytes
        other = Database(tmp_path / "other")
        try:
            sign_in(other, url, "auditor-a", PASSWORD, organisation="A", retry=FAST)
            assert sync(other).photos_downloaded == 1
            mine = photo_file(db.folder, photo.sha256, photo.media_type).read_bytes()
            theirs = photo_file(other.folder, photo.sha256, photo.media_type).read_bytes()
            assert mine == theirs
        finally:
            other.close()
    finally:
        db.close()
        server.stop()


def test_clock_skew_of_hours_changes_nothing(devices, tmp_path: Path, monkeypatch) -> None:
    from recp_desktop.storage import answers as answers_module
    from recp_desktop.storage.database import now as real_now

    one = devices.laptop("one")
    assessment_id = seed(one, tmp_path)
    sync(one)
    two = devices.laptop("two")
    sync(two)

    monkeypatch.setattr(answers_module, "now", lambda: real_now() + timedelta(hours=9))
    answer(two, assessment_id, NUMBER, AnswerState(number=9.0, unit="bar"))  # clock 9 h ahead
    sync(two)
    sync(one)
    monkeypatch.setattr(answers_module, "now", lambda: real_now() - timedelta(hours=9))
    answer(one, assessment_id, NUMBER, AnswerState(number=5.0, unit="bar"))  # 9 h behind
    assert sync(one).push_counts["updated"] == 1  # later in fact, earlier by the clock: wins
    assert sync(two).pull_counts["updated"] == 1
    for db in (one, two):
        assert load_answers(db, assessment_id)[NUMBER].number == 5.0
        assert list_conflicts(db) == []

    # edits made apart stay a conflict whatever the clocks say
    answer(two, assessment_id, YES_NO[0], AnswerState("no"))  # 9 h behind
    monkeypatch.setattr(answers_module, "now", lambda: real_now() + timedelta(hours=9))
    answer(one, assessment_id, YES_NO[0], AnswerState("yes", note="ahead"))
    sync(one)
    assert sync(two).push_counts["conflict"] == 1
    sync(one)
    assert len(list_conflicts(one)) == len(list_conflicts(two)) == 1


def test_a_package_imported_at_the_office_then_synced_from_the_laptop(
    devices, tmp_path: Path
) -> None:
    laptop = devices.laptop("laptop")
    assessment_id = seed(laptop, tmp_path)
    package = tmp_path / "audit.recp"
    export_assessment(laptop, assessment_id, package)

    office = devices.laptop("office", "supervisor-a")
    assert import_package(office, package).ok
    first = sync(office)
    assert first.push_counts["new"] == 10 and first.photos_uploaded == 1

    answer(laptop, assessment_id, NUMBER, AnswerState(number=7.0, unit="bar"))  # after export
    result = sync(laptop)
    assert result.push_counts == {"new": 0, "updated": 1, "unchanged": 9, "conflict": 0}
    assert result.photos_uploaded == 0  # the office sent the same file already
    assert result.conflicts == 0 and list_conflicts(laptop) == []
    back = sync(office)
    assert back.pull_counts["updated"] == 1 and back.conflicts == 0
    assert list_conflicts(office) == []
    assert load_answers(office, assessment_id)[NUMBER].number == 7.0
    records = pull_all(devices.hub.login("A", "admin-a"))[0]
    assert len(records) == 10 == len({(r["type"], r["record"]["id"]) for r in records})
