"""The lines of an assessment's baseline: output, value added and each resource's annual use."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class BaselineKey:
    key: str
    label_en: str
    label_ru: str
    label_az: str  # as the interface's recp_az.ts writes it
    unit: str  # canonical unit; any unit of the same dimension may be typed
    group: str  # output | energy | water | materials | waste
    has_cost: bool = True

    def label(self, language: str) -> str:
        """The line's name in ``language``: ``en``, ``ru`` or ``az``, else English."""
        return {"ru": self.label_ru, "az": self.label_az}.get(language, self.label_en)


BASELINE_KEYS: tuple[BaselineKey, ...] = (
    BaselineKey(
        "production_output",
        "Production output",
        "Объём производства",
        "İstehsal həcmi",
        "t",
        "output",
        False,
    ),
    BaselineKey(
        "value_added", "Value added", "Добавленная стоимость", "Əlavə dəyər", "", "output", False
    ),
    BaselineKey(
        "electricity", "Electricity", "Электроэнергия", "Elektrik enerjisi", "kWh", "energy"
    ),
    BaselineKey("natural_gas", "Natural gas", "Природный газ", "Təbii qaz", "m**3", "energy"),
    BaselineKey(
        "heat",
        "Purchased heat",
        "Покупная тепловая энергия",
        "Alınmış istilik enerjisi",
        "Gcal",
        "energy",
    ),
    BaselineKey("fuel_oil", "Fuel oil", "Мазут", "Mazut", "t", "energy"),
    BaselineKey("coal", "Coal", "Уголь", "Kömür", "t", "energy"),
    BaselineKey("diesel", "Diesel", "Дизельное топливо", "Dizel yanacağı", "t", "energy"),
    BaselineKey("water", "Water", "Вода", "Su", "m**3", "water"),
    BaselineKey("wastewater", "Wastewater", "Сточные воды", "Tullantı suları", "m**3", "water"),
    BaselineKey("raw_materials", "Raw materials", "Сырьё", "Xammal", "t", "materials"),
    BaselineKey("chemicals", "Chemicals", "Химикаты", "Kimyəvi maddələr", "t", "materials"),
    BaselineKey("packaging", "Packaging", "Упаковка", "Qablaşdırma", "t", "materials"),
    BaselineKey(
        "waste_nonhazardous",
        "Non-hazardous waste",
        "Неопасные отходы",
        "Qeyri-təhlükəli tullantılar",
        "t",
        "waste",
    ),
    BaselineKey(
        "waste_hazardous",
        "Hazardous waste",
        "Опасные отходы",
        "Təhlükəli tullantılar",
        "t",
        "waste",
    ),
)
BY_KEY = {item.key: item for item in BASELINE_KEYS}

# Production output is counted in whatever the plant makes; these units are offered for it.
OUTPUT_UNITS = ("t", "kg", "m**3", "m**2", "m", "L", "pieces", "pairs", "MWh")

# Natural gas is kept in m³ at 20 °C and 101.325 kPa, as gas meters and bills in the CIS count
# it (GOST 2939-63). Bills elsewhere count normal cubic metres (0 °C) or standard cubic feet:
# amounts of gas, which the unit registry's gas context converts to that m³.
GAS_AMOUNT_UNITS = ("Nm3", "Sm3", "scf")


def baseline_units(spec: BaselineKey) -> list[str]:
    """The units offered for a baseline line, its canonical unit first."""
    from recp_desktop.domain.units import compatible_units

    if spec.key == "production_output":
        return list(OUTPUT_UNITS)
    if not spec.unit:
        return []
    units = compatible_units(spec.unit)
    if spec.key == "natural_gas":
        units[1:1] = [unit for unit in GAS_AMOUNT_UNITS if unit not in units]
    return units


def canonical_quantity(spec: BaselineKey, quantity: float, unit: str) -> float:
    """``quantity`` in ``unit`` expressed in the line's canonical unit; ``UnitError`` if it can't.

    Production output typed in one of :data:`OUTPUT_UNITS` and value added are kept as typed;
    amounts of gas are for the natural gas line only;
    gas amounts (Nm³, Sm³, scf) become m³ at 20 °C through the same
    :func:`~recp_desktop.domain.units.convert` as every other conversion.
    """
    from recp_desktop.domain.units import UnitError, convert, parse_unit

    if not spec.unit or (spec.key == "production_output" and unit in OUTPUT_UNITS):
        return quantity
    unit = unit or spec.unit
    if spec.key != "natural_gas" and "[substance]" in parse_unit(unit).dimensionality:
        raise UnitError(
            f"{unit} counts gas, not {spec.label_en.lower()}",
            "wrong_unit",
            unit=unit,
            expected=spec.unit,
        )
    return convert(quantity, unit, spec.unit)


def read_quantity(
    spec: BaselineKey, text: str, unit: str, language: str = "en", currency: str = ""
) -> tuple[float, str]:
    """What was typed in a line's quantity cell, as ``(number, unit)`` the way it was typed.

    ``text`` is a number as ``language`` writes it (see :mod:`recp_desktop.domain.numbers`),
    optionally followed by a unit of the line's kind: ``1 200 Гкал``, ``850 MWh``,
    ``120000 Nm3``; a bare number is in ``unit`` (the line's current unit). Value added takes
    only ``currency``. The unit comes back in the registry's spelling (``Гкал`` -> ``Gcal``).

    Raises:
        UnitError: not a number, an unknown unit or one of another kind (its ``reason`` and
            ``details`` say which, for the message).
    """
    from recp_desktop.domain.units import (
        UnitError,
        normalize_unit_text,
        parse_number,
        split_quantity,
    )

    number_text, unit_text = split_quantity(text)
    number = parse_number(number_text, language)
    if not unit_text:
        return number, unit
    if spec.key == "value_added":
        if unit_text.strip().upper() != currency.upper():
            raise UnitError(
                f"value added is in {currency}, not '{unit_text}'",
                "wrong_unit",
                unit=unit_text,
                expected=currency,
            )
        return number, currency
    typed = (
        unit_text.strip() if unit_text.strip() in OUTPUT_UNITS else normalize_unit_text(unit_text)
    )
    canonical_quantity(spec, number, typed)  # refuses an unknown unit or one of another kind
    return number, typed
