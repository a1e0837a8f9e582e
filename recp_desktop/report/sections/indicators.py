"""RECP indicators: resource use and the productivity/intensity indicators, baseline against
projected."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from recp_desktop.report.sections.common import Context, esc
from recp_desktop.report.styles import FRAME_WIDTH

# total key -> (unit shown, divisor from the stored unit)
USE_ROWS = (
    ("energy_kwh", "MWh", 1000.0),
    ("water_m3", "m**3", 1.0),
    ("materials_t", "t", 1.0),
    ("waste_t", "t", 1.0),
    ("wastewater_m3", "m**3", 1.0),
    ("co2_t", "t", 1.0),
)


def indicators(ctx: Context, number: str) -> list[Flowable]:
    result = ctx.data.indicators
    out: list[Flowable] = [
        ctx.heading(ctx.t("indicators"), 0, number),
        ctx.para(esc(ctx.t("indicators.intro"))),
    ]
    if not ctx.data.baseline:
        return [*out, ctx.missing_box(["baseline"])]
    missing = [f"indicator.{key}" for key in result.missing]
    if missing:
        out += [ctx.missing_box(missing), Spacer(1, 4 * mm)]
    out += [ctx.heading(ctx.t("indicators.use"), 1, f"{number}.1"), _use_table(ctx)]
    out.append(ctx.heading(ctx.t("indicators.table"), 1, f"{number}.2"))
    items = [i for i in result.items if i.baseline is not None]
    if not items:
        out.append(ctx.para(esc(ctx.t("indicators.none"))))
        return out
    fmt = ctx.fmt
    rows = [
        [
            ctx.t(f"ind.{item.key}"),
            ctx.t(f"basis.{item.basis}"),
            fmt.unit(item.unit),
            fmt.sig(item.baseline, 3),
            fmt.sig(item.projected, 3),
            fmt.change(item.change),
        ]
        for item in items
    ]
    header = [
        ctx.t("indicators.name"),
        ctx.t("indicators.basis"),
        ctx.t("indicators.unit"),
        ctx.t("indicators.baseline"),
        ctx.t("indicators.projected"),
        ctx.t("indicators.change"),
    ]
    widths = [0.29, 0.17, 0.16, 0.13, 0.13, 0.12]
    out.append(ctx.table(header, rows, [FRAME_WIDTH * w for w in widths], right=(3, 4, 5)))
    return out


def _use_table(ctx: Context) -> Table:
    fmt = ctx.fmt
    result = ctx.data.indicators
    rows = []
    for key, unit, divisor in USE_ROWS:
        base = result.totals.get(key)
        if base is None:
            continue
        projected = result.projected_totals.get(key)
        change = (projected / base - 1) if base and projected is not None else None
        rows.append(
            [
                ctx.t(f"use.{key}"),
                fmt.unit(unit),
                fmt.amount(base / divisor),
                fmt.amount(projected / divisor) if projected is not None else "—",
                fmt.change(change),
            ]
        )
    header = [
        ctx.t("baseline.line"),
        ctx.t("indicators.unit"),
        ctx.t("indicators.baseline"),
        ctx.t("indicators.projected"),
        ctx.t("indicators.change"),
    ]
    widths = [0.36, 0.14, 0.18, 0.18, 0.14]
    return ctx.table(header, rows, [FRAME_WIDTH * w for w in widths], right=(2, 3, 4))
