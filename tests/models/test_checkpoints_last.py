"""last.ckpt always holds the run's true end: after a finished, a stopped, an early-stopped and a resumed run.

The runs train a linear model with a learning rate too small to change a float32 weight, so val_loss is the
same every epoch and never improves after the first: Lightning 2.6's own ``save_last`` refreshed last.ckpt only
together with a best checkpoint, so these runs kept a last.ckpt from epoch 1.
"""

from __future__ import annotations

import json
import threading

import pytest
import torch

from models.spec import Experiment
from models.training import fit
from models.training.events import EpochEnd, LogMessage, StepProgress
from tests.models.tiny_runs import resume_epochs, tiny_experiment

pytestmark = pytest.mark.slow  # each test trains a few tiny runs

BATCHES = 2  # batches per epoch in these runs


def never_improving(epochs: int, **train: object) -> Experiment:
    data = tiny_experiment(epochs, optimizer={"name": "sgd", "lr": 1e-30, "momentum": 0.0}, **train).to_dict()
    data["network"] = {"layers": [{"type": "flatten"}, {"type": "linear", "out_features": 10}]}
    return Experiment.from_dict(data)


def last_of(run_dir) -> dict:
    return torch.load(run_dir / "checkpoints" / "last.ckpt", weights_only=True)


@pytest.fixture(autouse=True)
def no_time_budget_saves(monkeypatch):
    """Only the saves that must happen (the end of the run, a stop) are left; every batch reports progress."""
    from models.training.callbacks import EventForwarder, LastCheckpoint

    monkeypatch.setattr(LastCheckpoint, "LAST_EVERY_S", 3600.0)
    monkeypatch.setattr(EventForwarder, "EMIT_EVERY_S", 0.0)


def test_a_finished_run_ends_with_last_at_its_final_epoch(tmp_path):
    result = fit(never_improving(3), runs_dir=tmp_path, limit_batches=BATCHES)
    last = last_of(result.run_dir)
    assert result.epochs_completed == 3
    assert (last["epoch"], last["global_step"]) == (2, 3 * BATCHES)


def test_a_stopped_run_saves_last_where_it_stopped(tmp_path):
    stop = threading.Event()

    def sink(event):
        if isinstance(event, StepProgress) and event.epoch == 1:
            stop.set()  # after the first batch of the second epoch

    result = fit(never_improving(5), sink=sink, stop=stop, runs_dir=tmp_path, limit_batches=BATCHES)
    last = last_of(result.run_dir)
    assert result.status == "stopped" and result.epochs_completed == 1
    assert last["epoch"] == 1 and last["global_step"] == BATCHES + 1  # one batch into the second epoch


def test_an_early_stopped_run_saves_last_at_the_epoch_it_stopped(tmp_path):
    exp = never_improving(8, early_stopping={"enabled": True, "patience": 0})
    result = fit(exp, runs_dir=tmp_path, limit_batches=BATCHES)
    last = last_of(result.run_dir)
    assert result.epochs_completed == 2  # the first epoch sets the best, the second does not improve
    assert (last["epoch"], last["global_step"]) == (1, 2 * BATCHES)


def test_a_resumed_run_ends_with_last_at_its_new_final_epoch(tmp_path):
    first = fit(never_improving(2), runs_dir=tmp_path, limit_batches=BATCHES)
    epochs, more = resume_epochs(first.run_dir, 2, limit_batches=BATCHES)
    last = last_of(more.run_dir)
    assert epochs == [2, 3] and more.epochs_completed == 4
    assert (last["epoch"], last["global_step"]) == (3, 4 * BATCHES)


def test_status_json_counts_each_finished_epoch_while_training(tmp_path):
    seen: list[int] = []

    def sink(event):
        if isinstance(event, StepProgress) and event.batch == 1:
            status = json.loads((tmp_path.glob("*/status.json").__next__()).read_text())
            seen.append(status.get("epochs_completed", -1))

    fit(never_improving(3), sink=sink, runs_dir=tmp_path, limit_batches=BATCHES)
    assert seen == [0, 1, 2]  # at the start of epochs 1, 2, 3 (a kill -9 there leaves an honest count)


def test_resume_counts_epochs_from_the_checkpoint_when_status_json_has_none(tmp_path):
    first = fit(never_improving(3), runs_dir=tmp_path, limit_batches=BATCHES)
    # what a kill -9 left before status.json counted epochs, with a last.ckpt written before Danlu stored its own
    # count: only Lightning's loop state says how far it got
    (first.run_dir / "status.json").write_text(json.dumps({"status": "running"}))
    path = first.run_dir / "checkpoints" / "last.ckpt"
    ckpt = torch.load(path, weights_only=True)
    ckpt.pop("danlu", None)
    torch.save(ckpt, path)
    epochs, more = resume_epochs(first.run_dir, 2, limit_batches=BATCHES)
    assert epochs == [3, 4] and more.epochs_completed == 5


def test_resume_trusts_the_checkpoint_over_a_status_that_counted_unsaved_epochs(tmp_path):
    first = fit(never_improving(2), runs_dir=tmp_path, limit_batches=BATCHES)
    # killed after a third epoch whose last.ckpt was not yet written (the time budget)
    (first.run_dir / "status.json").write_text(json.dumps({"status": "running", "epochs_completed": 3}))
    events: list = []
    more = fit(None, sink=events.append, resume_from=first.run_dir, extra_epochs=2, limit_batches=BATCHES)
    assert [e.epoch for e in events if isinstance(e, EpochEnd)] == [2, 3] and more.epochs_completed == 4
    notes = [e.text for e in events if isinstance(e, LogMessage)]
    assert any("last.ckpt" in n and "3" in n and "2" in n for n in notes)


@pytest.mark.parametrize("stopped", [False, True])
def test_epochs_in_checkpoint_falls_back_to_lightnings_loop_state(tmp_path, stopped):
    from models.training.checkpoints import epochs_in_checkpoint

    stop = threading.Event()

    def sink(event):
        if stopped and isinstance(event, StepProgress) and event.epoch == 1:
            stop.set()

    result = fit(never_improving(2), sink=sink, stop=stop, runs_dir=tmp_path, limit_batches=BATCHES)
    ckpt = last_of(result.run_dir)
    assert epochs_in_checkpoint(ckpt) == result.epochs_completed == (1 if stopped else 2)
    ckpt.pop("danlu")
    assert epochs_in_checkpoint(ckpt) == result.epochs_completed


def test_run_finished_and_status_say_where_early_stopping_ended(tmp_path):
    from models.training.events import RunFinished

    exp = never_improving(8, early_stopping={"enabled": True, "patience": 0})
    events: list = []
    result = fit(exp, sink=events.append, runs_dir=tmp_path, limit_batches=BATCHES)
    finished = events[-1]
    assert isinstance(finished, RunFinished) and finished.status == "finished"
    assert (finished.epochs_completed, finished.epochs_planned, finished.stop_reason) == (2, 8, "early_stopping")
    assert "epoch 2 of 8" in finished.message
    status = json.loads((result.run_dir / "status.json").read_text())
    assert (status["epochs_completed"], status["epochs_planned"], status["stop_reason"]) == (2, 8, "early_stopping")
