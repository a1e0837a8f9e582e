"""Translated names of calculator inputs, choices and results (the core's names are ids).

Each text is a literal ``QCoreApplication.translate`` call so that lupdate extracts it and the
translation tests see it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def input_label(name: str) -> str:
    labels = {
        "method": QCoreApplication.translate("Calculator", "Method"),
        "diameter": QCoreApplication.translate("Calculator", "Hole diameter"),
        "pressure": QCoreApplication.translate("Calculator", "Pressure (gauge)"),
        "discharge_coefficient": QCoreApplication.translate("Calculator", "Discharge coefficient"),
        "air_temperature": QCoreApplication.translate("Calculator", "Air temperature"),
        "atmospheric_pressure": QCoreApplication.translate("Calculator", "Atmospheric pressure"),
        "bag_volume": QCoreApplication.translate("Calculator", "Bag volume"),
        "bag_diameter": QCoreApplication.translate("Calculator", "Bag diameter"),
        "bag_height": QCoreApplication.translate("Calculator", "Bag height"),
        "fill_time": QCoreApplication.translate("Calculator", "Time to fill the bag"),
        "leak_flow": QCoreApplication.translate("Calculator", "Flow of one leak"),
        "count": QCoreApplication.translate("Calculator", "Number of leaks"),
        "hours": QCoreApplication.translate("Calculator", "Hours per year"),
        "compressor_type": QCoreApplication.translate("Calculator", "Compressor type"),
        "specific_power": QCoreApplication.translate("Calculator", "Specific power"),
        "control_adjustment": QCoreApplication.translate("Calculator", "Control adjustment"),
        "electricity_price": QCoreApplication.translate("Calculator", "Electricity price"),
        "country": QCoreApplication.translate("Calculator", "Country (grid CO2 factor)"),
        "emission_factor": QCoreApplication.translate("Calculator", "CO2 emission factor"),
        "power": QCoreApplication.translate("Calculator", "Power"),
        "rated_pressure": QCoreApplication.translate("Calculator", "Present pressure (gauge)"),
        "new_pressure": QCoreApplication.translate("Calculator", "New pressure (gauge)"),
        "discharge": QCoreApplication.translate("Calculator", "Discharges to"),
        "makeup_water_temperature": QCoreApplication.translate(
            "Calculator", "Make-up water temperature"
        ),
        "steam_price": QCoreApplication.translate("Calculator", "Steam price"),
        "boiler_efficiency": QCoreApplication.translate("Calculator", "Boiler efficiency"),
        "fuel": QCoreApplication.translate("Calculator", "Fuel"),
        "fuel_price": QCoreApplication.translate("Calculator", "Fuel price"),
        "drips_per_minute": QCoreApplication.translate("Calculator", "Drips per minute"),
        "drip_volume": QCoreApplication.translate("Calculator", "Volume of one drip"),
        "flow": QCoreApplication.translate("Calculator", "Measured flow"),
        "volume": QCoreApplication.translate("Calculator", "Volume collected"),
        "time": QCoreApplication.translate("Calculator", "Time to collect it"),
        "water_price": QCoreApplication.translate("Calculator", "Water price"),
        "wastewater_price": QCoreApplication.translate("Calculator", "Wastewater price"),
        "fixtures": QCoreApplication.translate("Calculator", "Fixtures"),
        "lamps_per_fixture": QCoreApplication.translate("Calculator", "Lamps per fixture"),
        "lamp_power": QCoreApplication.translate("Calculator", "Lamp power"),
        "ballast_factor": QCoreApplication.translate("Calculator", "Ballast factor"),
        "new_lamp_power": QCoreApplication.translate("Calculator", "New lamp power"),
        "new_ballast_factor": QCoreApplication.translate("Calculator", "New ballast factor"),
        "new_hours": QCoreApplication.translate("Calculator", "New hours per year"),
        "voltage": QCoreApplication.translate("Calculator", "Voltage"),
        "current": QCoreApplication.translate("Calculator", "Current"),
        "power_factor": QCoreApplication.translate("Calculator", "Power factor"),
        "phases": QCoreApplication.translate("Calculator", "Phases"),
        "load_factor": QCoreApplication.translate("Calculator", "Load factor"),
        "outside_diameter": QCoreApplication.translate("Calculator", "Outside diameter"),
        "length": QCoreApplication.translate("Calculator", "Length"),
        "surface_temperature": QCoreApplication.translate("Calculator", "Surface temperature"),
        "ambient_temperature": QCoreApplication.translate("Calculator", "Ambient temperature"),
        "wind_speed": QCoreApplication.translate("Calculator", "Wind speed"),
        "emissivity": QCoreApplication.translate("Calculator", "Emissivity"),
        "insulation_thickness": QCoreApplication.translate("Calculator", "Insulation thickness"),
        "insulation_conductivity": QCoreApplication.translate(
            "Calculator", "Insulation conductivity"
        ),
        "jacket_emissivity": QCoreApplication.translate("Calculator", "Jacket emissivity"),
        "investment": QCoreApplication.translate("Calculator", "Investment"),
        "annual_saving": QCoreApplication.translate("Calculator", "Annual saving"),
        "lifetime": QCoreApplication.translate("Calculator", "Lifetime"),
        "discount_rate": QCoreApplication.translate("Calculator", "Discount rate"),
    }
    return labels.get(name, name.replace("_", " "))


def choice_label(choice: str) -> str:
    labels = {
        "orifice": QCoreApplication.translate("Calculator", "Hole size and pressure"),
        "bag": QCoreApplication.translate("Calculator", "Bag filling time"),
        "estimate": QCoreApplication.translate("Calculator", "Estimated flow"),
        "reciprocating": QCoreApplication.translate("Calculator", "Reciprocating"),
        "lubricant_injected_screw": QCoreApplication.translate("Calculator", "Oil-injected screw"),
        "lubricant_free_screw": QCoreApplication.translate("Calculator", "Oil-free screw"),
        "centrifugal": QCoreApplication.translate("Calculator", "Centrifugal"),
        "atmosphere": QCoreApplication.translate("Calculator", "Atmosphere"),
        "closed_return": QCoreApplication.translate("Calculator", "Closed condensate return"),
        "drip": QCoreApplication.translate("Calculator", "Counted drips"),
        "flow": QCoreApplication.translate("Calculator", "Measured flow"),
        "natural_gas": QCoreApplication.translate("Calculator", "Natural gas"),
        "gas_diesel_oil": QCoreApplication.translate("Calculator", "Diesel / gas oil"),
        "residual_fuel_oil": QCoreApplication.translate("Calculator", "Fuel oil (mazut)"),
        "liquefied_petroleum_gas": QCoreApplication.translate("Calculator", "LPG"),
        "motor_gasoline": QCoreApplication.translate("Calculator", "Gasoline"),
        "other_kerosene": QCoreApplication.translate("Calculator", "Kerosene"),
        "anthracite": QCoreApplication.translate("Calculator", "Anthracite"),
        "other_bituminous_coal": QCoreApplication.translate("Calculator", "Bituminous coal"),
        "sub_bituminous_coal": QCoreApplication.translate("Calculator", "Sub-bituminous coal"),
        "lignite": QCoreApplication.translate("Calculator", "Lignite"),
        "peat": QCoreApplication.translate("Calculator", "Peat"),
        "coke_oven_coke": QCoreApplication.translate("Calculator", "Coke"),
        "petroleum_coke": QCoreApplication.translate("Calculator", "Petroleum coke"),
        "coke_oven_gas": QCoreApplication.translate("Calculator", "Coke oven gas"),
        "blast_furnace_gas": QCoreApplication.translate("Calculator", "Blast furnace gas"),
        "wood": QCoreApplication.translate("Calculator", "Wood"),
        "1": QCoreApplication.translate("Calculator", "Single phase"),
        "3": QCoreApplication.translate("Calculator", "Three phase"),
    }
    return labels.get(choice, choice.replace("_", " "))


def result_label(key: str) -> str:
    labels = {
        "flow": QCoreApplication.translate("Calculator", "Flow"),
        "annual_volume": QCoreApplication.translate("Calculator", "Volume per year"),
        "annual_energy": QCoreApplication.translate("Calculator", "Energy saved per year"),
        "annual_cost": QCoreApplication.translate("Calculator", "Money saved per year"),
        "annual_co2": QCoreApplication.translate("Calculator", "CO2 avoided per year"),
        "power_after": QCoreApplication.translate("Calculator", "Power after the change"),
        "steam_rate": QCoreApplication.translate("Calculator", "Steam lost"),
        "annual_steam": QCoreApplication.translate("Calculator", "Steam per year"),
        "annual_energy_before": QCoreApplication.translate("Calculator", "Energy per year before"),
        "annual_energy_after": QCoreApplication.translate("Calculator", "Energy per year after"),
        "power": QCoreApplication.translate("Calculator", "Power"),
        "heat_loss_bare": QCoreApplication.translate("Calculator", "Heat loss, bare"),
        "heat_loss_insulated": QCoreApplication.translate("Calculator", "Heat loss, insulated"),
        "jacket_temperature": QCoreApplication.translate("Calculator", "Jacket temperature"),
        "simple_payback": QCoreApplication.translate("Calculator", "Simple payback"),
        "npv": QCoreApplication.translate("Calculator", "Net present value"),
        "irr": QCoreApplication.translate("Calculator", "Internal rate of return"),
    }
    return labels.get(key, key.replace("_", " "))
