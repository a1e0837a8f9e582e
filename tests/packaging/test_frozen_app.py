"""The frozen one-folder app, built with PyInstaller once per session, run as a user would.

The build takes a minute or two; its time is printed. Everything else here runs the built
executable in subprocesses: ``--version``, ``--self-test``, calculators, reports, tables and
packages from the command line, and the bundle's contents (what must be in it, what must stay
out).
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

from recp_desktop import __version__

ROOT = Path(__file__).resolve().parents[2]
BUILD = ROOT / "packaging" / "build.py"

pytestmark = pytest.mark.timeout(900)  # the first test pays for the build


def _load_build_module():
    import importlib.util

    spec = importlib.util.spec_from_file_location("recp_packaging_build", BUILD)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def frozen_app(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Path:
    """The built ``recp`` executable of a one-folder build in a temporary folder."""
    base = tmp_path_factory.mktemp("pyinstaller")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, str(BUILD), "--dist", str(base / "dist"), "--work", str(base / "work")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=840,
    )
    elapsed = time.perf_counter() - started
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    reporter = request.config.pluginmanager.get_plugin("terminalreporter")
    if reporter is not None:
        reporter.write_line(f"\nPyInstaller one-folder build: {elapsed:.0f} s ({base / 'dist'})")
    executable = _load_build_module().built_executable(base / "dist", onefile=False)
    assert executable.is_file() and os.access(executable, os.X_OK)
    return executable


def run_frozen(executable: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(executable), *args],
        capture_output=True,
        text=True,
        cwd=executable.parent.parent,  # not the source tree: nothing may come from there
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **env},
        timeout=180,
    )


def bundle_files(executable: Path) -> set[str]:
    internal = executable.parent / "_internal"
    return {p.relative_to(internal).as_posix() for p in internal.rglob("*") if p.is_file()}


def test_version(frozen_app: Path) -> None:
    result = run_frozen(frozen_app, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"RECP Desktop {__version__}"


def test_self_test_passes_and_leaves_the_user_data_alone(
    frozen_app: Path, _isolated_data_dir: Path
) -> None:
    result = run_frozen(frozen_app, "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    steps = ["shipped files", "translations", "main window", "demo company", "reopen"]
    for step in [*steps, "calculators"]:
        assert any(line.startswith(f"ok    {step}") for line in lines), result.stdout
    assert "self-test passed" in lines[-1]
    assert "Şəki Süd MMC" in result.stdout  # the demo company was found after reopening
    assert not _isolated_data_dir.exists()  # RECP_DATA_DIR points here; a temp folder was used


def test_self_test_fails_with_a_message_when_a_shipped_file_is_missing(
    frozen_app: Path, tmp_path: Path
) -> None:
    # A copy of the bundle made of hard links (cheap); removing a link leaves the original.
    copy = tmp_path / "broken"
    shutil.copytree(frozen_app.parent, copy, symlinks=True, copy_function=os.link)
    missing = copy / "_internal" / "recp_desktop" / "storage" / "migrations" / "env.py"
    missing.unlink()
    result = run_frozen(copy / frozen_app.name, "--self-test")
    assert result.returncode == 1
    assert "self-test failed at 'shipped files'" in result.stderr
    assert str(missing) in result.stderr


@pytest.mark.parametrize(
    ("name", "inputs"),
    [
        # Each pulls in a library the calculators import lazily: iapws, ht/fluids, scipy.
        ("steam-leak", {"diameter": "3 mm", "pressure": "7 bar"}),
        (
            "pipe-insulation",
            {
                "outside_diameter": "89 mm",
                "length": "25 m",
                "surface_temperature": "180 degC",
                "wind_speed": "3 m/s",
            },
        ),
        ("economics", {"investment": "12000 USD", "annual_saving": "3100 USD"}),
    ],
)
def test_calculators_from_the_frozen_command_line_match_the_source(
    frozen_app: Path, name: str, inputs: dict[str, str]
) -> None:
    from recp_desktop.domain.calculators import run

    args = [f"{key}={value}" for key, value in inputs.items()]
    result = run_frozen(frozen_app, "calc", name, *args, "--json")
    assert result.returncode == 0, result.stderr
    frozen = json.loads(result.stdout)
    expected = json.loads(json.dumps(run(name, inputs).to_json()))
    assert frozen == expected


def test_reports_tables_and_packages_from_the_frozen_command_line(
    frozen_app: Path, tmp_path: Path
) -> None:
    """reportlab (with the shipped fonts), openpyxl and cryptography work frozen."""
    folder, other = str(tmp_path / "data"), str(tmp_path / "other")
    assert run_frozen(frozen_app, "--data-dir", folder, "demo").returncode == 0
    listed = run_frozen(frozen_app, "--data-dir", folder, "list", "--json")
    assessment_id = json.loads(listed.stdout)[0]["id"]

    pdf = tmp_path / "report.pdf"
    result = run_frozen(
        frozen_app, "--data-dir", folder, "report", assessment_id, "-o", str(pdf), "--lang", "ru"
    )
    assert result.returncode == 0, result.stderr
    assert pdf.read_bytes().startswith(b"%PDF")

    workbook = tmp_path / "tables.xlsx"
    result = run_frozen(
        frozen_app, "--data-dir", folder, "export-table", "--all", "-o", str(workbook)
    )
    assert result.returncode == 0, result.stderr
    assert zipfile.is_zipfile(workbook)
    assert "xl/workbook.xml" in zipfile.ZipFile(workbook).namelist()

    package = tmp_path / "demo.recp"
    result = run_frozen(
        frozen_app, "--data-dir", folder, "export", assessment_id, "-o", str(package)
    )
    assert result.returncode == 0, result.stderr
    result = run_frozen(frozen_app, "--data-dir", other, "import", str(package))
    assert result.returncode == 0, result.stderr
    moved = json.loads(run_frozen(frozen_app, "--data-dir", other, "list", "--json").stdout)
    assert [row["id"] for row in moved] == [assessment_id]


def test_bundle_holds_the_data_files_and_leaves_out_what_is_not_needed(frozen_app: Path) -> None:
    files = bundle_files(frozen_app)
    package = ROOT / "recp_desktop"
    shipped = [
        *(package / "checklists" / "templates").glob("*.yaml"),
        *(package / "storage" / "migrations").rglob("*.py"),
        package / "storage" / "migrations" / "script.py.mako",
        *(package / "domain" / "data").iterdir(),
        *(package / "domain" / "locale").rglob("*.mo"),
    ]
    expected = {p.relative_to(ROOT).as_posix() for p in shipped if "__pycache__" not in p.parts}
    expected |= {
        p.relative_to(ROOT).as_posix()
        for p in (ROOT / "resources").rglob("*")
        if p.is_file() and p.suffix != ".ts"
    }
    assert expected - files == set()
    assert "recp_desktop/storage/migrations/env.py" in files

    def present(fragment: str) -> list[str]:
        return [f for f in files if fragment in f]

    assert [f for f in files if f.endswith(".ts")] == []  # Qt Linguist sources stay out
    assert present("tkinter") == []
    assert present("libQt6Qml") == [] and present("libQt6Pdf") == []
    assert present("libQt6Network") == []
    assert [f for f in files if "/tests/" in f and not f.startswith("resources/")] == []
    assert present("__pycache__") == []
