"""TrainSpec: task, loss, optimiser, schedule, stopping, checkpointing and hardware options."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field, PlainValidator, WithJsonSchema, model_validator

from models.spec.base import StrictModel, field_errors
from models.spec.gan import GanSpec
from models.vocab import LOSSES, METRICS, TASKS, loss_problem, losses_for, monitor_problem

#: The choices of ``TrainSpec.task`` and ``TrainSpec.loss`` come from :mod:`models.vocab`.
TaskKind = Literal[TASKS]  # type: ignore[valid-type]
LossName = Literal[tuple(LOSSES)]  # type: ignore[valid-type]
CLASSIFICATION_LOSSES = tuple(e.name for e in losses_for("classification"))
REGRESSION_LOSSES = tuple(e.name for e in losses_for("regression"))


class _Watch(StrictModel):
    """A metric to watch: ``mode`` defaults to the metric's direction (``monitor: val_acc`` -> ``max``)."""

    @model_validator(mode="before")
    @classmethod
    def _mode_from_direction(cls, data: Any) -> Any:
        if isinstance(data, dict) and "mode" not in data and data.get("monitor") in METRICS:
            return {**data, "mode": METRICS[data["monitor"]].direction}
        return data


AUTO = "auto"


def _auto_or_int(high: int) -> PlainValidator:
    """One clear message for a wrong value (a plain union would report one error per member)."""

    def check(value: object) -> int | str:
        if value == AUTO:
            return AUTO
        if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= high:
            return value
        raise ValueError(f"must be 'auto' or a whole number from 1 to {high:,}, not {value!r}")

    return PlainValidator(check)


def _schema(high: int) -> WithJsonSchema:
    return WithJsonSchema({"anyOf": [{"type": "integer", "minimum": 1, "maximum": high}, {"const": AUTO}]})


#: ``"auto"`` or a positive whole number; ``auto`` is resolved at fit time (models.training.budget / threads).
AutoEpochs = Annotated[int | Literal["auto"], _auto_or_int(100_000), _schema(100_000)]
AutoBatch = Annotated[int | Literal["auto"], _auto_or_int(1 << 20), _schema(1 << 20)]
AutoThreads = Annotated[int | Literal["auto"], _auto_or_int(1024), _schema(1024)]


class OptimizerSpec(StrictModel):
    """Optimiser and its hyper-parameters (``weight_decay`` is L2; ``l1`` adds an L1 penalty to the loss)."""

    name: Literal["sgd", "adagrad", "rmsprop", "adam", "adamw"] = "adam"
    lr: float = Field(1e-3, gt=0, le=10)
    weight_decay: float = Field(0.0, ge=0)
    momentum: float = Field(0.9, ge=0, lt=1)
    nesterov: bool = False
    betas: list[float] = Field(default_factory=lambda: [0.9, 0.999], min_length=2, max_length=2)
    l1: float = Field(0.0, ge=0)


class SchedulerSpec(StrictModel):
    """Learning-rate schedule over the planned epochs."""

    name: Literal["none", "step", "exponential", "cosine", "warmup_cosine", "one_cycle", "plateau"] = "none"
    step_size: int = Field(10, ge=1, description="Epochs between decays (step).")
    gamma: float = Field(0.1, gt=0, le=1, description="Decay factor (step, exponential).")
    warmup_epochs: int = Field(1, ge=0)
    min_lr: float = Field(0.0, ge=0)
    max_lr: float | None = Field(default=None, gt=0, description="Peak LR of one-cycle (None = 10x lr).")
    patience: int = Field(3, ge=0, description="Epochs without improvement before plateau decay.")
    factor: float = Field(0.1, gt=0, lt=1)
    restarts: list[int] = Field(
        default_factory=list,
        description="Epochs where cosine, warmup_cosine and one_cycle start a new cycle (no warm-up) that runs "
        "to the next restart or the last epoch. Added when a run is trained past its planned epochs, so "
        "experiment.yaml keeps the original plan (the first restart) and the extension (train.epochs).",
    )

    @model_validator(mode="after")
    def _restarts_increase(self) -> SchedulerSpec:
        if any(r < 1 for r in self.restarts) or any(b <= a for a, b in zip(self.restarts, self.restarts[1:])):
            raise ValueError(f"restarts must be increasing epoch numbers of at least 1, not {self.restarts}")
        return self


class EarlyStoppingSpec(_Watch):
    enabled: bool = False
    monitor: str = "val_loss"
    patience: int = Field(5, ge=0)
    mode: Literal["min", "max"] = "min"
    min_delta: float = Field(0.0, ge=0)


