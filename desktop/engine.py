"""EngineLoader: imports torch, Lightning and the Danlu engine off the GUI thread, after the window shows.

``import lightning`` takes seconds on a cold start (tens of seconds on a loaded machine); doing it before the
window appears would make the app feel broken. The loader imports on a plain Python thread, one stage at a
time (:data:`ENGINE_STAGES`), and reports each stage and the end through queued signals. The workspace holds
what the user sees of it (``state.engine_progress``, ``state.engine_error``): Train stays disabled with the
stage as the reason, then ``state.set_engine_ready()`` enables it; a failed import says why and how to fix it.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import importlib
import importlib.util
import os
import sys
import threading
import time
import traceback
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal

from desktop.workspace import Workspace

#: What "the engine" is, as the stages the user sees while it loads: (name shown, modules), dependency order.
#: torchmetrics comes before Lightning (which imports it) so that each stage takes a visible share.
ENGINE_STAGES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("torch", ("torch",)),
    ("torchvision", ("torchvision",)),
    ("torchmetrics", ("torchmetrics",)),
    ("lightning", ("lightning",)),
    (
        "Danlu",
        (
            "models.data",
            "models.network",
            "models.tasks",
            "models.training.fit",  # models.training itself is lazy (its events are plain data)
            "models.training.devices",
            "models.training.schedule_preview",
        ),
    ),
)
#: Every engine module, in import order.
ENGINE_MODULES = tuple(name for _, modules in ENGINE_STAGES for name in modules)


#: Imported lazily by the first ``fit()`` (TensorBoard logging, optional): loading them with the engine keeps
#: the start of the first run from stalling the GUI on their imports.
OPTIONAL_ENGINE_MODULES = ("torch.utils.tensorboard", "lightning.pytorch.tuner", "models.training.lr_finder")

#: Move the objects that exist once the engine has loaded out of the garbage collector's reach (see _on_loaded).
FREEZE_GC = True

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


def import_engine(
    progress: Callable[[int, int, str], None] | None = None,
    import_module: Callable[[str], object] = importlib.import_module,
) -> float:
    """Import every engine module on the calling thread; returns the seconds it took.

    Args:
        progress: Called before each stage as ``(stages done, stages in all, stage name)``, and once more
            with ``(n, n, "")`` when everything is imported.
        import_module: What imports one module (tests pass a slow or failing one).
    """
    start = time.perf_counter()
    total = len(ENGINE_STAGES)
    for done, (stage, modules) in enumerate(ENGINE_STAGES):
        if progress is not None:
            progress(done, total, stage)
        if stage == "torch":
            preload_native_libraries()
        for name in modules:
            import_module(name)
    for name in OPTIONAL_ENGINE_MODULES:
        with contextlib.suppress(ImportError):  # e.g. TensorBoard not installed: fit() then logs to CSV only
            import_module(name)
    if progress is not None:
        progress(total, total, "")
    return time.perf_counter() - start


#: Import names of Danlu's dependencies whose pip package is named differently (``pip install sklearn`` fails).
PIP_NAMES = {"sklearn": "scikit-learn", "PIL": "Pillow", "yaml": "PyYAML", "optuna_integration": "optuna-integration"}
#: Danlu's own packages: missing means a broken installation, not a package to install from PyPI.
OWN_PACKAGES = ("models", "desktop", "resources")


def failure_hint(exc: BaseException) -> str:
    """How to fix an engine that failed to import with ``exc`` (one or two sentences for the user)."""
    # QCoreApplication.translate spelled out each time: lupdate reads an alias `tr(context, text)` as
    # tr(source, comment) in an empty context, and the texts never reach the translation.
    frozen = getattr(sys, "frozen", False)
    top = exc.name.split(".")[0] if isinstance(exc, ModuleNotFoundError) and exc.name else ""
    if top and top not in OWN_PACKAGES and not frozen:
        package = PIP_NAMES.get(top, top)
        return QCoreApplication.translate(
            "EngineLoader",
            "The Python package '{package}' is missing from this Python environment. Install it (pip install "
            "{package}) or reinstall Danlu with its dependencies (pip install -e . in its source folder), then "
            "restart Danlu.",
        ).format(package=package)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate(
            "EngineLoader", "The machine ran out of memory. Close other programs, then restart Danlu."
        )
    if frozen:
        return QCoreApplication.translate(
            "EngineLoader", "This installation is damaged: reinstall Danlu, then restart it."
        )
    if isinstance(exc, OSError) or "DLL" in str(exc) or ".so" in str(exc):
        return QCoreApplication.translate(
            "EngineLoader",
            "PyTorch's native libraries could not be loaded: reinstall PyTorch for this machine "
            "(pip install --force-reinstall torch torchvision), then restart Danlu.",
        )
    return QCoreApplication.translate(
        "EngineLoader",
        "Reinstall Danlu's dependencies (pip install --force-reinstall -e . in the Danlu folder), then restart "
        "Danlu. The details below say which import failed.",
    )


class EngineLoader(QObject):
    """Loads the engine once, in the background (:meth:`start`) or right away (:meth:`load_now`, tests).

    Its progress, end and failure reach the workspace (``state.set_engine_progress``, ``set_engine_ready``,
    ``set_engine_failed``), which the panels follow.

    Attributes:
        import_module: Imports one module; a test hook (a slow or failing importer).

    Signals:
        progress(int, int, str): (stages done, stages in all, the stage loading now; "" once all are done).
        loaded(float): the engine is importable; seconds it took. ``state.engineReady`` follows.
        failed(str, str): an import failed (a broken install); (message with how to fix it, traceback).
    """

    progress = Signal(int, int, str)
    loaded = Signal(float)
    failed = Signal(str, str)

    def __init__(self, state: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.seconds = 0.0
        self.error_details = ""  # the traceback of a failed load
        self.import_module: Callable[[str], object] = importlib.import_module
        self._thread: threading.Thread | None = None
        self.progress.connect(self.state.set_engine_progress)
        self.loaded.connect(self._on_loaded)
        self.failed.connect(self._on_failed)  # a bound method of this GUI-thread object: queued from the thread

    @property
    def ready(self) -> bool:
        return self.state.engine_ready

    @property
    def started(self) -> bool:
        """Whether loading has begun (or is done)."""
        return self._thread is not None or self.ready

    def start(self) -> None:
        """Import on a daemon thread (a quit during loading must not wait for it)."""
        if self.started:
            return
        self.state.set_engine_progress(0, len(ENGINE_STAGES), ENGINE_STAGES[0][0])
        self._thread = threading.Thread(target=self._load, name="danlu-engine-loader", daemon=True)
        self._thread.start()

    def load_now(self) -> None:
        """Import on this thread and mark the engine ready before returning (tests, screenshots)."""
        if not self.ready:
            self._on_loaded(import_engine(self.state.set_engine_progress, self.import_module))

    def _load(self) -> None:
        try:
            seconds = import_engine(self.progress.emit, self.import_module)  # queued: we live on the GUI thread
        except BaseException as exc:  # noqa: BLE001 - reported to the user: the app stays open
            message = f"{type(exc).__name__}: {exc}\n\n{failure_hint(exc)}"
            self.failed.emit(message, traceback.format_exc())
        else:
            self.loaded.emit(seconds)

    def _on_failed(self, message: str, details: str) -> None:
        self.error_details = details
        self.state.set_engine_failed(message)

    def _on_loaded(self, seconds: float) -> None:
        if self.ready:
            return
        self.seconds = seconds
        from models.training.threads import reserve_cores

        reserve_cores(1)  # this process has an event loop: training leaves it a core (models.training.threads)
        if FREEZE_GC:
            # torch, Lightning and Qt leave hundreds of thousands of long-lived objects; a full (gen 2) garbage
            # collection walks them all and froze the GUI for a noticeable moment during training. Frozen
            # objects are skipped by later collections.
            gc.collect()
            gc.freeze()
        self.state.set_engine_ready()
