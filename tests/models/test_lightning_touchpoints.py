"""Every Lightning detail Danlu relies on beyond its documented API, exercised in one place.

pyproject.toml caps Lightning below the next minor version; before raising the cap, run this module. Each test
names the Danlu code that depends on the behaviour. Public APIs are preferred everywhere else: last.ckpt is
Danlu's own Checkpoint callback, metrics.csv its own Logger, checkpoint files its own CheckpointIO plugin.

1. ``checkpoints.epochs_in_checkpoint``: the layout of ``ckpt["loops"]["fit_loop"]`` (epoch and batch
   progress), read only for checkpoints written before Danlu stored its own epoch count.
2. ``callbacks.checkpoint.LastCheckpoint``: callbacks derived from ``Checkpoint`` run after the others in
   each hook (it sees a stop that RunControl or EarlyStopping requested in the same hook).
3. ``callbacks.events`` / ``callbacks.guard``: callbacks' ``on_train_epoch_end`` runs before the module's
   (they read the task's running epoch loss before the task resets it).
4. ``callbacks.progress.EpochCounter``: ``batch_idx`` counts from the epoch's start also after a mid-epoch
   resume, and a checkpoint written in ``on_train_epoch_end`` resumes at the next epoch.
5. ``signals`` / ``LastCheckpoint.on_exception``: on SIGTERM, Lightning calls the handler installed before
   ``trainer.fit`` too, and passes its ``SIGTERMException`` to ``on_exception``.
6. ``tasks.optim.PlannedLR``: on resume, optimizer states are restored before scheduler states.
7. ``callbacks.deferred.DeferredBestWrites``: ModelCheckpoint writes through ``_save_checkpoint(trainer,
   filepath)`` and records ``_last_global_step_saved``/``_last_checkpoint_saved``; the state it would write comes
   from ``trainer._checkpoint_connector.dump_checkpoint(weights_only)``.

Also relied on, and tested where it is used: ``Tuner.lr_find`` swaps the trainer's callbacks for its own, so
the LR finder's stop check rides on the module's ``on_train_batch_end`` (test_train_helpers.py, find_lr
honours stop).
"""

from __future__ import annotations

import os
import signal
import warnings
from typing import Any

import lightning as L
import pytest
import torch
from lightning.pytorch.callbacks import Callback, Checkpoint
from torch.utils.data import DataLoader, TensorDataset

from models.training.checkpoints import epochs_in_checkpoint
from models.training.signals import is_sigterm, stop_on_signals

BATCHES = 4


class Tiny(L.LightningModule):
    """A linear model on random data; records hook calls in ``calls``."""

    def __init__(self, calls: list[str] | None = None, schedule: Any = None) -> None:
        super().__init__()
        self.layer = torch.nn.Linear(3, 1)
        self.calls = calls if calls is not None else []
        self.schedule = schedule

    def training_step(self, batch: Any, batch_idx: int) -> torch.Tensor:
        x, y = batch
        return torch.nn.functional.mse_loss(self.layer(x), y)

    def validation_step(self, batch: Any, batch_idx: int) -> None:
        x, y = batch
        self.log("val_loss", torch.nn.functional.mse_loss(self.layer(x), y))

    def on_train_epoch_end(self) -> None:
        self.calls.append("module")

    def configure_optimizers(self) -> Any:
        opt = torch.optim.SGD(self.parameters(), lr=0.1)
        if self.schedule is None:
            return opt
        return {"optimizer": opt, "lr_scheduler": {"scheduler": self.schedule(opt), "interval": "epoch"}}

    def train_dataloader(self) -> DataLoader:
        return self._loader()

    def val_dataloader(self) -> DataLoader:
        return self._loader()

    def _loader(self) -> DataLoader:
        g = torch.Generator().manual_seed(0)
        return DataLoader(TensorDataset(torch.randn(8 * BATCHES, 3, generator=g), torch.randn(8 * BATCHES, 1)), 8)