class CheckpointSpec(_Watch):
    """``best.ckpt`` is chosen by ``monitor``; ``last.ckpt`` is always written."""

    monitor: str = "val_loss"
    mode: Literal["min", "max"] = "min"


class AutoBudgetRecord(StrictModel):
    """What ``auto`` became in a run: written by ``fit()`` into the run's experiment.yaml, never read back.

    The run's ``epochs``/``batch_size`` (and the early stopping and plateau schedule the rule switched on) hold
    the resolved numbers, so the file re-runs exactly; this record says which of them were chosen automatically.
    """

    epochs: bool = False
    batch_size: bool = False
    train_size: int = Field(0, ge=0)
    rule: str = ""
    summary: str = ""


class TrainSpec(StrictModel):
    """Everything about how the network is trained."""

    task: TaskKind = "classification"
    loss: LossName = "cross_entropy"
    label_smoothing: float = Field(0.0, ge=0, lt=1)
    focal_gamma: float = Field(2.0, ge=0)
    huber_delta: float = Field(1.0, gt=0)
    optimizer: OptimizerSpec = Field(default_factory=OptimizerSpec)
    scheduler: SchedulerSpec = Field(default_factory=SchedulerSpec)
    epochs: AutoEpochs = Field(AUTO, description="Passes over the train split; auto: from the split's size.")
    batch_size: AutoBatch = Field(AUTO, description="Samples per optimiser step; auto: from the split's size.")
    gradient_clip: float | None = Field(default=None, gt=0)
    early_stopping: EarlyStoppingSpec = Field(default_factory=EarlyStoppingSpec)
    checkpoint: CheckpointSpec = Field(default_factory=CheckpointSpec)
    precision: Literal["32", "16-mixed", "bf16-mixed"] = "32"
    accelerator: Literal["auto", "cpu", "cuda", "mps"] = "auto"
    device_index: int = Field(0, ge=0)
    seed: int = 0
    deterministic: bool = False
    num_workers: int | None = Field(default=None, ge=0, description="DataLoader workers (None = automatic).")
    cpu_threads: AutoThreads = Field(
        AUTO, description="torch intra-op CPU threads; auto: the free physical cores (models.training.threads)."
    )
    auto_budget: AutoBudgetRecord | None = Field(
        default=None, description="Set by fit() in a run's experiment.yaml when epochs/batch_size were auto."
    )
    gan: GanSpec = Field(default_factory=GanSpec, description="GAN options (task generation).")

    @model_validator(mode="after")
    def _restarts_within_epochs(self) -> TrainSpec:
        if self.scheduler.restarts and isinstance(self.epochs, int) and self.scheduler.restarts[-1] >= self.epochs:
            raise ValueError(
                f"scheduler.restarts {self.scheduler.restarts} must be below epochs ({self.epochs}): a cycle "
                "needs at least one epoch"
            )
        return self

    @model_validator(mode="after")
    def _choices_fit_task(self) -> TrainSpec:
        """The loss and the watched metrics must be the task's (:mod:`models.vocab` knows which)."""
        problems: list[tuple[tuple[str | int, ...], str, Any]] = []
        wrong_loss = loss_problem(self.loss, self.task)
        if wrong_loss:
            problems.append((("loss",), wrong_loss, self.loss))
        for where, watch in (("checkpoint", self.checkpoint), ("early_stopping", self.early_stopping)):
            wrong = monitor_problem(watch.monitor, watch.mode, self.task)
            if wrong:
                problems.append(((where, wrong[0]), wrong[1], getattr(watch, wrong[0])))
        if problems:
            raise field_errors("TrainSpec", problems)
        return self

    @model_validator(mode="after")
    def _generation_options(self) -> TrainSpec:
        """A GAN's two optimisers are stepped by its task (manual optimisation), at constant rates."""
        if self.task != "generation":
            return self
        problems: list[tuple[tuple[str | int, ...], str, Any]] = []
        if self.gradient_clip is not None:
            problems.append(
                (
                    ("gradient_clip",),
                    "not used by GAN training; remove it (or use gan.spectral_norm)",
                    self.gradient_clip,
                )
            )
        if self.scheduler.name != "none":
            problems.append(
                (
                    ("scheduler", "name"),
                    "GAN training keeps both learning rates constant; set none",
                    self.scheduler.name,
                )
            )
        if problems:
            raise field_errors("TrainSpec", problems)
        return self
