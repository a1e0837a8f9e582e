"""What ``recp`` prints: numbers as people write them, and a clear word when the window cannot
open (no display, Qt's system libraries missing) instead of Qt's abort (exit 134)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from recp_desktop.cli.calc import plain_number
from recp_desktop.cli.display import display_problem, install_hint, missing_libraries

ROOT = Path(__file__).resolve().parents[2]


def _recp(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "recp_desktop", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=120,
    )


def test_numbers_are_never_printed_in_scientific_notation() -> None:
    assert plain_number(152_836.4, 4) == "152,836"  # was 1.528e+05
    assert plain_number(13.956, 6) == "13.956"
    assert plain_number(68.0, 6) == "68"
    assert plain_number(0.0015, 4) == "0.0015"
    assert plain_number(-2500.0, 4) == "-2,500"
    assert plain_number(0.0, 4) == "0"


def test_calc_output_has_no_exponents(tmp_path: Path) -> None:
    env = {**os.environ, "RECP_DATA_DIR": str(tmp_path)}
    result = _recp(
        "calc",
        "water-leak",
        "method=flow",
        "flow=5 l/s",
        "hours=8760 h",
        env=env,
    )
    if result.returncode != 0:  # inputs named differently: list them in the failure
        pytest.fail(result.stderr + _recp("calc", "--list", env=env).stdout)
    assert "e+" not in result.stdout and "e-0" not in result.stdout
    # 5 l/s all year: 157,680 m³, written as a person would
    assert "157,680 m³" in result.stdout, result.stdout  # 5 × 3600 × 8760 / 1000


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the check is for Linux")
def test_no_display_is_said_not_aborted(tmp_path: Path) -> None:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    env["RECP_DATA_DIR"] = str(tmp_path)
    result = _recp(env=env)
    assert result.returncode == 2  # not 134 (SIGABRT)
    assert "no display" in result.stderr and "Traceback" not in result.stderr
    assert not (tmp_path / "recp.sqlite").exists()
    assert display_problem({"QT_QPA_PLATFORM": "offscreen"}) is None  # headless on purpose
    assert display_problem({}, platform="win32") is None


@pytest.mark.skipif(shutil.which("gcc") is None, reason="needs a C compiler to build a plugin")
def test_missing_qt_libraries_are_named_with_the_packages(tmp_path: Path) -> None:
    # a real platform plugin that needs a library the system lacks: built, then its library
    # removed, so the dynamic loader cannot find it
    (tmp_path / "gone.c").write_text("int gone(void) { return 1; }\n")
    (tmp_path / "plugin.c").write_text("int gone(void); int plugin(void) { return gone(); }\n")
    subprocess.run(
        ["gcc", "-shared", "-fPIC", "-o", "libxcb-icccm.so.4", "gone.c"], cwd=tmp_path, check=True
    )
    platforms = tmp_path / "platforms"
    platforms.mkdir()
    subprocess.run(
        [
            "gcc",
            "-shared",
            "-fPIC",
            "-o",
            str(platforms / "libqxcb.so"),
            "plugin.c",
            "-L.",
            "-l:libxcb-icccm.so.4",
        ],
        cwd=tmp_path,
        check=True,
    )
    (tmp_path / "libxcb-icccm.so.4").unlink()
    assert missing_libraries(platforms / "libqxcb.so") == ["libxcb-icccm.so.4"]
    problem = display_problem({"DISPLAY": ":0"}, platform="linux", plugins=platforms)
    assert problem is not None
    assert "libxcb-icccm.so.4" in problem
    assert "sudo apt-get install" in problem and "libxcb-icccm4" in problem
    assert "README" in problem


def test_install_hint_names_debian_packages() -> None:
    hint = install_hint(["libEGL.so.1", "libxcb-cursor.so.0", "libweird.so.9"])
    assert "sudo apt-get install libegl1 libxcb-cursor0" in hint
    assert "libweird.so.9" in hint  # unknown ones are still named


def test_readme_lists_the_packages_the_check_names() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for package in ("libxcb-cursor0", "libxcb-icccm4", "libxkbcommon-x11-0", "libegl1"):
        assert package in readme
