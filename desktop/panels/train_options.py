"""TrainOptionsEditor: every TrainSpec option as a labelled editor, grouped, with explanations and defaults.

The editor is a view of ``workspace.experiment.train`` bound by spec path (:mod:`desktop.panels.spec_form`):
any edit validates a new TrainSpec (pydantic); a valid spec goes to the workspace, an invalid one shows its
message and is not applied. Options that do not apply to the current choice (momentum for Adam, gamma for
cosine...) are disabled and keep their values. A GAN (task ``generation``) shows its own group
(:mod:`desktop.panels.gan_options`) and greys out what it does not use, saying why. Choosing the task
Generation (GAN), or leaving it, goes through :meth:`Workspace.switch_task`: the networks change with it.
"""

from __future__ import annotations

from typing import Any

from pydantic import Field
from pydantic_core import ValidationError  # not pydantic: see desktop/panels/panel_common.py
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGroupBox, QVBoxLayout, QWidget

from desktop.errors import error_text
from desktop.i18n import vocab_text
from desktop.panels.fields import FloatEditor
from desktop.panels.form_widgets import hint, new_form
from desktop.panels.gan_options import choose_feature_run, gan_group, is_gan, not_for_gans, not_gan
from desktop.panels.spec_form import Row, SpecForm
from desktop.workspace import Workspace
from models import vocab
from models.spec.train import TrainSpec


def _losses(train: Any) -> list[tuple[str, str]]:
    """The losses of the spec's task, from the registry."""
    return [(e.name, vocab_text(e.label)) for e in vocab.losses_for(train.task)]


def _monitors(train: Any) -> list[tuple[str, str]]:
    """The metrics a run of the spec's task can watch, from the registry."""
    return [(m.name, f"{vocab_text(m.label)} ({m.name})") for m in vocab.monitors_for(train.task)]


def _direction(watch: str) -> Any:
    """The direction of the metric ``<watch>.monitor`` watches (the only valid ``mode``)."""
    return lambda train: [vocab.METRICS[getattr(train, watch).monitor].direction]


def _reads(parameter: str) -> Any:
    """Whether the spec's loss reads ``parameter`` (``label_smoothing``, ``focal_gamma``...)."""
    return lambda train: parameter in vocab.LOSSES[train.loss].parameters


def _averaging_factor(_annotation: Any, _field: Any) -> FloatEditor:
    """Adam's betas are list items without bounds of their own: an average's factor is in [0, 1)."""
    return FloatEditor(Field(0.9, ge=0, lt=1))


