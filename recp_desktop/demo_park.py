"""The demo's waste streams and its neighbour in the same park, so that a fresh install shows a
waste map and one symbiosis candidate (issue 15 §5).

Figures are invented but plausible for a 140-person dairy: whey and returned products
20 t a month (240 t/year), effluent sludge 3 m³ a week at 1,050 kg/m³ (163.8 t/year),
cardboard 0.8 t a month (9.6 t/year), plastic film 6 t/year; the feed mill next door sends 12 t
of spoiled grain a year to composting. The dairy's whey is the candidate for the feed mill
(mapping row ``020501`` → NACE 10.91).
"""

from __future__ import annotations

from datetime import date

from recp_desktop.storage.database import Database
from recp_desktop.storage.repository import create_assessment, create_enterprise
from recp_desktop.storage.waste import add_waste_stream

PARK = "Şəki Agro-Industrial Park"
REGION = "AZ-SAK"  # Şəki rayon (ISO 3166-2)

DAIRY_WASTE = (
    dict(ewc_code="020501", name="Acid whey and returned products", quantity=20, unit="t",
         frequency="monthly", destination="municipal_collection", annual_cost=4_800.0),
    dict(ewc_code="020502", name="Sludge from the effluent pre-treatment", quantity=3, unit="m³",
         density_kg_m3=1050, frequency="weekly", treatment="D1",
         destination="municipal_landfill", annual_cost=7_900.0),
    dict(ewc_code="150101", name="Cardboard packaging", quantity=0.8, unit="t",
         frequency="monthly", treatment="R3", destination="licensed_contractor"),
    dict(ewc_code="150102", name="Plastic film and wrap", quantity=6, unit="t",
         treatment="D1", destination="municipal_landfill", annual_cost=900.0),
)  # fmt: skip


def add_demo_waste(db: Database, assessment_id: str) -> None:
    """The dairy's waste streams."""
    for fields in DAIRY_WASTE:
        add_waste_stream(db, assessment_id, **fields)


MILL = "Şəki Yem MMC"


def add_park_neighbour(db: Database) -> str:
    """A feed mill in the same park with a planned quick scan and one waste stream; returns
    the company's id. A second demo reuses the mill already there: two copies of it would
    offer each other their own spoiled grain as a symbiosis candidate."""
    from recp_desktop.storage.repository import list_enterprises

    for company in list_enterprises(db):
        if company.name == MILL and company.eco_park == PARK and not company.deleted:
            return company.id
    mill = create_enterprise(
        db,
        name=MILL,
        country="AZ",
        region=REGION,
        city="Şəki",
        nace="10.91",
        employees=35,
        products="Compound feed for cattle and poultry",
        eco_park=PARK,
        latitude=41.1861,  # illustrative, 1.6 km from the dairy (both fictional)
        longitude=47.1689,
    )
    scan = create_assessment(
        db,
        mill.id,
        kind="full",
        title="RECP quick scan 2026",
        start_date=date(2026, 12, 7),
        currency="AZN",
        status="planned",
    )
    grain = dict(ewc_code="020304", name="Spoiled grain and screenings", quantity=12, unit="t",
                 treatment="R3", destination="other_company")  # fmt: skip
    add_waste_stream(db, scan.id, **grain)
    return mill.id
