"""A company's site coordinates travel laptop → hub → supervisor's folder (real hub, SQLite and
PostgreSQL), and a supervisor's symbiosis then measures the distance between the two sites."""

from __future__ import annotations

from recp_desktop.storage.models import Enterprise
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.symbiosis import find_candidates
from recp_desktop.storage.waste import add_waste_stream
from tests.sync.devices import sync


def test_sites_go_through_the_hub(devices) -> None:
    laptop = devices.laptop("laptop")
    wines = create_enterprise(laptop, name="Telavi Wines", country="GE", region="GE-KA",
                              nace="11.02", latitude=41.9198, longitude=45.4731)  # fmt: skip
    board = create_enterprise(laptop, name="Imereti Cardboard", country="GE", region="GE-IM",
                              nace="17.12", latitude=42.2679, longitude=42.6946)  # fmt: skip
    for company in (wines, board):
        audit = create_assessment(laptop, company.id, kind="full", currency="GEL")
        if company is wines:
            add_waste_stream(laptop, audit.id, ewc_code="150101", name="Cartons", quantity=5,
                             unit="t")  # fmt: skip
    assert sync(laptop).push_counts["new"] == 5  # two companies, two assessments, a stream
    boss = devices.laptop("boss", "supervisor-a")
    sync(boss)
    with boss.session() as session:
        sites = {e.name: (e.latitude, e.longitude) for e in session.query(Enterprise)}
    assert sites == {"Telavi Wines": (41.9198, 45.4731), "Imereti Cardboard": (42.2679, 42.6946)}
    (cartons,) = find_candidates(boss)
    # 232.493 km by the spherical law of cosines (tests/core/test_symbiosis.py)
    assert round(cartons.distance_km, 1) == 232.5
    assert any("between the sites" in r for r in cartons.reasons)
