"""The automatic training budget (train.epochs/batch_size: auto) and the CPU thread policy (train.cpu_threads)."""

from __future__ import annotations

import pytest
import torch
import yaml

from models.errors import SpecError
from models.spec import DataSpec, Experiment, TrainSpec
from models.spec.experiment import load_experiment
from models.training import budget as budget_module
from models.training.budget import auto_batch_size, batch_warning, resolve_budget
from models.training.events import LogMessage
from models.training.threads import choose_threads, physical_cores, usable_cpus


def test_defaults_are_auto_and_numbers_still_load():
    spec = TrainSpec()
    assert (spec.epochs, spec.batch_size, spec.cpu_threads) == ("auto", "auto", "auto")
    old = Experiment.from_yaml("train:\n  epochs: 10\n  batch_size: 64\n")
    assert (old.train.epochs, old.train.batch_size) == (10, 64)
    with pytest.raises(SpecError, match=r"train.epochs: .*'auto' or a whole number"):
        Experiment.from_yaml("train:\n  epochs: 0\n")


@pytest.mark.parametrize(("n", "batch"), [(8, 4), (40, 4), (80, 8), (200, 16), (400, 32), (1257, 64), (60_000, 64)])
def test_batch_is_a_tenth_of_the_split_as_a_power_of_two_in_4_to_64(n, batch):
    assert auto_batch_size(n) == batch


def test_gpu_allows_larger_batches():
    assert auto_batch_size(5000, "cuda") == 128 and auto_batch_size(5000, "cpu") == 64


def test_small_split_gets_many_epochs_early_stopping_and_a_plateau_schedule():
    b = resolve_budget(TrainSpec(), 40)
    assert (b.batch_size, b.steps_per_epoch) == (4, 10)
    assert b.epochs * b.steps_per_epoch >= budget_module.MIN_STEPS
    assert b.patience == b.epochs // 8 and b.plateau_patience == b.patience // 2
    assert b.describe() == (
        f"auto: {b.epochs} epochs x 10 batches of 4, stops early after {b.patience} epochs without improvement"
    )
    spec = b.apply(TrainSpec())
    assert (spec.epochs, spec.batch_size) == (b.epochs, 4)
    assert spec.early_stopping.enabled and spec.early_stopping.monitor == "val_loss"
    assert (spec.scheduler.name, spec.scheduler.factor, spec.scheduler.min_lr) == ("plateau", 0.5, 1e-4)
    assert spec.auto_budget is not None and spec.auto_budget.epochs and spec.auto_budget.train_size == 40


def test_large_split_keeps_the_epoch_floor_and_patience_bounds():
    b = resolve_budget(TrainSpec(), 100_000)
    assert b.epochs == budget_module.MIN_EPOCHS and b.patience == budget_module.MIN_PATIENCE


def test_fixed_numbers_and_explicit_choices_are_kept():
    fixed = TrainSpec(epochs=7, batch_size=32)
    b = resolve_budget(fixed, 1000)
    assert (b.epochs, b.batch_size, b.is_auto, b.patience) == (7, 32, False, None)
    assert b.apply(fixed) == fixed  # nothing added: no record, no early stopping
    mine = TrainSpec.model_validate(
        {"scheduler": {"name": "cosine"}, "early_stopping": {"enabled": True, "patience": 3}}, strict=False
    )
    spec = resolve_budget(mine, 200).apply(mine)
    assert spec.scheduler.name == "cosine" and spec.early_stopping.patience == 3
    only_batch = resolve_budget(TrainSpec(epochs=5), 200)
    assert only_batch.describe().startswith("auto (batch size): 5 epochs x 13 batches of 16")


@pytest.mark.parametrize("n", [0, 1, 7])
def test_auto_on_a_tiny_split_is_a_clear_error(n):
    with pytest.raises(SpecError, match=rf"train.epochs and batch_size: auto .* train split has {n}\b"):
        resolve_budget(TrainSpec(), n)
    assert resolve_budget(TrainSpec(epochs=3, batch_size=2), n).epochs == 3  # numbers always work


def test_batch_larger_than_the_split_is_named():
    assert "train.batch_size 64 is larger than the train split (40 samples)" in batch_warning(
        TrainSpec(batch_size=64), 40
    )
    assert batch_warning(TrainSpec(), 40) is None and batch_warning(TrainSpec(batch_size=8), 40) is None


