"""RECP Clubs: progress, quick wins and certificate eligibility on a hand-built club.

The fixture (expected values worked out by hand, below each step):

* sessions S1 4 Feb, S2 18 Feb, S3 4 Mar, S4 18 Mar 2021; criteria: 3 sessions, all homework;
* homework H1 baseline data, H2 the energy checklist, H3 a water-leak calculation;
* Borisov Dairy (club self-audit, BYN): electricity in the baseline; energy checklist: "no"
  compressed air and "no" steam, so their two follow-ups are not asked, the other 8 answered;
  a water-leak option (1,500 BYN, 300 m³) and a hand-made option (2,500 BYN, 10,000 kWh)
  -> homework 3 of 3;
* Orsha Flax (club self-audit, EUR): only production output in the baseline (no resource);
  "yes" to compressed air and steam, 9 of the 10 questions then asked answered; a water-leak
  option (400 EUR) -> homework 1 of 3 (H3 only);
* Zhodino Bakery: only a *full* assessment, with a water-leak option -> counts for nothing.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from recp_desktop.checklists.answers import AnswerState
from recp_desktop.domain.clubs import (
    ClubRuleError,
    CompanyData,
    Homework,
    OptionSaving,
    eligibility,
    homework_status,
    quick_wins,
)
from recp_desktop.storage import clubs
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.baseline import BaselineValue, save_baseline
from recp_desktop.storage.club_progress import club_progress
from recp_desktop.storage.options import add_option
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.templates import template_registry

ENERGY_CLUB = (
    "energy.motors.idle_running",
    "energy.compressed_air.has_system",
    "energy.compressed_air.leaks_audible",  # asked only after "yes" to has_system
    "energy.steam.has_system",
    "energy.steam.leaks_visible",  # asked only after "yes" to steam
    "energy.steam.uninsulated",
    "energy.heating_cooling.cold_room_doors",
    "energy.lighting_buildings.lights_unoccupied",
    "energy.lighting_buildings.envelope",
    "energy.management.responsible_person",
)


def _option(db, assessment_id, title, **fields):
    base = {"title": title, "technique": "good_housekeeping", "area": "water"}
    return add_option(db, assessment_id, **(base | fields))


@pytest.fixture
def club(db):
    """The club of the module docstring; returns (db, club, {name: participant})."""
    energy = template_registry(db).get("energy")
    c = clubs.create_club(
        db,
        name="Borisov RECP Club",
        country="BY",
        region="BY-MI",
        city="Borisov",
        facilitator="Alena Kavaleva",
        organiser="National RECP Centre",
        min_sessions=3,
    )
    s = [
        clubs.add_session(db, c.id, date(2021, 2, 4), "RECP methodology, baseline data"),
        clubs.add_session(db, c.id, date(2021, 2, 18), "Energy and compressed air"),
        clubs.add_session(db, c.id, date(2021, 3, 4), "Water and wastewater"),
        clubs.add_session(db, c.id, date(2021, 3, 18), "Materials, waste, quick wins"),
    ]
    clubs.add_homework(db, c.id, "baseline", title="Resource bills", due_on=date(2021, 2, 17))
    clubs.add_homework(db, c.id, "checklist", "energy", "Energy mini-audit", date(2021, 3, 3))
    clubs.add_homework(db, c.id, "calculator", "water-leak", "A leak in money", date(2021, 3, 17))

    dairy = create_enterprise(db, name="Borisov Dairy", country="BY", city="Borisov")
    a = create_assessment(db, dairy.id, kind="club", title="Self-audit", currency="BYN")
    save_baseline(db, a.id, "electricity", BaselineValue(120000, "kWh", 21000))
    answers = {q: "yes" for q in ENERGY_CLUB}
    answers["energy.compressed_air.has_system"] = "no"
    answers["energy.steam.has_system"] = "no"
    del answers["energy.compressed_air.leaks_audible"], answers["energy.steam.leaks_visible"]
    for question, value in answers.items():
        save_answer(db, a.id, energy, question, AnswerState(value=value))
    _option(
        db, a.id, "Fix the tap", calculator="water-leak", saving_money=1500.0, saving_water_m3=300.0
    )
    _option(db, a.id, "Switch off", area="energy", saving_money=2500.0, saving_energy_kwh=10000.0)

    flax = create_enterprise(db, name="Orsha Flax", country="BY", city="Orsha")
    b = create_assessment(db, flax.id, kind="club", title="Self-audit", currency="EUR")
    save_baseline(db, b.id, "production_output", BaselineValue(800, "t"))
    for question in ENERGY_CLUB[:-1]:  # all but the last: 9 of 10 asked
        save_answer(db, b.id, energy, question, AnswerState(value="yes"))
    _option(db, b.id, "Drips", calculator="water-leak", saving_money=400.0)

    bakery = create_enterprise(db, name="Zhodino Bakery", country="BY")
    full = create_assessment(db, bakery.id, kind="full", title="Expert audit", currency="BYN")
    save_baseline(db, full.id, "electricity", BaselineValue(50000, "kWh"))
    _option(db, full.id, "Leak", calculator="water-leak", saving_money=999.0)

    people = {
        "Olga": clubs.add_participant(db, c.id, dairy.id, "Olga Ivanova", "Chief engineer"),
        "Ivan": clubs.add_participant(db, c.id, dairy.id, "Ivan Petrov"),
        "Pavel": clubs.add_participant(db, c.id, flax.id, "Pavel Sidorov"),
        "Nina": clubs.add_participant(db, c.id, bakery.id, "Nina Orlova"),
    }
    marks = {
        "Olga": (True, True, True, None),  # 3 attended
        "Ivan": (True, True, False, None),  # 2 attended
        "Pavel": (True, True, True, True),  # 4 attended
        "Nina": (None, None, None, None),  # 0
    }
    for who, row in marks.items():
        for session, present in zip(s, row, strict=True):
            if present is not None:
                clubs.set_attendance(db, session.id, people[who].id, present)
    return db, c, people


def test_homework_per_company(club) -> None:
    db, c, _ = club
    progress = club_progress(db, c.id)
    by_name = {p.name: p for p in progress.companies}
    dairy = by_name["Borisov Dairy"]
    assert [(h.done, h.count, h.total) for h in dairy.homework] == [
        (True, 1, 1),  # one resource line
        (True, 8, 8),  # 10 club questions less the 2 follow-ups of "no"
        (True, 1, 1),
    ]
    flax = by_name["Orsha Flax"]
    assert [(h.done, h.count, h.total) for h in flax.homework] == [
        (False, 0, 1),  # production output is not a resource
        (False, 9, 10),
        (True, 1, 1),
    ]
    assert (dairy.done, flax.done, by_name["Zhodino Bakery"].done) == (3, 1, 0)
    assert by_name["Zhodino Bakery"].assessments == 0  # its full assessment is not a club one


def test_quick_wins_are_grouped_by_currency_never_added_across(club) -> None:
    db, c, _ = club
    totals = club_progress(db, c.id).quick_wins
    assert sorted(totals) == ["BYN", "EUR"]
    assert (totals["BYN"].options, totals["BYN"].money) == (2, 4000.0)  # 1,500 + 2,500
    assert (totals["BYN"].energy_kwh, totals["BYN"].water_m3) == (10000.0, 300.0)
    assert (totals["EUR"].options, totals["EUR"].money) == (1, 400.0)


def test_eligibility_all_homework(club) -> None:
    db, c, _ = club
    progress = club_progress(db, c.id)
    got = {
        p.member.name: (p.eligibility.attended, p.eligibility.eligible)
        for p in progress.participants
    }
    assert got == {
        "Olga Ivanova": (3, True),
        "Ivan Petrov": (2, False),  # the absent mark of S3 does not count
        "Pavel Sidorov": (4, False),  # his company did 1 of 3
        "Nina Orlova": (0, False),
    }
    pavel = next(p for p in progress.participants if p.member.name == "Pavel Sidorov")
    assert pavel.eligibility.missing == ["company did 1 of the 3 homework assignments required"]


def test_eligibility_with_one_homework_required(club) -> None:
    db, c, _ = club
    clubs.update_club(db, c.id, min_homework=1)
    eligible = {
        p.member.name for p in club_progress(db, c.id).participants if p.eligibility.eligible
    }
    assert eligible == {"Olga Ivanova", "Pavel Sidorov"}


def test_a_deleted_option_no_longer_completes_homework(club) -> None:
    from recp_desktop.storage.options import list_options, set_option_deleted
    from recp_desktop.storage.repository import list_assessments

    db, c, _ = club
    flax = next(r for r in list_assessments(db) if r.company == "Orsha Flax")
    set_option_deleted(db, list_options(db, flax.id)[0].id)
    progress = club_progress(db, c.id)
    assert {p.name: p.done for p in progress.companies}["Orsha Flax"] == 0
    assert sorted(progress.quick_wins) == ["BYN"]


def test_rules_directly() -> None:
    assert eligibility(2, 0, 0, 2, None).eligible  # no homework assigned: sessions decide
    assert not eligibility(1, 5, 5, 2, None).eligible
    assert eligibility(3, 2, 2, 3, 9).homework_needed == 2  # capped at what exists
    with pytest.raises(ClubRuleError, match="Unknown homework kind"):
        homework_status(
            Homework("h", "essay"),
            CompanyData(),
        )
    totals = quick_wins([OptionSaving("AZN", 10.0), OptionSaving("AZN", None, 5.0)])
    assert (totals["AZN"].money, totals["AZN"].energy_kwh, totals["AZN"].options) == (10, 5, 2)


def test_club_refusals(db) -> None:
    with pytest.raises(clubs.ClubError, match="needs a name"):
        clubs.create_club(db, name=" ", country="BY")
    with pytest.raises(clubs.ClubError, match="not in BY"):
        clubs.create_club(db, name="X", country="BY", region="AZ-BA")
    c = clubs.create_club(db, name="X", country="BY")
    clubs.add_session(db, c.id, date(2021, 1, 1), "Start")
    with pytest.raises(clubs.ClubError, match="already has the session"):
        clubs.add_session(db, c.id, date(2021, 1, 1), "Start")
    with pytest.raises(clubs.ClubError, match="no calculator 'nope'"):
        clubs.add_homework(db, c.id, "calculator", "nope", known_targets=frozenset({"lighting"}))
    e = create_enterprise(db, name="Завод", country="BY")
    clubs.add_participant(db, c.id, e.id, "Анна  Смирнова")
    with pytest.raises(clubs.ClubError, match="already a participant"):
        clubs.add_participant(db, c.id, e.id, "Анна Смирнова")
    assert clubs.find_enterprise(db, "ЗАВОД").id == e.id  # Cyrillic case folding
    assert clubs.find_club(db, "x").id == c.id


def test_clubs_survive_reopening(club, data_folder: Path) -> None:
    from recp_desktop.storage.database import Database

    db, _c, _ = club
    db.close()
    again = Database(data_folder)
    try:
        rows = clubs.list_clubs(again)
        assert [(r.name, r.sessions, r.companies) for r in rows] == [("Borisov RECP Club", 4, 3)]
    finally:
        again.close()


def test_a_participants_package_fills_the_club_view(db, tmp_path: Path) -> None:
    """The company's staff work on their own laptop; the facilitator imports their package."""
    from recp_desktop.exchange.batches import import_package
    from recp_desktop.exchange.writer import export_assessment
    from recp_desktop.storage.database import Database

    laptop = Database(tmp_path / "participant")
    try:
        plant = create_enterprise(laptop, name="Orsha Flax", country="BY", city="Orsha")
        audit = create_assessment(laptop, plant.id, kind="club", title="Homework", currency="BYN")
        save_baseline(laptop, audit.id, "water", BaselineValue(5400, "m**3", 8100))
        _option(
            laptop,
            audit.id,
            "Dripping taps",
            calculator="water-leak",
            saving_money=620.0,
            saving_water_m3=380.0,
        )
        package = tmp_path / "orsha-flax.recp"
        export_assessment(laptop, audit.id, package)
    finally:
        laptop.close()

    c = clubs.create_club(db, name="Orsha RECP Club", country="BY", min_sessions=0)
    clubs.add_homework(db, c.id, "baseline")
    clubs.add_homework(db, c.id, "calculator", "water-leak")
    result = import_package(db, package)
    assert result.status == "imported", result.message
    clubs.add_participant(db, c.id, plant.id, "Pavel Sidorov")  # the imported company, same id
    progress = club_progress(db, c.id)
    (company,) = progress.companies
    assert (company.name, company.assessments, company.done) == ("Orsha Flax", 1, 2)
    assert progress.quick_wins["BYN"].money == 620.0
    assert progress.participants[0].eligibility.eligible
