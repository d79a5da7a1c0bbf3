"""Optimisers and learning-rate schedulers built from TrainSpec (shared by training and the LR preview)."""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any

import torch
from torch.optim import lr_scheduler

from models.spec.train import OptimizerSpec, SchedulerSpec


def build_optimizer(params: Iterable[Any], spec: OptimizerSpec) -> torch.optim.Optimizer:
    """The configured optimiser; ``weight_decay`` is L2 (decoupled for AdamW).

    ``params`` are parameters or parameter groups (dicts with their own ``lr``, see ``param_groups``).
    """
    b1, b2 = spec.betas
    if spec.name == "sgd":
        return torch.optim.SGD(
            params,
            lr=spec.lr,
            momentum=spec.momentum,
            nesterov=spec.nesterov and spec.momentum > 0,
            weight_decay=spec.weight_decay,
        )
    if spec.name == "adagrad":
        return torch.optim.Adagrad(params, lr=spec.lr, weight_decay=spec.weight_decay)
    if spec.name == "rmsprop":
        return torch.optim.RMSprop(params, lr=spec.lr, momentum=spec.momentum, weight_decay=spec.weight_decay)
    if spec.name == "adam":
        return torch.optim.Adam(params, lr=spec.lr, betas=(b1, b2), weight_decay=spec.weight_decay)
    if spec.name == "adamw":
        return torch.optim.AdamW(params, lr=spec.lr, betas=(b1, b2), weight_decay=spec.weight_decay)
    raise ValueError(f"unknown optimizer {spec.name!r}")


#: Schedules shaped over the planned epochs; training past the plan starts a new cycle (``spec.restarts``).
CYCLIC = ("cosine", "warmup_cosine", "one_cycle")


class PlannedLR(lr_scheduler.LambdaLR):
    """A LambdaLR whose factor is a closed form of the step count, so it can take over from any scheduler.

    Its state is only the step count: loading a checkpoint written by another scheduler (the original
    CosineAnnealingLR or OneCycleLR of a run now trained past its plan) keeps that count and sets the
    optimiser's rate to the factor's value at it.
    """

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        self.last_epoch = int(state_dict.get("last_epoch", 0))
        self._step_count = int(state_dict.get("_step_count", self.last_epoch + 1))
        values = [base * lmbda(self.last_epoch) for base, lmbda in zip(self.base_lrs, self.lr_lambdas, strict=True)]
        for group, lr in zip(self.optimizer.param_groups, values, strict=True):
            group["lr"] = lr
        self._last_lr = values


def _restarting(
    optimizer: torch.optim.Optimizer, spec: SchedulerSpec, base_lr: float, epochs: int, steps_per_epoch: int
) -> dict[str, Any]:
    """Cosine, warm-up + cosine or one-cycle planned over the first segment, then a new cycle (without warm-up)
    from each restart epoch to the next one or the end."""
    per_step = spec.name != "cosine"
    unit = max(1, steps_per_epoch) if per_step else 1
    bounds = [0, *spec.restarts, epochs]
    segments = [(a * unit, max(1, (b - a) * unit)) for a, b in zip(bounds, bounds[1:])]
    floor = spec.min_lr / base_lr if base_lr > 0 else 0.0
    peak = (spec.max_lr or base_lr * 10) / base_lr if base_lr > 0 else 1.0

    def cosine(t: float, start: float, end: float) -> float:
        return end + (start - end) * 0.5 * (1 + math.cos(math.pi * min(1.0, max(0.0, t))))

    def factor(step: int) -> float:
        first = step < segments[1][0]
        start, length = next((s, n) for s, n in reversed(segments) if step >= s)
        pos = step - start
        if spec.name == "one_cycle":  # OneCycleLR's defaults: 30% up from peak/25, then down to peak/25e4
            up = max(1.0, 0.3 * length - 1)
            if pos <= up:
                return cosine(pos / up, peak / 25, peak)
            return cosine((pos - up) / max(1.0, length - 1 - up), peak, peak / 25e4)
        warm = min(length - 1, spec.warmup_epochs * unit) if first and spec.name == "warmup_cosine" else 0
        if pos < warm:
            return (pos + 1) / (warm + 1)
        return cosine((pos - warm) / max(1, length - warm), 1.0, floor)

    return {"scheduler": PlannedLR(optimizer, factor), "interval": "step" if per_step else "epoch"}


def build_scheduler(
    optimizer: torch.optim.Optimizer,
    spec: SchedulerSpec,
    base_lr: float,
    epochs: int,
    steps_per_epoch: int,
    monitor: str = "val_loss",
    mode: str = "min",
) -> dict[str, Any] | None:
    """A Lightning ``lr_scheduler_config`` dict for the configured schedule, or None.

    Epoch-based schedules step once per epoch; warmup+cosine and one-cycle step per optimiser step so the
    warmup is smooth even over one epoch. With ``spec.restarts`` (a run trained past its plan), cosine-shaped
    schedules run one cycle per segment (:class:`PlannedLR`).
    """
    total_steps = max(1, epochs * max(1, steps_per_epoch))
    if spec.name == "none":
        return None
    if spec.restarts and spec.name in CYCLIC:
        return _restarting(optimizer, spec, base_lr, epochs, steps_per_epoch)
    if spec.name == "step":
        sched: Any = lr_scheduler.StepLR(optimizer, step_size=spec.step_size, gamma=spec.gamma)
        return {"scheduler": sched, "interval": "epoch"}
    if spec.name == "exponential":
        return {"scheduler": lr_scheduler.ExponentialLR(optimizer, gamma=spec.gamma), "interval": "epoch"}
    if spec.name == "cosine":
        sched = lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(1, epochs), eta_min=spec.min_lr)
        return {"scheduler": sched, "interval": "epoch"}
    if spec.name == "warmup_cosine":
        warm = min(total_steps - 1, spec.warmup_epochs * max(1, steps_per_epoch))
        floor = spec.min_lr / base_lr if base_lr > 0 else 0.0

        def factor(step: int) -> float:
            if step < warm:
                return (step + 1) / (warm + 1)
            progress = (step - warm) / max(1, total_steps - warm)
            return floor + (1 - floor) * 0.5 * (1 + math.cos(math.pi * min(1.0, progress)))

        return {"scheduler": lr_scheduler.LambdaLR(optimizer, factor), "interval": "step"}
    if spec.name == "one_cycle":
        peak = spec.max_lr or base_lr * 10
        # Each parameter group peaks in proportion to its own rate (a backbone's lr_factor carries over).
        scale = [g["lr"] / base_lr if base_lr > 0 else 1.0 for g in optimizer.param_groups]
        sched = lr_scheduler.OneCycleLR(optimizer, max_lr=[peak * f for f in scale], total_steps=total_steps)
        return {"scheduler": sched, "interval": "step"}
    if spec.name == "plateau":
        sched = lr_scheduler.ReduceLROnPlateau(
            optimizer, mode=mode, factor=spec.factor, patience=spec.patience, min_lr=spec.min_lr
        )
        return {"scheduler": sched, "interval": "epoch", "monitor": monitor, "strict": False}
    raise ValueError(f"unknown scheduler {spec.name!r}")
