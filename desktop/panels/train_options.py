"""TrainOptionsEditor: every TrainSpec option as a labelled editor, grouped, with explanations and defaults.

The editor is a view of ``state.experiment.train``: any edit builds a new TrainSpec from all editors and
validates it (pydantic); a valid spec goes to the state, an invalid one shows its message and is not applied.
Options that do not apply to the current choice (momentum for Adam, gamma for cosine...) are disabled.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import ValidationError  # not pydantic: see desktop/panels/panel_common.py
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGroupBox, QLabel, QVBoxLayout, QWidget

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
        self._rows: dict[str, QLabel] = {}  # labels of the rows that get disabled with their editor
        d = TrainSpec()  # the defaults shown in every tooltip
        self.task_group = self._task_group(d)
        self.optimizer_group = self._optimizer_group(d)
        self.schedule_group = self._schedule_group(d)
        self.stopping_group = self._stopping_group(d)
        self.repro_group = self._repro_group(d)
        for editor in self._editors():
            signal = (
                getattr(editor, "currentIndexChanged", None)
                or getattr(editor, "valueChanged", None)
                or getattr(editor, "toggled", None)
                or editor.changed
            )
            signal.connect(self._edited)
        state.trainSpecChanged.connect(self.load)
        state.experimentReplaced.connect(self.load)
        self.load()

    # -- groups ------------------------------------------------------------------------------------------
    def _task_group(self, d: TrainSpec) -> QGroupBox:
        box, form = self._group(
            self.tr("Task and loss"), self.tr("What the network learns and how its error is measured.")
        )
        self.task = combo(
            {
                "classification": self.tr("Classification"),
                "regression": self.tr("Regression"),
                "forecasting": self.tr("Forecasting"),
            }
        )
        add_row(
            form,
            self.tr("Task"),
            self.task,
            self.tr("Follows the dataset: classes, or numbers to predict."),
            d.task,
        )
        self.loss = combo(
            {
                "cross_entropy": self.tr("Cross-entropy"),
                "weighted_cross_entropy": self.tr("Weighted cross-entropy (imbalanced classes)"),
                "focal": self.tr("Focal loss (hard examples)"),
                "bce": self.tr("Binary cross-entropy"),
                "mse": self.tr("Mean squared error"),
                "mae": self.tr("Mean absolute error"),
                "huber": self.tr("Huber (robust to outliers)"),
            }
        )
        add_row(form, self.tr("Loss"), self.loss, self.tr("The error the optimiser minimises."), d.loss)
        self.label_smoothing = float_box(0, 0.99, 0.05, 2)
        self._rows["label_smoothing"] = add_row(
            form,
            self.tr("Label smoothing"),
            self.label_smoothing,
            self.tr("Softens one-hot targets (e.g. 0.1) to reduce over-confidence."),
            d.label_smoothing,
        )
        self.focal_gamma = float_box(0, 10, 0.5, 2)
        self._rows["focal_gamma"] = add_row(
            form,
            self.tr("Focal gamma"),
            self.focal_gamma,
            self.tr("How strongly focal loss down-weights easy examples."),
            d.focal_gamma,
        )
        self.huber_delta = SciSpinBox(1e-6, 1e6)
        self._rows["huber_delta"] = add_row(
            form,
            self.tr("Huber delta"),
            self.huber_delta,
            self.tr("Errors below delta count quadratically, above it linearly."),
            d.huber_delta,
        )
        self.task.currentIndexChanged.connect(self._task_changed)
        return box

    def _optimizer_group(self, d: TrainSpec) -> QGroupBox:
        o = d.optimizer
        box, form = self._group(
            self.tr("Optimiser"), self.tr("How the weights are updated from the gradients.")
        )
        self.opt_name = combo(
            {
                "adam": "Adam",
                "adamw": "AdamW",
                "sgd": self.tr("SGD (momentum)"),
                "rmsprop": "RMSprop",
                "adagrad": "Adagrad",
            }
        )
        add_row(
            form,
            self.tr("Optimiser"),
            self.opt_name,
            self.tr("Adam is a safe default; SGD with momentum often generalises well with a schedule."),
            o.name,
        )
        self.lr = SciSpinBox(1e-8, 10)
        add_row(
            form,
            self.tr("Learning rate"),
            self.lr,
            self.tr("Step size of each update: the most important setting. Try the finder below."),
            o.lr,
        )
        self.weight_decay = SciSpinBox(0, 1)
        add_row(
            form,
            self.tr("Weight decay"),
            self.weight_decay,
            self.tr("L2 penalty on the weights (decoupled for AdamW); reduces over-fitting."),
            o.weight_decay,
        )
        self.momentum = float_box(0, 0.999, 0.05, 3)
        self._rows["momentum"] = add_row(
            form,
            self.tr("Momentum"),
            self.momentum,
            self.tr("Keeps a running direction (SGD, RMSprop)."),
            o.momentum,
        )
        self.nesterov = QCheckBox(self.tr("Nesterov momentum"))
        self._rows["nesterov"] = add_row(
            form, "", self.nesterov, self.tr("Look-ahead momentum for SGD."), o.nesterov
        )
        self.beta1 = float_box(0, 0.9999, 0.01, 4)
        self._rows["beta1"] = add_row(
            form, self.tr("Beta 1"), self.beta1, self.tr("Adam's gradient averaging factor."), o.betas[0]
        )
        self.beta2 = float_box(0, 0.99999, 0.001, 5)
        self._rows["beta2"] = add_row(
            form,
            self.tr("Beta 2"),
            self.beta2,
            self.tr("Adam's squared-gradient averaging factor."),
            o.betas[1],
        )
        self.l1 = SciSpinBox(0, 1)
        add_row(
            form,
            self.tr("L1 penalty"),
            self.l1,
            self.tr("Adds the sum of absolute weights to the loss; pushes weights to exactly zero."),
            o.l1,
        )
        self.opt_name.currentIndexChanged.connect(self._update_enabled)
        return box

    def _schedule_group(self, d: TrainSpec) -> QGroupBox:
        s = d.scheduler
        box, form = self._group(
            self.tr("Learning-rate schedule"),
            self.tr("How the learning rate changes over the planned epochs (preview below)."),
        )
        self.sched_name = combo(
            {
                "none": self.tr("Constant"),
                "step": self.tr("Step decay"),
                "exponential": self.tr("Exponential decay"),
                "cosine": self.tr("Cosine annealing"),
                "warmup_cosine": self.tr("Warm-up, then cosine"),
                "one_cycle": self.tr("One-cycle"),
                "plateau": self.tr("Reduce on plateau"),
            }
        )
        add_row(
            form,
            self.tr("Schedule"),
            self.sched_name,
            self.tr("Decaying the rate late in training usually improves the final accuracy."),
            s.name,
        )
        self.step_size = int_box(1, 100_000)
        self._rows["step_size"] = add_row(
            form,
            self.tr("Step every (epochs)"),
            self.step_size,
            self.tr("Epochs between two decays."),
            s.step_size,
        )
        self.gamma = float_box(0.001, 1, 0.05, 3)
        self._rows["gamma"] = add_row(
            form,
            self.tr("Decay factor"),
            self.gamma,
            self.tr("The rate is multiplied by this at each decay."),
            s.gamma,
        )
        self.warmup = int_box(0, 100_000)
        self._rows["warmup"] = add_row(
            form,
            self.tr("Warm-up epochs"),
            self.warmup,
            self.tr("Epochs of linear warm-up from a small rate."),
            s.warmup_epochs,
        )
        self.min_lr = SciSpinBox(0, 10)
        self._rows["min_lr"] = add_row(
            form, self.tr("Minimum rate"), self.min_lr, self.tr("The rate never goes below this."), s.min_lr
        )
        self.max_lr = OptionalValue(SciSpinBox(1e-8, 10), self.tr("Set"))
        self.max_lr.editor.setValue(0.01)  # shown greyed until set; a plausible peak, not the minimum
        self._rows["max_lr"] = add_row(
            form,
            self.tr("Peak rate"),
            self.max_lr,
            self.tr("One-cycle's highest rate (unset: 10x the learning rate)."),
            None,
        )
        self.patience = int_box(0, 10_000)
        self._rows["patience"] = add_row(
            form,
            self.tr("Plateau patience"),
            self.patience,
            self.tr("Epochs without improvement before the rate is reduced."),
            s.patience,
        )
        self.factor = float_box(0.001, 0.999, 0.05, 3)
        self._rows["factor"] = add_row(
            form,
            self.tr("Plateau factor"),
            self.factor,
            self.tr("The rate is multiplied by this on a plateau."),
            s.factor,
        )
        self.sched_name.currentIndexChanged.connect(self._update_enabled)
        return box

    def _stopping_group(self, d: TrainSpec) -> QGroupBox:
        box, form = self._group(
            self.tr("Stopping and checkpoints"),
            self.tr("When to stop early and which epoch's weights are kept as best.ckpt."),
        )
        self.gradient_clip = OptionalValue(SciSpinBox(1e-6, 1e6), self.tr("Clip at"))
        self.gradient_clip.editor.setValue(1.0)
        add_row(
            form,
            self.tr("Gradient clipping"),
            self.gradient_clip,
            self.tr("Caps the gradient norm; stabilises recurrent networks and high rates."),
            d.gradient_clip,
        )
        self.es_enabled = QCheckBox(self.tr("Stop early when the monitored value stops improving"))
        add_row(
            form,
            self.tr("Early stopping"),
            self.es_enabled,
            self.tr("Ends the run before the planned epochs once it stops improving."),
            d.early_stopping.enabled,
        )
        self.es_monitor = self._monitor_combo()
        self._rows["es_monitor"] = add_row(
            form,
            self.tr("Monitor"),
            self.es_monitor,
            self.tr("The value watched for improvement."),
            d.early_stopping.monitor,
        )
        self.es_mode = combo({"min": self.tr("lower is better"), "max": self.tr("higher is better")})
        self._rows["es_mode"] = add_row(
            form,
            self.tr("Direction"),
            self.es_mode,
            self.tr("Whether the monitored value should fall or rise."),
            d.early_stopping.mode,
        )
        self.es_patience = int_box(0, 10_000)
        self._rows["es_patience"] = add_row(
            form,
            self.tr("Patience (epochs)"),
            self.es_patience,
            self.tr("Epochs without improvement before stopping."),
            d.early_stopping.patience,
        )
        self.es_min_delta = SciSpinBox(0, 1e6)
        self._rows["es_min_delta"] = add_row(
            form,
            self.tr("Minimum change"),
            self.es_min_delta,
            self.tr("Smaller changes do not count as improvement."),
            d.early_stopping.min_delta,
        )
        self.ck_monitor = self._monitor_combo()
        add_row(
            form,
            self.tr("Best checkpoint by"),
            self.ck_monitor,
            self.tr("best.ckpt keeps the epoch with the best value of this; last.ckpt is always kept."),
            d.checkpoint.monitor,
        )
        self.ck_mode = combo({"min": self.tr("lower is better"), "max": self.tr("higher is better")})
        add_row(
            form,
            self.tr("Direction"),
            self.ck_mode,
            self.tr("Whether lower or higher is better."),
            d.checkpoint.mode,
        )
        self.es_enabled.toggled.connect(self._update_enabled)
        return box

    def _repro_group(self, d: TrainSpec) -> QGroupBox:
        box, form = self._group(
            self.tr("Reproducibility and loading"), self.tr("Same seed and settings give the same run.")
        )
        self.seed = int_box(0, 2**31 - 1)
        add_row(
            form,
            self.tr("Random seed"),
            self.seed,
            self.tr("Seeds weights, shuffling and augmentation."),
            d.seed,
        )
        self.deterministic = QCheckBox(self.tr("Deterministic algorithms (slower on GPU)"))
        add_row(
            form,
            "",
            self.deterministic,
            self.tr("Bit-for-bit repeatable runs, at some speed cost."),
            d.deterministic,
        )
        self.num_workers = OptionalValue(int_box(0, 64), self.tr("Fixed"))
        add_row(
            form,
            self.tr("Loader workers"),
            self.num_workers,
            self.tr("Processes that load batches (unset: automatic; 0 for in-memory data)."),
            d.num_workers,
        )
        return box

    # -- helpers -----------------------------------------------------------------------------------------
    def _group(self, title: str, explanation: str) -> tuple[QGroupBox, Any]:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(hint(explanation))
        form = new_form()
        layout.addLayout(form)
        return box, form

    def _monitor_combo(self) -> QComboBox:
        box = QComboBox()
        box.setEditable(True)  # any logged metric works; the list holds the common ones
        box.addItems(list(MONITORS))
        return box

    def _editors(self) -> list[Any]:
        return [
            self.task,
            self.loss,
            self.label_smoothing,
            self.focal_gamma,
            self.huber_delta,
            self.opt_name,
            self.lr,
            self.weight_decay,
            self.momentum,
            self.nesterov,
            self.beta1,
            self.beta2,
            self.l1,
            self.sched_name,
            self.step_size,
            self.gamma,
            self.warmup,
            self.min_lr,
            self.max_lr,
            self.patience,
            self.factor,
            self.gradient_clip,
            self.es_enabled,
            self.es_monitor,
            self.es_mode,
            self.es_patience,
            self.es_min_delta,
            self.ck_monitor,
            self.ck_mode,
            self.seed,
            self.deterministic,
            self.num_workers,
        ]

    # -- state <-> editors -------------------------------------------------------------------------------
    def load(self) -> None:
        """Show ``state.experiment.train`` in the editors."""
        t = self.state.experiment.train
        self._loading = True
        try:
            set_combo(self.task, t.task)
            self._fill_losses(t.task)
            set_combo(self.loss, t.loss)
            self.label_smoothing.setValue(t.label_smoothing)
            self.focal_gamma.setValue(t.focal_gamma)
            self.huber_delta.setValue(t.huber_delta)
            o, s = t.optimizer, t.scheduler
            set_combo(self.opt_name, o.name)
            self.lr.setValue(o.lr)
            self.weight_decay.setValue(o.weight_decay)
            self.momentum.setValue(o.momentum)
            self.nesterov.setChecked(o.nesterov)
            self.beta1.setValue(o.betas[0])
            self.beta2.setValue(o.betas[1])
            self.l1.setValue(o.l1)
            set_combo(self.sched_name, s.name)
            self.step_size.setValue(s.step_size)
            self.gamma.setValue(s.gamma)
            self.warmup.setValue(s.warmup_epochs)
            self.min_lr.setValue(s.min_lr)
            self.max_lr.set_value(s.max_lr)
            self.patience.setValue(s.patience)
            self.factor.setValue(s.factor)
            self.gradient_clip.set_value(t.gradient_clip)
            es = t.early_stopping
            self.es_enabled.setChecked(es.enabled)
            self.es_monitor.setCurrentText(es.monitor)
            set_combo(self.es_mode, es.mode)
            self.es_patience.setValue(es.patience)
            self.es_min_delta.setValue(es.min_delta)
            self.ck_monitor.setCurrentText(t.checkpoint.monitor)
            set_combo(self.ck_mode, t.checkpoint.mode)
            self.seed.setValue(t.seed)
            self.deterministic.setChecked(t.deterministic)
            self.num_workers.set_value(t.num_workers)
        finally:
            self._loading = False
        self._update_enabled()

    def spec_from_editors(self) -> TrainSpec:
        """A TrainSpec from the editors (fields edited elsewhere, e.g. epochs and device, are kept).

        Raises:
            ValidationError: the combination is invalid (the message names the field).
        """
        t = self.state.experiment.train
        data = t.model_dump()
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
            betas=[self.beta1.value(), self.beta2.value()],
            l1=self.l1.value(),
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
            monitor=self.es_monitor.currentText().strip() or "val_loss",
            mode=self.es_mode.currentData(),
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
        allowed = CLASSIFICATION_LOSSES if task == "classification" else REGRESSION_LOSSES
        model = self.loss.model()
        first_allowed = None
        for row in range(self.loss.count()):
            ok = self.loss.itemData(row) in allowed
            model.item(row).setEnabled(ok)
            if ok and first_allowed is None:
                first_allowed = row
        if self.loss.currentData() not in allowed and first_allowed is not None:
            self.loss.setCurrentIndex(first_allowed)

    def _update_enabled(self) -> None:
        """Disable the editors that have no effect with the current choices (they keep their values)."""
        opt, sched, loss = self.opt_name.currentData(), self.sched_name.currentData(), self.loss.currentData()
        task = self.task.currentData()
        on = {
            "label_smoothing": task == "classification"
            and loss in ("cross_entropy", "weighted_cross_entropy"),
            "focal_gamma": loss == "focal",
            "huber_delta": loss == "huber",
            "momentum": opt in ("sgd", "rmsprop"),
            "nesterov": opt == "sgd",
            "beta1": opt in ("adam", "adamw"),
            "beta2": opt in ("adam", "adamw"),
            "step_size": sched == "step",
            "gamma": sched in ("step", "exponential"),
            "warmup": sched == "warmup_cosine",
            "min_lr": sched in ("cosine", "warmup_cosine", "plateau"),
            "max_lr": sched == "one_cycle",
            "patience": sched == "plateau",
            "factor": sched == "plateau",
        }
        es = self.es_enabled.isChecked()
        on.update(es_monitor=es, es_mode=es, es_patience=es, es_min_delta=es)
        editors = {
            "label_smoothing": self.label_smoothing,
            "focal_gamma": self.focal_gamma,
            "huber_delta": self.huber_delta,
            "momentum": self.momentum,
            "nesterov": self.nesterov,
            "beta1": self.beta1,
            "beta2": self.beta2,
            "step_size": self.step_size,
            "gamma": self.gamma,
            "warmup": self.warmup,
            "min_lr": self.min_lr,
            "max_lr": self.max_lr,
            "patience": self.patience,
            "factor": self.factor,
            "es_monitor": self.es_monitor,
            "es_mode": self.es_mode,
            "es_patience": self.es_patience,
            "es_min_delta": self.es_min_delta,
        }
        for key, enabled in on.items():
            editors[key].setEnabled(enabled)
            self._rows[key].setEnabled(enabled)
