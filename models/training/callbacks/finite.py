"""Stop the run with a clear error when the training loss becomes NaN or infinite."""

from __future__ import annotations

import math
from typing import Any

import lightning as L
import torch
from lightning.pytorch.callbacks import Callback

from models.errors import TrainingError


class NonFiniteLossError(TrainingError):
    """The loss became NaN/inf; names the epoch and step so the user can lower the LR or clip gradients."""


class FiniteLossGuard(Callback):
    """Raises :class:`NonFiniteLossError` on a non-finite loss.

    The check costs one host sync per ``every`` steps; a NaN persists (weights become NaN), so checking every
    few steps still catches it within those steps while keeping the hot path cheap on GPUs.
    """

    def __init__(self, every: int = 1) -> None:
        self.every = max(1, every)

    def on_train_batch_end(
        self, trainer: L.Trainer, pl_module: L.LightningModule, outputs: Any, batch: Any, batch_idx: int
    ) -> None:
        if trainer.global_step % self.every:
            return
        loss = outputs["loss"] if isinstance(outputs, dict) else outputs
        if isinstance(loss, torch.Tensor) and not bool(torch.isfinite(loss).all()):
            value = float(loss.detach().float().reshape(-1)[0])
            raise NonFiniteLossError(
                f"the training loss became {'NaN' if math.isnan(value) else value} "
                f"at epoch {trainer.current_epoch + 1}, "
                f"step {trainer.global_step} (batch {batch_idx + 1}); lower the learning rate, enable gradient "
                "clipping or check the data for NaN/inf values. The last good checkpoint is kept."
            )
