"""Park overviews on the hand-built fixture: companies, assessments, waste, exchanges."""

from __future__ import annotations

from recp_desktop.storage.parks import park_key, park_overviews
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.symbiosis import find_candidates
from recp_desktop.storage.symbiosis_decisions import decide
from tests import waste_fixture


def test_park_overviews(db) -> None:
    ids = waste_fixture.build(db)
    # a third member spelled differently, with a completed assessment and no waste yet
    other = create_enterprise(db, name="Anchor Bolts", country="GE", region="GE-KK",
                              nace="25.94", eco_park="  rustavi  industrial zone")  # fmt: skip
    create_assessment(db, other.id, kind="full", title="Audit", currency="GEL",
                      status="completed")  # fmt: skip
    kutaisi, rustavi = park_overviews(db)  # by name
    assert rustavi.name == "Rustavi Industrial Zone" and kutaisi.name == "Kutaisi FIZ"
    assert [c.name for c in rustavi.companies] == ["Anchor Bolts", "Ganja Cement", "Rustavi Steel"]
    steel = rustavi.companies[2]
    assert (steel.assessments, steel.completed, steel.streams) == (1, 0, 2)
    assert round(steel.tonnes, 6) == 778.8 and round(steel.hazardous_tonnes, 6) == 358.8
    assert rustavi.companies[0].completed == 1 and rustavi.companies[0].streams == 0
    # 420 + 358.8 (steel) + 50 (cement) = 828.8 t, of which 358.8 t hazardous
    assert round(rustavi.tonnes, 6) == 828.8 and round(rustavi.hazardous_tonnes, 6) == 358.8
    [(exchange, decision)] = rustavi.exchanges  # mill scale → cement, both in the park
    assert exchange.receiver.id == ids["cement"] and decision is None and rustavi.confirmed == []
    assert kutaisi.exchanges == [] and round(kutaisi.tonnes, 6) == 8.0
    scale = find_candidates(db)[0]
    decide(db, *scale.key, "confirmed")
    assert [c.key for c in park_overviews(db)[1].confirmed] == [scale.key]
    assert park_key(" FEZ  Minsk ") == park_key("fez minsk")
