"""'Train N more epochs': the LR schedule continues as planned while epochs remain; past the plan the extension
is explicit (experiment.yaml, a log line); metrics.csv keeps the whole run's history across resumes."""

from __future__ import annotations

import csv
import math
import threading

import pytest
import yaml

from models.training import fit
from models.training.events import EpochEnd, LogMessage, StepProgress
from tests.models.tiny_runs import tiny_experiment

BATCHES = 2


def warmup_cosine(epochs: int):
    return tiny_experiment(
        epochs, optimizer={"name": "sgd", "lr": 0.1}, scheduler={"name": "warmup_cosine", "warmup_epochs": 1}
    )


def epoch_lrs(events: list) -> dict[int, float]:
    """The learning rate of each epoch's first reported batch."""
    out: dict[int, float] = {}
    for e in events:
        if isinstance(e, StepProgress):
            out.setdefault(e.epoch, e.lr)
    return out


@pytest.fixture(autouse=True)
def every_batch_reports(monkeypatch):
    from models.training.callbacks import EventForwarder

    monkeypatch.setattr(EventForwarder, "EMIT_EVERY_S", 0.0)


@pytest.mark.slow
def test_more_epochs_within_the_plan_continue_the_original_schedule(tmp_path):
    reference: list = []
    fit(warmup_cosine(6), sink=reference.append, runs_dir=tmp_path / "ref", limit_batches=BATCHES)
    planned = epoch_lrs(reference)

    stop = threading.Event()
    first: list = []

    def sink(event):
        first.append(event)
        if isinstance(event, EpochEnd) and event.epoch == 1:
            stop.set()  # stopped after 2 of the 6 planned epochs

    run = fit(warmup_cosine(6), sink=sink, stop=stop, runs_dir=tmp_path / "runs", limit_batches=BATCHES).run_dir
    more: list = []
    result = fit(None, sink=more.append, resume_from=run, extra_epochs=2, limit_batches=BATCHES)
    assert result.epochs_completed == 4
    assert yaml.safe_load((run / "experiment.yaml").read_text())["train"]["epochs"] == 6  # the plan is unchanged
    got = {**epoch_lrs(first), **epoch_lrs(more)}
    for epoch in range(4):
        assert got[epoch] == pytest.approx(planned[epoch], rel=1e-9), epoch
    rest: list = []
    fit(None, sink=rest.append, resume_from=run, limit_batches=BATCHES)  # the remaining planned epochs
    for epoch, lr in epoch_lrs(rest).items():
        assert lr == pytest.approx(planned[epoch], rel=1e-9), epoch


@pytest.mark.slow
def test_more_epochs_past_the_plan_are_recorded_and_start_a_new_cycle(tmp_path):
    exp = tiny_experiment(3, optimizer={"name": "sgd", "lr": 0.1}, scheduler={"name": "cosine"})
    run = fit(exp, runs_dir=tmp_path, limit_batches=BATCHES).run_dir
    events: list = []
    fit(None, sink=events.append, resume_from=run, extra_epochs=2, limit_batches=BATCHES)
    train = yaml.safe_load((run / "experiment.yaml").read_text())["train"]
    assert train["epochs"] == 5 and train["scheduler"]["restarts"] == [3]  # the original plan and the extension
    notes = " ".join(e.text for e in events if isinstance(e, LogMessage))
    assert "3 to 5 epochs" in notes and "cosine" in notes
    lrs = epoch_lrs(events)
    assert lrs[3] == pytest.approx(0.1) and lrs[4] == pytest.approx(0.1 * 0.5 * (1 + math.cos(math.pi / 2)))
    again: list = []  # a later resume of the extended run rebuilds the same schedule
    fit(None, sink=again.append, resume_from=run, extra_epochs=1, limit_batches=BATCHES)
    assert yaml.safe_load((run / "experiment.yaml").read_text())["train"]["scheduler"]["restarts"] == [3, 5]


def val_epochs(run) -> list[int]:
    with (run / "metrics.csv").open(newline="") as fh:
        return [int(r["epoch"]) for r in csv.DictReader(fh) if r.get("val_loss")]


@pytest.mark.slow
def test_metrics_csv_keeps_the_whole_history_across_resumes(tmp_path):
    run = fit(tiny_experiment(2), runs_dir=tmp_path, limit_batches=BATCHES).run_dir
    # rows of an epoch trained after last.ckpt was written, then lost to a kill -9: they are re-trained
    with (run / "metrics.csv").open(newline="") as fh:
        rows = list(csv.DictReader(fh))
    lost = {**rows[-1], "epoch": "2", "step": str(3 * BATCHES - 1), "val_loss": "9.0"}
    with (run / "metrics.csv").open("a", newline="") as fh:
        csv.DictWriter(fh, fieldnames=list(rows[0])).writerow(lost)
    fit(None, resume_from=run, extra_epochs=2, limit_batches=BATCHES)
    assert val_epochs(run) == [0, 1, 2, 3]
    with (run / "metrics.csv").open(newline="") as fh:
        assert "9.0" not in [r["val_loss"] for r in csv.DictReader(fh)]


@pytest.mark.parametrize("name", ["cosine", "warmup_cosine", "one_cycle"])
def test_an_extended_schedule_keeps_the_original_plan_then_cycles_again(name):
    from models.spec import TrainSpec
    from models.training.schedule_preview import lr_schedule_preview

    options = {"optimizer": {"name": "sgd", "lr": 0.1}, "scheduler": {"name": name, "warmup_epochs": 1}}
    original = lr_schedule_preview(TrainSpec.model_validate({**options, "epochs": 4}), 10)
    options["scheduler"]["restarts"] = [4]
    extended = lr_schedule_preview(TrainSpec.model_validate({**options, "epochs": 6}), 10)
    before = [(e, lr) for e, lr in extended if e < 4]
    assert [e for e, _ in before] == [e for e, _ in original if e < 4]
    assert [lr for _, lr in before] == pytest.approx([lr for e, lr in original if e < 4], rel=1e-6)
    after = [lr for e, lr in extended if e >= 4]
    peak = max(lr for _, lr in original)
    assert max(after) == pytest.approx(peak, rel=0.05)  # a new cycle to the same peak, not the spent end of the old
    assert after[-1] < 0.75 * peak  # and decays again
