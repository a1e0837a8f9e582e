"""The lines of an assessment's baseline: output, value added and each resource's annual use."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BaselineKey:
    key: str
    label_en: str
    label_ru: str
    unit: str  # canonical unit; any unit of the same dimension may be typed
    group: str  # output | energy | water | materials | waste
    has_cost: bool = True


BASELINE_KEYS: tuple[BaselineKey, ...] = (
    BaselineKey(
        "production_output", "Production output", "Объём производства", "t", "output", False
    ),
    BaselineKey("value_added", "Value added", "Добавленная стоимость", "", "output", False),
    BaselineKey("electricity", "Electricity", "Электроэнергия", "kWh", "energy"),
    BaselineKey("natural_gas", "Natural gas", "Природный газ", "m**3", "energy"),
    BaselineKey("heat", "Purchased heat", "Покупная тепловая энергия", "Gcal", "energy"),
    BaselineKey("fuel_oil", "Fuel oil", "Мазут", "t", "energy"),
    BaselineKey("coal", "Coal", "Уголь", "t", "energy"),
    BaselineKey("diesel", "Diesel", "Дизельное топливо", "t", "energy"),
    BaselineKey("water", "Water", "Вода", "m**3", "water"),
    BaselineKey("wastewater", "Wastewater", "Сточные воды", "m**3", "water"),
    BaselineKey("raw_materials", "Raw materials", "Сырьё", "t", "materials"),
    BaselineKey("chemicals", "Chemicals", "Химикаты", "t", "materials"),
    BaselineKey("packaging", "Packaging", "Упаковка", "t", "materials"),
    BaselineKey("waste_nonhazardous", "Non-hazardous waste", "Неопасные отходы", "t", "waste"),
    BaselineKey("waste_hazardous", "Hazardous waste", "Опасные отходы", "t", "waste"),
)
BY_KEY = {item.key: item for item in BASELINE_KEYS}

# Production output is counted in whatever the plant makes; these units are offered for it.
OUTPUT_UNITS = ("t", "kg", "m**3", "m**2", "m", "L", "pieces", "pairs", "MWh")
