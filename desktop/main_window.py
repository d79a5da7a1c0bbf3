"""MainWindow: composes the panels (Data → Network → Train → Results → Runs → Predict), the toolbar, menus,
log dock and status bar, and wires their signals. No business logic lives here (DESIGN.md §5).
"""

from __future__ import annotations

import importlib
import sys
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QStackedWidget,
    QStyle,
    QWidget,
)

from desktop import theme
from desktop.engine import EngineLoader
from desktop.experiment_files import ExperimentFiles
from desktop.panels.log import LogPanel
from desktop.settings import Settings
from desktop.window_actions import build_actions
from desktop.workers.training import TrainingController
from desktop.workspace import Workspace

if TYPE_CHECKING:
    from desktop.panels.results import ResultsPanel
    from desktop.panels.runs import RunsPanel
    from desktop.panels.training import TrainingPanel

#: Each page's panel, imported by name: the window shows before pyqtgraph and the panels load. A panel that
#: fails to build raises (tests fail); only a frozen build shows the traceback on the page and in the log.
PANEL_CLASSES = {
    "data": ("desktop.panels.data", "DataPanel"),
    "network": ("desktop.panels.network", "NetworkPanel"),
    "train": ("desktop.panels.training", "TrainingPanel"),
    "results": ("desktop.panels.results", "ResultsPanel"),
    "runs": ("desktop.panels.runs", "RunsPanel"),
    "studies": ("desktop.panels.studies", "StudiesPanel"),
    "predict": ("desktop.panels.predict", "PredictPanel"),
}
PAGES = tuple(PANEL_CLASSES)
#: Build the panels after this long even if the window has not painted (it may never, e.g. started minimised).
FIRST_PAINT_FALLBACK_MS = 3000


