"""Stop a run whose training loss becomes NaN/infinite, or explodes by orders of magnitude while staying finite."""

from __future__ import annotations

import math
from typing import Any

import lightning as L
from lightning.pytorch.callbacks import Callback

from models.errors import TrainingError


class NonFiniteLossError(TrainingError):
    """The loss became NaN/inf; names the epoch and step so the user can lower the LR or clip gradients."""


class DivergenceError(TrainingError):
    """The loss grew by orders of magnitude over its early value (e.g. SGD with lr 10: 2.3 -> 4e21)."""


class LossGuard(Callback):
    """Raises :class:`NonFiniteLossError` on a non-finite loss and :class:`DivergenceError` when the loss stays
    ``GROWTH`` times above the run's first loss for ``PATIENCE`` checks in a row, or an epoch's mean does.

    The first loss (of an untrained network) is the reference; it is kept in checkpoints, so a resumed run
    compares with the same value. A reference below ``MIN_REFERENCE`` counts as that much, so a loss that
    starts near zero may still wobble. One host sync per ``every`` steps; a diverged or NaN loss persists,
    so checking every few steps still catches it within those steps while keeping the hot path cheap on GPUs.
    """

    GROWTH = 1e3
    PATIENCE = 3
    MIN_REFERENCE = 1e-2

    def __init__(self, every: int = 1) -> None:
        self.every = max(1, every)
        self.reference: float | None = None
        self._above = 0

    def on_train_batch_end(
        self, trainer: L.Trainer, pl_module: L.LightningModule, outputs: Any, batch: Any, batch_idx: int
    ) -> None:
        if trainer.global_step % self.every:
            return
        loss = outputs["loss"] if isinstance(outputs, dict) else outputs
        if loss is None:
            return
        value = float(loss.detach().float().reshape(-1)[0])
        where = f"at epoch {trainer.current_epoch + 1}, step {trainer.global_step} (batch {batch_idx + 1})"
        if not math.isfinite(value):
            shown = "NaN" if math.isnan(value) else value
            raise NonFiniteLossError(
                f"the training loss became {shown} {where}; lower the learning rate, enable gradient clipping or "
                "check the data for NaN/inf values. The last good checkpoint is kept."
            )
        if self.reference is None:
            self.reference = value
            return
        self._above = self._above + 1 if value > self._limit() else 0
        if self._above >= self.PATIENCE:
            self._diverged(trainer, value, where)

    def on_train_epoch_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        # A burst of huge losses that kills the network (its loss then falls back near chance) shows in the
        # epoch's mean even when it lasted fewer than PATIENCE steps.
        mean = getattr(pl_module, "epoch_train_loss", lambda: None)()  # before the task resets it
        if self.reference is not None and mean is not None and mean > self._limit():
            self._diverged(trainer, mean, f"(the mean of epoch {trainer.current_epoch + 1})")

    def _limit(self) -> float:
        return max(self.reference or 0.0, self.MIN_REFERENCE) * self.GROWTH

    def _diverged(self, trainer: L.Trainer, value: float, where: str) -> None:
        lr = float(trainer.optimizers[0].param_groups[0]["lr"]) if trainer.optimizers else None
        now = f" (now {lr:g}; try {lr / 10:g} or less)" if lr else ""
        raise DivergenceError(
            f"training diverged: the training loss grew from {self.reference:.3g} to {value:.3g} {where}; "
            f"lower the learning rate{now} or enable gradient clipping. The last good checkpoint is kept."
        )

    def state_dict(self) -> dict[str, Any]:
        return {"reference": self.reference}

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        self.reference = state_dict.get("reference")
