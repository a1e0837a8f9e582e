"""Start-up of the frozen one-folder app against the same app run from source; bundle size.

Both are started the same way, as fresh processes with the same arguments (offscreen Qt), and
timed from spawn to exit, interleaved so drift hits both alike; the median is printed:

- ``--version``: the start-up floor (bootloader / interpreter, no app modules);
- ``list --json`` on a folder holding the demo assessment: a headless start that opens the
  database (SQLAlchemy, templates);
- ``--self-test``, timed twice: until it reports the main window shown on a new data folder
  (Qt started, database created and migrated: the first start of a new user), and to its end
  (demo company created, folder reopened, calculators run).

Ratios are frozen/source. With ``--onefile`` the portable one-file build is measured too (it
unpacks itself into a temporary folder at every start). Builds go to a temporary folder unless
``--app`` names an existing build's ``recp`` executable.

    uv run python benchmarks/frozen_startup.py [--runs 5] [--app PATH] [--onefile]
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _build_module():
    spec = importlib.util.spec_from_file_location("recp_build", ROOT / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


WINDOW_SHOWN = "ok    main window"  # the self-test's line, printed (flushed) once it shows


def timed(command: list[str], cwd: Path) -> dict[str, float]:
    """Seconds from spawn to exit ("exit"), and to the main window line if one is printed."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    # The frozen app's modules are compiled at build time; let the source run cache its bytecode
    # too (in the warm-up run), as a normal Python installation does.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    times: dict[str, float] = {}
    start = time.perf_counter()
    with subprocess.Popen(
        command, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True
    ) as process:
        for line in process.stdout:
            if line.startswith(WINDOW_SHOWN):
                times["window"] = time.perf_counter() - start
    times["exit"] = time.perf_counter() - start
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {process.returncode}")
    return times


def measure(programs: dict[str, list[str]], cases: dict[str, list[str]], runs: int, cwd: Path):
    """Median seconds per (program, case, what), every case interleaved across programs."""
    samples: dict[tuple[str, str, str], list[float]] = {}
    for case, args in cases.items():
        for command in programs.values():  # warm the OS file cache
            timed([*command, *args], cwd)
        for _ in range(runs):
            for name, command in programs.items():
                for what, seconds in timed([*command, *args], cwd).items():
                    samples.setdefault((name, case, what), []).append(seconds)
    return {key: statistics.median(values) for key, values in samples.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--app", type=Path, help="the recp executable of an existing build")
    parser.add_argument("--onefile", action="store_true", help="measure the one-file build too")
    args = parser.parse_args()
    build = _build_module()

    with tempfile.TemporaryDirectory(prefix="recp-frozen-bench-") as tmp:
        tmp_path = Path(tmp)
        executables: dict[str, Path] = {}
        if args.app:
            executables["frozen"] = args.app.resolve()
        else:
            started = time.perf_counter()
            executables["frozen"] = build.build(tmp_path / "dist", tmp_path / "work", clean=False)
            print(f"one-folder build: {time.perf_counter() - started:.0f} s")
        if args.onefile:
            started = time.perf_counter()
            executables["one-file"] = build.build(
                tmp_path / "dist-onefile", tmp_path / "work-onefile", onefile=True, clean=False
            )
            print(f"one-file build: {time.perf_counter() - started:.0f} s")

        folder = executables["frozen"].parent
        print(f"one-folder app: {build.folder_size(folder) / 1e6:.0f} MB in {folder}")
        if "one-file" in executables:
            print(f"one-file app: {build.folder_size(executables['one-file']) / 1e6:.0f} MB")

        demo = tmp_path / "demo-data"
        subprocess.run(
            [sys.executable, "-m", "recp_desktop", "--data-dir", str(demo), "demo"],
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
        )
        programs = {"source": [sys.executable, "-m", "recp_desktop"]}
        programs |= {name: [str(path)] for name, path in executables.items()}
        cases = {
            "--version": ["--version"],
            "list --json": ["--data-dir", str(demo), "list", "--json"],
            "--self-test": ["--self-test"],
        }
        medians = measure(programs, cases, args.runs, cwd=tmp_path)

    rows = [
        ("--version", "--version", "exit"),
        ("list --json", "list --json", "exit"),
        ("window shown", "--self-test", "window"),
        ("--self-test", "--self-test", "exit"),
    ]
    print(f"\nmedian of {args.runs} runs, seconds from spawn (offscreen Qt):")
    header = f"{'':14}" + "".join(f"{name:>12}" for name in programs)
    print(header + "".join(f"{name + '/source':>18}" for name in executables))
    for label, case, what in rows:
        source = medians[("source", case, what)]
        row = f"{label:14}" + "".join(f"{medians[(name, case, what)]:12.3f}" for name in programs)
        row += "".join(f"{medians[(name, case, what)] / source:17.2f}x" for name in executables)
        print(row)


if __name__ == "__main__":
    main()
