"""StudiesPanel: build a study from the current experiment, run it trial after trial, and compare the results.

Left: what varies (:class:`StudyBuilder`), Run/Pause/Stop and the study's folder. Right: the live trials table
(:class:`TrialsTable`) and the plots (optimisation history, parallel coordinates, parameter importance, seed
results per configuration, learning curves of the selected trials). The study runs on the training thread
through the :class:`TrainingController` (so the Results page shows the trial in flight); the panel only reads
the events and the reports the worker sends, and redraws on a timer.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.core_texts import core_text
from desktop.errors import error_text
from desktop.panels.panel_common import StatusLine, run_for, scrolled
from desktop.panels.study_builder import StudyBuilder
from desktop.panels.study_trials import TrialsTable
from desktop.plots.study import CurvesPlot, HistoryPlot, ImportancePlot, ParallelPlot, SeedsPlot
from desktop.settings import Settings
from desktop.workers.training import TrainingController
from desktop.workspace import Workspace

REDRAW_MS = 250
MAX_CURVE_TRIALS = 6


class StudiesPanel(QWidget):
    """The Studies page.

    Signals:
        trialOpened(str): "Open trial": show this run folder (a trial's seed) on the Results page.
    """

    trialOpened = Signal(str)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        state: Workspace,
        controller: TrainingController,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state, self.controller, self.settings = state, controller, settings
        self.report: dict[str, Any] | None = None
        self.spec: Any = None  # the study on show
        self.folder: Path | None = None
        self.opened = False  # the study on show came from its folder and the builder still shows it as it is
        self._dirty = False

        self.builder = StudyBuilder()
        self.run_button = QPushButton(self.tr("Run study"))
        self.run_button.setProperty("primary", True)
        self.run_button.clicked.connect(self.run)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(lambda: controller.set_paused(not controller.paused))
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current batch; Run continues where it stopped."))
        self.stop_button.clicked.connect(controller.stop)
        self.open_button = QPushButton(self.tr("Open study…"))
        self.open_button.setToolTip(self.tr("Show (and continue) a study from its folder."))
        self.open_button.clicked.connect(self.choose_folder)
        self.folder_label = QLabel()
        self.folder_label.setProperty("role", "hint")
        self.folder_label.setWordWrap(True)
        self.status = StatusLine()

        self.table = TrialsTable()
        self.open_trial_button = QPushButton(self.tr("Open trial"))
        self.open_trial_button.setToolTip(self.tr("Show the selected trial's curves, ROC and confusion matrix."))
        self.open_trial_button.clicked.connect(self.open_trial)
        self.use_button = QPushButton(self.tr("Use these settings"))
        self.use_button.setToolTip(self.tr("Copy the selected configuration into the current experiment."))
        self.use_button.clicked.connect(self.use_settings)
        self.table.itemSelectionChanged.connect(self._selection_changed)

        self.history, self.parallel, self.importance = HistoryPlot(), ParallelPlot(), ImportancePlot()
        self.seeds, self.curves = SeedsPlot(), CurvesPlot()
        self.tabs = QTabWidget()
        for plot, title in (
            (self.history, self.tr("History")),
            (self.seeds, self.tr("Seeds")),
            (self.parallel, self.tr("Parallel coordinates")),
            (self.importance, self.tr("Importance")),
            (self.curves, self.tr("Learning curves")),
        ):
            self.tabs.addTab(plot, title)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(scrolled(self.builder), 1)  # scrolls on a 1280x720 screen
        buttons = QHBoxLayout()
        for b in (self.run_button, self.pause_button, self.stop_button, self.open_button):
            buttons.addWidget(b)
        left_layout.addLayout(buttons)
        left_layout.addWidget(self.status)
        left_layout.addWidget(self.folder_label)
        right = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        trial_buttons = QHBoxLayout()
        trial_buttons.addWidget(self.open_trial_button)
        trial_buttons.addWidget(self.use_button)
        trial_buttons.addStretch(1)
        top_layout.addLayout(trial_buttons)
        top_layout.addWidget(self.table)
        right.addWidget(top)
        right.addWidget(self.tabs)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)

        self.timer = QTimer(self)
        self.timer.setInterval(REDRAW_MS)
        self.timer.timeout.connect(self.redraw)
        self.timer.start()
        for signal in (state.experimentReplaced, state.networkSpecChanged, state.trainSpecChanged):
            signal.connect(self._experiment_changed)
        # bound methods, not lambdas: Qt disconnects them when this panel is destroyed
        for signal in (state.dataLoaded, state.networkValidityChanged, state.engineReady, controller.activeChanged):
            signal.connect(self.update_controls)
        controller.pausedChanged.connect(self._paused_changed)
        controller.eventReceived.connect(self._on_event)
        controller.studyFinished.connect(self._finished)
        controller.runFailed.connect(self._failed)
        self.builder.changed.connect(self._builder_changed)
        self.builder.failed.connect(lambda message: self.status.set("error", message))
        self._experiment_changed()
        self._selection_changed()

    # -- state ----------------------------------------------------------------------------------------------
    def can_run(self) -> tuple[bool, str]:
        if not self.state.engine_ready:
            return False, self.tr("Loading the engine…")
        if self.controller.active:
            return False, self.tr("A run or study is in progress.")
        if not self.opened and (self.state.info is None or not self.state.network_ok):
            return False, self.tr("Load the data and build a network that fits it first.")
        return True, ""

    def _paused_changed(self, paused: bool) -> None:
        self.pause_button.setText(self.tr("Resume") if paused else self.tr("Pause"))

    def update_controls(self, *_: object) -> None:
        ok, why = self.can_run()
        self.run_button.setEnabled(ok)
        self.run_button.setText(self.tr("Continue study") if self.opened else self.tr("Run study"))
        self.run_button.setToolTip(why or self.tr("Train every configuration once per seed, one after another."))
        studying = self.controller.study_running
        self.pause_button.setEnabled(studying)
        self.stop_button.setEnabled(studying)
        self.open_button.setEnabled(not studying)
        self.builder.setEnabled(not studying)

    def _experiment_changed(self) -> None:
        if not self.opened:
            self.builder.set_experiment(self.state.experiment)
        self.update_controls()

    def _builder_changed(self) -> None:
        if self.opened:  # an edited study is a new study of the current experiment
            self.opened = False
            self.builder.set_experiment(self.state.experiment)
        self.update_controls()

    # -- running --------------------------------------------------------------------------------------------
    def study_folder(self, name: str) -> Path:
        from models.study.folder import folder_name

        return Path(self.settings.resolved_runs_dir()) / "studies" / folder_name(name)

    def run(self) -> None:
        """Check the study and start (or continue) it; a problem shows in the status line, nothing runs."""
        ok, why = self.can_run()
        if not ok:
            self.status.set("error", why)
            return
        from models.errors import DanluError

        try:
            if self.opened and self.spec is not None and self.folder is not None:
                spec, folder = self.spec, self.folder
            else:
                spec = self.builder.spec(self.state.snapshot())
                folder = self.study_folder(spec.name)
                self._check(spec, folder)
        except DanluError as err:
            self.status.set("error", str(err))
            return
        self.spec, self.folder = spec, folder
        self.folder_label.setText(self.tr("Study folder: {path}").format(path=folder))
        self.status.set("busy", self.tr("Starting the study…"))
        self.controller.start_study(spec, folder)

    def _check(self, spec: Any, folder: Path) -> None:
        """Before anything runs: every row against the experiment and the network, and the folder."""
        from models.errors import SpecError
        from models.spec.study import check_space
        from models.study.folder import StudyFolder, same_study

        info = self.state.info

        def info_for(data: Any) -> Any:
            if data == spec.base.data and info is not None:
                return info
            from models.data import build_datamodule

            return build_datamodule(data, num_workers=0).info

        check_space(spec, spec.base, info_for)
        existing = StudyFolder(folder)
        if existing.spec_path.is_file():
            held = existing.read_spec()
            if not same_study(held, spec):
                raise SpecError(
                    self.tr(
                        "A different study named {name!r} is in {folder}; give this one another name, or open that "
                        "one to continue it."
                    ).format(name=spec.name, folder=folder)
                )

    def _on_event(self, event: Any) -> None:
        if not self.controller.study_running:
            return
        kind = type(event).__name__
        if kind == "TrialStarted":
            self.table.trial_started(event.number, event.params, event.seeds)
            self.status.set("busy", self.tr("Trial {n} running.").format(n=event.number))
        elif kind == "SeedStarted":
            self.table.seed_started(event.number, event.seed)
        elif kind == "StudyReport":
            self.report = event.report
            self._dirty = True
        elif kind == "StudyFinished":
            kinds = {"finished": "ok", "budget_reached": "ok", "stopped": "idle", "timeout": "idle"}
            self.status.set(kinds.get(event.status, "idle"), core_text(event.message))

    def _finished(self, result: Any) -> None:
        if result is not None and self.spec is not None:
            self.opened = True  # what is on show is now that folder's study: Run continues it
        self.update_controls()

    def _failed(self, message: str, _details: str) -> None:
        if self.spec is not None and not self.controller.active:
            self.status.set("error", message)

    # -- opening a study folder -----------------------------------------------------------------------------
    def choose_folder(self) -> None:
        start = str(self.study_folder("x").parent) if self.state.engine_ready else ""
        path = QFileDialog.getExistingDirectory(self, self.tr("Open a study folder"), start)
        if path:
            self.open_study(path)

    def open_study(self, path: str | Path) -> None:
        """Read a study folder (off the GUI thread) and show its trials; Run then continues it."""
        from desktop.workers.study import read_report

        self.status.set("busy", self.tr("Reading {path}…").format(path=path))

        def load() -> tuple[Any, dict[str, Any]]:
            from models.study.folder import StudyFolder

            spec = StudyFolder.open(path).read_spec()
            return spec, read_report(path)[0]

        def done(result: tuple[Any, dict[str, Any]]) -> None:
            spec, report = result
            self.spec, self.folder, self.report = spec, Path(path), report
            self.table.running.clear()
            self.builder.load_spec(spec)
            self.builder.set_experiment(spec.load_base(path))
            self.opened = True
            self._dirty = True
            self.folder_label.setText(self.tr("Study folder: {path}").format(path=path))
            self.status.set("ok", self.tr("{n} trials read.").format(n=len(report["trials"])))
            self.update_controls()

        run_for(self, load, done, lambda exc, _d: self.status.set("error", error_text(exc)))

    # -- trials ---------------------------------------------------------------------------------------------
    def _selection_changed(self) -> None:
        numbers = self.table.selected_numbers()
        trial = self.table.trial(numbers[0]) if numbers else None
        self.open_trial_button.setEnabled(bool(trial and trial["run_dirs"]))
        self.use_button.setEnabled(bool(trial and trial["params"]) and self.spec is not None)
        self._draw_curves(numbers[:MAX_CURVE_TRIALS])

    def _run_path(self, rel: str) -> Path:
        path = Path(rel)
        return path if path.is_absolute() or self.folder is None else self.folder / path

    def open_trial(self) -> None:
        """Show the selected trial's first seed on the Results page."""
        numbers = self.table.selected_numbers()
        trial = self.table.trial(numbers[0]) if numbers else None
        if trial and trial["run_dirs"]:
            first = sorted(trial["run_dirs"], key=int)[0]
            self.trialOpened.emit(str(self._run_path(trial["run_dirs"][first])))

    def use_settings(self) -> None:
        """Copy the selected configuration into the current experiment (its other settings stay)."""
        from models.errors import DanluError
        from models.spec.study import apply_values
        from models.study.space import configuration

        numbers = self.table.selected_numbers()
        trial = self.table.trial(numbers[0]) if numbers else None
        if trial is None or self.spec is None:
            return
        try:
            exp = apply_values(self.state.snapshot(), configuration(self.spec, trial["params"]))
        except (DanluError, KeyError, ValueError) as err:
            self.status.set("error", self.tr("Cannot use trial {n}: {err}").format(n=trial["number"], err=err))
            return
        self.state.set_data(exp.data)
        self.state.set_network(exp.network)
        self.state.set_train(exp.train)
        shown = ", ".join(f"{k} = {v}" for k, v in trial["params"].items())
        self.status.set(
            "ok", self.tr("The experiment now uses trial {n}'s settings: {s}.").format(n=trial["number"], s=shown)
        )

    def _draw_curves(self, numbers: list[int]) -> None:
        from models.training.metrics_log import read_metrics_csv

        metric = self.spec.objective.metric if self.spec is not None else "val_loss"
        runs = []
        for n in numbers:
            trial = self.table.trial(n)
            for seed, rel in sorted((trial or {}).get("run_dirs", {}).items(), key=lambda kv: int(kv[0])):
                rows = [r for r in read_metrics_csv(self._run_path(rel) / "metrics.csv").epochs if metric in r]
                x = np.array([r["epoch"] + 1 for r in rows], dtype=float)
                y = np.array([r[metric] for r in rows], dtype=float)
                runs.append((self.tr("#{n} seed {seed}").format(n=n, seed=seed), x, y))
        self.curves.show_curves(metric, runs)

    # -- drawing --------------------------------------------------------------------------------------------
    def redraw(self) -> None:
        """Copy the latest report into the table and plots (on the timer; nothing when nothing changed)."""
        if not self._dirty or self.report is None:
            return
        self._dirty = False
        self.table.set_report(self.report)
        for plot in (self.history, self.parallel, self.importance, self.seeds):
            plot.show_report(self.report)
        self._selection_changed()
