"""The automatic training budget: ``train.epochs: auto`` and ``train.batch_size: auto`` resolved from the data.

The rule (``RULE``), chosen from the recipes of the published small-data baselines:

- **Batch size** ``2**floor(log2(n / 10))``, clamped to ``[4, 64]`` (``[4, 128]`` on a GPU), where ``n`` is the
  size of the train split. The time-series baselines of Wang et al. (2017, "Time series classification from
  scratch with deep neural networks: a strong baseline") as re-run by Fawaz et al. (2019, "Deep learning for
  time series classification: a review", code: hfawaz/dl-4-tsc) use ``min(n / 10, 16)`` for FCN and
  ``min(n / 10, 64)`` for ResNet: about ten optimiser steps per epoch on a tiny set. A power of two keeps the
  numbers familiar; 64 is the usual small-image batch (the Keras/PyTorch MNIST examples use 64-128).
- **Epochs** enough for ``MIN_STEPS`` optimiser steps, at least ``MIN_EPOCHS`` and at most ``MAX_EPOCHS``.
  Those baselines train 1,500-2,000 epochs (15,000-30,000 steps on a 50-series set) on a GPU; here the run is
  cut by early stopping instead, and ``MIN_STEPS`` is what the 50-500 series sets of
  ``benchmarks/defaults_acceptance.py`` need to converge on a CPU.
- **Early stopping** on ``val_loss`` with a patience of ``epochs / 8`` epochs, clamped to ``[10, 100]``: the
  longer the planned run, the longer a plateau it sits out (the reduction below gets to act first).
- **Learning-rate reduction on plateau** (``ReduceLROnPlateau``), as in those baselines: factor 0.5, down to
  a floor of 1e-4 (both from Fawaz et al.), after half the early-stopping patience without improvement
  (they wait 50 of 2,000 epochs; this budget is shorter).
- **What is watched**: the validation loss, unless the validation split has fewer than ``MIN_VAL_SAMPLES``
  samples: a mean over 5-10 series is noise, and choosing best.ckpt or stopping by it picked poor epochs
  (ArrowHead, 5 validation series: 0.65 test accuracy). Then the rule watches the training loss, as those
  baselines do (their plateau schedule and best model both follow the training loss), for early stopping,
  the plateau schedule and, when ``checkpoint.monitor`` is left at ``val_loss``, best.ckpt.

Early stopping and the plateau schedule are switched on only when ``epochs`` is ``auto`` and the user left them
at their defaults (early stopping off, schedule ``none``); any explicit choice is kept. The resolved numbers
go into the run's experiment.yaml with an :class:`~models.spec.train.AutoBudgetRecord`, so the run re-runs
exactly. This module imports neither torch nor Qt (the GUI previews the budget before the engine loads).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from models.errors import SpecError
from models.spec.train import AUTO, AutoBudgetRecord, TrainSpec

RULE = "danlu-budget-1"
MIN_BATCH, MAX_BATCH_CPU, MAX_BATCH_GPU = 4, 64, 128
MIN_STEPS = 3000
MIN_EPOCHS, MAX_EPOCHS = 10, 2000
MIN_PATIENCE, MAX_PATIENCE = 10, 100
PLATEAU_FACTOR, PLATEAU_MIN_LR = 0.5, 1e-4
#: ``auto`` needs at least this many training samples (two batches of the smallest size).
MIN_TRAIN_FOR_AUTO = 2 * MIN_BATCH
#: Below this many validation samples the rule watches the training loss instead of the validation loss.
MIN_VAL_SAMPLES = 50


@dataclass(frozen=True)
class Budget:
    """The resolved training budget of one run.

    Attributes:
        epochs: Planned epochs (the most the run trains).
        batch_size: Samples per optimiser step.
        steps_per_epoch: Optimiser steps per epoch (per process in a distributed run).
        train_size: Samples in the train split.
        auto_epochs: Whether ``epochs`` was ``auto``.
        auto_batch: Whether ``batch_size`` was ``auto``.
        patience: Early-stopping patience in epochs the rule switched on (None: the user's settings hold).
        plateau_patience: Epochs without improvement before the rate halves (None: the user's schedule holds).
        monitor: What the rule's early stopping, plateau schedule and best.ckpt watch (``val_loss`` or, with a
            tiny validation split, ``train_loss``).
        val_size: Samples in the validation split (None when unknown).
    """

    epochs: int
    batch_size: int
    steps_per_epoch: int
    train_size: int
    auto_epochs: bool = False
    auto_batch: bool = False
    patience: int | None = None
    plateau_patience: int | None = None
    monitor: str = "val_loss"
    val_size: int | None = None

    @property
    def is_auto(self) -> bool:
        return self.auto_epochs or self.auto_batch

    def describe(self) -> str:
        """One line for the Train panel and the CLI's first log line."""
        batches = _count(self.steps_per_epoch, "batch", "batches")
        core = f"{_count(self.epochs, 'epoch', 'epochs')} x {batches} of {self.batch_size}"
        if self.patience is not None:
            core += f", stops early after {self.patience} epochs without improvement"
            if self.monitor == "train_loss":
                core += f" of the training loss (only {self.val_size} validation samples)"
        if not self.is_auto:
            return core
        which = "" if self.auto_epochs and self.auto_batch else " (epochs)" if self.auto_epochs else " (batch size)"
        return f"auto{which}: {core}"

    def apply(self, spec: TrainSpec) -> TrainSpec:
        """``spec`` with the numbers filled in (and early stopping / plateau schedule when the rule owns them)."""
        data = spec.model_dump()
        data.update(epochs=self.epochs, batch_size=self.batch_size)
        if self.patience is not None:
            data["early_stopping"].update(enabled=True, monitor=self.monitor, mode="min", patience=self.patience)
        if self.monitor != "val_loss" and spec.checkpoint.monitor == "val_loss":
            data["checkpoint"].update(monitor=self.monitor, mode="min")  # the plateau schedule follows it too
        if self.plateau_patience is not None:
            floor = PLATEAU_MIN_LR if spec.optimizer.lr > PLATEAU_MIN_LR else spec.optimizer.lr / 10
            data["scheduler"].update(
                name="plateau", factor=PLATEAU_FACTOR, patience=self.plateau_patience, min_lr=floor
            )
        if self.is_auto:
            data["auto_budget"] = AutoBudgetRecord(
                epochs=self.auto_epochs,
                batch_size=self.auto_batch,
                train_size=self.train_size,
                rule=RULE,
                summary=self.describe(),
            ).model_dump()
        return TrainSpec.model_validate(data, strict=False)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def auto_batch_size(train_size: int, accelerator: str = "cpu") -> int:
    """``2**floor(log2(n / 10))`` in ``[4, 64]`` (``[4, 128]`` on a GPU), never more than the split."""
    cap = MAX_BATCH_GPU if accelerator in ("cuda", "gpu", "mps") else MAX_BATCH_CPU
    size = 2 ** int(math.floor(math.log2(max(1.0, train_size / 10))))
    return max(1, min(train_size, max(MIN_BATCH, min(cap, size))))


def auto_epochs(steps_per_epoch: int) -> int:
    """Enough epochs for ``MIN_STEPS`` optimiser steps, in ``[MIN_EPOCHS, MAX_EPOCHS]``."""
    return max(MIN_EPOCHS, min(MAX_EPOCHS, math.ceil(MIN_STEPS / max(1, steps_per_epoch))))


def auto_patience(epochs: int) -> int:
    """Early-stopping patience: an eighth of the planned epochs, in ``[MIN_PATIENCE, MAX_PATIENCE]``."""
    return max(MIN_PATIENCE, min(MAX_PATIENCE, epochs // 8))


def resolve_budget(
    spec: TrainSpec, train_size: int, accelerator: str = "cpu", world_size: int = 1, val_size: int | None = None
) -> Budget:
    """Resolve ``auto`` epochs/batch size of ``spec`` for a train split of ``train_size`` samples.

    Args:
        spec: The training options (numbers are kept; ``auto`` is chosen by the rule in the module docstring).
        train_size: Samples in the train split.
        val_size: Samples in the validation split (None: assumed large enough to watch).
        accelerator: ``cpu``, ``cuda`` or ``mps`` (a GPU allows larger automatic batches).
        world_size: Processes sharing each epoch (distributed runs).

    Raises:
        SpecError: ``auto`` on a split too small to choose from (the message names the setting and the size).
    """
    auto_e, auto_b = spec.epochs == AUTO, spec.batch_size == AUTO
    if (auto_e or auto_b) and train_size < MIN_TRAIN_FOR_AUTO:
        which = " and ".join(name for name, on in (("epochs", auto_e), ("batch_size", auto_b)) if on)
        raise SpecError(
            f"train.{which}: auto needs at least {MIN_TRAIN_FOR_AUTO} training samples, but the train split has "
            f"{train_size}; add data, lower data.split.val/test, or set train.epochs and train.batch_size to numbers"
        )
    batch = auto_batch_size(train_size, accelerator) if auto_b else int(spec.batch_size)
    steps = max(1, math.ceil(train_size / batch / max(1, world_size)))
    epochs = auto_epochs(steps) if auto_e else int(spec.epochs)
    patience = plateau = None
    if spec.task == "generation":  # a GAN has no validation loss to stop on and keeps its rates constant
        return Budget(epochs, batch, steps, train_size, auto_e, auto_b, None, None, "val_loss", val_size)
    if auto_e and not spec.early_stopping.enabled:
        patience = auto_patience(epochs)
    if auto_e and spec.scheduler.name == "none":
        plateau = max(5, (patience or auto_patience(epochs)) // 2)
    watch_train = auto_e and val_size is not None and val_size < MIN_VAL_SAMPLES
    monitor = "train_loss" if watch_train else "val_loss"
    return Budget(epochs, batch, steps, train_size, auto_e, auto_b, patience, plateau, monitor, val_size)


def loader_batch_size(spec: TrainSpec) -> int:
    """The batch size to build a DataModule with before the budget is known (fit sets the real one after)."""
    return 64 if spec.batch_size == AUTO else int(spec.batch_size)


def batch_warning(spec: TrainSpec, train_size: int) -> str | None:
    """A message when a fixed batch size is larger than the train split (every epoch is then one step)."""
    if spec.batch_size == AUTO or train_size <= 0 or int(spec.batch_size) <= train_size:
        return None
    return (
        f"train.batch_size {spec.batch_size} is larger than the train split ({train_size} samples): every epoch "
        "is a single optimiser step; set a smaller batch size or 'auto'"
    )
