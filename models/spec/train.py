"""TrainSpec: task, loss, optimiser, schedule, stopping, checkpointing and hardware options."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from models.spec.base import StrictModel
from models.spec.gan import GENERATION_LOSSES, GanSpec

TaskKind = Literal["classification", "regression", "forecasting", "generation"]
LossName = Literal[
    "cross_entropy",
    "weighted_cross_entropy",
    "focal",
    "bce",
    "mse",
    "mae",
    "huber",
    "non_saturating",
    "hinge",
    "wgan_gp",
]
CLASSIFICATION_LOSSES = ("cross_entropy", "weighted_cross_entropy", "focal", "bce")
REGRESSION_LOSSES = ("mse", "mae", "huber")


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


class EarlyStoppingSpec(StrictModel):
    enabled: bool = False
    monitor: str = "val_loss"
    patience: int = Field(5, ge=0)
    mode: Literal["min", "max"] = "min"
    min_delta: float = Field(0.0, ge=0)


class CheckpointSpec(StrictModel):
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
    def _loss_fits_task(self) -> TrainSpec:
        if self.task == "generation" or self.loss in GENERATION_LOSSES:
            return self._generation_fits()
        if self.task == "classification" and self.loss not in CLASSIFICATION_LOSSES:
            raise ValueError(
                f"loss {self.loss!r} is for regression; classification takes {', '.join(CLASSIFICATION_LOSSES)}"
            )
        if self.task != "classification" and self.loss not in REGRESSION_LOSSES:
            raise ValueError(
                f"loss {self.loss!r} is for classification; {self.task} takes {', '.join(REGRESSION_LOSSES)}"
            )
        return self

    def _generation_fits(self) -> TrainSpec:
        if self.task != "generation":
            takes = CLASSIFICATION_LOSSES if self.task == "classification" else REGRESSION_LOSSES
            raise ValueError(f"loss {self.loss!r} is for generation (GANs); {self.task} takes {', '.join(takes)}")
        if self.loss not in GENERATION_LOSSES:
            raise ValueError(f"loss {self.loss!r} is not a GAN loss; generation takes {', '.join(GENERATION_LOSSES)}")
        # Both optimisers are stepped by the GAN task itself (manual optimisation), at constant rates.
        if self.gradient_clip is not None:
            raise ValueError("gradient_clip is not used by GAN training; remove it (or use train.gan.spectral_norm)")
        if self.scheduler.name != "none":
            raise ValueError("GAN training keeps both learning rates constant; set scheduler.name to none")
        return self
