"""Start-up as the user meets it: the window paints at once, the engine's load shows its stages where the user
waits (the status bar, the Data page, under Train), Train is enabled when it is done, and a failed load says
why and how to fix it.

The engine loader's importer is a test hook (``EngineLoader.import_module``): a gate holds each stage until
the test releases it, so a slow load is simulated without depending on how busy the machine is.
"""

from __future__ import annotations

import importlib
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject

from desktop.engine import ENGINE_STAGES
from desktop.workspace import Workspace
from tests.desktop.helpers import error_dialogs

ROOT = Path(__file__).resolve().parents[2]


class StageGate:
    """An importer that waits, at the first module of each engine stage, until the test lets that stage run."""

    def __init__(self) -> None:
        self.firsts = {modules[0]: name for name, modules in ENGINE_STAGES}
        self.allowed = {name: threading.Event() for name, _ in ENGINE_STAGES}

    def __call__(self, module: str) -> object:
        stage = self.firsts.get(module)
        if stage is not None:
            assert self.allowed[stage].wait(120), f"the test never released the {stage} stage"
        return importlib.import_module(module)

    def release(self, stage: str) -> None:
        self.allowed[stage].set()

    def release_all(self) -> None:
        for event in self.allowed.values():
            event.set()


class PaintRecorder(QObject):
    """Records, at the window's first paint, how many panels existed and whether the engine was loaded."""

    def __init__(self, window) -> None:  # noqa: ANN001
        super().__init__(window)
        self.window = window
        self.at_first_paint: tuple[int, bool] | None = None
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint and self.at_first_paint is None:
            self.at_first_paint = (len(self.window.panels), self.window.state.engine_ready)
        return False


@pytest.fixture
def gate() -> StageGate:
    gate = StageGate()
    yield gate
    gate.release_all()  # a failed test must not leave the loader thread waiting


def test_the_window_paints_first_and_train_shows_each_stage_until_the_engine_is_ready(
    qtbot,  # noqa: ANN001
    runs_dir,  # noqa: ANN001
    gate: StageGate,
) -> None:
    from desktop.main_window import PAGES, MainWindow

    window = MainWindow(Workspace(), start_engine=True, defer_panels=True)  # as the app starts it
    window.engine.import_module = gate
    recorder = PaintRecorder(window)
    window.show()
    qtbot.waitUntil(lambda: recorder.at_first_paint is not None, timeout=10_000)
    assert recorder.at_first_paint == (0, False)  # painted before any panel was built or the engine loaded
    assert "Loading the training engine" in window.engine_label.text() and window.engine_bar.isVisible()

    with qtbot.waitSignal(window.panelsReady, timeout=60_000):
        pass
    assert list(window.panels) == list(PAGES)
    training, data = window.training, window.panels["data"]
    window.show_page("train")
    seen: list[str] = []
    for n, (stage, _) in enumerate(ENGINE_STAGES, start=1):
        text = f"{stage} ({n} of {len(ENGINE_STAGES)})"
        qtbot.waitUntil(lambda text=text: text in training.status.text(), timeout=10_000)
        assert not training.train_button.isEnabled() and text in training.train_button.toolTip()
        assert training.engine_bar.isVisible() and training.engine_bar.value() == n - 1
        assert training.engine_bar.maximum() == len(ENGINE_STAGES)
        assert text in window.engine_label.text() and text in data.status.text.text()
        assert not window.act_train.isEnabled() and text in window.act_train.toolTip()
        seen.append(training.status.text())
        gate.release(stage)
    assert len(set(seen)) == len(ENGINE_STAGES)  # the text moved on with every stage

    qtbot.waitUntil(lambda: window.state.engine_ready, timeout=120_000)
    assert "Engine ready" in window.engine_label.text() and not window.engine_bar.isVisible()
    assert not training.engine_bar.isVisible()
    qtbot.waitUntil(training.train_button.isEnabled, timeout=60_000)  # the default digits load, then Train
    assert window.act_train.isEnabled() and "Start a new run" in training.train_button.toolTip()
    assert window.act_train.toolTip() == training.train_button.toolTip()  # one text, toolbar and button
    window.shutdown()
    window.close()


