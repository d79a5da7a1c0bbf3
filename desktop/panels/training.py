"""TrainingPanel: run length, device, every training option, the LR-schedule preview, the LR finder, and the
run controls (Train, Pause/Resume, Stop, Train N more epochs).

Training itself runs in :class:`desktop.workers.training.TrainingController`; this panel decides when a run
may start (engine loaded, data loaded, network valid, nothing else running) and says why not when it may not.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.panels.device_selector import DeviceSelector
from desktop.panels.form_widgets import add_row, int_box, new_form
from desktop.panels.lr_finder_view import LrFinderBox
from desktop.panels.train_options import TrainOptionsEditor
from desktop.plots.metric import LrPlot
from desktop.settings import Settings
from desktop.state import ExperimentState
from desktop.workers.background import run_in_background
from desktop.workers.training import TrainingController


class TrainingPanel(QWidget):
    """Options and controls of training.

    Signals:
        canTrainChanged(bool): whether Train is possible now (the toolbar's Train action follows it).
    """

    canTrainChanged = Signal(bool)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        state: ExperimentState,
        controller: TrainingController,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.controller = controller
        self.settings = settings
        self.resume_target = ""  # the run "Train N more epochs" continues
        self._preview_gen = 0
        self._planned: list[tuple[float, float]] = []
        self._planned_for: tuple[str, int] | None = None
        self._can_train = False

        self.options = TrainOptionsEditor(state)
        self.lr_finder = LrFinderBox(state)
        self.preview = LrPlot(title=self.tr("Planned learning rate"), live=False)
        self.preview.setMinimumHeight(190)
        self.invalid_label = QLabel()
        self.invalid_label.setProperty("role", "error")
        self.invalid_label.setWordWrap(True)
        self.invalid_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(self._run_group())
        layout.addWidget(self.invalid_label)
        layout.addWidget(self._options_area(), 1)

        self._preview_timer = QTimer(self, singleShot=True, interval=150)
        self._preview_timer.timeout.connect(self._update_preview)
        self.options.invalid.connect(self._show_invalid)
        for signal in (state.trainSpecChanged, state.experimentReplaced):
            signal.connect(self._load_run_fields)
            signal.connect(self._preview_timer.start)
        for signal in (
            state.engineReady,
            state.networkValidityChanged,
            state.dataSpecChanged,
            state.dataFailed,
            controller.activeChanged,
            self.lr_finder.busyChanged,
        ):
            signal.connect(self.update_controls)
        state.dataLoaded.connect(self._data_loaded)
        state.engineReady.connect(self._preview_timer.start)
        controller.pausedChanged.connect(self.update_controls)
        controller.runFinished.connect(self._run_finished)
        self._load_run_fields()
        self.update_controls()

    # -- layout ------------------------------------------------------------------------------------------
    def _run_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Run"))
        d = type(self.state.experiment.train).model_fields  # on the class: the instance attribute is deprecated
        form = new_form()
        self.epochs = int_box(1, 100_000)
        add_row(
            form,
            self.tr("Epochs"),
            self.epochs,
            self.tr("Full passes over the training split."),
            d["epochs"].default,
        )
        self.batch_size = int_box(1, 65_536)
        add_row(
            form,
            self.tr("Batch size"),
            self.batch_size,
            self.tr("Samples per optimiser step; larger is faster per epoch but needs more memory."),
            d["batch_size"].default,
        )
        self.device = DeviceSelector(self.state)
        add_row(form, self.tr("Device"), self.device, self.tr("Where training runs, and at which precision."))
        self.epochs.valueChanged.connect(self._run_fields_edited)
        self.batch_size.valueChanged.connect(self._run_fields_edited)

        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.setProperty("primary", True)
        self.train_button.setMinimumWidth(110)
        self.train_button.setToolTip(self.tr("Start a new run with these settings (F5)."))
        self.train_button.clicked.connect(self.train)
        self.pause_button = QPushButton(self.tr("Pause"))
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button = QPushButton(self.tr("Stop"))
        self.stop_button.setToolTip(self.tr("Stop after the current batch and keep a checkpoint (Shift+F5)."))
        self.stop_button.clicked.connect(self.stop)
        self.more_epochs = QSpinBox()
        self.more_epochs.setRange(1, 100_000)
        self.more_epochs.setValue(5)
        self.more_epochs.setToolTip(self.tr("How many more epochs to train."))
        self.more_button = QPushButton(self.tr("more epochs"))
        self.more_button.setToolTip(
            self.tr("Continue the last run from its last checkpoint (optimiser, schedule and epoch count included).")
        )
        self.more_button.clicked.connect(lambda: self.train_more())
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.train_button)
        buttons.addWidget(self.pause_button)
        buttons.addWidget(self.stop_button)
        buttons.addStretch(1)
        more = QHBoxLayout()
        more.addWidget(QLabel(self.tr("Continue the last run for")))
        more.addWidget(self.more_epochs)
        more.addWidget(self.more_button)
        more.addStretch(1)
        outer = QGridLayout(box)
        outer.addLayout(form, 0, 0)
        right = QVBoxLayout()
        right.addLayout(buttons)
        right.addWidget(self.status)
        right.addLayout(more)
        right.addStretch(1)
        outer.addLayout(right, 0, 1)
        outer.setColumnStretch(0, 1)
        outer.setColumnStretch(1, 1)
        outer.setHorizontalSpacing(24)
        return box

    def _options_area(self) -> QScrollArea:
        left = QVBoxLayout()
        for group in (
            self.options.task_group,
            self.options.optimizer_group,
            self.options.stopping_group,
            self.options.repro_group,
        ):
            left.addWidget(group)
        left.addStretch(1)
        schedule = self.options.schedule_group
        schedule.layout().addWidget(self.preview)
        right = QVBoxLayout()
        right.addWidget(schedule)
        right.addWidget(self.lr_finder, 1)
        inner = QWidget()
        grid = QHBoxLayout(inner)
        grid.setContentsMargins(0, 0, 6, 0)
        grid.setSpacing(12)
        grid.addLayout(left, 1)
        grid.addLayout(right, 1)
        area = QScrollArea()
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setWidget(inner)
        return area

    # -- commands ----------------------------------------------------------------------------------------
    def can_train(self) -> tuple[bool, str]:
        """Whether Train may start now, and if not, why (shown next to the button)."""
        s = self.state
        if not s.engine_ready:
            return False, self.tr("Loading the training engine…")
        if self.controller.active:
            return False, self.tr("A run is in progress.")
        if self.lr_finder.busy:
            return False, self.tr("The learning-rate finder is running.")
        if s.info is None:
            return False, self.tr("Load a dataset first (Data).")
        if not s.network_ok:
            return False, self.tr("The network does not fit the data: {why}").format(why=s.network_error)
        return True, ""

    def train(self) -> None:
        """Start a new run on a snapshot of the experiment."""
        ok, _ = self.can_train()
        if ok:
            self.controller.start(self.state.snapshot(), self.runs_dir())

    def train_more(self, epochs: int | None = None, run_dir: str | None = None) -> None:
        """Continue ``run_dir`` (default: the last run) for ``epochs`` more epochs from last.ckpt."""
        target = run_dir or self.resume_target
        if not target or self.controller.active or not self.state.engine_ready:
            return
        self.resume_target = target
        self.controller.resume(target, epochs or self.more_epochs.value())

    def toggle_pause(self) -> None:
        self.controller.set_paused(not self.controller.paused)

    def stop(self) -> None:
        self.controller.stop()

    def set_resume_target(self, run_dir: str) -> None:
        """Make "Train N more epochs" continue ``run_dir`` (called when a run is opened in Runs)."""
        self.resume_target = run_dir
        self.update_controls()

    def runs_dir(self) -> Path:
        return self.settings.resolved_runs_dir()

    # -- reactions ---------------------------------------------------------------------------------------
    def update_controls(self, *_: Any) -> None:
        ok, why = self.can_train()
        active = self.controller.active
        self.train_button.setEnabled(ok)
        self.pause_button.setEnabled(active)
        self.pause_button.setText(self.tr("Resume") if self.controller.paused else self.tr("Pause"))
        self.stop_button.setEnabled(active)
        can_resume = (
            bool(self.resume_target)
            and not active
            and self.state.engine_ready
            and (Path(self.resume_target) / "checkpoints" / "last.ckpt").is_file()
        )
        self.more_button.setEnabled(can_resume)
        self.more_epochs.setEnabled(can_resume)
        if can_resume:
            self.more_button.setToolTip(
                self.tr("Continue {run} from its last checkpoint.").format(run=Path(self.resume_target).name)
            )
        if ok:
            self.status.setText(
                self.tr("Ready: {data} · {net}.").format(
                    data=self._data_name(),
                    net=self.state.experiment.network.template or self.tr("custom network"),
                )
            )
        elif active:
            self.status.setText(self.tr("Paused.") if self.controller.paused else self.tr("Training…"))
        else:
            self.status.setText(why)
        self.lr_finder.set_allowed(ok, why)
        if ok != self._can_train:
            self._can_train = ok
            self.canTrainChanged.emit(ok)

    def _data_name(self) -> str:
        data = self.state.experiment.data
        return data.name if data.source == "builtin" and data.name else Path(data.path or "").name or data.source

    def _load_run_fields(self) -> None:
        t = self.state.experiment.train
        for box, value in ((self.epochs, t.epochs), (self.batch_size, t.batch_size)):
            box.blockSignals(True)
            box.setValue(value)
            box.blockSignals(False)

    def _run_fields_edited(self) -> None:
        spec = self.state.experiment.train
        self.state.set_train(
            spec.model_copy(update={"epochs": self.epochs.value(), "batch_size": self.batch_size.value()})
        )

    def _show_invalid(self, message: str) -> None:
        self.invalid_label.setText(message)
        self.invalid_label.setVisible(bool(message))

    def _data_loaded(self, info: Any, summary: Any) -> None:
        # The data panel matches the task to the data; here only the controls and the preview follow.
        self.update_controls()
        self._preview_timer.start()

    def _run_finished(self, result: Any) -> None:
        run_dir = self.controller.buffer.run_dir or (str(result.run_dir) if result is not None else "")
        if run_dir:
            self.resume_target = run_dir
        self.update_controls()

    # -- LR schedule preview -----------------------------------------------------------------------------
    def steps_per_epoch(self) -> int:
        summary = self.state.summary
        train = (summary.split_sizes.get("train", 0) if summary is not None else 0) or 0
        return max(1, math.ceil(train / self.state.experiment.train.batch_size)) if train else 1

    def planned_lr(self) -> list[tuple[float, float]]:
        """The previewed schedule of the current settings (empty when a resumed run is starting)."""
        if self.controller.resuming or not self.state.engine_ready:
            return []
        if self._planned_for != self._preview_key():  # edited a moment ago: the background result is stale
            from models.training.schedule_preview import lr_schedule_preview

            self._planned = lr_schedule_preview(self.state.experiment.train, self.steps_per_epoch())
            self._planned_for = self._preview_key()
        return list(self._planned)

    def _preview_key(self) -> tuple[str, int]:
        return self.state.experiment.train.model_dump_json(), self.steps_per_epoch()

    def _update_preview(self) -> None:
        """Recompute the planned schedule off the GUI thread (long step schedules take a moment)."""
        if not self.state.engine_ready:
            return
        from models.training.schedule_preview import lr_schedule_preview

        self._preview_gen += 1
        key = self._preview_key()
        gen, spec, steps = (
            self._preview_gen,
            self.state.experiment.train.model_copy(deep=True),
            self.steps_per_epoch(),
        )

        def done(points: list[tuple[float, float]]) -> None:
            if gen == self._preview_gen and shiboken6.isValid(self.preview):  # the window may be gone
                self._planned, self._planned_for = points, key
                self.preview.set_preview(points)

        def failed(exc: BaseException, details: str) -> None:
            if gen == self._preview_gen and shiboken6.isValid(self.preview):
                self.preview.set_preview([])
                self._show_invalid(self.tr("The schedule cannot be previewed: {msg}").format(msg=exc))

        run_in_background(lambda: lr_schedule_preview(spec, steps), done, failed)


__all__ = ["TrainingPanel"]