def trainer(tmp_path: Any, epochs: int, callbacks: list[Any]) -> L.Trainer:
    return L.Trainer(
        accelerator="cpu",
        max_epochs=epochs,
        callbacks=callbacks,
        logger=False,
        enable_checkpointing=any(isinstance(c, Checkpoint) for c in callbacks),
        enable_progress_bar=False,
        enable_model_summary=False,
        num_sanity_val_steps=0,
        default_root_dir=str(tmp_path),
    )


class SaveAt(Callback):
    """Saves a checkpoint in one hook, at one epoch (and batch)."""

    def __init__(self, path: Any, hook: str, epoch: int, batch: int | None = None) -> None:
        self.path, self.hook, self.epoch, self.batch = str(path), hook, epoch, batch

    def _maybe(self, trainer: L.Trainer, hook: str, batch_idx: int | None = None) -> None:
        if hook == self.hook and trainer.current_epoch == self.epoch and batch_idx == self.batch:
            trainer.save_checkpoint(self.path)

    def on_train_batch_end(self, trainer: L.Trainer, module: Any, outputs: Any, batch: Any, batch_idx: int) -> None:
        self._maybe(trainer, "on_train_batch_end", batch_idx)

    def on_validation_end(self, trainer: L.Trainer, module: Any) -> None:
        self._maybe(trainer, "on_validation_end")

    def on_train_epoch_end(self, trainer: L.Trainer, module: Any) -> None:
        self._maybe(trainer, "on_train_epoch_end")


@pytest.mark.parametrize(
    ("hook", "batch", "completed"),
    [
        ("on_train_epoch_end", None, 2),  # the end of the second epoch
        ("on_validation_end", None, 2),  # ModelCheckpoint's moment: after the epoch's last batch
        ("on_train_batch_end", 1, 1),  # a stop in the middle of the second epoch
    ],
)
def test_1_epochs_from_lightnings_loop_state(tmp_path, hook, batch, completed):
    path = tmp_path / "x.ckpt"
    trainer(tmp_path, 3, [SaveAt(path, hook, 1, batch)]).fit(Tiny())
    ckpt = torch.load(path, weights_only=True)
    assert "danlu" not in ckpt  # only Lightning's own state
    assert epochs_in_checkpoint(ckpt) == completed


def test_2_checkpoint_callbacks_run_after_the_others(tmp_path):
    class Last(Checkpoint):
        pass

    last, other = Last(), Callback()
    t = trainer(tmp_path, 1, [last, other])
    assert t.callbacks.index(other) < t.callbacks.index(last)


def test_3_callbacks_end_the_epoch_before_the_module(tmp_path):
    calls: list[str] = []

    class Spy(Callback):
        def on_train_epoch_end(self, trainer: L.Trainer, module: Any) -> None:
            calls.append("callback")

    trainer(tmp_path, 1, [Spy()]).fit(Tiny(calls))
    assert calls == ["callback", "module"]


def test_4_batch_idx_and_epochs_after_resume(tmp_path):
    mid, end = tmp_path / "mid.ckpt", tmp_path / "end.ckpt"
    trainer(tmp_path, 2, [SaveAt(mid, "on_train_batch_end", 0, 1), SaveAt(end, "on_train_epoch_end", 0)]).fit(Tiny())
    seen: list[tuple[int, int]] = []

    class Spy(Callback):
        def on_train_batch_end(self, trainer: L.Trainer, module: Any, outputs: Any, batch: Any, idx: int) -> None:
            seen.append((trainer.current_epoch, idx))

    trainer(tmp_path, 1, [Spy()]).fit(Tiny(), ckpt_path=mid)
    assert seen[0] == (0, 2) and seen[-1] == (0, BATCHES - 1)  # the rest of epoch 0, counted from its start
    seen.clear()
    trainer(tmp_path, 2, [Spy()]).fit(Tiny(), ckpt_path=end)
    assert seen[0] == (1, 0) and len(seen) == BATCHES  # epoch 0 is not repeated


