"""TrainSpec: task, loss, optimiser, schedule, stopping, checkpointing and hardware options."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, model_validator

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


class TrainSpec(StrictModel):
    """Everything about how the network is trained."""

    task: TaskKind = "classification"
    loss: LossName = "cross_entropy"
    label_smoothing: float = Field(0.0, ge=0, lt=1)
    focal_gamma: float = Field(2.0, ge=0)
    huber_delta: float = Field(1.0, gt=0)
    optimizer: OptimizerSpec = Field(default_factory=OptimizerSpec)
    scheduler: SchedulerSpec = Field(default_factory=SchedulerSpec)
    epochs: int = Field(10, ge=1, le=100_000)
    batch_size: int = Field(64, ge=1)
    gradient_clip: float | None = Field(default=None, gt=0)
    early_stopping: EarlyStoppingSpec = Field(default_factory=EarlyStoppingSpec)
    checkpoint: CheckpointSpec = Field(default_factory=CheckpointSpec)
    precision: Literal["32", "16-mixed", "bf16-mixed"] = "32"
    accelerator: Literal["auto", "cpu", "cuda", "mps"] = "auto"
    device_index: int = Field(0, ge=0)
    seed: int = 0
    deterministic: bool = False
    num_workers: int | None = Field(default=None, ge=0, description="DataLoader workers (None = automatic).")
    gan: GanSpec = Field(default_factory=GanSpec, description="GAN options (task generation).")

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
