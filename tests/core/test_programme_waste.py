"""The programme report's waste page: the counted assessments' waste by region and the
confirmed symbiosis exchanges (hand-built fixture, tests/waste_fixture.py)."""

from __future__ import annotations

from pathlib import Path

from recp_desktop.domain.programme import ProgrammeFilter
from recp_desktop.report.programme_data import gather_programme
from recp_desktop.report.programme_pdf import write_programme_pdf
from recp_desktop.storage.symbiosis import find_candidates
from recp_desktop.storage.symbiosis_decisions import decide
from tests import waste_fixture
from tests.core.test_report import pdf_text


def test_programme_report_has_the_waste_map_and_confirmed_exchanges(db, tmp_path: Path) -> None:
    waste_fixture.build(db)
    decide(db, *find_candidates(db)[0].key, "confirmed", "Trial load in May")
    data = gather_programme(db, ProgrammeFilter(review=None), "USD", language="en")
    assert data.waste is not None
    # every fixture company's assessment is counted: GE-KK 778.8 t, GE-IM 158 t, AZ-BA 17 t,
    # AZ-GA 50 t and GE-KA 5 t (the deleted company is left out)
    assert {k: round(f.tonnes, 6) for k, f in data.waste.figures.items()} == {
        "GE-KK": 778.8, "GE-IM": 158.0, "AZ-BA": 17.0, "AZ-GA": 50.0, "GE-KA": 5.0,
    }  # fmt: skip
    assert [x.receiver for x in data.exchanges] == ["Ganja Cement"]
    assert data.exchanges[0].stream == "Mill scale (10 02 10)"  # the code as the List prints it
    target = tmp_path / "programme.pdf"
    write_programme_pdf(data, target)
    text = " ".join(pdf_text(target).split())
    assert "Waste by region" in text and "Kvemo Kartli" in text and "779" in text
    assert "Confirmed symbiosis exchanges" in text and "Trial load in May" in text
    assert "Natural Earth" in text


def test_no_waste_page_without_waste(db, assessment, tmp_path: Path) -> None:
    data = gather_programme(db, ProgrammeFilter(review=None), "GEL")
    assert data.waste is None and data.exchanges == ()
    target = tmp_path / "programme.pdf"
    write_programme_pdf(data, target)
    assert "Waste by region" not in pdf_text(target)
