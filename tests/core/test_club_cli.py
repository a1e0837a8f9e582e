"""``recp club ...`` as a facilitator runs it: a club from nothing to signed certificates."""

from __future__ import annotations

import json
from pathlib import Path

from recp_desktop.storage.repository import create_enterprise
from tests.core.test_cli import recp


def test_club_from_the_command_line(db, tmp_path: Path) -> None:
    create_enterprise(db, name="Борисовский молочный завод", country="BY")
    folder = str(db.folder)
    db.close()

    def run(*args: str):
        result = recp("--data-dir", folder, *args)
        assert result.returncode == 0, result.stderr
        return result.stdout

    club = "Borisov RECP Club"
    run(
        "club",
        "create",
        club,
        "--country",
        "BY",
        "--region",
        "BY-MI",
        "--city",
        "Borisov",
        "--facilitator",
        "Alena Kavaleva",
        "--organiser",
        "National RECP Centre",
        "--min-sessions",
        "2",
    )
    run("club", "session", "add", club, "--date", "2021-02-25", "--topic", "Baseline data")
    run("club", "session", "add", club, "--date", "2021-03-11", "--topic", "Energy mini-audit")
    run(
        "club",
        "member",
        "add",
        club,
        "--company",
        "борисовский молочный завод",
        "--name",
        "Ольга Иванова",
        "--position",
        "главный энергетик",
    )
    refused = recp(
        "--data-dir",
        folder,
        "club",
        "homework",
        "add",
        club,
        "--kind",
        "checklist",
        "--target",
        "no-such-checklist",
    )
    assert refused.returncode == 2 and "There is no checklist 'no-such-checklist'" in refused.stderr
    sheet = tmp_path / "attendance.csv"
    sheet.write_text(
        "date;participant;company;present\n"
        "25.02.2021;Ольга Иванова;Борисовский молочный завод;да\n"
        "11.03.2021;Ольга Иванова;Борисовский молочный завод;да\n",
        encoding="utf-8",
    )
    assert json.loads(run("club", "attendance", "import", club, str(sheet), "--json")) == {
        "rows": 2,
        "changed": 2,
    }
    progress = json.loads(run("club", "progress", club, "--json"))
    assert progress["participants"][0]["attended"] == 2
    assert progress["participants"][0]["eligible"] is True
    assert "after 3 sessions and all homework" in run(
        "club", "edit", club, "--min-sessions", "3", "--min-homework", "all"
    )
    assert json.loads(run("club", "progress", club, "--json"))["participants"][0]["missing"] == [
        "attended 2 of the 3 sessions required"
    ]
    run("club", "edit", club, "--min-sessions", "2")
    listing = json.loads(run("club", "list", "--json"))
    assert [(c["name"], c["sessions"], c["companies"]) for c in listing] == [(club, 2, 1)]
    out = tmp_path / "certificates"
    out.mkdir()
    (issued,) = json.loads(
        run("club", "certificates", club, "--out", str(out), "--language", "ru", "--json")
    )
    assert issued["participant"] == "Ольга Иванова"
    verified = json.loads(run("certificate", "verify", issued["file"], "--json"))
    assert verified["valid"] and verified["code"] == issued["code"]
    assert verified["certificate"]["sessions"][1] == {
        "date": "2021-03-11",
        "topic": "Energy mini-audit",
    }
