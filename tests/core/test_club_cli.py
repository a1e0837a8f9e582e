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


def test_club_refusals_and_help_from_the_command_line(db, tmp_path: Path) -> None:
    """Tryout findings: a second club of the same name and a country code such as ZZ were
    accepted; ``--out`` had to exist; the attendance CSV's columns were nowhere in --help."""
    create_enterprise(db, name="Orsha Flax", country="BY")
    folder = str(db.folder)
    db.close()

    def run(*args: str):
        return recp("--data-dir", folder, *args)

    made = run("club", "create", "Orsha RECP Club", "--country", "by", "--min-sessions", "0")
    assert made.returncode == 0, made.stderr
    again = run("club", "create", "orsha  recp CLUB", "--country", "BY")
    assert again.returncode == 2
    assert "There is already a club called 'Orsha RECP Club'" in again.stderr
    unknown = run("club", "create", "Vitebsk RECP Club", "--country", "ZZ")
    assert unknown.returncode == 2
    assert "'ZZ' is not a country code the app knows" in unknown.stderr
    assert "BY" in unknown.stderr  # the codes it knows are listed
    assert run("club", "create", "Vitebsk RECP Club", "--country", "BY").returncode == 0
    renamed = run("club", "edit", "Vitebsk RECP Club", "--name", "Orsha RECP Club")
    assert renamed.returncode == 2 and "already a club called" in renamed.stderr
    listing = json.loads(run("club", "list", "--json").stdout)
    assert sorted(c["name"] for c in listing) == ["Orsha RECP Club", "Vitebsk RECP Club"]

    helped = run("club", "attendance", "import", "--help")
    assert helped.returncode == 0
    for column in ("date", "participant", "company", "present", "topic"):
        assert f"\n  {column} " in helped.stdout
    assert "DD.MM.YYYY" in helped.stdout and "да/нет" in helped.stdout

    # --out names a folder that does not exist yet (two levels): it is made.
    member = ("club", "member", "add", "Orsha RECP Club", "--company", "Orsha Flax")
    assert run(*member, "--name", "Pavel Sidorov").returncode == 0
    out = tmp_path / "certificates" / "2021"
    issued = run("club", "certificates", "Orsha RECP Club", "--out", str(out), "--json")
    assert issued.returncode == 0, issued.stderr
    (certificate,) = json.loads(issued.stdout)
    assert Path(certificate["file"]).parent == out and Path(certificate["file"]).is_file()
    (tmp_path / "a-file").write_text("not a folder")
    blocked = run("club", "certificates", "Orsha RECP Club", "--out", str(tmp_path / "a-file"))
    assert blocked.returncode == 2 and "cannot make the folder" in blocked.stderr
