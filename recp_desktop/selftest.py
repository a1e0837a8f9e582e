"""``recp --self-test``: check end to end, offline, that this installation of the app works.

Built for the frozen app (``packaging/``), where a missing data file or hidden import shows up
only at run time; it runs the same from source. In a temporary data folder, never the user's,
it checks that the shipped files are there, opens the main window offscreen (which creates and
migrates a database), creates the demo company through the window, closes everything, reopens
the folder and finds the demo data, then runs the calculators that load scipy, iapws and ht.
packaging/README.md lists the steps.
Each step prints a line; the first failure prints what failed and the exit status is 1.
The checks that need Qt live in :mod:`recp_desktop.ui.selftest_checks`.
"""

from __future__ import annotations

import math
import os
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from recp_desktop import __version__
from recp_desktop.paths import package_path, resource_path


class SelfTestError(RuntimeError):
    """A check of the self-test that did not hold."""


def require(condition: bool, message: str) -> None:
    """Raise :class:`SelfTestError` with ``message`` unless ``condition`` holds."""
    if not condition:
        raise SelfTestError(message)


def check_shipped_files() -> str:
    """Templates, migrations, emission factors, translations and the demo photo are present."""
    from recp_desktop.checklists import builtin_templates

    required = [
        package_path("storage", "migrations", "env.py"),
        package_path("storage", "migrations", "script.py.mako"),
        package_path("domain", "data", "emission_factors.yaml"),
        resource_path("demo", "compressed-air-leak.jpg"),
        resource_path("translations", "recp_ru.qm"),
    ]
    missing = [str(path) for path in required if not path.is_file()]
    require(not missing, "missing shipped files: " + ", ".join(missing))
    versions = list(package_path("storage", "migrations", "versions").glob("*.py"))
    require(bool(versions), "no migration scripts in " + str(package_path("storage")))
    templates = builtin_templates()
    require(len(templates) >= 4, f"only {len(templates)} checklist templates loaded")
    return f"{len(templates)} templates, {len(versions)} migrations"


def check_calculators() -> str:
    """Calculators that need scipy (IRR), iapws (steam tables) and ht (convection) run."""
    from recp_desktop.domain.calculators import run

    economics = run(
        "economics",
        {
            "investment": "1000 USD",
            "annual_saving": "250 USD",
            "lifetime": "10 a",
            "discount_rate": "8 percent",
        },
    ).result
    payback = economics.magnitude("simple_payback", "a")
    require(math.isclose(payback, 4.0), f"simple payback {payback} a, expected 4 a")
    irr = economics.magnitude("irr", "dimensionless")
    require(0.2 < irr < 0.25, f"IRR {irr:.4f}, expected about 0.214")  # 21.4 % by hand
    steam = run("steam-leak", {"diameter": "3 mm", "pressure": "7 bar"}).result
    steam_rate = steam.magnitude("steam_rate", "kg/h")
    require(10 < steam_rate < 30, f"steam leak {steam_rate:.1f} kg/h, expected about 18")
    pipe = run(
        "pipe-insulation",
        {"outside_diameter": "60 mm", "length": "10 m", "surface_temperature": "150 degC"},
    ).result
    energy = pipe.magnitude("annual_energy", "kWh")
    require(energy > 0 and math.isfinite(energy), f"pipe insulation saves {energy} kWh")
    from recp_desktop.domain.messages import render

    for language in ("ru", "az"):  # the compiled message catalogs ship and load
        note = render(steam.assumptions[0], language)
        require(note != steam.assumptions[0].id and note != str(steam.assumptions[0]),
                f"no {language} message catalog: {note}")  # fmt: skip
    return f"IRR {irr:.1%}, steam leak {steam_rate:.1f} kg/h, insulation {energy:,.0f} kWh/a"


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check; 0 if all pass, 1 (with the reason on stderr) at the first failure."""
    out = out or sys.stdout
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before Qt loads: no window on the screen
    started = time.perf_counter()
    print(f"RECP Desktop {__version__} self-test", file=out)
    with tempfile.TemporaryDirectory(prefix="recp-self-test-") as tmp:
        folder = Path(tmp) / "data"
        first = None
        try:
            try:
                from recp_desktop.ui import selftest_checks as qt
            except ImportError as exc:  # Qt or its system libraries missing
                print(f"FAIL  Qt: {exc}", file=out, flush=True)
                print(f"recp: self-test failed at 'Qt': {exc}", file=sys.stderr)
                return 1
            first = qt.FirstStart(folder)
            steps: list[tuple[str, Callable[[], str]]] = [
                ("shipped files", check_shipped_files),
                ("Qt application", qt.check_application),
                ("translations", qt.check_translations),
                ("main window", first.open_window),
                ("demo company", first.create_demo),
                ("reopen", lambda: qt.check_reopen(folder)),
                ("calculators", check_calculators),
            ]
            for name, step in steps:
                step_start = time.perf_counter()
                try:
                    detail = step()
                except Exception as exc:
                    print(f"FAIL  {name}: {type(exc).__name__}: {exc}", file=out, flush=True)
                    traceback.print_exc()
                    print(f"recp: self-test failed at '{name}': {exc}", file=sys.stderr)
                    return 1
                elapsed = (time.perf_counter() - step_start) * 1000
                # Flushed at once: benchmarks/frozen_startup.py times the "main window" line.
                print(f"ok    {name} ({elapsed:.0f} ms): {detail}", file=out, flush=True)
        finally:
            if first is not None:
                first.close()  # the database must be closed before its folder is removed
    print(f"self-test passed in {time.perf_counter() - started:.1f} s", file=out, flush=True)
    return 0
