"""best.ckpt whenever the monitored metric improves; last.ckpt at most every few seconds, and always at the end."""

from __future__ import annotations

import lightning as L
from lightning.pytorch.callbacks import ModelCheckpoint
from torch import Tensor

from models.training.callbacks.deferred import DeferredBestWrites
from models.training.interval import Interval


class RunCheckpoint(DeferredBestWrites, ModelCheckpoint):
    """Lightning's ModelCheckpoint with a time budget for ``last.ckpt``.

    Writing last.ckpt after every epoch cost ~6% of a small run (an epoch of the digits set takes ~0.1 s, a
    save ~5 ms). It is written when ``LAST_EVERY_S`` have passed since the previous one, after the final epoch
    and when the run is stopping (early stopping or the user: ``RunControl`` also saves at a mid-epoch stop),
    so a crash loses at most that many seconds of training and a finished or stopped run always resumes from
    its true end.
    """

    LAST_EVERY_S = 10.0

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self._last_every = Interval(self.LAST_EVERY_S)

    def _save_last_checkpoint(self, trainer: L.Trainer, monitor_candidates: dict[str, Tensor]) -> None:
        final = trainer.should_stop or trainer.current_epoch + 1 >= (trainer.max_epochs or 0)
        if self._last_every.due(force=final):
            super()._save_last_checkpoint(trainer, monitor_candidates)
