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
    warmup is smooth even over one epoch.
    """
    total_steps = max(1, epochs * max(1, steps_per_epoch))
    if spec.name == "none":
        return None
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
