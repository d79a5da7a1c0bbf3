"""TrainOptionsEditor: every TrainSpec option as a labelled editor, grouped, with explanations and defaults.

The editor is a view of ``state.experiment.train``: any edit builds a new TrainSpec from all editors and
validates it (pydantic); a valid spec goes to the state, an invalid one shows its message and is not applied.
Options that do not apply to the current choice (momentum for Adam, gamma for cosine...) are disabled.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.panels.form_widgets import (
    OptionalValue,
    SciSpinBox,
    add_row,
    combo,
    float_box,
    hint,
    int_box,
    new_form,
    set_combo,
)
from desktop.state import ExperimentState
from models.spec.train import CLASSIFICATION_LOSSES, REGRESSION_LOSSES, TrainSpec

MONITORS = ("val_loss", "val_acc", "val_f1", "val_auroc", "val_mse", "val_mae", "val_r2", "train_loss")
#: Editors that only matter for some choices: (option key, predicate on (task, loss, optimiser, schedule)).
APPLIES = {
    "label_smoothing": lambda t, loss, o, s: (
        t == "classification" and loss in ("cross_entropy", "weighted_cross_entropy")
    ),
    "focal_gamma": lambda t, loss, o, s: loss == "focal",
    "huber_delta": lambda t, loss, o, s: loss == "huber",
    "momentum": lambda t, loss, o, s: o in ("sgd", "rmsprop"),
    "nesterov": lambda t, loss, o, s: o == "sgd",
    "beta1": lambda t, loss, o, s: o in ("adam", "adamw"),
    "beta2": lambda t, loss, o, s: o in ("adam", "adamw"),
    "step_size": lambda t, loss, o, s: s == "step",
    "gamma": lambda t, loss, o, s: s in ("step", "exponential"),
    "warmup": lambda t, loss, o, s: s == "warmup_cosine",
    "min_lr": lambda t, loss, o, s: s in ("cosine", "warmup_cosine", "plateau"),
    "max_lr": lambda t, loss, o, s: s == "one_cycle",
    "patience": lambda t, loss, o, s: s == "plateau",
    "factor": lambda t, loss, o, s: s == "plateau",
}
EARLY_STOPPING_ROWS = ("es_monitor", "es_mode", "es_patience", "es_min_delta")


class TrainOptionsEditor(QWidget):
    """The option groups of the training panel (task, optimiser, schedule, stopping, reproducibility).

    Signals:
        invalid(str): the edited values do not form a valid TrainSpec ("" when they do again).
    """

    invalid = Signal(str)

    def __init__(self, state: ExperimentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._loading = False
        self._rows: dict[str, QLabel] = {}  # row labels, disabled together with their editor
        self._editors: list[Any] = []
        d = TrainSpec()  # the defaults shown in every tooltip
        self.task_group = self._task_group(d)
        self.optimizer_group = self._optimizer_group(d)
        self.schedule_group = self._schedule_group(d)
        self.stopping_group = self._stopping_group(d)
        self.repro_group = self._repro_group(d)
        self.task.currentIndexChanged.connect(self._task_changed)  # first: the loss must fit the new task
        for editor in self._editors:
            signal = (
                getattr(editor, "currentIndexChanged", None)
                or getattr(editor, "valueChanged", None)
                or getattr(editor, "toggled", None)
                or editor.changed
            )
            signal.connect(self._edited)
        for editor in (self.opt_name, self.sched_name, self.loss, self.es_enabled):
            signal = getattr(editor, "currentIndexChanged", None) or editor.toggled
            signal.connect(self._update_enabled)
        state.trainSpecChanged.connect(self.load)
        state.experimentReplaced.connect(self.load)
        self.load()

    # -- groups ------------------------------------------------------------------------------------------
    def _group(self, title: str, explanation: str) -> tuple[QGroupBox, QFormLayout]:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(hint(explanation))
        form = new_form()
        layout.addLayout(form)
        return box, form

    def _row(self, form: QFormLayout, key: str, label: str, widget: Any, help_text: str, default: Any) -> Any:
        """Add an editor row, keep the editor as ``self.<key>`` and its label for enabling; returns it."""
        setattr(self, key, widget)
        self._rows[key] = add_row(form, label, widget, help_text, default)
        self._editors.append(widget)
        return widget

    def _task_group(self, d: TrainSpec) -> QGroupBox:
        box, form = self._group(
            self.tr("Task and loss"), self.tr("What the network learns and how its error is measured.")
        )
        tasks = {
            "classification": self.tr("Classification"),
            "regression": self.tr("Regression"),
            "forecasting": self.tr("Forecasting"),
        }
        self._row(
            form,
            "task",
            self.tr("Task"),
            combo(tasks),
            self.tr("Follows the dataset: classes, or numbers to predict."),
            d.task,
        )
        losses = {
            "cross_entropy": self.tr("Cross-entropy"),
            "weighted_cross_entropy": self.tr("Weighted cross-entropy (imbalanced classes)"),
            "focal": self.tr("Focal loss (hard examples)"),
            "bce": self.tr("Binary cross-entropy"),
            "mse": self.tr("Mean squared error"),
            "mae": self.tr("Mean absolute error"),
            "huber": self.tr("Huber (robust to outliers)"),
        }
        self._row(form, "loss", self.tr("Loss"), combo(losses), self.tr("The error the optimiser minimises."), d.loss)
        self._row(
            form,
            "label_smoothing",
            self.tr("Label smoothing"),
            float_box(0, 0.99, 0.05, 2),
            self.tr("Softens one-hot targets (e.g. 0.1) to reduce over-confidence."),
            d.label_smoothing,
        )
        self._row(
            form,
            "focal_gamma",
            self.tr("Focal gamma"),
            float_box(0, 10, 0.5, 2),
            self.tr("How strongly focal loss down-weights easy examples."),
            d.focal_gamma,
        )
        self._row(
            form,
            "huber_delta",
            self.tr("Huber delta"),
            SciSpinBox(1e-6, 1e6),
            self.tr("Errors below delta count quadratically, above it linearly."),
            d.huber_delta,
        )
        return box

    def _optimizer_group(self, d: TrainSpec) -> QGroupBox:
        o = d.optimizer
        box, form = self._group(self.tr("Optimiser"), self.tr("How the weights are updated from the gradients."))
        names = {
            "adam": "Adam",
            "adamw": "AdamW",
            "sgd": self.tr("SGD (momentum)"),
            "rmsprop": "RMSprop",
            "adagrad": "Adagrad",
        }
        self._row(
            form,
            "opt_name",
            self.tr("Optimiser"),
            combo(names),
            self.tr("Adam is a safe default; SGD with momentum often generalises well with a schedule."),
            o.name,
        )
        self._row(
            form,
            "lr",
            self.tr("Learning rate"),
            SciSpinBox(1e-8, 10),
            self.tr("Step size of each update: the most important setting. Try the finder below."),
            o.lr,
        )
        self._row(
            form,
            "weight_decay",
            self.tr("Weight decay"),
            SciSpinBox(0, 1),
            self.tr("L2 penalty on the weights (decoupled for AdamW); reduces over-fitting."),
            o.weight_decay,
        )
        self._row(
            form,
            "momentum",
            self.tr("Momentum"),
            float_box(0, 0.999, 0.05, 3),
            self.tr("Keeps a running direction (SGD, RMSprop)."),
            o.momentum,
        )
        self._row(
            form,
            "nesterov",
            "",
            QCheckBox(self.tr("Nesterov momentum")),
            self.tr("Look-ahead momentum for SGD."),
            o.nesterov,
        )
        self._row(
            form,
            "beta1",
            self.tr("Beta 1"),
            float_box(0, 0.9999, 0.01, 4),
            self.tr("Adam's gradient averaging factor."),
            o.betas[0],
        )
        self._row(
            form,
            "beta2",
            self.tr("Beta 2"),
            float_box(0, 0.99999, 0.001, 5),
            self.tr("Adam's squared-gradient averaging factor."),
            o.betas[1],
        )
        self._row(
            form,
            "l1",
            self.tr("L1 penalty"),
            SciSpinBox(0, 1),
            self.tr("Adds the sum of absolute weights to the loss; pushes weights to exactly zero."),
            o.l1,
        )
        return box

    def _schedule_group(self, d: TrainSpec) -> QGroupBox:
        s = d.scheduler
        box, form = self._group(
            self.tr("Learning-rate schedule"),
            self.tr("How the learning rate changes over the planned epochs (preview below)."),
        )
        names = {
            "none": self.tr("Constant"),
            "step": self.tr("Step decay"),
            "exponential": self.tr("Exponential decay"),
            "cosine": self.tr("Cosine annealing"),
            "warmup_cosine": self.tr("Warm-up, then cosine"),
            "one_cycle": self.tr("One-cycle"),
            "plateau": self.tr("Reduce on plateau"),
        }
        self._row(
            form,
            "sched_name",
            self.tr("Schedule"),
            combo(names),
            self.tr("Decaying the rate late in training usually improves the final accuracy."),
            s.name,
        )
        self._row(
            form,
            "step_size",
            self.tr("Step every (epochs)"),
            int_box(1, 100_000),
            self.tr("Epochs between two decays."),
            s.step_size,
        )
        self._row(
            form,
            "gamma",
            self.tr("Decay factor"),
            float_box(0.001, 1, 0.05, 3),
            self.tr("The rate is multiplied by this at each decay."),
            s.gamma,
        )
        self._row(
            form,
            "warmup",
            self.tr("Warm-up epochs"),
            int_box(0, 100_000),
            self.tr("Epochs of linear warm-up from a small rate."),
            s.warmup_epochs,
        )
        self._row(
            form,
            "min_lr",
            self.tr("Minimum rate"),
            SciSpinBox(0, 10),
            self.tr("The rate never goes below this."),
            s.min_lr,
        )
        max_lr = OptionalValue(SciSpinBox(1e-8, 10), self.tr("Set"))
        max_lr.editor.setValue(0.01)  # shown greyed until set; a plausible peak, not the minimum
        self._row(
            form,
            "max_lr",
            self.tr("Peak rate"),
            max_lr,
            self.tr("One-cycle's highest rate (unset: 10x the learning rate)."),
            None,
        )
        self._row(
            form,
            "patience",
            self.tr("Plateau patience"),
            int_box(0, 10_000),
            self.tr("Epochs without improvement before the rate is reduced."),
            s.patience,
        )
        self._row(
            form,
            "factor",
            self.tr("Plateau factor"),
            float_box(0.001, 0.999, 0.05, 3),
            self.tr("The rate is multiplied by this on a plateau."),
            s.factor,
        )
        return box

    def _stopping_group(self, d: TrainSpec) -> QGroupBox:
        es, better = d.early_stopping, {"min": self.tr("lower is better"), "max": self.tr("higher is better")}
        box, form = self._group(
            self.tr("Stopping and checkpoints"),
            self.tr("When to stop early and which epoch's weights are kept as best.ckpt."),
        )
        clip = OptionalValue(SciSpinBox(1e-6, 1e6), self.tr("Clip at"))
        clip.editor.setValue(1.0)
        self._row(
            form,
            "gradient_clip",
            self.tr("Gradient clipping"),
            clip,
            self.tr("Caps the gradient norm; stabilises recurrent networks and high rates."),
            d.gradient_clip,
        )
        self._row(
            form,
            "es_enabled",
            self.tr("Early stopping"),
            QCheckBox(self.tr("Stop early when the monitored value stops improving")),
            self.tr("Ends the run before the planned epochs once it stops improving."),
            es.enabled,
        )
        self._row(
            form,
            "es_monitor",
            self.tr("Monitor"),
            self._monitor_combo(),
            self.tr("The value watched for improvement."),
            es.monitor,
        )
        self._row(
            form,
            "es_mode",
            self.tr("Direction"),
            combo(better),
            self.tr("Whether the monitored value should fall or rise."),
            es.mode,
        )
        self._row(
            form,
            "es_patience",
            self.tr("Patience (epochs)"),
            int_box(0, 10_000),
            self.tr("Epochs without improvement before stopping."),
            es.patience,
        )
        self._row(
            form,
            "es_min_delta",
            self.tr("Minimum change"),
            SciSpinBox(0, 1e6),
            self.tr("Smaller changes do not count as improvement."),
            es.min_delta,
        )
        self._row(
            form,
            "ck_monitor",
            self.tr("Best checkpoint by"),
            self._monitor_combo(),
            self.tr("best.ckpt keeps the epoch with the best value of this; last.ckpt is always kept."),
            d.checkpoint.monitor,
        )
        self._row(
            form,
            "ck_mode",
            self.tr("Direction"),
            combo(better),
            self.tr("Whether lower or higher is better."),
            d.checkpoint.mode,
        )
        return box

    def _repro_group(self, d: TrainSpec) -> QGroupBox:
        box, form = self._group(
            self.tr("Reproducibility and loading"), self.tr("Same seed and settings give the same run.")
        )
        self._row(
            form,
            "seed",
            self.tr("Random seed"),
            int_box(0, 2**31 - 1),
            self.tr("Seeds weights, shuffling and augmentation."),
            d.seed,
        )
        self._row(
            form,
            "deterministic",
            "",
            QCheckBox(self.tr("Deterministic algorithms (slower on GPU)")),
            self.tr("Bit-for-bit repeatable runs, at some speed cost."),
            d.deterministic,
        )
        self._row(
            form,
            "num_workers",
            self.tr("Loader workers"),
            OptionalValue(int_box(0, 64), self.tr("Fixed")),
            self.tr("Processes that load batches (unset: automatic; 0 for in-memory data)."),
            d.num_workers,
        )
        return box

    def _monitor_combo(self) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)  # any logged metric works; the list holds the common ones
        box.addItems(list(MONITORS))
        return box

    # -- state <-> editors -------------------------------------------------------------------------------
    def load(self) -> None:
        """Show ``state.experiment.train`` in the editors."""
        t = self.state.experiment.train
        o, s, es = t.optimizer, t.scheduler, t.early_stopping
        self._loading = True
        try:
            set_combo(self.task, t.task)
            self._fill_losses(t.task)
            for box, value in (
                (self.loss, t.loss),
                (self.opt_name, o.name),
                (self.sched_name, s.name),
                (self.es_mode, es.mode),
                (self.ck_mode, t.checkpoint.mode),
            ):
                set_combo(box, value)
            values = {
                self.label_smoothing: t.label_smoothing,
                self.focal_gamma: t.focal_gamma,
                self.huber_delta: t.huber_delta,
                self.lr: o.lr,
                self.weight_decay: o.weight_decay,
                self.momentum: o.momentum,
                self.beta1: o.betas[0],
                self.beta2: o.betas[1],
                self.l1: o.l1,
                self.step_size: s.step_size,
                self.gamma: s.gamma,
                self.warmup: s.warmup_epochs,
                self.min_lr: s.min_lr,
                self.patience: s.patience,
                self.factor: s.factor,
                self.es_patience: es.patience,
                self.es_min_delta: es.min_delta,
                self.seed: t.seed,
            }
            for box, value in values.items():
                box.setValue(value)
            for check, on in (
                (self.nesterov, o.nesterov),
                (self.es_enabled, es.enabled),
                (self.deterministic, t.deterministic),
            ):
                check.setChecked(on)
            self.max_lr.set_value(s.max_lr)
            self.gradient_clip.set_value(t.gradient_clip)
            self.num_workers.set_value(t.num_workers)
            self.es_monitor.setCurrentText(es.monitor)
            self.ck_monitor.setCurrentText(t.checkpoint.monitor)
        finally:
            self._loading = False
        self._update_enabled()

    def spec_from_editors(self) -> TrainSpec:
        """A TrainSpec from the editors (fields edited elsewhere, e.g. epochs and device, are kept).

        Raises:
            ValidationError: the combination is invalid (the message names the field).
        """
        data = self.state.experiment.train.model_dump()
        data.update(
            task=self.task.currentData(),
            loss=self.loss.currentData(),
            label_smoothing=self.label_smoothing.value(),
            focal_gamma=self.focal_gamma.value(),
            huber_delta=self.huber_delta.value(),
            gradient_clip=self.gradient_clip.value(),
            seed=self.seed.value(),
            deterministic=self.deterministic.isChecked(),
            num_workers=self.num_workers.value(),
        )
        data["optimizer"].update(
            name=self.opt_name.currentData(),
            lr=self.lr.value(),
            weight_decay=self.weight_decay.value(),
            momentum=self.momentum.value(),
            nesterov=self.nesterov.isChecked(),
            l1=self.l1.value(),
            betas=[self.beta1.value(), self.beta2.value()],
        )
        data["scheduler"].update(
            name=self.sched_name.currentData(),
            step_size=self.step_size.value(),
            gamma=self.gamma.value(),
            warmup_epochs=self.warmup.value(),
            min_lr=self.min_lr.value(),
            max_lr=self.max_lr.value(),
            patience=self.patience.value(),
            factor=self.factor.value(),
        )
        data["early_stopping"].update(
            enabled=self.es_enabled.isChecked(),
            mode=self.es_mode.currentData(),
            monitor=self.es_monitor.currentText().strip() or "val_loss",
            patience=self.es_patience.value(),
            min_delta=self.es_min_delta.value(),
        )
        data["checkpoint"].update(
            monitor=self.ck_monitor.currentText().strip() or "val_loss", mode=self.ck_mode.currentData()
        )
        return TrainSpec.model_validate(data, strict=False)

    def _edited(self, *_: Any) -> None:
        if self._loading:
            return
        try:
            spec = self.spec_from_editors()
        except ValidationError as err:
            first = err.errors()[0]
            where = ".".join(str(p) for p in first["loc"]) or "train"
            self.invalid.emit(f"train.{where}: {first['msg']}")
            return
        self.invalid.emit("")
        self.state.set_train(spec)

    def _task_changed(self) -> None:
        if self._loading:
            return
        self._loading = True
        try:
            self._fill_losses(self.task.currentData())
        finally:
            self._loading = False

    def _fill_losses(self, task: str) -> None:
        """Only the losses of ``task`` can be chosen; switch to the first of them if needed."""
        allowed = CLASSIFICATION_LOSSES if task == "classification" else REGRESSION_LOSSES
        model = self.loss.model()
        for row in range(self.loss.count()):
            model.item(row).setEnabled(self.loss.itemData(row) in allowed)
        if self.loss.currentData() not in allowed:
            set_combo(self.loss, allowed[0])

    def _update_enabled(self, *_: Any) -> None:
        """Disable the editors that have no effect with the current choices (they keep their values)."""
        choice = (
            self.task.currentData(),
            self.loss.currentData(),
            self.opt_name.currentData(),
            self.sched_name.currentData(),
        )
        on = {key: applies(*choice) for key, applies in APPLIES.items()}
        on.update(dict.fromkeys(EARLY_STOPPING_ROWS, self.es_enabled.isChecked()))
        for key, enabled in on.items():
            getattr(self, key).setEnabled(enabled)
            self._rows[key].setEnabled(enabled)
