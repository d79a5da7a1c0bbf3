"""best.ckpt kept in memory when the monitored metric improves, written to disk at most every few seconds.

On a small dataset an epoch takes tens of milliseconds and the validation loss improves most epochs, so
writing best.ckpt on every improvement (a pickle, an fsync and a rename: ~5 ms quiet, 50-120 ms on a loaded
machine) was the largest fixed cost of an epoch. The checkpoint is taken exactly when it improves (a copy of
its tensors), and the newest one is written when ``BEST_EVERY_S`` have passed since the last write, at the
end of training, and when a run fails, so a crash loses at most that many seconds of improvements.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import lightning as L
import torch
from lightning.pytorch.callbacks import ModelCheckpoint

from models.training.interval import Interval

#: Models above this many parameters are written at once (a copy would cost memory and time of its own).
MAX_DEFERRED_PARAMETERS = 20_000_000


def _cloned(obj: Any) -> Any:
    """A copy of a checkpoint's tensors (they are live weights and optimiser state); other values are kept.

    Hand-written: Lightning's ``apply_to_collection`` took ~40 ms for one small checkpoint on a busy machine.
    """
    if isinstance(obj, torch.Tensor):
        return obj.detach().clone()
    if isinstance(obj, dict):
        out = {k: _cloned(v) for k, v in obj.items()}
        if type(obj) is dict:
            return out
        copy = type(obj)(out)  # an OrderedDict state_dict keeps its type and its module-version metadata
        if hasattr(obj, "_metadata"):
            copy._metadata = obj._metadata  # type: ignore[attr-defined]
        return copy
    if isinstance(obj, (list, tuple)) and type(obj) in (list, tuple):
        return type(obj)(_cloned(v) for v in obj)
    return obj


class DeferredBestWrites:
    """Mixin for ``ModelCheckpoint``: defers the writes of non-``last`` checkpoints (single-process runs).

    Distributed runs write at once: every rank must reach the save's barrier together.
    """

    BEST_EVERY_S = 10.0
    CHECKPOINT_NAME_LAST: str | None
    save_weights_only: bool

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)  # type: ignore[call-arg]
        self._best_every = Interval(self.BEST_EVERY_S)
        self._best_every.restart()  # the first improvements of a run come fast: hold them briefly too
        self._pending: tuple[dict[str, Any], str] | None = None

    def _deferrable(self, trainer: L.Trainer, filepath: str) -> bool:
        if trainer.world_size > 1 or Path(filepath).stem == self.CHECKPOINT_NAME_LAST:
            return False
        model = trainer.lightning_module
        return model is not None and sum(p.numel() for p in model.parameters()) <= MAX_DEFERRED_PARAMETERS

    def _save_checkpoint(self, trainer: L.Trainer, filepath: str) -> None:
        if not self._deferrable(trainer, filepath):
            super()._save_checkpoint(trainer, filepath)  # type: ignore[misc]
            return
        state = trainer._checkpoint_connector.dump_checkpoint(self.save_weights_only)
        self._pending = (_cloned(state), filepath)
        self._last_global_step_saved = trainer.global_step
        self._last_checkpoint_saved = filepath
        self.flush(trainer, force=False)

    def flush(self, trainer: L.Trainer, force: bool = True) -> None:
        """Write the newest deferred checkpoint (when due, or always with ``force``)."""
        if self._pending is None or not self._best_every.due(force=force):
            return
        state, filepath = self._pending
        self._pending = None
        trainer.strategy.save_checkpoint(state, filepath)

    def on_validation_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        super().on_validation_end(trainer, pl_module)  # type: ignore[misc]
        self.flush(trainer, force=False)  # an improvement from a while ago reaches the disk without a new one

    def on_train_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        self.flush(trainer)
        super().on_train_end(trainer, pl_module)  # type: ignore[misc]

    def on_exception(self, trainer: L.Trainer, pl_module: L.LightningModule, exception: BaseException) -> None:
        self.flush(trainer)  # a failed run keeps its best weights
        super().on_exception(trainer, pl_module, exception)  # type: ignore[misc]


class BestCheckpoint(DeferredBestWrites, ModelCheckpoint):
    """``best.ckpt``: Lightning's ModelCheckpoint (top 1 by the monitored metric) with deferred writes.

    A run folder that was moved or copied resumes with its best score: Lightning forgets the score when the
    checkpoint's folder differs from the one it now runs in, so the first epoch after resuming would replace
    best.ckpt with a model that may be worse. The stored paths are rebased onto the run's own folder instead.
    """

    def load_state_dict(self, state_dict: dict[str, Any]) -> None:
        old = state_dict.get("dirpath")
        if old and self.dirpath and Path(old) != Path(self.dirpath):

            def moved(path: Any) -> Any:
                return str(Path(self.dirpath) / Path(path).name) if path else path

            state_dict = {
                **state_dict,
                "dirpath": self.dirpath,
                "best_model_path": moved(state_dict.get("best_model_path")),
                "kth_best_model_path": moved(state_dict.get("kth_best_model_path")),
                "last_model_path": moved(state_dict.get("last_model_path")),
                "best_k_models": {moved(k): v for k, v in (state_dict.get("best_k_models") or {}).items()},
            }
        super().load_state_dict(state_dict)