def test_an_engine_that_fails_to_load_says_why_and_how_to_fix_it(qtbot, runs_dir) -> None:  # noqa: ANN001
    from desktop.main_window import MainWindow

    def missing_lightning(module: str) -> object:
        if module == "lightning":
            raise ModuleNotFoundError("No module named 'lightning'", name="lightning")
        return importlib.import_module(module)

    window = MainWindow(Workspace(), start_engine=False)
    window.engine.import_module = missing_lightning
    window.show()
    window.engine.start()
    qtbot.waitUntil(lambda: bool(window.state.engine_error), timeout=120_000)
    qtbot.waitUntil(lambda: bool(error_dialogs()), timeout=5_000)
    dialog = error_dialogs()[0]
    assert "failed to load" in dialog.windowTitle() and "pip install" in dialog.text()
    assert "lightning" in dialog.text() and "Traceback" in dialog.detailedText()
    training = window.training
    assert not training.train_button.isEnabled() and not training.engine_bar.isVisible()
    for text in (training.status.text(), training.train_button.toolTip(), window.panels["data"].status.text.text()):
        assert "failed to load" in text and "pip install lightning" in text
    assert "failed" in window.engine_label.text() and not window.engine_bar.isVisible()
    network_status = window.panels["network"].status
    assert "failed to load" in network_status.text.text() and "still starting" not in network_status.text.text()
    assert "pip install" in window.engine_label.toolTip()
    assert window.device_selector.device.currentText() == "No engine (see the log)"  # not "Loading…" forever
    assert any("failed to load" in line for line in window.log.text().splitlines())
    dialog.close()
    window.shutdown()
    window.close()


def test_building_the_window_and_its_panels_imports_neither_torch_nor_lightning(tmp_path: Path) -> None:
    """Only the engine loader may import them, off the GUI thread: a panel that does freezes start-up."""
    code = (
        "import sys\n"
        "from PySide6.QtCore import QSettings\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import desktop\n"
        "from desktop.main_window import MainWindow\n"
        "app = QApplication([])\n"
        # never the user's settings, on any platform (XDG_CONFIG_HOME covers Linux only)
        f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path / 'config')!r})\n"
        "window = MainWindow(start_engine=False)\n"
        "heavy = sorted(m for m in ('torch', 'lightning', 'torchvision', 'torchmetrics') if m in sys.modules)\n"
        "print('HEAVY', heavy, len(window.panels))\n"
    )
    env = {
        "QT_QPA_PLATFORM": "offscreen",
        "DANLU_LANGUAGE": "en",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "DANLU_RUNS_DIR": str(tmp_path / "runs"),  # never the user's runs
    }
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert "HEAVY [] 7" in result.stdout, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("exc", "advice"),
    [
        (ModuleNotFoundError("No module named 'torchvision'", name="torchvision"), "pip install torchvision"),
        (ModuleNotFoundError("No module named 'sklearn'", name="sklearn"), "pip install scikit-learn"),
        (ModuleNotFoundError("No module named 'PIL.Image'", name="PIL.Image"), "pip install Pillow"),
        (ModuleNotFoundError("No module named 'models.data'", name="models.data"), "Reinstall Danlu's dependencies"),
        (ImportError("libcudart.so.12: cannot open shared object file"), "reinstall PyTorch"),
        (OSError("[WinError 126] error loading c10.dll"), "reinstall PyTorch"),
        (MemoryError(), "out of memory"),
        (RuntimeError("something else"), "Reinstall Danlu's dependencies"),
    ],
)
def test_each_kind_of_engine_failure_gets_advice(qapp, exc: BaseException, advice: str) -> None:  # noqa: ANN001
    from desktop.engine import failure_hint

    assert advice in failure_hint(exc)


def test_a_page_chosen_while_the_pages_are_built_is_built_next(qtbot, runs_dir) -> None:  # noqa: ANN001
    from desktop.main_window import PAGES, MainWindow

    window = MainWindow(Workspace(), start_engine=False, defer_panels=True)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: "data" in window.panels, timeout=30_000)
    assert "predict" not in window.panels
    window.nav.setCurrentRow(PAGES.index("predict"))  # the user clicks the last page while it still says Loading…
    qtbot.waitUntil(lambda: "predict" in window.panels, timeout=30_000)
    assert list(window.panels).index("predict") <= 2  # it jumped the queue
    assert window.stack.currentWidget() is window.panels["predict"]
    with qtbot.waitSignal(window.panelsReady, timeout=60_000):
        pass
    assert set(window.panels) == set(PAGES) and window.stack.currentWidget() is window.panels["predict"]
    window.shutdown()


def test_engine_status_after_the_last_stage_and_a_selector_built_after_a_failure(qtbot) -> None:  # noqa: ANN001
    from desktop.panels.device_selector import DeviceSelector

    state = Workspace()
    state.set_engine_progress(0, 5, "")
    assert "starting up" in state.engine_status()
    state.set_engine_progress(5, 5, "")  # every stage imported: the loader is finishing, not starting
    assert "finishing" in state.engine_status()
    state.set_engine_failed("No module named 'lightning'.")
    selector = DeviceSelector(state)
    qtbot.addWidget(selector)
    assert selector.device.currentText() == "No engine (see the log)"  # not "Loading engine…" forever
