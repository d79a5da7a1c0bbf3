"""Forward plain-data training events to a sink (the CLI's printer or the GUI's queued signal).

Throttled by wall-clock time so a fast model does not flood the GUI; never sends tensors. Only rank 0
reports in a distributed run.
"""

from __future__ import annotations

import time
from typing import Any

import lightning as L
import torch
from lightning.pytorch.callbacks import Callback

from models.training.callbacks.progress import EpochCounter
from models.training.events import EpochEnd, RocCurve, RunStarted, Sink, StepProgress
from models.training.interval import Interval


def current_lr(trainer: L.Trainer) -> float:
    if not trainer.optimizers:
        return 0.0
    return float(trainer.optimizers[0].param_groups[0]["lr"])


def device_memory_mb(module: L.LightningModule) -> float | None:
    if module.device.type == "cuda":
        return torch.cuda.memory_allocated(module.device) / 2**20
    return None


class EventForwarder(Callback):
    """Sends RunStarted, throttled StepProgress and EpochEnd events to ``sink``.

    Args:
        sink: Called with each event, on the training thread. It must be quick (queue or print).
        run_dir: The run folder, reported in RunStarted.
        counter: The run's epoch counter (a stopped, partial epoch sends no EpochEnd).
        interval_s: Minimum seconds between two StepProgress events (the last batch of an epoch always reports;
            default ``EMIT_EVERY_S``).
    """

    EMIT_EVERY_S = 0.1

    def __init__(self, sink: Sink, run_dir: str, counter: EpochCounter, interval_s: float | None = None) -> None:
        self.sink = sink
        self.run_dir = run_dir
        self.counter = counter
        self._emit_every = Interval(self.EMIT_EVERY_S if interval_s is None else interval_s)
        self._window_start = 0.0
        self._window_samples = 0
        self._sec_per_batch: float | None = None

    # -- run ---------------------------------------------------------------------------------------------
    def on_train_start(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        if not trainer.is_global_zero:
            return
        exp = pl_module.experiment  # type: ignore[attr-defined]
        info = pl_module.info  # type: ignore[attr-defined]
        self.sink(
            RunStarted(
                run_dir=self.run_dir,
                experiment_name=exp.name,
                task=info.task,
                class_names=tuple(info.class_names),
                max_epochs=int(trainer.max_epochs or 0),
                start_epoch=trainer.current_epoch,
                steps_per_epoch=int(trainer.num_training_batches),
                device=str(pl_module.device),
                precision=str(trainer.precision),
            )
        )

    def on_train_epoch_start(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        self._window_start = time.perf_counter()
        self._emit_every.restart()
        self._window_samples = 0

    def on_train_batch_end(
        self, trainer: L.Trainer, pl_module: L.LightningModule, outputs: Any, batch: Any, batch_idx: int
    ) -> None:
        loss = outputs["loss"] if isinstance(outputs, dict) else outputs
        self._window_samples += len(batch[1]) if isinstance(batch, (list, tuple)) else 0
        now = time.perf_counter()
        batches = int(trainer.num_training_batches)
        last = batch_idx + 1 >= batches
        if not trainer.is_global_zero or not self._emit_every.due(force=last):
            return
        elapsed = max(1e-9, now - self._window_start)
        rate = self._window_samples / elapsed
        spb = elapsed / max(1, batch_idx + 1)
        self._sec_per_batch = spb
        epochs_left = max(0, int(trainer.max_epochs or 0) - trainer.current_epoch - 1)
        remaining = (batches - batch_idx - 1) + batches * epochs_left
        self.sink(
            StepProgress(
                epoch=trainer.current_epoch,
                step=trainer.global_step,
                batch=batch_idx + 1,
                batches=batches,
                loss=float(loss),
                lr=current_lr(trainer),
                samples_per_s=rate,
                eta_s=remaining * spb,
                device_memory_mb=device_memory_mb(pl_module),
            )
        )

    def on_train_epoch_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        if not self.counter.epoch_complete(trainer) or not trainer.is_global_zero:
            return
        metrics = {
            k.removesuffix("_epoch"): float(v)
            for k, v in trainer.callback_metrics.items()
            if (k.startswith(("val_", "train_")) and not k.endswith("_step"))
        }
        mean = getattr(pl_module, "epoch_train_loss", lambda: None)()  # the task's running mean, not yet reset
        if mean is not None:
            metrics["train_loss"] = mean
        curves = getattr(pl_module, "last_val_curves", None) or {}
        roc = [RocCurve(**c) for c in curves.get("roc", [])]
        self.sink(
            EpochEnd(
                epoch=trainer.current_epoch,
                step=trainer.global_step,
                metrics=metrics,
                lr=current_lr(trainer),
                roc=roc,
                confusion=curves.get("confusion"),
                predictions=curves.get("predictions"),
            )
        )
