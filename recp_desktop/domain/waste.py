"""Waste streams: a quantity as typed, converted to tonnes per year, and checked as a whole.

A stream's quantity is typed per period (``frequency``) in a mass unit (t, kg, тонн…), a
volume (m³, L, м³) or pieces (pcs, шт). Volumes need a bulk density in kg/m³ and pieces a
mass per piece in kg; then

    tonnes per year = mass of one period in t × periods per year,

with 1 year = 4 quarters = 12 months = 52 weeks (a calendar year is 52.18 weeks; 52 is the
working convention of the RECP audit forms) and a one-off quantity counted once. Units are read
by the application's one registry (:mod:`recp_desktop.domain.units`, pint), so ``м³`` and
``m3`` mean the same here as in the baseline.
"""

from __future__ import annotations

from functools import cache
from typing import Annotated, Any

from pydantic import ConfigDict, TypeAdapter
from pydantic import ValidationError as PydanticValidationError

from recp_desktop.domain import vocabulary as v
from recp_desktop.domain.ewc import UnknownWasteCodeError, lookup
from recp_desktop.domain.records import WasteStream
from recp_desktop.domain.units import UnitError, parse_unit, registry

FREQUENCIES = v.WASTE_FREQUENCIES
DESTINATIONS = v.WASTE_DESTINATIONS
PERIODS_PER_YEAR = {"yearly": 1, "quarterly": 4, "monthly": 12, "weekly": 52, "one_off": 1}
"""How many times a quantity typed per ``frequency`` arises in a year."""

PIECE_WORDS = frozenset({"pcs", "pc", "piece", "pieces", "шт", "шт.", "штук", "штуки", "ədəd"})
"""How a count of pieces is written (checked before pint, which reads ``pc`` as a parsec)."""

FIELDS = (
    "ewc_code",
    "name",
    "quantity",
    "unit",
    "density_kg_m3",
    "piece_mass_kg",
    "frequency",
    "tonnes_per_year",
    "treatment",
    "destination",
    "annual_cost",
    "note",
)


MAX_TONNES_PER_YEAR = 1e9
"""The most tonnes per year one stream may have: a billion tonnes, half the world's municipal
solid waste (2.01 billion t in 2016, World Bank, *What a Waste 2.0*, 2018) and several times
what the largest mine moves in a year. A larger figure is a typing slip (a unit, a density or a
frequency too large), so it is refused rather than mapped."""

MAX_DENSITY_KG_M3 = 25_000.0
"""The largest bulk density accepted, kg/m³: above osmium, the densest element (22 590 kg/m³,
CRC Handbook of Chemistry and Physics); no waste is denser."""


class WasteError(ValueError):
    """A waste stream that cannot be stored as it is; the message says what to fix.

    ``reason`` (``unknown_unit``, ``not_an_amount``, ``needs_density``, ``needs_piece_mass``,
    ``unknown_frequency``, ``unknown_code``, ``negative``, ``not_positive``, ``too_dense``,
    ``too_much``, ``needs_unit``, ``too_long``, ``invalid``) and ``details`` (``field``,
    ``unit``, ``limit``, ``value``) let an interface say it in the user's language.
    """

    def __init__(self, message: str, reason: str = "invalid", **details: Any) -> None:
        super().__init__(message)
        self.reason = reason
        self.details = details


class MissingFactorError(WasteError):
    """A volume without a density, or pieces without a mass per piece."""


def unit_kind(unit: str) -> str:
    """``"mass"``, ``"volume"`` or ``"pieces"`` for a typed unit.

    Raises:
        WasteError: an unknown unit, or one that is neither a mass, a volume nor a count.
    """
    text = unit.strip()
    if text.casefold() in PIECE_WORDS:
        return "pieces"
    try:
        parsed = parse_unit(text)
    except UnitError:
        raise WasteError(
            f"Unknown unit '{unit}': use t, kg, m³, L or pcs.", "unknown_unit", unit=unit
        ) from None
    dimensionality = registry().Quantity(1, parsed).dimensionality
    if dimensionality == registry().kilogram.dimensionality:
        return "mass"
    if dimensionality == registry().metre.dimensionality ** 3:
        return "volume"
    raise WasteError(
        f"'{unit}' is not a mass, a volume or pieces: use t, kg, m³, L or pcs.",
        "not_an_amount",
        unit=unit,
    )


def to_tonnes(
    quantity: float,
    unit: str,
    density_kg_m3: float | None = None,
    piece_mass_kg: float | None = None,
) -> float:
    """``quantity`` of ``unit`` as tonnes.

    Mass converts directly (pint); a volume × ``density_kg_m3`` / 1000; pieces ×
    ``piece_mass_kg`` / 1000. Raises :class:`WasteError` if the unit is unknown or the density
    (mass per piece) a volume (count) needs is missing or not positive.
    """
    kind = unit_kind(unit)
    if kind == "mass":
        return float(registry().Quantity(quantity, parse_unit(unit)).to("t").magnitude)
    if kind == "volume":
        if density_kg_m3 is None or density_kg_m3 <= 0:
            raise MissingFactorError(
                "A volume needs a bulk density (kg/m³) to be counted in tonnes.", "needs_density"
            )
        cubic_metres = registry().Quantity(quantity, parse_unit(unit)).to("m**3").magnitude
        return float(cubic_metres) * density_kg_m3 / 1000.0
    if piece_mass_kg is None or piece_mass_kg <= 0:
        raise MissingFactorError(
            "Pieces need a mass per piece (kg) to be counted in tonnes.", "needs_piece_mass"
        )
    return quantity * piece_mass_kg / 1000.0


