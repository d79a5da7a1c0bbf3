"""Optuna-integration's Lightning pruning callback, adapted to one seed of a multi-seed trial.

optuna-integration builds ``PyTorchLightningPruningCallback`` on ``lightning.pytorch.Callback``, the class
Danlu's Trainer (``import lightning``) checks for, so the Trainer accepts it as is (optuna#4689 was about
mixing that with the older ``pytorch_lightning`` package; tests/models/test_study_engine.py guards it).
Two changes, in a thin subclass:

* A trial runs several seeds one after another; seed ``k`` reports its epochs at steps ``k * epochs + e``,
  so a pruner compares seed 0's epoch 3 of one configuration with seed 0's epoch 3 of the others.
* Instead of raising ``TrialPruned`` inside ``Trainer.fit`` (where ``fit()`` would record a failed run),
  the run is stopped like an early stop; the study raises ``TrialPruned`` once the run folder is complete.
"""

from __future__ import annotations

from typing import Any

import lightning as L
import optuna
from optuna_integration import PyTorchLightningPruningCallback


class _SeedTrial:
    """A trial whose reported steps are shifted by ``offset`` (everything else is the trial itself)."""

    def __init__(self, trial: optuna.Trial, offset: int) -> None:
        self._trial = trial
        self._offset = offset

    def report(self, value: float, step: int) -> None:
        self._trial.report(value, step=self._offset + step)

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):  # copy and pickle look these up before _trial exists
            raise AttributeError(name)
        return getattr(self.__dict__["_trial"], name)


class SeedPruning(PyTorchLightningPruningCallback):
    """Report ``monitor`` after each validation epoch to the trial; stop the run if the pruner says so.

    Attributes:
        pruned_epoch: The epoch after which the pruner stopped the run, or None.
    """

    def __init__(self, trial: optuna.Trial, monitor: str, step_offset: int) -> None:
        super().__init__(_SeedTrial(trial, step_offset), monitor)  # type: ignore[arg-type]
        self.pruned_epoch: int | None = None

    def on_validation_end(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        try:
            super().on_validation_end(trainer, pl_module)
        except optuna.TrialPruned:
            self.pruned_epoch = pl_module.current_epoch
            trainer.should_stop = True

    def was_pruned(self) -> bool:
        """True when this run was pruned, also under DDP (where the decision is kept in the storage)."""
        if self.pruned_epoch is not None:
            return True
        try:
            self.check_pruned()
        except optuna.TrialPruned:
            return True
        return False