@pytest.mark.slow
def test_fit_writes_the_resolved_budget_and_says_it_first(tmp_path, monkeypatch):
    from models.defaults import experiment_for
    from models.training import fit

    monkeypatch.setattr(budget_module, "MIN_STEPS", 1)  # a two-epoch auto budget keeps the test fast
    monkeypatch.setattr(budget_module, "MIN_EPOCHS", 2)
    exp = experiment_for(DataSpec(name="waveforms"), "fcn1d")
    exp.train.accelerator = "cpu"
    exp.train.cpu_threads = 1
    events: list = []
    result = fit(exp, sink=events.append, runs_dir=tmp_path, limit_batches=2)
    assert result.status == "finished" and result.epochs_completed == 2
    logs = [e.text for e in events if isinstance(e, LogMessage)]
    assert logs[0].startswith("auto: 2 epochs x 14 batches of 32, stops early after 10 epochs")
    assert "1 CPU thread (train.cpu_threads)" in logs[1] and torch.get_num_threads() == 1
    saved = load_experiment(result.run_dir / "experiment.yaml")
    assert (saved.train.epochs, saved.train.batch_size, saved.train.scheduler.name) == (2, 32, "plateau")
    assert saved.train.auto_budget.epochs and saved.train.auto_budget.batch_size
    raw = yaml.safe_load((result.run_dir / "experiment.yaml").read_text())
    assert raw["train"]["auto_budget"]["summary"] == logs[0]


def test_auto_threads_leave_cores_for_the_app_and_the_workers():
    cores = physical_cores()
    assert 1 <= cores <= usable_cpus()
    assert choose_threads("auto", reserved=0, busy=0).threads == cores
    assert choose_threads("auto", workers=1, reserved=1, busy=0).threads == max(1, cores - 2)
    assert choose_threads("auto", reserved=0, processes=2, busy=0).threads == max(1, cores // 2)
    assert "kept for the app" in choose_threads("auto", reserved=1, busy=0).describe()
    busy = choose_threads("auto", reserved=0, busy=cores)  # a loaded machine: one thread, never oversubscribed
    assert busy.threads == 1 and "busy with other work" in busy.describe()


def test_more_threads_than_cores_is_a_clear_error():
    too_many = usable_cpus() + 1
    with pytest.raises(SpecError, match=rf"train.cpu_threads is {too_many}, .* set it to 'auto' or at most"):
        choose_threads(too_many)
    assert choose_threads(1).threads == 1


def test_a_tiny_validation_split_makes_the_rule_watch_the_training_loss():
    b = resolve_budget(TrainSpec(), 40, val_size=5)
    assert b.monitor == "train_loss" and "of the training loss (only 5 validation samples)" in b.describe()
    spec = b.apply(TrainSpec())
    assert spec.early_stopping.monitor == "train_loss" and spec.checkpoint.monitor == "train_loss"
    mine = TrainSpec.model_validate({"checkpoint": {"monitor": "val_acc", "mode": "max"}}, strict=False)
    assert resolve_budget(mine, 40, val_size=5).apply(mine).checkpoint.monitor == "val_acc"  # the user's choice
    assert resolve_budget(TrainSpec(), 400, val_size=budget_module.MIN_VAL_SAMPLES).monitor == "val_loss"


@pytest.mark.slow
def test_fit_with_a_tiny_validation_split_keeps_best_by_training_loss(tmp_path, monkeypatch):
    from models.defaults import experiment_for
    from models.training import fit

    monkeypatch.setattr(budget_module, "MIN_STEPS", 1)
    monkeypatch.setattr(budget_module, "MIN_EPOCHS", 3)
    monkeypatch.setattr(budget_module, "MIN_VAL_SAMPLES", 10**6)  # every split counts as tiny here
    exp = experiment_for(DataSpec(name="waveforms"), "fcn1d")
    exp.train.accelerator = "cpu"
    result = fit(exp, runs_dir=tmp_path, limit_batches=2)
    assert result.status == "finished" and result.monitor == "train_loss" and result.best_metric is not None
    assert (result.run_dir / "checkpoints" / "best.ckpt").is_file()