def test_5_sigterm_calls_our_handler_and_on_exception(tmp_path):
    errors: list[BaseException] = []

    class Spy(Callback):
        def on_exception(self, trainer: L.Trainer, module: Any, exception: BaseException) -> None:
            errors.append(exception)

    class Kill(Callback):
        def on_train_batch_end(self, trainer: L.Trainer, module: Any, outputs: Any, batch: Any, idx: int) -> None:
            os.kill(os.getpid(), signal.SIGTERM)

    with stop_on_signals() as caught, pytest.raises(SystemExit):
        trainer(tmp_path, 1, [Spy(), Kill()]).fit(Tiny())
    assert caught.signum == signal.SIGTERM and caught.stop.is_set()
    assert len(errors) == 1 and is_sigterm(errors[0])


def test_6_optimizer_state_is_restored_before_the_scheduler(tmp_path):
    from models.tasks.optim import PlannedLR

    path = tmp_path / "x.ckpt"
    constant = lambda opt: torch.optim.lr_scheduler.LambdaLR(opt, lambda step: 1.0)  # noqa: E731
    trainer(tmp_path, 2, [SaveAt(path, "on_train_epoch_end", 0)]).fit(Tiny(schedule=constant))
    half = lambda opt: PlannedLR(opt, lambda step: 0.5)  # noqa: E731
    lrs: list[float] = []

    class Spy(Callback):
        def on_train_epoch_start(self, trainer: L.Trainer, module: Any) -> None:
            lrs.append(trainer.optimizers[0].param_groups[0]["lr"])

    trainer(tmp_path, 2, [Spy()]).fit(Tiny(schedule=half), ckpt_path=path)
    assert lrs == [pytest.approx(0.05)]  # PlannedLR's rate, not the 0.1 saved with the optimizer


def test_7_model_checkpoint_saves_through_save_checkpoint(tmp_path):
    from lightning.pytorch.callbacks import ModelCheckpoint

    from models.training.callbacks.deferred import BestCheckpoint

    seen: list[tuple[str, int]] = []

    class Recording(ModelCheckpoint):
        def _save_checkpoint(self, trainer: L.Trainer, filepath: str) -> None:
            state = trainer._checkpoint_connector.dump_checkpoint(self.save_weights_only)
            seen.append((filepath, int(state["global_step"])))
            super()._save_checkpoint(trainer, filepath)

    recording = Recording(dirpath=tmp_path / "a", filename="best", monitor="val_loss", save_top_k=1)
    trainer(tmp_path, 2, [recording]).fit(Tiny())
    assert seen and seen[0][0].endswith("best.ckpt") and seen[0][1] == BATCHES
    assert recording._last_global_step_saved == seen[-1][1]

    deferred = BestCheckpoint(dirpath=tmp_path / "b", filename="best", monitor="val_loss", save_top_k=1)
    trainer(tmp_path, 2, [deferred]).fit(Tiny())  # held in memory, written at the end of training
    ckpt = torch.load(tmp_path / "b" / "best.ckpt", weights_only=True)
    assert ckpt["global_step"] in (BATCHES, 2 * BATCHES) and deferred.best_model_path.endswith("best.ckpt")


def test_7b_a_moved_run_folder_keeps_its_best_score(tmp_path):
    """ModelCheckpoint.load_state_dict drops the best score when the folder changed; BestCheckpoint rebases it."""
    from models.training.callbacks.deferred import BestCheckpoint

    first = BestCheckpoint(dirpath=tmp_path / "a", filename="best", monitor="val_loss", save_top_k=1)
    trainer(tmp_path, 2, [first]).fit(Tiny())
    state = first.state_dict()
    assert state["best_model_score"] is not None

    moved = BestCheckpoint(dirpath=tmp_path / "b", filename="best", monitor="val_loss", save_top_k=1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # Lightning warns "The dirpath has changed" when it drops the score
        moved.load_state_dict(state)
    assert moved.best_model_score == state["best_model_score"]
    assert moved.best_model_path == str(tmp_path / "b" / "best.ckpt")
    assert list(moved.best_k_models) == [str(tmp_path / "b" / "best.ckpt")]
