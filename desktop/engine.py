"""EngineLoader: imports torch, Lightning and the Danlu engine off the GUI thread, after the window shows.

``import lightning`` takes seconds on a cold start; doing it before the window appears would make the app
feel broken. The loader imports on a plain Python thread and reports back through a queued signal; the
window shows a "loading engine" state until then (Train disabled), then calls ``state.set_engine_ready()``.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import importlib.util
import os
import sys
import threading
import time
import traceback

from PySide6.QtCore import QObject, Signal

from desktop.state import ExperimentState

#: What "the engine" is: everything that imports torch/Lightning, in dependency order.
ENGINE_MODULES = (
    "torch",
    "lightning",
    "torchmetrics",
    "models.data",
    "models.network",
    "models.tasks",
    "models.training.fit",  # models.training itself is lazy (its events are plain data)
    "models.training.devices",
    "models.training.schedule_preview",
)


#: Imported lazily by the first ``fit()`` (TensorBoard logging, optional): loading them with the engine keeps
#: the start of the first run from stalling the GUI on their imports.
OPTIONAL_ENGINE_MODULES = ("torch.utils.tensorboard", "lightning.pytorch.tuner", "models.training.lr_finder")

#: torch's native libraries in load order (dependencies first); preloaded without the GIL, see below.
TORCH_LIBRARIES = ("libtorch_global_deps", "libc10", "libtorch_cpu", "libtorch", "libtorch_python")


def preload_native_libraries() -> None:
    """Map torch's shared libraries into the process without holding the GIL.

    Loading libtorch runs seconds of C++ static initialisation. ``import torch`` does it inside ``dlopen``
    while holding the GIL, which freezes the GUI thread for that long even though the import runs on another
    thread. Calling the C library's ``dlopen`` through ctypes releases the GIL for the duration of the call;
    the later ``import torch`` then finds the libraries already loaded. Linux and macOS only (elsewhere, and
    on any failure, the normal import does the work).
    """
    if sys.platform not in ("linux", "darwin"):
        return
    spec = importlib.util.find_spec("torch")
    if spec is None or not spec.submodule_search_locations:
        return
    lib_dir = os.path.join(list(spec.submodule_search_locations)[0], "lib")
    suffix = ".dylib" if sys.platform == "darwin" else ".so"
    try:
        libc = ctypes.CDLL(None)
        dlopen = libc.dlopen
    except (OSError, AttributeError):
        return
    dlopen.restype, dlopen.argtypes = ctypes.c_void_p, [ctypes.c_char_p, ctypes.c_int]
    for name in TORCH_LIBRARIES:
        path = os.path.join(lib_dir, name + suffix)
        if os.path.isfile(path):
            dlopen(path.encode(), os.RTLD_NOW | os.RTLD_GLOBAL)  # a failure here just leaves it to the import


def import_engine() -> float:
    """Import every engine module on the calling thread; returns the seconds it took."""
    start = time.perf_counter()
    preload_native_libraries()
    for name in ENGINE_MODULES:
        importlib.import_module(name)
    for name in OPTIONAL_ENGINE_MODULES:
        with contextlib.suppress(ImportError):  # e.g. TensorBoard not installed: fit() then logs to CSV only
            importlib.import_module(name)
    return time.perf_counter() - start


class EngineLoader(QObject):
    """Loads the engine once, in the background (:meth:`start`) or right away (:meth:`load_now`, tests).

    Signals:
        loaded(float): the engine is importable; seconds it took. ``state.engineReady`` follows.
        failed(str, str): an import failed (a broken install); (message, traceback).
    """

    loaded = Signal(float)
    failed = Signal(str, str)

    def __init__(self, state: ExperimentState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.seconds = 0.0
        self._thread: threading.Thread | None = None
        self.loaded.connect(self._on_loaded)

    @property
    def ready(self) -> bool:
        return self.state.engine_ready

    def start(self) -> None:
        """Import on a daemon thread (a quit during loading must not wait for it)."""
        if self._thread is not None or self.ready:
            return
        self._thread = threading.Thread(target=self._load, name="danlu-engine-loader", daemon=True)
        self._thread.start()

    def load_now(self) -> None:
        """Import on this thread and mark the engine ready before returning (tests, screenshots)."""
        if not self.ready:
            self._on_loaded(import_engine())

    def _load(self) -> None:
        try:
            seconds = import_engine()
        except BaseException as exc:  # noqa: BLE001 - reported to the user: the app stays open
            self.failed.emit(f"{type(exc).__name__}: {exc}", traceback.format_exc())
        else:
            self.loaded.emit(seconds)  # queued: this object lives on the GUI thread

    def _on_loaded(self, seconds: float) -> None:
        if self.ready:
            return
        self.seconds = seconds
        self.state.set_engine_ready()
