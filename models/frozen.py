"""Fixes a frozen (PyInstaller) Danlu needs before anything else runs; harmless in a source install.

Call :func:`prepare_process` first thing in every entry point (``danlu`` console script, ``python -m
desktop``, the bundle's launcher). It is a no-op outside a frozen build except for the stdio guard, which
only acts when ``sys.stdout``/``sys.stderr`` are really missing.

Why each step exists:

- ``multiprocessing.freeze_support()``: DataLoader workers started with ``spawn`` (Windows, macOS) re-run the
  frozen executable; without it each worker would start another copy of the app instead of a worker.
- stdio guard: a windowed build on Windows/macOS has ``sys.stdout is None`` and ``sys.stderr is None``;
  Lightning, tqdm, warnings and ``print`` then raise ``AttributeError`` deep inside training. They get a
  log file under the user's log directory instead (never the install folder, which may be read-only).
- ``TORCH_HOME``/``MPLCONFIGDIR``-style caches: pointed at the user cache so nothing tries to write next to
  the executable.
"""

from __future__ import annotations

import io
import multiprocessing
import os
import sys
from pathlib import Path

_prepared = False


def is_frozen() -> bool:
    """True inside a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False))


def bundle_dir() -> Path | None:
    """The bundle's data folder (``sys._MEIPASS``), or None in a source install."""
    base = getattr(sys, "_MEIPASS", None)
    return Path(base) if base else None


def user_log_dir() -> Path:
    """Where a frozen, windowed Danlu writes what would have gone to stdout/stderr."""
    import platformdirs

    return Path(platformdirs.user_log_dir("danlu", appauthor=False))


def _ensure_stdio() -> None:
    """Give ``sys.stdout``/``sys.stderr`` a writable stream when a windowed build has none."""
    if sys.stdout is not None and sys.stderr is not None:
        return
    stream: io.TextIOBase
    try:
        folder = user_log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stream = open(folder / "danlu.log", "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - lives as long as the app
    except OSError:
        stream = io.StringIO()  # a read-only home: drop the output rather than crash
    if sys.stdout is None:
        sys.stdout = stream
    if sys.stderr is None:
        sys.stderr = stream


def _user_caches() -> None:
    """Keep torch's and Qt's caches out of the (read-only) install folder."""
    import platformdirs

    cache = Path(platformdirs.user_cache_dir("danlu", appauthor=False))
    os.environ.setdefault("TORCH_HOME", str(cache / "torch"))
    os.environ.setdefault("TORCHINDUCTOR_CACHE_DIR", str(cache / "inductor"))
    os.environ.setdefault("TRITON_CACHE_DIR", str(cache / "triton"))


def prepare_process() -> None:
    """Make the process safe to run frozen; call it first in every entry point. Idempotent."""
    global _prepared
    if _prepared:
        return
    _prepared = True
    multiprocessing.freeze_support()  # returns at once unless this process is a spawned worker
    _ensure_stdio()
    if is_frozen():
        _user_caches()
