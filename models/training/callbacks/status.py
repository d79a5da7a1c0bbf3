"""status.json counts each finished epoch while training, so a killed run's folder says how far it got."""

from __future__ import annotations

import lightning as L
from lightning.pytorch.callbacks import Callback

from models.training.callbacks.progress import EpochCounter
from models.training.runs import RunFolder


class StatusRecorder(Callback):
    """Writes ``epochs_completed`` into status.json after each complete epoch (rank 0).

    Without an fsync (1-2 ms instead of ~15 ms on a busy disk): the count is for people and the runs list; a
    resume counts epochs from the checkpoint it continues from.
    """

    def __init__(self, run: RunFolder, counter: EpochCounter) -> None:
        self.run = run
        self.counter = counter

    def on_train_epoch_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        if trainer.is_global_zero and self.counter.epoch_complete(trainer):
            self.run.write_status(epochs_completed=self.counter.epochs_completed, durable=False)
