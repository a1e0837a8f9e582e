"""Unit symbols as a reader of each language writes them: the one function every surface uses.

:func:`unit_label` turns a unit as the registry spells it (``m**3/h``, ``kW / (m ** 3 / min)``,
``degC``, ``percent``) into the symbol a person reads: ``m³/h`` in English, ``м³/ч`` in Russian
(symbols of GOST 8.417-2002 "Units of quantities", Annex A, and the Russian industry's ``Гкал``,
``т у. т.``) and ``m³/saat`` in Azerbaijani (the symbols of the interface's ``recp_az.ts`` and the
report, e.g. ``kVt·saat``, ``Gkal``). The interface's calculator dialog and option pages, the
PDF report and the messages all call it, so a unit reads the same on every surface. A pint
spelling such as ``m**3`` or ``dimensionless`` is never returned; a dimensionless unit is ``""``.
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["unit_label"]

# Pint's spellings (its full names and its short symbols) and typed forms, to the English symbol.
_ENGLISH = {
    "degree_Celsius": "°C",
    "degC": "°C",
    "delta_degC": "°C",
    "Δ°C": "°C",
    "degree_Fahrenheit": "°F",
    "degF": "°F",
    "delta_degF": "°F",
    "kelvin": "K",
    "percent": "%",
    "dimensionless": "",
    "a": "yr",
    "year": "yr",
    "liter": "L",
    "l": "L",
    "ml": "mL",
    "metric_ton": "t",
    "hour": "h",
    "minute": "min",
    "second": "s",
    "day": "d",
    "inch": "in",
    "foot": "ft",
    "pieces": "pcs",
    "tonne_of_coal_equivalent": "tce",
    "tonne_of_oil_equivalent": "toe",
    "t_ce": "tce",
    "t_oe": "toe",
    "Nm3": "Nm³",
    "Sm3": "Sm³",
    "normal_cubic_meter": "Nm³",
    "standard_cubic_meter": "Sm³",
}

# GOST 8.417-2002 Annex A symbols (and the customary Гкал, т у. т., нм³ of Russian industry).
_RUSSIAN = {
    "Wh": "Вт·ч",
    "kWh": "кВт·ч",
    "MWh": "МВт·ч",
    "GWh": "ГВт·ч",
    "cal": "кал",
    "kcal": "ккал",
    "Mcal": "Мкал",
    "Gcal": "Гкал",
    "J": "Дж",
    "kJ": "кДж",
    "MJ": "МДж",
    "GJ": "ГДж",
    "TJ": "ТДж",
    "W": "Вт",
    "kW": "кВт",
    "MW": "МВт",
    "GW": "ГВт",
    "tce": "т у. т.",
    "toe": "т н. э.",
    "m": "м",
    "mm": "мм",
    "cm": "см",
    "dm": "дм",
    "km": "км",
    "m²": "м²",
    "cm²": "см²",
    "mm²": "мм²",
    "m³": "м³",
    "dm³": "дм³",
    "cm³": "см³",
    "Nm³": "нм³",
    "Sm³": "ст. м³",
    "L": "л",
    "mL": "мл",
    "ML": "Мл",
    "t": "т",
    "kg": "кг",
    "g": "г",
    "mg": "мг",
    "h": "ч",
    "min": "мин",
    "s": "с",
    "d": "сут",
    "week": "нед.",
    "month": "мес.",
    "yr": "год",
    "Pa": "Па",
    "kPa": "кПа",
    "MPa": "МПа",
    "bar": "бар",
    "atm": "атм",
    "kgf": "кгс",
    "mmHg": "мм рт. ст.",
    "mmH2O": "мм вод. ст.",
    "V": "В",
    "kV": "кВ",
    "A": "А",
    "K": "К",
    "Hz": "Гц",
    "in": "дюйм",
    "ft": "фут",
    "lb": "фунт",
    "gal": "гал",
    "pcs": "шт.",
    "pairs": "пар",
}

# Azerbaijani technical symbols as the interface (recp_az.ts) and the report write them.
_AZERBAIJANI = {
    "Wh": "Vt·saat",
    "kWh": "kVt·saat",
    "MWh": "MVt·saat",
    "GWh": "GVt·saat",
    "kcal": "kkal",
    "Mcal": "Mkal",
    "Gcal": "Gkal",
    "J": "C",
    "kJ": "kC",
    "MJ": "MC",
    "GJ": "GC",
    "TJ": "TC",
    "W": "Vt",
    "kW": "kVt",
    "MW": "MVt",
    "GW": "GVt",
    "kg": "kq",
    "g": "q",
    "mg": "mq",
    "L": "l",
    "mL": "ml",
    "h": "saat",
    "min": "dəq",
    "s": "san",
    "d": "gün",
    "week": "həftə",
    "month": "ay",
    "yr": "il",
    "pcs": "ədəd",
    "pairs": "cüt",
}

_TABLES = {"ru": _RUSSIAN, "az": _AZERBAIJANI}
# A unit word: letters (any script, µ included) with an optional superscript power, or °C/°F.
_TOKEN = re.compile(r"Δ?°[CF]|[^\W\d_]+(?:[²³])?|[²³]")
_NAME = re.compile(r"Δ?°[CF]|[^\W\d]+(?:[²³])?")  # pint's names keep their underscores
_POWER = {"2": "²", "3": "³"}
_BARE_POWER = re.compile(r"(?<![^\W\d_])(m|cm|mm|dm|km|ft|in)([23])(?!\d)")  # m3 as typed


def _symbolic(unit: str) -> str:
    """The English symbol of ``unit`` with pint's operators made typographic."""
    text = unit.strip().replace("millimeter_H2O", "mmH2O").replace("millimeter_Hg", "mmHg")
    text = re.sub(r"\s*\*\*\s*([23])", lambda m: _POWER[m.group(1)], text)
    text = re.sub(r"\b([NS]m)3\b", r"\1³", text)
    text = _BARE_POWER.sub(lambda m: m.group(1) + _POWER[m.group(2)], text)
    text = re.sub(r"\s*/\s*", "/", text)
    text = re.sub(r"\s*\*\s*|\s*·\s*", "·", text)
    text = _NAME.sub(lambda m: _english(m.group(0)), text)
    return text.strip("·/ ")


