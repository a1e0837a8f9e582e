"""Before the window opens: is there a display, and are Qt's system libraries installed?

Without them Qt aborts the process (exit 134, "could not load the Qt platform plugin") with
nothing a user understands. This check runs first, without importing Qt, and says what is
missing and which Debian/Ubuntu packages provide it (the README's set-up lists the same).
Only Linux is checked: Windows and macOS builds carry their platform plugins.
"""

from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Mapping
from importlib.util import find_spec
from pathlib import Path

DEBIAN_PACKAGES = {
    # the Qt xcb platform plugin's own libraries (Qt 6 "X11 requirements")
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    # QtGui itself
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
}
"""Shared library → the Debian/Ubuntu package that installs it."""

HEADLESS_PLATFORMS = {"offscreen", "minimal", "vnc", "linuxfb", "eglfs", "vkkhrdisplay"}
NEEDS_CURSOR = "libxcb-cursor.so.0"  # Qt ≥ 6.5 dlopens it and refuses xcb without it


def _qt_plugins() -> Path | None:
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    return Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"


def missing_libraries(library: Path) -> list[str]:
    """Shared libraries that ``library`` needs and the system cannot find (``ldd``; without it,
    the first one the dynamic loader names)."""
    ldd = shutil.which("ldd")
    if ldd:
        try:
            output = subprocess.run(
                [ldd, str(library)], capture_output=True, text=True, timeout=20
            ).stdout
        except (OSError, subprocess.SubprocessError):
            output = ""
        found = re.findall(r"^\s*(\S+)\s+=>\s+not found", output, re.MULTILINE)
        return list(dict.fromkeys(found))
    try:
        ctypes.CDLL(str(library))
    except OSError as exc:
        name = re.match(r"(\S+?): cannot open shared object file", str(exc))
        return [name.group(1)] if name else [str(exc)]
    return []


def _loadable(name: str) -> bool:
    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def _x_display_opens(display: str) -> bool:
    """Whether an X connection to ``display`` succeeds (libxcb's ``xcb_connect``)."""
    try:
        xcb = ctypes.CDLL("libxcb.so.1")
    except OSError:
        return True  # reported as a missing library instead
    xcb.xcb_connect.restype = ctypes.c_void_p
    xcb.xcb_connect.argtypes = [ctypes.c_char_p, ctypes.POINTER(ctypes.c_int)]
    xcb.xcb_connection_has_error.argtypes = [ctypes.c_void_p]
    xcb.xcb_disconnect.argtypes = [ctypes.c_void_p]
    screen = ctypes.c_int(0)
    connection = xcb.xcb_connect(display.encode(), ctypes.byref(screen))
    try:
        return connection is not None and xcb.xcb_connection_has_error(connection) == 0
    finally:
        if connection:
            xcb.xcb_disconnect(connection)


def install_hint(libraries: list[str]) -> str:
    packages = sorted({DEBIAN_PACKAGES[name] for name in libraries if name in DEBIAN_PACKAGES})
    unknown = [name for name in libraries if name not in DEBIAN_PACKAGES]
    lines = []
    if packages:
        lines.append("On Debian or Ubuntu install them with:")
        lines.append("  sudo apt-get install " + " ".join(packages))
    if unknown:
        lines.append("Your distribution's package manager can tell which packages provide: ")
        lines[-1] += ", ".join(unknown)
    lines.append(
        'The README\'s "Set up" section lists every package the window needs; the recp '
        "subcommands (recp --help) work without them."
    )
    return "\n".join(lines)


def display_problem(
    env: Mapping[str, str] | None = None,
    platform: str = sys.platform,
    plugins: Path | None = None,
) -> str | None:
    """Why the window cannot open here, worded for the user; None when it can (or when this
    platform is not checked). ``env`` defaults to the process environment."""
    env = os.environ if env is None else env
    if not platform.startswith("linux"):
        return None
    requested = re.split(r"[:;]", env.get("QT_QPA_PLATFORM", ""))[0].strip()
    if requested in HEADLESS_PLATFORMS:
        return None
    display, wayland = env.get("DISPLAY", ""), env.get("WAYLAND_DISPLAY", "")
    if requested.startswith("wayland") or (not requested and wayland and not display):
        plugin_name = "libqwayland.so"
    elif requested in ("", "xcb"):
        if not display:
            return (
                "there is no display to open the window on (DISPLAY is not set). Start RECP "
                "Desktop from a desktop session; over SSH use 'ssh -X' or xvfb-run. The recp "
                "subcommands (recp --help) work without a display."
            )
        plugin_name = "libqxcb.so"
    else:
        return None  # a platform we do not know: let Qt try
    folder = plugins or _qt_plugins()
    plugin = folder / plugin_name if folder else None
    missing = missing_libraries(plugin) if plugin and plugin.is_file() else []
    if plugin_name == "libqxcb.so" and not _loadable(NEEDS_CURSOR):
        missing.append(NEEDS_CURSOR)
    if missing:
        return (
            "the window needs system libraries that are not installed: "
            + ", ".join(missing)
            + ".\n"
            + install_hint(missing)
        )
    if plugin_name == "libqxcb.so" and not _x_display_opens(display):
        return (
            f"cannot connect to the display {display!r}: is the X server running, and may this "
            "user use it (xhost, XAUTHORITY)?"
        )
    return None


def qt_import_problem(exc: ImportError) -> str:
    """An ImportError of Qt (a QtGui library missing) worded with what to install."""
    name = re.match(r"(\S+?): cannot open shared object file", str(exc))
    libraries = [name.group(1)] if name else []
    return f"the window cannot start: {exc}.\n" + install_hint(libraries)
