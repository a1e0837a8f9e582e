"""The demo company: every curated answer lands on a real, visible question."""

from __future__ import annotations

import pytest

from recp_desktop.checklists import builtin_templates
from recp_desktop.demo import ANSWERS, create_demo
from recp_desktop.storage.answers import load_answers
from recp_desktop.storage.photos import list_photos
from recp_desktop.storage.repository import answer_values, list_assessments


def test_demo_answers_are_stored_and_visible(db) -> None:
    assessment_id = create_demo(db)
    stored = load_answers(db, assessment_id)
    assert set(stored) == set(ANSWERS)
    values, _ = answer_values(db, assessment_id)
    for template in builtin_templates().values():
        visible = {q.id for q in template.visible("full", values)}
        mine = {qid for qid in ANSWERS if qid.startswith(f"{template.area}.")}
        assert mine <= visible, mine - visible
    photos = list_photos(db, assessment_id)
    assert [p.question_id for p in photos] == ["energy.compressed_air.leaks_audible"]
    row = list_assessments(db)[0]
    assert row.company == "Şəki Süd MMC" and 0 < row.answered < row.total


def test_demo_options_come_from_the_calculators(db) -> None:
    from recp_desktop.demo import OPTIONS
    from recp_desktop.storage.options import list_options, option_results, option_totals

    assessment_id = create_demo(db)
    options = list_options(db, assessment_id)
    assert len(options) == len(OPTIONS)
    for option in options:
        assert option.saving_money and option.saving_money > 0, option.title
        assert option_results(option)["annual_cost"]["unit"] == "AZN"
    totals = option_totals(options, "AZN")
    assert totals.energy_mwh > 0 and totals.water_m3 > 0 and totals.co2_t > 0


def test_demo_shows_a_waste_map_and_one_symbiosis_candidate(db) -> None:
    from recp_desktop.demo_park import PARK
    from recp_desktop.storage.symbiosis import find_candidates
    from recp_desktop.storage.waste_map import waste_by_region

    create_demo(db)
    figures = waste_by_region(db)
    # dairy: 20 × 12 + 3 × 1.05 × 52 + 0.8 × 12 + 6 = 240 + 163.8 + 9.6 + 6 = 419.4 t;
    # feed mill: 12 t — both in Şəki (AZ-SAK)
    assert set(figures) == {"AZ-SAK"}
    assert round(figures["AZ-SAK"].tonnes, 6) == 431.4
    assert (figures["AZ-SAK"].streams, figures["AZ-SAK"].companies) == (5, 2)
    (candidate,) = find_candidates(db)
    assert candidate.stream.name == "Acid whey and returned products"
    assert candidate.receiver.name == "Şəki Yem MMC" and candidate.row.ewc == "020501"
    # exact-code row 020501, general knowledge: 40 × 3 // 4 = 30; 240 t ≥ 10: 20; same park: 25
    assert candidate.score == 75 and any(PARK in r for r in candidate.reasons)


def test_demo_baseline_waste_is_the_sum_of_its_streams(db) -> None:
    from recp_desktop.storage.baseline import load_baseline
    from recp_desktop.storage.waste import list_waste_streams, waste_totals

    assessment_id = create_demo(db)
    line = load_baseline(db, assessment_id)["waste_nonhazardous"]
    totals = waste_totals(list_waste_streams(db, assessment_id), "AZN")
    # 240 + 163.8 + 9.6 + 6 t and 4 800 + 7 900 + 900 AZN, none hazardous
    assert line.quantity == pytest.approx(419.4) == pytest.approx(totals.tonnes)
    assert line.cost == 13_600 == totals.cost and totals.hazardous_tonnes == 0


def test_a_second_demo_makes_no_self_exchange(db) -> None:
    from recp_desktop.storage.symbiosis import find_candidates

    create_demo(db)
    create_demo(db)
    found = find_candidates(db)
    assert found and all(c.stream.company.name != c.receiver.name for c in found)
    # both dairies' whey goes to the one feed mill
    assert sorted(c.receiver.name for c in found) == ["Şəki Yem MMC", "Şəki Yem MMC"]
