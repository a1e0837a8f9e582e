"""A realistic demo company with a partly filled assessment, for newcomers and screenshots."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from recp_desktop.checklists import builtin_templates
from recp_desktop.checklists.answers import AnswerState
from recp_desktop.demo_park import PARK, REGION, add_demo_waste, add_park_neighbour
from recp_desktop.paths import resource_path
from recp_desktop.storage.answers import save_answer
from recp_desktop.storage.baseline import BaselineValue, save_baseline
from recp_desktop.storage.database import Database
from recp_desktop.storage.photos import add_photo
from recp_desktop.storage.repository import create_assessment, create_enterprise

BASELINE = {
    "production_output": BaselineValue(4_200, "t", None),
    "value_added": BaselineValue(3_150_000, "AZN", None),
    "electricity": BaselineValue(1_250_000, "kWh", 137_500),
    "natural_gas": BaselineValue(410_000, "m**3", 102_500),
    "water": BaselineValue(38_500, "m**3", 23_100),
    "wastewater": BaselineValue(31_000, "m**3", 12_400),
    "raw_materials": BaselineValue(4_650, "t", 2_325_000),
    "chemicals": BaselineValue(18.5, "t", 27_750),
    "packaging": BaselineValue(96, "t", 144_000),
    # the sum of the dairy's waste streams (demo_park.DAIRY_WASTE): 240 + 163.8 + 9.6 + 6 t,
    # 4 800 + 7 900 + 900 AZN
    "waste_nonhazardous": BaselineValue(419.4, "t", 13_600),
}


def _yes_no(value: str, note: str = "", opportunity: bool = False) -> AnswerState:
    return AnswerState(value=value, note=note, opportunity=opportunity)


def _number(number: float, unit: str, note: str = "") -> AnswerState:
    return AnswerState(number=number, unit=unit, note=note)


# What the demo expert has answered so far, in walk-through order: most of energy, part of
# water, a little of materials, no waste yet — findings with notes where a dairy has them.
ANSWERS: dict[str, AnswerState] = {
    "energy.electricity.operating_hours": _number(6200, "h"),
    "energy.electricity.submetering": _yes_no(
        "no", "One main meter; the boiler house and cold store are not sub-metered.", True
    ),
    "energy.electricity.tariff": AnswerState(value="time_of_use"),
    "energy.electricity.power_factor": _number(0.82, "dimensionless"),
    "energy.motors.idle_running": _yes_no(
        "yes", "Homogeniser and CIP pumps run through breaks and shift changes.", True
    ),
    "energy.motors.vsd": _yes_no("no"),
    "energy.motors.oversized": _yes_no("na"),
    "energy.compressed_air.has_system": _yes_no("yes"),
    "energy.compressed_air.leaks_audible": _yes_no(
        "yes", "Air leaks audible at the filling line drops and quick couplings.", True
    ),
    "energy.compressed_air.discharge_pressure": _number(7.5, "bar"),
    "energy.compressed_air.pressure_above_need": _yes_no(
        "yes", "Filling machines need 5.5 bar; the compressor is set to 7.5 bar.", True
    ),
    "energy.compressed_air.compressor_power": _number(37, "kW"),
    "energy.compressed_air.intake_air": _yes_no("no", "Intake inside the hot compressor room."),
    "energy.compressed_air.leak_routine": _yes_no("no"),
    "energy.compressed_air.heat_recovery": _yes_no("no"),
    "energy.steam.has_system": _yes_no("yes"),
    "energy.steam.leaks_visible": _yes_no(
        "yes", "Steam plume at the pasteuriser's bypass valve.", True
    ),
    "energy.steam.pressure": _number(8, "bar"),
    "energy.steam.trap_maintenance": _yes_no("no"),
    "energy.steam.condensate_return": _number(40, "percent"),
    "energy.steam.flue_gas_o2": _number(6.5, "percent"),
    "energy.steam.blowdown": _yes_no("yes"),
    "energy.steam.uninsulated": _yes_no(
        "yes", "Valves, flanges and the header in the boiler house are bare.", True
    ),
    "energy.steam.uninsulated_length": _number(35, "m"),
    "energy.heating_cooling.cold_room_doors": _yes_no("no", "Strip curtains torn."),
    "energy.heating_cooling.setpoints": _yes_no("yes"),
    "water.supply.source": AnswerState(value="mixed"),
    "water.supply.own_source_metered": _yes_no("no", "The well pump has no meter.", True),
    "water.supply.annual_intake": _number(38_500, "m**3"),
    "water.supply.submeters": _yes_no("no"),
    "water.supply.readings_recorded": _yes_no("yes"),
    "water.supply.specific_use": _number(9.2, "m**3/t"),
    "water.leaks.dripping_taps": _yes_no("yes", "", True),
    "water.leaks.dripping_count": _number(12, "dimensionless"),
    "water.leaks.valves_hoses_toilets": _yes_no(
        "yes", "Hoses left running between cleanings of the filling hall.", True
    ),
    "water.leaks.night_flow": _number(1.8, "m**3/h"),
    "water.leaks.hose_nozzles": _yes_no("no"),
    "water.cleaning.dry_cleanup": _yes_no("no"),
    "water.cleaning.high_pressure": _yes_no("yes"),
    "water.cleaning.method": AnswerState(value="both"),
    "water.cleaning.cip_recovery": _yes_no(
        "no", "CIP final rinse water goes straight to the drain.", True
    ),
    "materials.purchasing.fifo": _yes_no("yes"),
    "materials.purchasing.expired_stock": _yes_no("no"),
    "materials.purchasing.bulk": _yes_no("yes"),
    "materials.purchasing.takeback": _yes_no("no"),
    "materials.storage.covered_dry": _yes_no("yes"),
    "materials.storage.chemicals_used": AnswerState(value="cleaning_maintenance"),
    "materials.yield.mass_balance": _yes_no(
        "no", "Milk losses at the separator start-up are not measured.", True
    ),
}


# Options the expert has worked out so far, from the calculators (inputs as typed on site).
OPTIONS = (
    (
        "Repair the compressed-air leaks at the filling line",
        "good_housekeeping",
        "energy.compressed_air.leaks_audible",
        "compressed-air-leak",
        {"diameter": "2 mm", "pressure": "7.5 bar", "count": "6", "hours": "6200 h"},
        150.0,
        "recommended",
    ),
    (
        "Lower the compressor set point from 7.5 to 6.5 bar",
        "better_process_control",
        "energy.compressed_air.pressure_above_need",
        "compressor-pressure-reduction",
        {
            "power": "37 kW",
            "rated_pressure": "7.5 bar",
            "new_pressure": "6.5 bar",
            "hours": "5000 h",
        },
        0.0,
        "recommended",
    ),
    (
        "Fix the steam leak at the pasteuriser bypass valve",
        "good_housekeeping",
        "energy.steam.leaks_visible",
        "steam-leak",
        {"diameter": "3 mm", "pressure": "8 bar", "hours": "6200 h", "fuel_price": "0.25 AZN/m**3"},
        400.0,
        "identified",
    ),
    (
        "Insulate the bare valves and header in the boiler house",
        "equipment_modification",
        "energy.steam.uninsulated",
        "pipe-insulation",
        {
            "outside_diameter": "89 mm",
            "length": "35 m",
            "surface_temperature": "175 degC",
            "hours": "6200 h",
            "fuel_price": "0.25 AZN/m**3",
        },
        2_800.0,
        "recommended",
    ),
    (
        "Repair the 12 dripping taps and fit trigger nozzles",
        "good_housekeeping",
        "water.leaks.dripping_taps",
        "water-leak",
        {
            "drips_per_minute": "90",
            "count": "12",
            "water_price": "0.6 AZN/m**3",
            "wastewater_price": "0.4 AZN/m**3",
        },
        180.0,
        "identified",
    ),
)


def _add_demo_options(db: Database, assessment_id: str) -> None:
    from recp_desktop.domain.calculators import run
    from recp_desktop.storage.options import add_calculated_option

    prices = {"electricity_price": "0.11 AZN/kWh", "country": "AZ"}
    for title, technique, question_id, calculator, typed, investment, status in OPTIONS:
        raw = dict(typed)
        if calculator in ("compressed-air-leak", "compressor-pressure-reduction"):
            raw |= prices
        add_calculated_option(
            db,
            assessment_id,
            run(calculator, raw),
            "AZN",
            title=title,
            technique=technique,
            area=question_id.split(".", 1)[0],
            question_id=question_id,
            investment=investment,
            status=status,
        )


def create_demo(db: Database, progress: Callable[[float, str], None] | None = None) -> str:
    """Create the demo company and assessment; return the assessment's id.

    ``progress(fraction, stage)`` is called between the steps (stages ``company``,
    ``baseline``, ``answers``, ``options``, ``waste``): the dairy's waste streams and a feed
    mill in the same park (``demo_park``) come last.
    """
    step = progress or (lambda _fraction, _stage: None)
    step(0.0, "company")
    enterprise = create_enterprise(
        db,
        name="Şəki Süd MMC",
        country="AZ",
        region=REGION,
        city="Şəki",
        nace="10.51",
        employees=140,
        products="Pasteurised milk, kefir, ayran, butter, white cheese",
        eco_park=PARK,
        latitude=41.1972,  # an illustrative site in Şəki (the company is fictional)
        longitude=47.1806,
    )
    assessment = create_assessment(
        db,
        enterprise.id,
        kind="full",
        title="RECP assessment 2026",
        start_date=date(2026, 10, 12),
        end_date=date(2026, 12, 18),
        team="Leyla Mammadova (lead expert), Rashad Aliyev (energy), Nigar Huseynova (water)",
        currency="AZN",
        status="in_progress",
    )
    step(0.1, "baseline")
    for key, value in BASELINE.items():
        save_baseline(db, assessment.id, key, value)
    step(0.2, "answers")
    for template in builtin_templates().values():
        for question in template.questions:
            state = ANSWERS.get(question.id)
            if state is None:
                continue
            save_answer(db, assessment.id, template, question.id, state)
            if question.id == "energy.compressed_air.leaks_audible":
                add_photo(
                    db, assessment.id, resource_path("demo", "compressed-air-leak.jpg"), question.id
                )
    step(0.7, "options")
    _add_demo_options(db, assessment.id)
    step(0.9, "waste")
    add_demo_waste(db, assessment.id)
    add_park_neighbour(db)
    step(1.0, "waste")
    return assessment.id
