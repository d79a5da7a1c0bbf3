"""TrainingPanel: run length, device, every training option, the LR-schedule preview, the LR finder, and the
run controls (Train, Pause/Resume, Stop, Train N more epochs).

Training itself runs in :class:`desktop.workers.training.TrainingController`; this panel decides when a run
may start (engine loaded, data loaded, network valid, nothing else running) and says why not when it may not.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from pydantic_core import ValidationError  # not pydantic: see desktop/panels/panel_common.py
from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.core_texts import core_text
from desktop.panels.device_selector import DeviceSelector
from desktop.panels.form_widgets import add_row, new_form
from desktop.panels.lr_finder_view import LrFinderBox
from desktop.panels.spec_form import Row, SpecForm
from desktop.panels.train_options import TrainOptionsEditor
from desktop.plots.metric import LrPlot
from desktop.settings import Settings
from desktop.workers.background import run_in_background
from desktop.workers.training import TrainingController
from desktop.workspace import Workspace, describe_data
from models.spec.train import TrainSpec


class TrainingPanel(QWidget):
    """Options and controls of training.

    Signals:
        canTrainChanged(bool): whether Train is possible now (the toolbar's Train action follows it).
    """

    canTrainChanged = Signal(bool)  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        state: Workspace,
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
        self.preview.setFixedHeight(170)  # a preview: with the Schedule choice in view on a 1280x720 screen
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
        self._problems: dict[str, str] = {}  # what is wrong, by source: options, run fields, preview
        self.options.invalid.connect(lambda msg: self._show_invalid(msg, "options"))
        for signal in (state.trainSpecChanged, state.experimentReplaced):
            signal.connect(self._load_run_fields)
            signal.connect(self._preview_timer.start)
        for signal in (
            state.validityChanged,
            state.networkSpecChanged,  # "Ready: <data> · <network>" names the template in use
            controller.activeChanged,
            self.lr_finder.busyChanged,
        ):
            signal.connect(self.update_controls)
        state.dataLoaded.connect(self._data_loaded)  # steps per epoch and the auto budget follow the train split
        state.engineReady.connect(self._show_budget)
        controller.pausedChanged.connect(self.update_controls)
        controller.runFinished.connect(self._run_finished)
        self._load_run_fields()
        self.update_controls()

    # -- layout ------------------------------------------------------------------------------------------
    def _run_group(self) -> QGroupBox:
        box = QGroupBox(self.tr("Run"))
        form = new_form()
        self.run_form = SpecForm(TrainSpec, root="train", parent=self)
        self.run_form.add_rows(
            form,
            [
                Row(
                    "epochs",
                    self.tr("Epochs"),
                    self.tr(
                        "Full passes over the training split. auto: enough for a few thousand optimiser steps, "
                        "with early stopping and a learning-rate reduction on plateau."
                    ),
                ),
                Row(
                    "batch_size",
                    self.tr("Batch size"),
                    self.tr(
                        "Samples per optimiser step; larger is faster per epoch but needs more memory. "
                        "auto: about a tenth of the train split, 4 to 64."
                    ),
                ),
                Row(
                    "cpu_threads",
                    self.tr("CPU threads"),
                    self.tr(
                        "Threads torch computes with on the CPU. auto: the physical cores, less one for this "
                        "window and one per loader worker (more threads than free cores make training slower)."
                    ),
                ),
            ],
        )
        self.epochs, self.batch_size = self.run_form["epochs"], self.run_form["batch_size"]
        self.cpu_threads = self.run_form["cpu_threads"]
        self.device = DeviceSelector(self.state)
        add_row(form, self.tr("Device"), self.device, self.tr("Where training runs, and at which precision."))
        self.budget_label = QLabel()
        self.budget_label.setProperty("role", "hint")
        self.budget_label.setWordWrap(True)
        self.run_form.changed.connect(self._run_fields_edited)

        self.train_button = QPushButton(self.tr("Train"))
        self.train_button.setProperty("primary", True)
        self.train_button.setMinimumWidth(110)
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
        self.more_note = QLabel()  # what the extra epochs do to the run's plan and learning-rate schedule
        self.more_note.setProperty("role", "hint")
        self.more_note.setWordWrap(True)
        self.more_note.hide()
        self._more_note_for: tuple[Any, ...] | None = None
        self.more_epochs.valueChanged.connect(self._update_more_note)
        self.status = QLabel()
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        # While torch and Lightning load (seconds, tens of seconds on a busy machine): how far they have got.
        self.engine_bar = QProgressBar()
        self.engine_bar.setMaximumHeight(12)
        self.engine_bar.setTextVisible(False)
        self.engine_bar.setRange(0, 0)

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
        right.addWidget(self.engine_bar)
        right.addLayout(more)
        right.addWidget(self.more_note)
        # Beside the form, not under it: the Run box stays four rows tall, which leaves a 1280x720 screen the
        # height to show the schedule's preview below it.
        right.addWidget(self.budget_label)
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
        # Right under the Schedule choice, above the schedule's other fields: on a 1280x720 screen the choice and
        # its curve are in view together (below all the fields the curve was under the fold).
        schedule_form = schedule.layout().itemAt(1).layout()
        schedule_form.insertRow(1, self.preview)
        right = QVBoxLayout()
        right.addWidget(self.options.gan_group)  # shown for a GAN only
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
        if self.controller.active:
            return False, self.tr("A run is in progress.")
        if self.lr_finder.busy:
            return False, self.tr("The learning-rate finder is running.")
        return self.state.validity

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

    def train_tooltip(self) -> str:
        """What Train does now, or why it cannot (the button and the toolbar's Train action show the same)."""
        ok, why = self.can_train()
        return self.tr("Start a new run with these settings (F5).") if ok or not why else why

    # -- reactions ---------------------------------------------------------------------------------------
    def update_controls(self, *_: Any) -> None:
        ok, why = self.can_train()
        active = self.controller.active
        self.train_button.setEnabled(ok)
        self.train_button.setToolTip(self.train_tooltip())
        loading = not self.state.engine_ready and not self.state.engine_error
        self.engine_bar.setVisible(loading)
        done, total, _ = self.state.engine_progress
        self.engine_bar.setRange(0, total)  # (0, 0): busy, before the first stage is known
        self.engine_bar.setValue(done)
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
        self._update_more_note()
        if ok:
            net = self.state.experiment.network.template or self.tr("custom network")
            if self.state.is_gan:
                net = self.tr("{template} (GAN)").format(template=net)
            self.status.setText(
                self.tr("Ready: {data} · {net}.").format(data=describe_data(self.state.experiment.data), net=net)
            )
        elif active:
            self.status.setText(self.tr("Paused.") if self.controller.paused else self.tr("Training…"))
        else:
            self.status.setText(why)
        self.lr_finder.set_allowed(ok, why)
        self.lr_finder.setVisible(not self.state.is_gan)  # a range test of one rate; a GAN has two optimisers
        if ok != self._can_train:
            self._can_train = ok
            self.canTrainChanged.emit(ok)

    def _update_more_note(self, *_: Any) -> None:
        """Say what "Continue the last run for N more epochs" does to the run's plan, before it is pressed: the
        schedule continues within the planned epochs; past them the core extends the plan (e.g. a new cosine
        cycle from the starting rate). The sentence is the one the run logs when it starts."""
        if not self.more_button.isEnabled():
            self.more_note.hide()
            return
        status = Path(self.resume_target) / "status.json"
        try:
            stamp = status.stat().st_mtime_ns
        except OSError:
            stamp = None
        key = (self.resume_target, self.more_epochs.value(), stamp)
        if key != self._more_note_for:
            from models.errors import DanluError
            from models.training.resume import preview_train_more

            self._more_note_for = key
            try:
                note = preview_train_more(self.resume_target, self.more_epochs.value())
            except (DanluError, OSError):
                note = ""  # the run starts anyway and logs what its checkpoint decides
            note = core_text(note)  # the core writes English; known sentences show in the UI language
            self.more_note.setText(note[:1].upper() + note[1:] + "." if note else "")
        self.more_note.setVisible(bool(self.more_note.text()))

    def _load_run_fields(self) -> None:
        self.run_form.load(self.state.experiment.train)
        self._show_budget()

    def _run_fields_edited(self) -> None:
        try:
            spec = self.run_form.dump(self.state.experiment.train)
        except ValidationError as err:
            self._show_invalid(self.run_form.message(err), "run")
            return
        self._show_invalid("", "run")
        self.state.set_train(spec)

    def _show_invalid(self, message: str, source: str) -> None:
        self._problems[source] = message
        shown = "\n".join(m for m in self._problems.values() if m)
        self.invalid_label.setText(shown)
        self.invalid_label.setVisible(bool(shown))

    def budget(self) -> Any:
        """The resolved budget for the loaded data (a models.training.budget.Budget), or None before data/engine.

        Raises:
            DanluError: ``auto`` on a train split too small to choose from.
        """
        summary = self.state.summary
        train = (summary.split_sizes.get("train", 0) if summary is not None else 0) or 0
        if not train or not self.state.engine_ready:
            return None
        from models.training.budget import resolve_budget

        spec = self.state.experiment.train
        accelerator = "cuda" if spec.accelerator in ("cuda", "auto") and self._gpu() else "cpu"
        return resolve_budget(spec, train, accelerator, val_size=summary.split_sizes.get("val"))  # type: ignore[union-attr]

    def _gpu(self) -> bool:
        import torch  # loaded: only called once the engine is ready

        return bool(torch.cuda.is_available())

    def _show_budget(self) -> None:
        """The resolved budget and thread count, before training: "auto: 400 epochs x 3 batches of 16, ..."."""
        from models.errors import DanluError

        try:
            budget = self.budget()
        except DanluError as err:
            self.budget_label.setText(str(err))
            return
        if budget is None:
            self.budget_label.setText(self.tr("auto: chosen from the training split once the data is loaded."))
            return
        from models.training.threads import choose_threads

        text = core_text(budget.describe())
        try:
            workers = self.state.experiment.train.num_workers or 0
            text += " · " + core_text(choose_threads(self.state.experiment.train.cpu_threads, workers).describe())
        except DanluError as err:
            text += " · " + str(err)
        self.budget_label.setText(text)

    def _data_loaded(self, info: Any, summary: Any) -> None:
        # The data panel matches the task to the data; here only the controls and the preview follow.
        self.update_controls()
        self._show_budget()
        self._preview_timer.start()

    def _run_finished(self, result: Any) -> None:
        run_dir = self.controller.buffer.run_dir or (str(result.run_dir) if result is not None else "")
        if run_dir:
            self.resume_target = run_dir
        self.update_controls()

    # -- LR schedule preview -----------------------------------------------------------------------------
    def steps_per_epoch(self) -> int:
        budget = self._budget_or_none()
        return budget.steps_per_epoch if budget is not None else 1

    def planned_spec(self) -> Any:
        """The TrainSpec as the run will see it: ``auto`` resolved for the loaded data when possible."""
        budget = self._budget_or_none()
        spec = self.state.experiment.train
        if budget is not None:
            return budget.apply(spec)
        if spec.epochs == "auto" or spec.batch_size == "auto":  # no data yet: preview the rule's floor
            from models.training.budget import MIN_EPOCHS, loader_batch_size

            epochs = MIN_EPOCHS if spec.epochs == "auto" else spec.epochs
            return spec.model_copy(update={"epochs": epochs, "batch_size": loader_batch_size(spec)})
        return spec

    def _budget_or_none(self) -> Any:
        from models.errors import DanluError

        try:
            return self.budget()
        except DanluError:
            return None

    def planned_lr(self) -> list[tuple[float, float]]:
        """The previewed schedule of the current settings (empty when a resumed run is starting)."""
        if self.controller.resuming or not self.state.engine_ready:
            return []
        if self._planned_for != self._preview_key():  # edited a moment ago: the background result is stale
            from models.training.schedule_preview import lr_schedule_preview

            self._planned = lr_schedule_preview(self.planned_spec(), self.steps_per_epoch())
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
            self.planned_spec(),
            self.steps_per_epoch(),
        )

        def done(points: list[tuple[float, float]]) -> None:
            if gen == self._preview_gen and shiboken6.isValid(self.preview):  # the window may be gone
                self._planned, self._planned_for = points, key
                self.preview.set_preview(points)
                self._show_invalid("", "preview")

        def failed(exc: BaseException, details: str) -> None:
            if gen == self._preview_gen and shiboken6.isValid(self.preview):
                self.preview.set_preview([])
                self._show_invalid(self.tr("The schedule cannot be previewed: {msg}").format(msg=exc), "preview")

        run_in_background(lambda: lr_schedule_preview(spec, steps), done, failed)


__all__ = ["TrainingPanel"]