def _english(word: str) -> str:
    if word in _ENGLISH:
        return _ENGLISH[word]
    if word.isascii() and ("_" in word or (len(word) > 4 and word.islower())):  # kilowatt_hour
        return _short(word)
    return word


@cache
def _short(name: str) -> str:
    """pint's symbol of a full unit name (``kilowatt_hour`` -> ``kWh``), or the name itself."""
    from recp_desktop.domain.units import registry

    try:
        short = f"{registry().Unit(name):~}"
    except Exception:  # not a unit pint knows: keep the word
        return name
    return _ENGLISH.get(short, short) if _NAME.fullmatch(short) else name


def unit_label(unit: str | object, language: str = "en") -> str:
    """The symbol of ``unit`` (a string or a pint unit) in ``language`` (``en``, ``ru``, ``az``).

    ``m**3/h`` -> ``m³/h`` | ``м³/ч`` | ``m³/saat``; ``kWh`` -> ``kWh`` | ``кВт·ч`` | ``kVt·saat``;
    ``percent`` -> ``%``; ``dimensionless`` -> ``""``. Symbols a language's table does not list
    (currencies, ``psi``, ``cfm``) are kept as they are. Never raises.
    """
    if not isinstance(unit, str):
        unit = f"{unit:~}"  # a pint Unit: its short symbols
    label = _symbolic(unit)
    table = _TABLES.get(language)
    if table:
        label = _TOKEN.sub(lambda m: table.get(m.group(0), m.group(0)), label)
    return label
