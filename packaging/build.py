"""Build RECP Desktop with PyInstaller: a one-folder app (default) or a one-file portable app.

    uv run python packaging/build.py [--onefile] [--dist DIR] [--work DIR] [--check]

The result goes to ``DIST`` (default ``dist/``): ``recp-desktop/`` with the ``recp`` executable
(plus the windowed ``RECP Desktop`` on Windows and ``RECP Desktop.app`` on macOS), or one
``RECP-Desktop-<version>-portable`` file. ``--check`` runs the built app's ``--version`` and
``--self-test`` afterwards. See packaging/README.md.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SPEC = HERE / "recp.spec"
FOLDER_NAME = "recp-desktop"


def version() -> str:
    namespace: dict[str, str] = {}
    exec((ROOT / "recp_desktop" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return namespace["__version__"]


def built_executable(dist: Path, onefile: bool) -> Path:
    """The console executable of a build in ``dist`` (the one that answers on the terminal)."""
    suffix = ".exe" if sys.platform == "win32" else ""
    if onefile:
        return dist / f"RECP-Desktop-{version()}-portable{suffix}"
    return dist / FOLDER_NAME / f"recp{suffix}"


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path, onefile: bool = False, clean: bool = True) -> Path:
    """Run PyInstaller on the spec; return the built executable's path."""
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--log-level=WARN",
        f"--distpath={dist}",
        f"--workpath={work}",
    ]
    if clean:
        command.append("--clean")
    command.append(str(SPEC))
    if onefile:
        command += ["--", "--onefile"]
    subprocess.run(command, check=True, cwd=ROOT)
    executable = built_executable(dist, onefile)
    if not executable.exists():
        raise SystemExit(f"build.py: PyInstaller finished but {executable} is missing")
    return executable


def check(executable: Path) -> None:
    """Run the built app's ``--version`` and ``--self-test``; exit non-zero if either fails."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for args in (["--version"], ["--self-test"]):
        result = subprocess.run([str(executable), *args], env=env, check=False)
        if result.returncode != 0:
            raise SystemExit(f"build.py: '{executable.name} {args[0]}' exited {result.returncode}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--onefile", action="store_true", help="one-file portable build")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder")
    parser.add_argument(
        "--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder"
    )
    parser.add_argument(
        "--no-clean", action="store_true", help="reuse PyInstaller's cache from an earlier build"
    )
    parser.add_argument("--check", action="store_true", help="run --version and --self-test")
    args = parser.parse_args(argv)
    dist, work = args.dist.resolve(), args.work.resolve()

    started = time.perf_counter()
    executable = build(dist, work, onefile=args.onefile, clean=not args.no_clean)
    elapsed = time.perf_counter() - started
    product = executable if args.onefile else dist / FOLDER_NAME
    size = folder_size(product) / 1e6
    print(f"built {product} ({size:.0f} MB) in {elapsed:.0f} s")
    print(f"run it: {executable}")
    if args.check:
        check(executable)
    return 0


if __name__ == "__main__":
    sys.exit(main())
