"""Studies on Optuna with real (tiny) training: trial run folders, seeds, failures, stop and continue."""

from __future__ import annotations

import json
import threading

import lightning
import pytest
import yaml

import models.training
from models.cli import main
from models.data import build_datamodule
from models.errors import DanluError, TrainingError
from models.network import make_template
from models.spec import DataSpec, Experiment, TrainSpec
from models.spec.study import StudySpec, entry_from_text
from models.study.engine import run_study
from models.study.events import SeedStarted, StudyFinished, TrialFinished, TrialStarted
from models.study.folder import StudyFolder, spec_fingerprint
from models.study.pruning import SeedPruning
from models.study.results import load_report
from models.study.storage import open_study
from models.training import fit, list_runs
from models.training.events import StepProgress


@pytest.fixture(scope="module")
def base() -> Experiment:
    info = build_datamodule(DataSpec(name="digits")).info
    return Experiment(
        name="digits-mlp",
        data=DataSpec(name="digits"),
        network=make_template("mlp", info),
        train=TrainSpec.model_validate({"epochs": 1, "batch_size": 64, "accelerator": "cpu"}, strict=False),
    )


def study(base: Experiment, *vary: str, **options) -> StudySpec:
    entries = [entry_from_text(*v.split("=", 1)) for v in vary]
    return StudySpec(base=base, space=entries, **{"sampler": "grid", "seeds": [0, 1], **options})


def test_pruning_callback_is_a_callback_of_the_trainer_danlu_uses():
    # optuna#4689: it must subclass the Callback class of the Lightning package whose Trainer runs it.
    assert issubclass(SeedPruning, lightning.pytorch.callbacks.Callback)


def test_fit_trains_into_the_given_folder_with_extra_callbacks(tmp_path, base):
    seen: list[int] = []

    class Count(lightning.pytorch.callbacks.Callback):
        def on_validation_end(self, trainer, pl_module):
            seen.append(trainer.current_epoch)

    run_dir = tmp_path / "a" / "b"
    result = fit(base, run_dir=run_dir, limit_batches=1, extra_callbacks=[Count()])
    assert result.run_dir == run_dir and (run_dir / "checkpoints" / "best.ckpt").is_file() and seen == [0]
    with pytest.raises(DanluError, match="not empty"):
        fit(base, run_dir=run_dir, limit_batches=1)


