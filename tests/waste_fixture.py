"""A hand-built set of companies and waste streams for the map and symbiosis tests.

Tonnes per year, by hand (see ``domain.waste``: weekly × 52, monthly × 12):

- Rustavi Steel (GE-KK, NACE 24.10, park "Rustavi Industrial Zone"): mill scale 100210,
  35 t monthly, R4 → 420 t; pickling acid 110105*, 6 m³ weekly at 1150 kg/m³, D9
  → 6 × 1.15 × 52 = 358.8 t; steel turnings 120101, 10 t yearly, deleted (not counted).
- Kutaisi Dairy (GE-IM, NACE 10.51): whey and spoiled product 020501, 120 t yearly, R3;
  effluent sludge 020502, 30 t yearly, D1.
- Imereti Cardboard (GE-IM, NACE 17.12, park "Kutaisi FIZ", site 42.2679 N 42.6946 E):
  sawdust 030105, 8 t yearly, R3.
- Baku Print (AZ-BA, NACE 18.12): toner 080317*, 2 t yearly, D10; paper packaging 150101,
  15 t yearly, R3; drums 150110* 80 pcs, no mass per piece (no tonnes).
- Ganja Cement (AZ-GA, NACE 23.51, park "Rustavi Industrial Zone"): kiln dust 101306, 50 t
  yearly, R5.
- Telavi Wines (GE-KA, Kakheti, NACE 11.02, site 41.9198 N 45.4731 E): packaging 150101, 5 t
  yearly, no treatment recorded.
- Closed Plant (GE-KK, deleted company): 100 t of 100210, not counted.

Totals, all waste: GE-KK 778.8 t (2 streams, 1 company), GE-IM 158 t (3 streams,
2 companies), AZ-BA 17 t (3 streams, one without tonnes), AZ-GA 50 t, GE-KA 5 t.

Every region is an ISO 3166-2 code from the shipped list, as the company dialog stores it; a test
of text naming no region (an older record) adds such a company itself (:func:`add_unlisted`).
"""

from __future__ import annotations

from recp_desktop.storage.database import Database
from recp_desktop.storage.models import Enterprise
from recp_desktop.storage.records import apply_edit
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.waste import add_waste_stream, set_waste_stream_deleted

TELAVI = (41.9198, 45.4731)
"""Telavi Wines' site, (latitude, longitude) in degrees."""
KUTAISI = (42.2679, 42.6946)
"""Imereti Cardboard's site."""


def build(db: Database) -> dict[str, str]:
    """Store the fixture in ``db``; returns the enterprise ids by short name."""
    ids: dict[str, str] = {}

    def company(key: str, name: str, country: str, region: str, nace: str, park: str = "",
                site: tuple[float, float] | None = None):  # fmt: skip
        latitude, longitude = site or (None, None)
        place = {"country": country, "region": region, "latitude": latitude, "longitude": longitude}
        enterprise = create_enterprise(db, name=name, nace=nace, eco_park=park, **place)
        ids[key] = enterprise.id
        return create_assessment(db, enterprise.id, kind="full", title=name, currency="USD")

    steel = company("steel", "Rustavi Steel", "GE", "GE-KK", "24.10", "Rustavi Industrial Zone")
    add_waste_stream(db, steel.id, ewc_code="100210", name="Mill scale", quantity=35, unit="t",
                     frequency="monthly", treatment="R4")  # fmt: skip
    add_waste_stream(db, steel.id, ewc_code="110105", name="Pickling acid", quantity=6,
                     unit="m³", density_kg_m3=1150, frequency="weekly", treatment="D9")  # fmt: skip
    gone = add_waste_stream(db, steel.id, ewc_code="120101", name="Turnings", quantity=10,
                            unit="t")  # fmt: skip
    set_waste_stream_deleted(db, gone.id)
    dairy = company("dairy", "Kutaisi Dairy", "GE", "GE-IM", "10.51")
    add_waste_stream(db, dairy.id, ewc_code="020501", name="Whey and spoiled product",
                     quantity=120, unit="t", treatment="R3")  # fmt: skip
    add_waste_stream(db, dairy.id, ewc_code="020502", name="Effluent sludge", quantity=30,
                     unit="t", treatment="D1")  # fmt: skip
    board = company("board", "Imereti Cardboard", "GE", "GE-IM", "17.12", "Kutaisi FIZ",
                    site=KUTAISI)  # fmt: skip
    add_waste_stream(db, board.id, ewc_code="030105", name="Sawdust", quantity=8, unit="t",
                     treatment="R3")  # fmt: skip
    printer = company("print", "Baku Print", "AZ", "AZ-BA", "18.12")
    add_waste_stream(db, printer.id, ewc_code="080317", name="Toner", quantity=2, unit="t",
                     treatment="D10")  # fmt: skip
    add_waste_stream(db, printer.id, ewc_code="150101", name="Paper packaging", quantity=15,
                     unit="t", treatment="R3")  # fmt: skip
    add_waste_stream(db, printer.id, ewc_code="150110", name="Drums", quantity=80, unit="pcs")
    cement = company("cement", "Ganja Cement", "AZ", "AZ-GA", "23.51", "Rustavi Industrial Zone")
    add_waste_stream(db, cement.id, ewc_code="101306", name="Kiln dust", quantity=50, unit="t",
                     treatment="R5")  # fmt: skip
    wines = company("wines", "Telavi Wines", "GE", "GE-KA", "11.02", site=TELAVI)
    add_waste_stream(db, wines.id, ewc_code="150101", name="Cartons", quantity=5, unit="t")
    closed = company("closed", "Closed Plant", "GE", "GE-KK", "24.10")
    add_waste_stream(db, closed.id, ewc_code="100210", name="Old scale", quantity=100, unit="t")
    with db.session() as session:  # no delete for companies in the app yet: a tombstone
        apply_edit(session.get_one(Enterprise, ids["closed"]), db.device_id, deleted=True)
    return ids


def add_unlisted(db: Database) -> str:
    """An older company whose region was typed before the list existed and names no
    first-level region ("Telavi municipality" is second-level): 3 t/year of 150101 paper, not
    on the map. Returns its enterprise id."""
    enterprise = create_enterprise(
        db, name="Old Winery", country="GE", region="Telavi municipality", nace="11.02"
    )
    old = create_assessment(db, enterprise.id, kind="full", title="Old Winery", currency="USD")
    add_waste_stream(db, old.id, ewc_code="150101", name="Paper", quantity=3, unit="t")
    return enterprise.id