class FirstPaintWatch(QObject):
    """Calls ``then`` once, on the turn after ``window`` first painted itself (an event filter)."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # after this paint has reached the screen
        return False


class MainWindow(QMainWindow):
    """The Danlu main window.

    Args:
        state: The experiment state every panel shares (a new default one if None).
        settings: Persistent settings (a new one if None).
        start_engine: Load torch/Lightning in the background once the panels exist; tests pass False and call
            ``engine.load_now()``.
        defer_panels: Build the panels one per event-loop turn once the window has painted itself (the app:
            nothing heavy runs between mapping the window and its first paint, or it would show black);
            False builds them now (tests, screenshots).

    Signals:
        panelsReady: every panel exists and is wired.
    """

    panelsReady = Signal()

    def __init__(
        self,
        state: Workspace | None = None,
        settings: Settings | None = None,
        start_engine: bool = True,
        defer_panels: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state or Workspace()
        self.settings = settings or Settings()
        self.controller = TrainingController(self)
        self.engine = EngineLoader(self.state, self)
        self.files = ExperimentFiles(self.state, self.settings, self)
        self.ask_before_closing = True
        self._start_engine = start_engine
        self._deferred = defer_panels
        self.setWindowIcon(QIcon(_icon_path()))
        self.setObjectName("danluMainWindow")
        self.log = LogPanel()
        self.panels: dict[str, QWidget] = {}
        self.broken: set[str] = set()  # pages whose panel failed to build (frozen builds only)
        self._build_navigation()
        build_actions(self)
        self._build_dock_and_status()
        self._update_title()
        if self.settings.geometry() is not None:
            self.restoreGeometry(self.settings.geometry())
            self.restoreState(self.settings.window_state() or b"")
        else:
            self.resize(1440, 900)
        self._painted = False
        if defer_panels:
            self._paint_watch = FirstPaintWatch(self, self._first_painted)
            # A window that never paints (started minimised, on another desktop) still gets its panels.
            QTimer.singleShot(FIRST_PAINT_FALLBACK_MS, self._first_painted)
        else:
            while self._build_next_panel():
                pass

    # -- composition -------------------------------------------------------------------------------------
    def _first_painted(self) -> None:
        """The window is on screen: build the panels; the engine loads once they exist (``_panels_ready``).

        Measured on a loaded 2-core machine, loading the engine beside the panels made the panels take 3-5x
        longer and Train was enabled no sooner (both need the GIL), so the two run one after the other.
        """
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._build_next_panel)

    def _build_next_panel(self) -> bool:
        """Build the next missing panel (one per call); wires everything after the last. False when done.

        The page the user has chosen comes first (a click on a page still loading does not wait its turn).
        """
        chosen = PAGES[self.nav.currentRow()] if 0 <= self.nav.currentRow() < len(PAGES) else None
        key = chosen if chosen and chosen not in self.panels else next((k for k in PAGES if k not in self.panels), None)
        if key is None:
            return False
        theme.configure_pyqtgraph()
        module, name = PANEL_CLASSES[key]
        extra = {
            "train": (self.controller, self.settings),
            "results": (self.controller,),
            "runs": (self.controller, self.settings),
            "studies": (self.controller, self.settings),
        }.get(key, ())
        try:
            panel = getattr(importlib.import_module(module), name)(self.state, *extra)
        except Exception:
            if not getattr(sys, "frozen", False):
                raise
            panel = self._broken_panel(key, traceback.format_exc())
            self.broken.add(key)
        self.panels[key] = panel
        index = PAGES.index(key)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, panel)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(self.nav.currentRow())
        if len(self.panels) < len(PAGES):
            if self._deferred:
                QTimer.singleShot(0, self._build_next_panel)
            return True
        self._panels_ready()
        return False

    def _broken_panel(self, key: str, details: str) -> QLabel:
        """A frozen build's page for a panel that failed to build: the traceback, shown and logged, to report."""
        message = self.tr("The {page} page failed to build. Please report this, with the text below.").format(page=key)
        self.log.append("error", message, details)
        label = QLabel(f"{message}\n\n{details}")
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        label.setWordWrap(True)
        return label

    def _panels_ready(self) -> None:
        self.training: TrainingPanel = self.panels["train"]  # type: ignore[assignment]
        self.results: ResultsPanel = self.panels["results"]  # type: ignore[assignment]
        self.runs: RunsPanel = self.panels["runs"]  # type: ignore[assignment]
        self._wire()
        if self._start_engine:
            QTimer.singleShot(0, self.engine.start)
        self.panelsReady.emit()

    def _build_navigation(self) -> None:
        titles = {
            "data": self.tr("Data"),
            "network": self.tr("Network"),
            "train": self.tr("Train"),
            "results": self.tr("Results"),
            "runs": self.tr("Runs"),
            "studies": self.tr("Studies"),
            "predict": self.tr("Predict"),
        }
        sp = QStyle.StandardPixmap
        icons = {
            "data": sp.SP_DirOpenIcon,
            "network": sp.SP_FileDialogListView,
            "train": sp.SP_MediaPlay,
            "results": sp.SP_FileDialogContentsView,
            "runs": sp.SP_DriveHDIcon,
            "studies": sp.SP_FileDialogDetailedView,
            "predict": sp.SP_DialogYesButton,
        }
        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFixedWidth(168)
        self.stack = QStackedWidget()
        for key in PAGES:
            item = QListWidgetItem(self.style().standardIcon(icons[key]), titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.nav.addItem(item)
            placeholder = QLabel(self.tr("Loading…"))  # replaced by the panel a moment after the window shows
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.stack.addWidget(placeholder)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        train_item = self.nav.item(PAGES.index("train"))

        theme.follow_theme(
            self,
            lambda: train_item.setIcon(  # a black glyph: light on the dark theme
                theme.glyph_icon(self.style().standardIcon(sp.SP_MediaPlay))
            ),
        )
        self.nav.setCurrentRow(0)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.nav)
        row.addWidget(self.stack, 1)
        self.setCentralWidget(central)

    def _build_dock_and_status(self) -> None:
        dock = QDockWidget(self.tr("Log"), self)
        dock.setObjectName("logDock")
        dock.setWidget(self.log)
        dock.setAllowedAreas(Qt.DockWidgetArea.BottomDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
        self.resizeDocks([dock], [150], Qt.Orientation.Vertical)
        self.view_menu.addSeparator()
        self.view_menu.addAction(dock.toggleViewAction())
        # The engine's load, visible from the first paint on: the stage now and a bar through the stages.
        self.engine_bar = QProgressBar()
        self.engine_bar.setMaximumWidth(140)
        self.engine_bar.setMaximumHeight(14)
        self.engine_bar.setTextVisible(False)
        self.engine_bar.setRange(0, 0)  # busy until the first stage is known
        self.engine_label = QLabel(self.state.engine_status())
        self.statusBar().addPermanentWidget(self.engine_label)
        self.statusBar().addPermanentWidget(self.engine_bar)
        self.state.engineProgress.connect(self._engine_progress)
        self.state.engineReady.connect(self._engine_ready)
        self.state.engineFailed.connect(self._engine_failed)

    def _wire(self) -> None:
        s, c = self.state, self.controller
        s.dataFailed.connect(lambda msg: self.log.append("error", msg))
        s.pathChanged.connect(self._update_title)
        self.files.dirtyChanged.connect(self._update_title)
        self.files.failed.connect(lambda title, msg: self.report_error(title, msg))
        c.activeChanged.connect(self.act_pause.setEnabled)
        c.activeChanged.connect(self.act_stop.setEnabled)
        c.pausedChanged.connect(lambda p: self.act_pause.setText(self.tr("&Resume") if p else self.tr("&Pause")))
        # A study's runs update the Results page without taking the user away from the Studies page.
        c.runStarted.connect(lambda _buf: None if c.study_running else self.show_page("results"))
        c.runFailed.connect(lambda msg, details: self.report_error(self.tr("Training failed"), msg, details))
        c.logMessage.connect(self.log.append)
        c.logMessage.connect(lambda _level, text: self.statusBar().showMessage(text, 8000))
        c.runFinished.connect(self._run_finished)
        if "studies" not in self.broken:
            self.panels["studies"].trialOpened.connect(self._trial_opened)  # type: ignore[attr-defined]
        self.settings.themeChanged.connect(lambda name: theme.apply_theme(QApplication.instance(), name))
        if not self.broken & {"train", "results", "runs"}:  # a frozen build opens without a broken page's links
            self.training.canTrainChanged.connect(self.act_train.setEnabled)
            self.act_train.setEnabled(self.training.can_train()[0])
            # The toolbar's Train says why it is disabled (e.g. the engine stage loading now), like the panel's.
            for signal in (self.training.canTrainChanged, s.validityChanged):
                signal.connect(self._update_train_tip)
            self._update_train_tip()
            c.runStarted.connect(
                lambda _buf: self.results.set_planned_lr([] if c.study_running else self.training.planned_lr())
            )
            self.runs.runOpened.connect(self._run_opened)

    # -- reactions ---------------------------------------------------------------------------------------
    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGES.index(key))

    def report_error(self, title: str, message: str, details: str = "") -> None:
        """Every failure reaches the user the same way: a dialog (details expandable) and the log."""
        from desktop.panels.panel_common import show_error

        self.log.append("error", f"{title}: {message}", details)
        show_error(self, title, message, details)

    def _update_train_tip(self, *_: Any) -> None:
        self.act_train.setToolTip(self.training.train_tooltip())

    def _engine_progress(self, done: int, total: int, _stage: str) -> None:
        self.engine_bar.setRange(0, total)
        self.engine_bar.setValue(done)
        self.engine_label.setText(self.state.engine_status())

    def _engine_failed(self, message: str) -> None:
        self.engine_bar.hide()
        self.engine_label.setText(self.tr("Engine failed to load (see the log)"))
        self.engine_label.setProperty("role", "error")
        self.engine_label.setToolTip(message)
        self.engine_label.style().unpolish(self.engine_label)  # the theme colours [role="error"] labels
        self.engine_label.style().polish(self.engine_label)
        self.report_error(self.tr("The training engine failed to load"), message, self.engine.error_details)

    def _engine_ready(self) -> None:
        self.engine_bar.hide()
        self.engine_label.setText(self.tr("Engine ready ({s:.1f} s)").format(s=self.engine.seconds))
        self.log.append("info", self.tr("Training engine loaded in {s:.1f} s.").format(s=self.engine.seconds))

    def _run_finished(self, result: Any) -> None:
        run_dir = self.controller.buffer.run_dir or (str(result.run_dir) if result is not None else "")
        if result is not None and run_dir:
            self._run_opened(run_dir, announce=False)

    def _trial_opened(self, run_dir: str) -> None:
        """A study's trial: its saved results on the Results page, and the run for Predict and resume."""
        self.results.show_run(run_dir)
        self.show_page("results")
        self._run_opened(run_dir)

    def _run_opened(self, run_dir: str, announce: bool = True) -> None:
        if "predict" not in self.broken:
            self.panels["predict"].set_run(run_dir)  # type: ignore[attr-defined]
        if "train" not in self.broken:
            self.training.set_resume_target(run_dir)

    def _update_title(self, *_: Any) -> None:
        name = self.state.path.replace("\\", "/").rsplit("/", 1)[-1] if self.state.path else self.tr("untitled")
        self.setWindowTitle(f"{name}{' *' if self.files.dirty else ''} — Danlu 丹炉")

    def _open_settings(self) -> None:
        from desktop.settings_dialog import SettingsDialog

        SettingsDialog(self.settings, self).exec()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Danlu"),
            self.tr(
                "<b>Danlu 丹炉</b><br>Point-and-click deep learning on your own machine.<br>"
                "Experiments are YAML files; every run is a folder you can open with any tool."
            ),
        )

    # -- closing -----------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        """Unsaved changes: ask Save, Discard or Cancel. During a run: ask, then stop cooperatively (the run keeps
        a checkpoint) before closing."""
        if self.ask_before_closing and not self.files.may_discard():
            event.ignore()
            return
        if self.controller.active and self.ask_before_closing and not self.confirm_stop_and_quit():
            event.ignore()
            return
        self.shutdown()
        self.settings.save_window(self.saveGeometry(), self.saveState())
        self.settings.sync()
        event.accept()

    def confirm_stop_and_quit(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Training in progress"),
            self.tr(
                "A run is still training. Stop it and quit? It keeps a checkpoint, so you can resume it "
                "later from the Runs page."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def shutdown(self) -> None:
        """Stop background work (a run, the LR finder) and wait for it, without asking."""
        self.ask_before_closing = False
        training = self.panels.get("train")
        if training is not None and hasattr(training, "lr_finder"):
            training.lr_finder.stop()
        if self.controller.active:
            self.controller.stop()
            self.controller.wait(60_000)


def _icon_path() -> str:
    from importlib import resources

    return str(resources.files("resources") / "icons" / "danlu.svg")
