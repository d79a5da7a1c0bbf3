"""Cheap small epochs: ROC/confusion at most every few tenths of a second (and on the last epoch); best.ckpt
kept in memory and written at most every few seconds, at the end and on failure."""

from __future__ import annotations

import pytest
import torch

from models.data import build_datamodule
from models.network import make_template
from models.spec import DataSpec, Experiment, TrainSpec
from models.tasks.module import DanluTask
from models.training import fit, load_checkpoint
from models.training.callbacks.deferred import DeferredBestWrites
from models.training.events import EpochEnd

pytestmark = pytest.mark.slow  # every test here trains


@pytest.fixture(scope="module")
def digits_info():
    return build_datamodule(DataSpec(name="digits")).info


def experiment(info, epochs: int) -> Experiment:
    return Experiment(
        name="cheap",
        data=DataSpec(name="digits"),
        network=make_template("lenet", info),
        train=TrainSpec(epochs=epochs, batch_size=64, accelerator="cpu", cpu_threads=1),
    )


def test_curves_are_throttled_but_the_last_epoch_always_has_them(tmp_path, monkeypatch, digits_info):
    monkeypatch.setattr(DanluTask, "CURVES_EVERY_S", 3600.0)
    events: list = []
    fit(experiment(digits_info, 3), sink=events.append, runs_dir=tmp_path, limit_batches=2)
    ends = [e for e in events if isinstance(e, EpochEnd)]
    assert [bool(e.roc) for e in ends] == [True, False, True]  # first, then not due, then the final epoch
    assert [e.confusion is not None for e in ends] == [True, False, True]
    assert all("val_acc" in e.metrics and "val_auroc" in e.metrics for e in ends)  # scalars every epoch


def test_best_checkpoint_is_written_at_the_end_not_on_every_improvement(tmp_path, monkeypatch, digits_info):
    monkeypatch.setattr(DeferredBestWrites, "BEST_EVERY_S", 3600.0)
    on_disk: list[bool] = []

    def sink(event: object) -> None:
        if isinstance(event, EpochEnd):
            on_disk.append(any(tmp_path.glob("*/checkpoints/best.ckpt")))

    result = fit(experiment(digits_info, 3), sink=sink, runs_dir=tmp_path, limit_batches=3)
    assert on_disk == [False, False, False]
    best = load_checkpoint(result.run_dir / "checkpoints" / "best.ckpt")
    scores = [float(v) for k, v in best["callbacks"].items() if "Checkpoint" in k for v in [v["best_model_score"]]]
    assert scores and abs(scores[0] - result.best_metric) < 1e-6
    # the saved weights are those of the best epoch, not the live weights of the last one
    last = load_checkpoint(result.run_dir / "checkpoints" / "last.ckpt")
    assert best["epoch"] <= last["epoch"]
    assert result.evaluation["checkpoint"] == "best.ckpt"
    w = "network.conv1.weight" if "network.conv1.weight" in best["state_dict"] else next(iter(best["state_dict"]))
    assert isinstance(best["state_dict"][w], torch.Tensor)


def test_metrics_csv_keeps_every_curve_a_saved_run_shows(tmp_path, digits_info):
    import csv

    result = fit(experiment(digits_info, 2), runs_dir=tmp_path)  # desktop.run_buffer reads this file
    with (result.run_dir / "metrics.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    epochs = {int(r["epoch"]) for r in rows if r.get("val_acc")}
    assert epochs == {0, 1}
    assert all(r.get("val_loss") and r.get("train_loss_epoch") for r in rows if r.get("val_acc"))
    assert any(r.get("train_loss_step") and r.get("epoch") for r in rows)