class TrainOptionsEditor(QWidget):
    """The option groups of the training panel (task, optimiser, schedule, stopping, reproducibility).

    Attributes:
        form: The :class:`SpecForm` over TrainSpec; ``form["optimizer.lr"]`` is the learning-rate editor.

    Signals:
        invalid(str): the edited values do not form a valid TrainSpec ("" when they do again).
    """

    invalid = Signal(str)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.form = SpecForm(TrainSpec, root="train", parent=self)
        groups = self.groups()
        self.task_group = self._group(*groups["task"])
        self.optimizer_group = self._group(*groups["optimizer"])
        self.schedule_group = self._group(*groups["schedule"])
        self.stopping_group = self._group(*groups["stopping"])
        self.repro_group = self._group(*groups["repro"])
        self.gan_group = self._group(*groups["gan"])
        feature_run = self.form["gan.feature_run"]
        feature_run.row.browse.clicked.connect(lambda: choose_feature_run(self, feature_run))  # type: ignore[attr-defined]
        self.form.changed.connect(self._edited)
        workspace.trainSpecChanged.connect(self.load)
        workspace.experimentReplaced.connect(self.load)
        self.load()

    def _group(self, title: str, explanation: str, rows: list[Row]) -> QGroupBox:
        box = QGroupBox(title)
        layout = QVBoxLayout(box)
        layout.addWidget(hint(explanation))
        form = new_form()
        layout.addLayout(form)
        self.form.add_rows(form, rows)
        return box

    def groups(self) -> dict[str, tuple[str, str, list[Row]]]:
        """The form's row table, by group: (title, explanation, rows)."""
        opt, sched = (lambda t: t.optimizer.name), (lambda t: t.scheduler.name)
        better = {"min": self.tr("lower is better"), "max": self.tr("higher is better")}
        stopping = lambda t: t.early_stopping.enabled  # noqa: E731
        never = lambda _t: False  # noqa: E731 - shown, not chosen: the metric's direction decides
        return {
            "task": (
                self.tr("Task and loss"),
                self.tr("What the network learns and how its error is measured."),
                [
                    Row(
                        "task",
                        self.tr("Task"),
                        self.tr(
                            "Follows the dataset: classes, or numbers to predict. Generation (GAN) makes new images "
                            "like the dataset's (images only): it sets a generator and a discriminator network."
                        ),
                        labels={
                            "classification": self.tr("Classification"),
                            "regression": self.tr("Regression"),
                            "forecasting": self.tr("Forecasting"),
                            "generation": self.tr("Generation (GAN)"),
                        },
                    ),
                    Row(
                        "loss",
                        self.tr("Loss"),
                        self.tr("The error the optimiser minimises."),
                        choices=_losses,
                    ),
                    Row(
                        "label_smoothing",
                        self.tr("Label smoothing"),
                        self.tr("Softens one-hot targets (e.g. 0.1) to reduce over-confidence."),
                        applies=_reads("label_smoothing"),
                    ),
                    Row(
                        "focal_gamma",
                        self.tr("Focal gamma"),
                        self.tr("How strongly focal loss down-weights easy examples."),
                        applies=_reads("focal_gamma"),
                    ),
                    Row(
                        "huber_delta",
                        self.tr("Huber delta"),
                        self.tr("Errors below delta count quadratically, above it linearly."),
                        applies=_reads("huber_delta"),
                        log=True,
                    ),
                ],
            ),
            "optimizer": (
                self.tr("Optimiser"),
                self.tr("How the weights are updated from the gradients."),
                [
                    Row(
                        "optimizer.name",
                        self.tr("Optimiser"),
                        self.tr("Adam is a safe default; SGD with momentum often generalises well with a schedule."),
                        labels={
                            "adam": "Adam",
                            "adamw": "AdamW",
                            "sgd": self.tr("SGD (momentum)"),
                            "rmsprop": "RMSprop",
                            "adagrad": "Adagrad",
                        },
                    ),
                    Row(
                        "optimizer.lr",
                        self.tr("Learning rate"),
                        self.tr("Step size of each update: the most important setting. Try the finder below."),
                        log=True,
                    ),
                    Row(
                        "optimizer.weight_decay",
                        self.tr("Weight decay"),
                        self.tr("L2 penalty on the weights (decoupled for AdamW); reduces over-fitting."),
                        log=True,
                    ),
                    Row(
                        "optimizer.momentum",
                        self.tr("Momentum"),
                        self.tr("Keeps a running direction (SGD, RMSprop)."),
                        applies=lambda t: opt(t) in ("sgd", "rmsprop"),
                    ),
                    Row(
                        "optimizer.nesterov",
                        "",
                        self.tr("Look-ahead momentum for SGD."),
                        applies=lambda t: opt(t) == "sgd",
                        check_text=self.tr("Nesterov momentum"),
                    ),
                    Row(
                        "optimizer.betas[0]",
                        self.tr("Beta 1"),
                        self.tr("Adam's gradient averaging factor."),
                        editor=_averaging_factor,
                        applies=lambda t: opt(t) in ("adam", "adamw"),
                    ),
                    Row(
                        "optimizer.betas[1]",
                        self.tr("Beta 2"),
                        self.tr("Adam's squared-gradient averaging factor."),
                        editor=_averaging_factor,
                        applies=lambda t: opt(t) in ("adam", "adamw"),
                    ),
                    Row(
                        "optimizer.l1",
                        self.tr("L1 penalty"),
                        self.tr("Adds the sum of absolute weights to the loss; pushes weights to exactly zero."),
                        log=True,
                        applies=not_gan,
                        why_not=not_for_gans(self.tr("its losses are the generator's and the discriminator's.")),
                    ),
                ],
            ),
            "schedule": (
                self.tr("Learning-rate schedule"),
                self.tr("How the learning rate changes over the planned epochs (preview below)."),
                [
                    Row(
                        "scheduler.name",
                        self.tr("Schedule"),
                        self.tr("Decaying the rate late in training usually improves the final accuracy."),
                        applies=not_gan,
                        off="none",
                        why_not=not_for_gans(self.tr("both learning rates stay constant.")),
                        labels={
                            "none": self.tr("Constant"),
                            "step": self.tr("Step decay"),
                            "exponential": self.tr("Exponential decay"),
                            "cosine": self.tr("Cosine annealing"),
                            "warmup_cosine": self.tr("Warm-up, then cosine"),
                            "one_cycle": self.tr("One-cycle"),
                            "plateau": self.tr("Reduce on plateau"),
                        },
                    ),
                    Row(
                        "scheduler.step_size",
                        self.tr("Step every (epochs)"),
                        self.tr("Epochs between two decays."),
                        applies=lambda t: sched(t) == "step",
                    ),
                    Row(
                        "scheduler.gamma",
                        self.tr("Decay factor"),
                        self.tr("The rate is multiplied by this at each decay."),
                        applies=lambda t: sched(t) in ("step", "exponential"),
                    ),
                    Row(
                        "scheduler.warmup_epochs",
                        self.tr("Warm-up epochs"),
                        self.tr("Epochs of linear warm-up from a small rate."),
                        applies=lambda t: sched(t) == "warmup_cosine",
                    ),
                    Row(
                        "scheduler.min_lr",
                        self.tr("Minimum rate"),
                        self.tr("The rate never goes below this."),
                        applies=lambda t: sched(t) in ("cosine", "warmup_cosine", "plateau"),
                        log=True,
                    ),
                    Row(
                        "scheduler.max_lr",
                        self.tr("Peak rate"),
                        self.tr("One-cycle's highest rate (unset: 10x the learning rate)."),
                        applies=lambda t: sched(t) == "one_cycle",
                        log=True,
                        fallback=0.01,  # shown greyed until set: a plausible peak, not the minimum
                        check_text=self.tr("Set"),
                    ),
                    Row(
                        "scheduler.patience",
                        self.tr("Plateau patience"),
                        self.tr("Epochs without improvement before the rate is reduced."),
                        applies=lambda t: sched(t) == "plateau",
                    ),
                    Row(
                        "scheduler.factor",
                        self.tr("Plateau factor"),
                        self.tr("The rate is multiplied by this on a plateau."),
                        applies=lambda t: sched(t) == "plateau",
                    ),
                ],
            ),
            "stopping": (
                self.tr("Stopping and checkpoints"),
                self.tr("When to stop early and which epoch's weights are kept as best.ckpt."),
                [
                    Row(
                        "gradient_clip",
                        self.tr("Gradient clipping"),
                        self.tr("Caps the gradient norm; stabilises recurrent networks and high rates."),
                        log=True,
                        fallback=1.0,
                        check_text=self.tr("Clip at"),
                        applies=not_gan,
                        off=None,
                        why_not=not_for_gans(self.tr("use spectral normalisation to steady the discriminator.")),
                    ),
                    Row(
                        "early_stopping.enabled",
                        self.tr("Early stopping"),
                        self.tr("Ends the run before the planned epochs once it stops improving."),
                        check_text=self.tr("Stop early when the monitored value stops improving"),
                        applies=not_gan,
                        off=False,
                        why_not=not_for_gans(
                            self.tr("its distance rises and falls; best.ckpt keeps the epoch with the lowest one.")
                        ),
                    ),
                    Row(
                        "early_stopping.monitor",
                        self.tr("Monitor"),
                        self.tr("The value watched for improvement."),
                        choices=_monitors,
                        applies=stopping,
                    ),
                    Row(
                        "early_stopping.mode",
                        self.tr("Direction"),
                        self.tr("Whether the monitored value should fall or rise: follows the monitor."),
                        choices=_direction("early_stopping"),
                        labels=better,
                        applies=never,
                    ),
                    Row(
                        "early_stopping.patience",
                        self.tr("Patience (epochs)"),
                        self.tr("Epochs without improvement before stopping."),
                        applies=stopping,
                    ),
                    Row(
                        "early_stopping.min_delta",
                        self.tr("Minimum change"),
                        self.tr("Smaller changes do not count as improvement."),
                        applies=stopping,
                        log=True,
                    ),
                    Row(
                        "checkpoint.monitor",
                        self.tr("Best checkpoint by"),
                        self.tr("best.ckpt keeps the epoch with the best value of this; last.ckpt is always kept."),
                        choices=_monitors,
                    ),
                    Row(
                        "checkpoint.mode",
                        self.tr("Direction"),
                        self.tr("Whether lower or higher is better: follows the metric."),
                        choices=_direction("checkpoint"),
                        labels=better,
                        applies=never,
                    ),
                ],
            ),
            "repro": (
                self.tr("Reproducibility and loading"),
                self.tr("Same seed and settings give the same run."),
                [
                    Row("seed", self.tr("Random seed"), self.tr("Seeds weights, shuffling and augmentation.")),
                    Row(
                        "deterministic",
                        "",
                        self.tr("Bit-for-bit repeatable runs, at some speed cost."),
                        check_text=self.tr("Deterministic algorithms (slower on GPU)"),
                    ),
                    Row(
                        "num_workers",
                        self.tr("Loader workers"),
                        self.tr("Processes that load batches (unset: automatic; 0 for in-memory data)."),
                        check_text=self.tr("Fixed"),
                    ),
                ],
            ),
            "gan": gan_group(),
        }

    # -- workspace <-> editors ---------------------------------------------------------------------------
    def load(self) -> None:
        """Show ``workspace.experiment.train`` in the editors (the GAN group for a GAN only)."""
        self.form.load(self.workspace.experiment.train)
        self.gan_group.setVisible(is_gan(self.workspace.experiment.train))

    def _edited(self) -> None:
        task, current = self.form["task"].value(), self.workspace.experiment.train.task
        if task != current and "generation" in (task, current):  # a GAN has two networks: they change too
            self._switch_task(task)
            return
        try:
            spec = self.form.dump(self.workspace.experiment.train)
        except ValidationError as err:
            self.invalid.emit(self.form.message(err))
            return
        self.invalid.emit("")
        self.workspace.set_train(spec)

    def _switch_task(self, task: str) -> None:
        """Turn the experiment into a GAN (or back) with the task's default template, or say why not."""
        from models.errors import DanluError

        try:
            self.workspace.switch_task(task)
        except DanluError as err:
            self.load()  # the task shown is the experiment's again
            self.invalid.emit(error_text(err))
            return
        self.invalid.emit("")
