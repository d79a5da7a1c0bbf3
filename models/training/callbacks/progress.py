"""Counts completed epochs (a stopped, partial epoch does not count) and stores the count in every checkpoint."""

from __future__ import annotations

from typing import Any

import lightning as L
from lightning.pytorch.callbacks import Callback

#: The key of Danlu's own entry in a checkpoint: ``checkpoint[CHECKPOINT_KEY]["epochs_completed"]``.
CHECKPOINT_KEY = "danlu"


class EpochCounter(Callback):
    """The run's completed epochs, for events, status.json and checkpoints.

    It must come first in the callback list, so the others read an up-to-date count at the end of an epoch.
    An epoch counts when its last batch ran: a run stopped in the middle of an epoch resumes that epoch.
    """

    def __init__(self, start: int = 0) -> None:
        self.epochs_completed = start
        self._last_batch = -1  # batch_idx of the last finished batch in the current epoch
        self._counted = False  # on_train_epoch_end has counted the current epoch

    def epoch_complete(self, trainer: L.Trainer) -> bool:
        """Whether the current epoch's last batch has run."""
        return self._last_batch + 1 >= trainer.num_training_batches

    def completed_now(self, trainer: L.Trainer) -> int:
        """Completed epochs at this moment: also between an epoch's last batch and its on_train_epoch_end, and
        after it, when Lightning has already moved ``current_epoch`` on (a SIGTERM raised there)."""
        if self._counted:
            return self.epochs_completed
        return trainer.current_epoch + 1 if self.epoch_complete(trainer) else trainer.current_epoch

    def on_train_start(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        self.epochs_completed = trainer.current_epoch

    def on_train_epoch_start(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        self._last_batch = -1
        self._counted = False

    def on_train_batch_end(
        self, trainer: L.Trainer, pl_module: L.LightningModule, outputs: Any, batch: Any, batch_idx: int
    ) -> None:
        self._last_batch = batch_idx  # the index within the epoch, also after a mid-epoch resume

    def on_train_epoch_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        self.epochs_completed = self.completed_now(trainer)
        self._counted = True

    def on_save_checkpoint(self, trainer: L.Trainer, pl_module: L.LightningModule, checkpoint: dict[str, Any]) -> None:
        checkpoint[CHECKPOINT_KEY] = {"epochs_completed": self.completed_now(trainer)}
