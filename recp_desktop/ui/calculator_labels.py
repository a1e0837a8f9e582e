"""Translated names of calculator inputs, choices and results (the core's names are ids)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Calculator", text)


def input_label(name: str) -> str:
    labels = {
        "method": _t("Method"),
        "diameter": _t("Hole diameter"),
        "pressure": _t("Pressure (gauge)"),
        "discharge_coefficient": _t("Discharge coefficient"),
        "air_temperature": _t("Air temperature"),
        "atmospheric_pressure": _t("Atmospheric pressure"),
        "bag_volume": _t("Bag volume"),
        "bag_diameter": _t("Bag diameter"),
        "bag_height": _t("Bag height"),
        "fill_time": _t("Time to fill the bag"),
        "leak_flow": _t("Flow of one leak"),
        "count": _t("Number of leaks"),
        "hours": _t("Hours per year"),
        "compressor_type": _t("Compressor type"),
        "specific_power": _t("Specific power"),
        "control_adjustment": _t("Control adjustment"),
        "electricity_price": _t("Electricity price"),
        "country": _t("Country (grid CO2 factor)"),
        "emission_factor": _t("CO2 emission factor"),
        "power": _t("Power"),
        "rated_pressure": _t("Present pressure (gauge)"),
        "new_pressure": _t("New pressure (gauge)"),
        "discharge": _t("Discharges to"),
        "makeup_water_temperature": _t("Make-up water temperature"),
        "steam_price": _t("Steam price"),
        "boiler_efficiency": _t("Boiler efficiency"),
        "fuel": _t("Fuel"),
        "fuel_price": _t("Fuel price"),
        "drips_per_minute": _t("Drips per minute"),
        "drip_volume": _t("Volume of one drip"),
        "flow": _t("Measured flow"),
        "volume": _t("Volume collected"),
        "time": _t("Time to collect it"),
        "water_price": _t("Water price"),
        "wastewater_price": _t("Wastewater price"),
        "fixtures": _t("Fixtures"),
        "lamps_per_fixture": _t("Lamps per fixture"),
        "lamp_power": _t("Lamp power"),
        "ballast_factor": _t("Ballast factor"),
        "new_lamp_power": _t("New lamp power"),
        "new_ballast_factor": _t("New ballast factor"),
        "new_hours": _t("New hours per year"),
        "voltage": _t("Voltage"),
        "current": _t("Current"),
        "power_factor": _t("Power factor"),
        "phases": _t("Phases"),
        "load_factor": _t("Load factor"),
        "outside_diameter": _t("Outside diameter"),
        "length": _t("Length"),
        "surface_temperature": _t("Surface temperature"),
        "ambient_temperature": _t("Ambient temperature"),
        "wind_speed": _t("Wind speed"),
        "emissivity": _t("Emissivity"),
        "insulation_thickness": _t("Insulation thickness"),
        "insulation_conductivity": _t("Insulation conductivity"),
        "jacket_emissivity": _t("Jacket emissivity"),
        "investment": _t("Investment"),
        "annual_saving": _t("Annual saving"),
        "lifetime": _t("Lifetime"),
        "discount_rate": _t("Discount rate"),
    }
    return labels.get(name, name.replace("_", " "))


def choice_label(choice: str) -> str:
    labels = {
        "orifice": _t("Hole size and pressure"),
        "bag": _t("Bag filling time"),
        "estimate": _t("Estimated flow"),
        "reciprocating": _t("Reciprocating"),
        "lubricant_injected_screw": _t("Oil-injected screw"),
        "lubricant_free_screw": _t("Oil-free screw"),
        "centrifugal": _t("Centrifugal"),
        "atmosphere": _t("Atmosphere"),
        "closed_return": _t("Closed condensate return"),
        "drip": _t("Counted drips"),
        "flow": _t("Measured flow"),
        "natural_gas": _t("Natural gas"),
        "gas_diesel_oil": _t("Diesel / gas oil"),
        "residual_fuel_oil": _t("Fuel oil (mazut)"),
        "liquefied_petroleum_gas": _t("LPG"),
        "motor_gasoline": _t("Gasoline"),
        "other_kerosene": _t("Kerosene"),
        "anthracite": _t("Anthracite"),
        "other_bituminous_coal": _t("Bituminous coal"),
        "sub_bituminous_coal": _t("Sub-bituminous coal"),
        "lignite": _t("Lignite"),
        "peat": _t("Peat"),
        "coke_oven_coke": _t("Coke"),
        "petroleum_coke": _t("Petroleum coke"),
        "coke_oven_gas": _t("Coke oven gas"),
        "blast_furnace_gas": _t("Blast furnace gas"),
        "wood": _t("Wood"),
        "1": _t("Single phase"),
        "3": _t("Three phase"),
    }
    return labels.get(choice, choice.replace("_", " "))


def result_label(key: str) -> str:
    labels = {
        "flow": _t("Flow"),
        "annual_volume": _t("Volume per year"),
        "annual_energy": _t("Energy saved per year"),
        "annual_cost": _t("Money saved per year"),
        "annual_co2": _t("CO2 avoided per year"),
        "power_after": _t("Power after the change"),
        "steam_rate": _t("Steam lost"),
        "annual_steam": _t("Steam per year"),
        "annual_energy_before": _t("Energy per year before"),
        "annual_energy_after": _t("Energy per year after"),
        "power": _t("Power"),
        "heat_loss_bare": _t("Heat loss, bare"),
        "heat_loss_insulated": _t("Heat loss, insulated"),
        "jacket_temperature": _t("Jacket temperature"),
        "simple_payback": _t("Simple payback"),
        "npv": _t("Net present value"),
        "irr": _t("Internal rate of return"),
    }
    return labels.get(key, key.replace("_", " "))
