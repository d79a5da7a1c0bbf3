"""Cooperative stop and pause, checked after every training batch (so honoured within one batch)."""

from __future__ import annotations

import threading
import time
from typing import Any

import lightning as L
from lightning.pytorch.callbacks import Callback


class RunControl(Callback):
    """Sets ``trainer.should_stop`` when ``stop`` is set; blocks between batches while ``pause`` is set.

    No exceptions and no thread killing: Lightning finishes the batch and runs its teardown; ``last.ckpt`` is
    written at the stop so nothing is lost.
    """

    POLL_S = 0.05

    def __init__(
        self, stop: threading.Event | None, pause: threading.Event | None, checkpoint_path: str | None = None
    ) -> None:
        self.stop = stop
        self.pause = pause
        self.checkpoint_path = checkpoint_path
        self.saved_on_stop = False

    @property
    def stop_requested(self) -> bool:
        return self.stop is not None and self.stop.is_set()

    def _check(self, trainer: L.Trainer) -> None:
        while self.pause is not None and self.pause.is_set() and not self.stop_requested:
            time.sleep(self.POLL_S)
        if self.stop_requested and not trainer.should_stop:
            trainer.should_stop = True
            if self.checkpoint_path:
                # Saved here, mid-epoch, so a resume finishes this epoch instead of skipping to the next one.
                trainer.save_checkpoint(self.checkpoint_path, weights_only=False)
                self.saved_on_stop = True

    def on_train_batch_end(
        self, trainer: L.Trainer, pl_module: L.LightningModule, outputs: Any, batch: Any, batch_idx: int
    ) -> None:
        self._check(trainer)

    def on_train_epoch_start(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        self._check(trainer)
