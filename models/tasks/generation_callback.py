"""The side effects of a GAN run: the feature classifier, sample grids (events and PNGs), failure warnings.

Sample grids travel as :class:`~models.training.events.GeneratedSamples` (uint8 numpy arrays); the epoch
grids, the interpolation strip and the class rows are also saved under ``<run>/samples/`` so a finished run
shows them without its checkpoint. Warnings go to the log as ``LogMessage`` events and into
``status.json`` (``warnings``) for the Results page.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import lightning as L
from lightning.pytorch.callbacks import Callback

from models.sample_grids import save_png
from models.training.events import GeneratedSamples, LogMessage, Sink
from models.training.interval import Interval
from models.training.runs import RunFolder

SAMPLES_DIR = "samples"
#: The discriminator "wins outright" when its loss stays below this for this many epochs in a row.
D_WINS_LOSS, D_WINS_EPOCHS = 0.05, 3
#: Samples "collapse" when their feature spread stays below this share of the real images' for this many epochs,
#: after the first few epochs (every generator starts out drawing near-identical blurs).
COLLAPSE_DIVERSITY, COLLAPSE_EPOCHS, COLLAPSE_GRACE = 0.25, 2, 4


def epoch_grid_path(run_dir: str | Path, epoch: int) -> Path:
    """``<run>/samples/epoch-0003.png`` for epoch index 2 (files count epochs from 1, as the log does)."""
    return Path(run_dir) / SAMPLES_DIR / f"epoch-{epoch + 1:04d}.png"


@dataclass
class FailureWatch:
    """Tells from each epoch's numbers when a GAN is failing; each warning is given once per episode."""

    loss_kind: str
    epochs: int = 0
    streaks: dict[str, int] = field(default_factory=dict)

    def observe(self, metrics: dict[str, float]) -> list[str]:
        """Warnings for this epoch (usually none), from ``train_d_loss`` and ``val_diversity``."""
        self.epochs += 1
        d_loss, diversity = metrics.get("train_d_loss"), metrics.get("val_diversity")
        # A Wasserstein critic's loss is a signed distance estimate, never "near 0 when winning".
        wins = self.loss_kind != "wgan_gp" and d_loss is not None and d_loss < D_WINS_LOSS
        low = diversity is not None and diversity < COLLAPSE_DIVERSITY and self.epochs > COLLAPSE_GRACE
        out = []
        if self._due("d_wins", wins, D_WINS_EPOCHS):
            out.append(
                f"the discriminator wins outright: its loss has stayed below {D_WINS_LOSS} for {D_WINS_EPOCHS} "
                "epochs, so the generator learns almost nothing. Try a lower train.gan.discriminator_lr, "
                "train.gan.spectral_norm, the hinge loss, or a smaller discriminator."
            )
        if self._due("collapse", low, COLLAPSE_EPOCHS):
            out.append(
                f"the samples collapse: their classifier features spread only {diversity:.0%} as much as the real "
                "images' (mode collapse). Try lower learning rates, the wgan_gp loss, more "
                "train.gan.discriminator_steps, or restart with another seed."
            )
        return out

    def _due(self, sign: str, seen: bool, epochs: int) -> bool:
        """True once, in the epoch where ``sign`` has been seen ``epochs`` times in a row."""
        self.streaks[sign] = self.streaks.get(sign, 0) + 1 if seen else 0
        return self.streaks[sign] == epochs


class GanMonitor(Callback):
    """Prepares the quality classifier, sends and saves sample grids, and warns about failing training.

    Args:
        sink: The run's event sink.
        run_dir: The run folder.
        interval_s: Seconds between live grids within an epoch (None: ``train.gan.sample_every_s``).
    """

    def __init__(self, sink: Sink, run_dir: str | Path, interval_s: float | None = None) -> None:
        self.sink = sink
        self.run_dir = Path(run_dir)
        self.interval_s = interval_s
        self._live: Interval | None = None
        self.watch: FailureWatch | None = None
        self.warnings: list[str] = []

    def _say(self, text: str, level: str = "info") -> None:
        self.sink(LogMessage(level, text))  # type: ignore[arg-type]

    def on_train_start(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        task: Any = pl_module
        say = self._say if trainer.is_global_zero else (lambda _text: None)
        task.prepare_quality(trainer.datamodule, self.run_dir, say, save=trainer.is_global_zero)
        self._live = Interval(self.interval_s if self.interval_s is not None else task.gan.sample_every_s)
        self.watch = FailureWatch(task.loss_kind)
        self.warnings = list(RunFolder(self.run_dir).read_status().get("warnings") or [])  # a resumed run's too

    def on_train_epoch_start(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        if self._live is not None:
            self._live.restart()

    def _send(self, kind: str, task: Any, trainer: L.Trainer, grid: Any, rows: int, cols: int, **extra: Any) -> None:
        self.sink(GeneratedSamples(kind, trainer.current_epoch, trainer.global_step, grid, rows, cols, **extra))  # type: ignore[arg-type]

    def on_train_batch_end(
        self, trainer: L.Trainer, pl_module: L.LightningModule, outputs: Any, batch: Any, batch_idx: int
    ) -> None:
        last = batch_idx + 1 >= trainer.num_training_batches  # the epoch grid follows: no live one
        if not trainer.is_global_zero or last or self._live is None or not self._live.due():
            return
        task: Any = pl_module
        self._send("live", task, trainer, task.sample_grid(), *task.grid_shape())

    def on_train_epoch_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        done = trainer.fit_loop.epoch_loop.batch_progress.current.ready
        if not trainer.is_global_zero or (trainer.should_stop and done < trainer.num_training_batches):
            return  # a stopped, partial epoch is not a completed epoch
        task: Any = pl_module
        grid = task.sample_grid()
        path = save_png(grid, epoch_grid_path(self.run_dir, trainer.current_epoch))
        accuracy = task.last_quality.get("class_accuracy")
        self._send("epoch", task, trainer, grid, *task.grid_shape(), class_accuracy=accuracy, path=str(path))
        metrics = {k: float(v) for k, v in trainer.callback_metrics.items() if k.startswith(("train_", "val_"))}
        for text in self.watch.observe(metrics) if self.watch is not None else []:
            self.warnings.append(text)
            self._say(text, "warning")
            RunFolder(self.run_dir).write_status(warnings=self.warnings)

    def on_train_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        if not trainer.is_global_zero:
            return
        task: Any = pl_module
        for kind, made in (("interpolation", task.interpolation_grid()), ("classes", task.class_grid())):
            if made is not None:
                grid, rows, cols = made
                path = save_png(grid, self.run_dir / SAMPLES_DIR / f"{kind}.png")
                self._send(kind, task, trainer, grid, rows, cols, path=str(path))