def tonnes_per_year(
    quantity: float,
    unit: str,
    frequency: str = "yearly",
    density_kg_m3: float | None = None,
    piece_mass_kg: float | None = None,
) -> float:
    """Tonnes per year of ``quantity`` ``unit`` arising ``frequency`` (see the module text)."""
    if frequency not in PERIODS_PER_YEAR:
        raise WasteError(f"Unknown frequency '{frequency}'.", "unknown_frequency", value=frequency)
    return to_tonnes(quantity, unit, density_kg_m3, piece_mass_kg) * PERIODS_PER_YEAR[frequency]


@cache
def _adapter(name: str) -> TypeAdapter[Any]:
    info = WasteStream.model_fields[name]
    annotation = Annotated[info.annotation, *info.metadata] if info.metadata else info.annotation
    return TypeAdapter(annotation, config=ConfigDict(strict=True))


def check_stream(fields: dict[str, Any]) -> dict[str, Any]:
    """A stream's own fields checked (schema of :class:`~recp_desktop.domain.records.WasteStream`
    and the rules between fields) with ``tonnes_per_year`` computed; a new dict.

    A stream without a quantity, or a volume (pieces) whose density (mass per piece) is not
    known yet, has no tonnes (None); any other quantity must convert. A density or mass per
    piece must be more than 0 (and a density at most :data:`MAX_DENSITY_KG_M3`), the tonnes at
    most :data:`MAX_TONNES_PER_YEAR`. Raises :class:`WasteError` naming the field.
    """
    out = {name: fields.get(name) for name in FIELDS}
    for name in ("name", "unit", "note"):
        out[name] = (out[name] or "").strip() if name != "note" else out[name] or ""
    out["frequency"] = out["frequency"] or "yearly"
    try:
        out["ewc_code"] = lookup(str(out["ewc_code"] or "")).code
    except UnknownWasteCodeError as exc:
        raise WasteError(str(exc), "unknown_code", value=str(out["ewc_code"] or "")) from None
    for name in ("quantity", "density_kg_m3", "piece_mass_kg", "annual_cost"):
        if isinstance(out[name], int) and not isinstance(out[name], bool):
            out[name] = float(out[name])
        if out[name] is not None and isinstance(out[name], float) and out[name] < 0:
            raise WasteError(
                f"{name.replace('_', ' ')} cannot be negative.", "negative", field=name
            )
    for name in ("density_kg_m3", "piece_mass_kg"):
        if isinstance(out[name], float) and out[name] == 0:
            raise WasteError(
                f"{name.replace('_', ' ')} must be more than 0.", "not_positive", field=name
            )
    density = out["density_kg_m3"]
    if isinstance(density, float) and density > MAX_DENSITY_KG_M3:
        raise WasteError(
            f"density kg m3 above {MAX_DENSITY_KG_M3:,.0f} kg/m³: no waste is that dense.",
            "too_dense",
            field="density_kg_m3",
            limit=MAX_DENSITY_KG_M3,
        )
    if out["quantity"] is None:
        out["tonnes_per_year"] = None
    else:
        if not out["unit"]:
            raise WasteError("The quantity needs a unit (t, kg, m³, L or pcs).", "needs_unit")
        try:
            out["tonnes_per_year"] = tonnes_per_year(
                out["quantity"],
                out["unit"],
                out["frequency"],
                out["density_kg_m3"],
                out["piece_mass_kg"],
            )
        except MissingFactorError:
            out["tonnes_per_year"] = None
        tonnes = out["tonnes_per_year"]
        if tonnes is not None and not tonnes <= MAX_TONNES_PER_YEAR:  # also NaN
            raise WasteError(
                f"{tonnes:.3g} t/yr is more than any plant produces "
                f"(at most {MAX_TONNES_PER_YEAR:.0e} t/yr); check the unit, density and period.",
                "too_much",
                field="quantity",
                value=tonnes,
                limit=MAX_TONNES_PER_YEAR,
            )
    for name in FIELDS:
        try:
            out[name] = _adapter(name).validate_python(out[name])
        except PydanticValidationError as exc:
            error = exc.errors(include_url=False)[0]
            cause = error.get("ctx", {}).get("error") or error["msg"]
            details = {"field": name, "limit": error.get("ctx", {}).get("max_length")}
            reason = "too_long" if error.get("type") == "string_too_long" else "invalid"
            raise WasteError(f"{name.replace('_', ' ')}: {cause}", reason, **details) from None
    return out


__all__ = [
    "DESTINATIONS",
    "FIELDS",
    "FREQUENCIES",
    "MAX_DENSITY_KG_M3",
    "MAX_TONNES_PER_YEAR",
    "PERIODS_PER_YEAR",
    "MissingFactorError",
    "WasteError",
    "check_stream",
    "to_tonnes",
    "tonnes_per_year",
    "unit_kind",
]