@pytest.mark.slow
def test_four_configurations_times_two_seeds(tmp_path, base, capsys):
    vary = ("train.optimizer.name=sgd,adam", "train.optimizer.lr=0.01,0.001")
    spec = study(base, *vary, objective={"metric": "val_acc"})
    events: list = []
    result = run_study(spec, tmp_path / "s", sink=events.append, limit_batches=2)
    assert (result.status, result.trials_run) == ("finished", 4)

    kinds = [type(e) for e in events]
    assert kinds.count(TrialStarted) == 4 and kinds.count(SeedStarted) == 8 and kinds.count(TrialFinished) == 4
    assert isinstance(events[-1], StudyFinished) and events[-1].status == "finished"

    folder = StudyFolder(result.folder)
    assert folder.spec_path.is_file() and folder.db_path.is_file()
    runs = list_runs(folder.trials_dir)  # every seed is an ordinary run folder
    assert sorted(r.name for r in runs) == sorted(f"{n}-seed{k}" for n in range(4) for k in (0, 1))
    assert all(r.status == "finished" for r in runs)

    report = load_report(result.folder)
    configs = report["configurations"]
    assert len(configs) == 4 and len({json.dumps(c["params"], sort_keys=True) for c in configs}) == 4
    assert configs[0]["verdict"] == "best"
    assert all(c["verdict"] in ("best is better", "within seed noise") for c in configs[1:])
    assert [c["mean"] for c in configs] == sorted((c["mean"] for c in configs), reverse=True)  # val_acc: maximize
    for c in configs:
        assert c["n"] == 2 and c["mean"] == pytest.approx(sum(c["seed_values"].values()) / 2)
        assert c["ci95"][0] <= c["mean"] <= c["ci95"][1]
        for seed, rel in c["run_dirs"].items():
            exp = yaml.safe_load((folder.path / rel / "experiment.yaml").read_text())
            assert exp["train"]["seed"] == int(seed)
            assert exp["train"]["optimizer"]["name"] == c["params"]["train.optimizer.name"]
            assert exp["train"]["optimizer"]["lr"] == c["params"]["train.optimizer.lr"]
            assert exp["train"]["checkpoint"] == {"monitor": "val_acc", "mode": "max"}
            assert (folder.path / rel / "evaluation.json").is_file()

    again = run_study(spec, tmp_path / "s", limit_batches=2)  # the budget is used up: nothing runs again
    assert (again.status, again.trials_run) == ("budget_reached", 0)
    assert len(list_runs(folder.trials_dir)) == 8

    assert main(["study", "show", str(result.folder), "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert [c["trial"] for c in shown["configurations"]] == [c["trial"] for c in configs]
    assert shown["test"].startswith("Welch's t-test")
    assert main(["study", "export", str(result.folder), "--csv"]) == 0
    rows = capsys.readouterr().out.strip().splitlines()
    assert rows[0].startswith("trial,state,train.optimizer.lr,train.optimizer.name,seed0,seed1,mean,std")
    assert len(rows) == 5


@pytest.mark.slow
def test_a_failing_trial_is_recorded_and_the_study_goes_on(tmp_path, base, monkeypatch):
    real_fit = models.training.fit

    def fit_that_diverges_with_sgd(experiment, *args, **kwargs):
        if experiment is not None and experiment.train.optimizer.name == "sgd":
            raise TrainingError("non-finite loss (nan) at epoch 1, step 2; lower the learning rate")
        return real_fit(experiment, *args, **kwargs)

    monkeypatch.setattr(models.training, "fit", fit_that_diverges_with_sgd)
    result = run_study(study(base, "train.optimizer.name=sgd,adam", seeds=[0]), tmp_path / "s", limit_batches=1)
    assert (result.status, result.trials_run) == ("finished", 2)
    report = load_report(result.folder)
    assert report["states"] == {"complete": 1, "failed": 1}
    failed = next(t for t in report["trials"] if t["state"] == "failed")
    assert failed["params"] == {"train.optimizer.name": "sgd"} and "non-finite loss" in failed["message"]
    assert [c["params"]["train.optimizer.name"] for c in report["configurations"]] == ["adam"]


@pytest.mark.slow
def test_stop_and_continue_loses_and_repeats_nothing(tmp_path, base):
    spec = study(
        base.model_copy(update={"train": base.train.model_copy(update={"epochs": 2})}), "train.optimizer.name=sgd,adam"
    )
    stop = threading.Event()
    armed = threading.Event()

    def sink(event):
        if isinstance(event, SeedStarted) and (event.number, event.seed) == (1, 1):
            armed.set()
        elif isinstance(event, StepProgress) and armed.is_set():
            stop.set()  # in the middle of the second trial's second seed

    first = run_study(spec, tmp_path / "s", stop=stop, sink=sink, limit_batches=2)
    assert (first.status, first.trials_run) == ("stopped", 2)
    folder = StudyFolder(first.folder)
    done_before = {p: p.stat().st_mtime_ns for p in (folder.trials_dir / "0-seed0").rglob("*") if p.is_file()}
    seed0_before = (folder.trials_dir / "1-seed0" / "metrics.csv").stat().st_mtime_ns
    assert json.loads((folder.trials_dir / "1-seed1" / "status.json").read_text())["status"] == "stopped"

    events: list = []
    second = run_study(spec, folder.path, sink=events.append, limit_batches=2)
    assert (second.status, second.trials_run) == ("finished", 1)
    report = load_report(folder.path)
    assert report["states"] == {"complete": 2, "stopped": 1}
    retry = next(t for t in report["trials"] if t["retry_of"] == 1)
    # the finished seed is kept, the stopped seed resumed in its own folder; nothing else trained again
    assert retry["state"] == "complete" and retry["run_dirs"] == {"0": "trials/1-seed0", "1": "trials/1-seed1"}
    assert [e.seed for e in events if isinstance(e, SeedStarted)] == [1]
    status = json.loads((folder.trials_dir / "1-seed1" / "status.json").read_text())
    assert (status["status"], status["epochs_completed"]) == ("finished", 2)
    assert (folder.trials_dir / "1-seed0" / "metrics.csv").stat().st_mtime_ns == seed0_before
    assert {p: p.stat().st_mtime_ns for p in done_before} == done_before
    assert sorted(c["params"]["train.optimizer.name"] for c in report["configurations"]) == ["adam", "sgd"]


@pytest.mark.slow
def test_the_pruner_stops_a_configuration_worse_than_the_median(tmp_path, base):
    three_epochs = base.model_copy(update={"train": base.train.model_copy(update={"epochs": 3})})
    spec = study(three_epochs, "train.optimizer.lr=0.01,0.003,1e-7", seeds=[0], pruner="median")
    # The median pruner waits for 2 trials; queue the configurations so the one that learns nothing comes third.
    folder = StudyFolder(tmp_path / "s")
    folder.path.mkdir()
    queued = open_study(folder, None, spec.name, spec_fingerprint(spec), "minimize")
    for lr in (0.01, 0.003, 1e-7):
        queued.enqueue_trial({"train.optimizer.lr": lr})
    result = run_study(spec, folder.path, limit_batches=3)
    report = load_report(result.folder)
    assert report["states"] == {"complete": 2, "pruned": 1}
    pruned = next(t for t in report["trials"] if t["state"] == "pruned")
    assert pruned["params"] == {"train.optimizer.lr": 1e-7} and pruned["message"] == "pruned after epoch 2 of seed 0"
    status = json.loads((result.folder / pruned["run_dirs"]["0"] / "status.json").read_text())
    assert status["epochs_completed"] == 2  # reported epochs 1 and 2; stopped after the pruner's warm-up step
