"""Cooperative stop and pause, checked after every training batch (so honoured within one batch)."""

from __future__ import annotations

import threading
import time
from typing import Any

import lightning as L
from lightning.pytorch.callbacks import Callback


class RunControl(Callback):
    """Sets ``trainer.should_stop`` when ``stop`` is set; blocks between batches while ``pause`` is set.

    No exceptions and no thread killing: Lightning finishes the batch and runs its teardown; LastCheckpoint
    writes ``last.ckpt`` at the stop so nothing is lost.
    """

    POLL_S = 0.05

    def __init__(self, stop: threading.Event | None, pause: threading.Event | None) -> None:
        self.stop = stop
        self.pause = pause

    @property
    def stop_requested(self) -> bool:
        return self.stop is not None and self.stop.is_set()

    def _wait_while_paused(self) -> None:
        while self.pause is not None and self.pause.is_set() and not self.stop_requested:
            time.sleep(self.POLL_S)

    def _check_stop(self, trainer: L.Trainer) -> None:
        if self.stop_requested and not trainer.should_stop:
            trainer.should_stop = True

    def on_train_batch_end(
        self, trainer: L.Trainer, pl_module: L.LightningModule, outputs: Any, batch: Any, batch_idx: int
    ) -> None:
        self._wait_while_paused()
        self._check_stop(trainer)

    def on_train_epoch_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        # A stop during validation ends the run here, with this epoch's end saved as the final last.ckpt. Not at
        # the next epoch's start: Lightning would count that empty epoch as done, and a resume would skip it.
        self._check_stop(trainer)

    def on_train_epoch_start(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        self._wait_while_paused()
