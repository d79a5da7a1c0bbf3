"""Can Qt open a window here? Checked before ``QApplication`` exists, because Qt aborts (exit 134) when its
platform plugin cannot load, and names only one of the libraries it lacks (often the wrong one).

On Linux with the X11 plugin (``xcb``, Qt's default outside Wayland sessions) the plugin needs a dozen
system libraries that a minimal install lacks. :func:`platform_problem` lists the missing ones with the
Debian/Ubuntu packages that provide them. Nothing is checked for ``offscreen``, ``wayland`` or other
platforms, nor on Windows and macOS, where Qt ships what it needs.
"""

from __future__ import annotations

import ctypes
import os
import re
import subprocess
import sys
from collections.abc import Callable, Mapping
from pathlib import Path

#: Libraries Qt's xcb platform plugin loads (Qt 6.5+) and the Debian/Ubuntu package of each.
XCB_PACKAGES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}
#: Other system libraries Qt's GUI loads (without them PySide6.QtGui fails to import), and their packages.
GUI_PACKAGES: dict[str, str] = {
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
}
#: Packages of libraries ldd may name beyond those above.
_MORE_PACKAGES = {"libGLX.so.0": "libglx0", "libGLdispatch.so.0": "libglvnd0", "libgthread-2.0.so.0": "libglib2.0-0"}
_NOT_FOUND = re.compile(r"^\s*(\S+)\s+=>\s+not found", re.MULTILINE)


def platform_name(env: Mapping[str, str]) -> str:
    """The platform plugin Qt will try first: ``QT_QPA_PLATFORM`` (``wayland;xcb`` -> wayland), else
    ``wayland`` in a Wayland session, else ``xcb``."""
    requested = env.get("QT_QPA_PLATFORM", "").strip()
    if requested:
        return requested.split(";")[0].split(":")[0].strip().lower()
    if env.get("XDG_SESSION_TYPE", "").lower() == "wayland" or (env.get("WAYLAND_DISPLAY") and not env.get("DISPLAY")):
        return "wayland"
    return "xcb"


def xcb_plugin() -> Path | None:
    """Qt's ``libqxcb.so`` (in PySide6's plugins, or the bundle's), or None when it is not there."""
    try:
        from PySide6.QtCore import QLibraryInfo  # QtCore needs no platform plugin
    except ImportError:
        return None
    plugin = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms" / "libqxcb.so"
    return plugin if plugin.is_file() else None


def missing_by_ldd(plugin: Path, run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> list[str]:
    """The libraries ``ldd`` cannot find for ``plugin`` (and everything it links), in ldd's order.

    Raises:
        OSError: ldd is not there or fails (the caller then tries the known list itself).
    """
    try:
        out = run(["ldd", str(plugin)], capture_output=True, text=True, timeout=20, check=False)
    except (subprocess.SubprocessError, ValueError) as err:
        raise OSError(f"ldd failed: {err}") from None
    missing = list(dict.fromkeys(_NOT_FOUND.findall(out.stdout)))
    if out.returncode != 0 and not missing:
        raise OSError(f"ldd exited {out.returncode}: {out.stderr.strip()[:200]}")
    return missing


def missing_by_loading(sonames: list[str], load: Callable[[str], object] = ctypes.CDLL) -> list[str]:
    """The libraries of ``sonames`` the dynamic loader cannot load in this process."""
    missing = []
    for name in sonames:
        try:
            load(name)
        except OSError:
            missing.append(name)
    return missing


def package_for(soname: str) -> str:
    """The Debian/Ubuntu package providing ``soname`` (a known one, else by the Debian naming rule:
    ``libfoo.so.1`` -> ``libfoo1``, ``libfoo2.so.3`` -> ``libfoo2-3``)."""
    known = XCB_PACKAGES.get(soname) or GUI_PACKAGES.get(soname) or _MORE_PACKAGES.get(soname)
    if known:
        return known
    stem, _, version = soname.partition(".so.")
    stem = stem.lower()
    major = version.split(".")[0]
    if not major:
        return stem
    return f"{stem}-{major}" if stem[-1:].isdigit() else f"{stem}{major}"


def missing_libraries(
    load: Callable[[str], object] = ctypes.CDLL,
    plugin: Callable[[], Path | None] = xcb_plugin,
    ldd: Callable[[Path], list[str]] = missing_by_ldd,
) -> list[str]:
    """The system libraries the xcb plugin lacks.

    Loading the known list takes milliseconds, so a complete install pays no more at start-up; only when
    something is missing does ``ldd`` on the plugin give the complete answer (it follows the plugin's own
    search path and every library it links). Without ldd the known list's answer stands.
    """
    missing = missing_by_loading([*XCB_PACKAGES, *GUI_PACKAGES], load)
    found = plugin() if missing else None
    if found is None:
        return missing
    try:
        return ldd(found)
    except OSError:
        return missing


def platform_problem(
    env: Mapping[str, str] | None = None,
    missing: Callable[[], list[str]] | None = None,
) -> str | None:
    """Why Qt could not open a window here, with what to install; None when nothing is wrong (or unknown).

    Args:
        env: The environment (default ``os.environ``).
        missing: Returns the missing system libraries (:func:`missing_libraries`).
    """
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux") or platform_name(env) != "xcb":
        return None
    libs = (missing or missing_libraries)()
    if libs:
        packages = " ".join(dict.fromkeys(package_for(s) for s in libs))
        return (
            f"danlu: Qt cannot open a window: the X11 platform plugin (xcb) needs system libraries that are "
            f"not installed: {', '.join(libs)}.\n"
            f"Install them (Debian/Ubuntu):\n    sudo apt install {packages}\n"
            "The command line (danlu --help) works without them."
        )
    if not env.get("DISPLAY"):
        return (
            "danlu: Qt cannot open a window: no X display (DISPLAY is not set). Start danlu from a desktop "
            "session (or ssh -X), or use the command line (danlu --help)."
        )
    return None
