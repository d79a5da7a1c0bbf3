"""``danlu study``: new/show/export as a user types them, bad storage, two processes on one storage, a kill."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml

from models.cli import main
from models.spec.study import StudySpec, load_study_spec
from models.study import storage
from models.study.results import load_report

ROOT = Path(__file__).resolve().parents[2]


def danlu(*args: str) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore"}
    return subprocess.Popen(
        [sys.executable, "-m", "models.cli", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )


@pytest.fixture(scope="module")
def exp_yaml(tmp_path_factory) -> Path:
    from models.defaults import experiment_for
    from models.spec import DataSpec, save_experiment

    exp = experiment_for(DataSpec(name="digits"), "mlp")
    exp.train.epochs = 1
    exp.train.accelerator = "cpu"
    path = tmp_path_factory.mktemp("study-cli") / "exp.yaml"
    save_experiment(exp, path)
    return path


def new_study(capsys, exp_yaml: Path, *args: str) -> StudySpec:
    assert main(["study", "new", "--from", str(exp_yaml), *args]) == 0
    return StudySpec.from_yaml(capsys.readouterr().out)


def test_new_prints_a_study_yaml(capsys, exp_yaml):
    spec = new_study(
        capsys,
        exp_yaml,
        "--vary",
        "train.optimizer.name=sgd,adam",
        "--vary",
        "train.optimizer.lr=1e-4..1e-1:log",
        "--seeds",
        "3",
        "--trials",
        "12",
    )
    assert [e.param_name for e in spec.space] == ["train.optimizer.name", "train.optimizer.lr"]
    assert spec.space[1].log and spec.seeds == [0, 1, 2] and spec.n_trials == 12
    assert spec.sampler == "tpe" and spec.objective.metric == "val_loss"  # a log range cannot be a grid
    grid = new_study(capsys, exp_yaml, "--vary", "network.layers[3].p=0,0.25,0.5", "--seeds", "0,5")
    assert grid.sampler == "grid" and grid.seeds == [0, 5] and grid.planned_trials() == 3


def test_new_from_a_preset_or_why_not(capsys, exp_yaml):
    spec = new_study(capsys, exp_yaml, "--preset", "dropout")
    assert spec.space[0].paths == ["network.layers[3].p"] and spec.seeds == [0, 1, 2]
    assert main(["study", "new", "--from", str(exp_yaml), "--preset", "batchnorm"]) == 2
    assert "the network has no batch-norm layer" in capsys.readouterr().err
    assert main(["study", "presets"]) == 0
    listed = capsys.readouterr().out
    assert all(name in listed for name in ("optimizers", "learning_rate", "regularisation", "dropout", "init"))


@pytest.mark.parametrize(
    ("vary", "says"),
    [
        ("train.optimizer.lrr=0.1,0.2", "space[0] (train.optimizer.lrr): train.optimizer has no field 'lrr'"),
        ("network.layers[1].out_features=0,64", "= 0: the experiment rejects it"),
        ("train.optimizer.lr", "write PATH=VALUES"),
    ],
)
def test_new_names_a_bad_entry_without_a_traceback(capsys, exp_yaml, vary, says):
    assert main(["study", "new", "--from", str(exp_yaml), "--vary", vary]) == 2
    err = capsys.readouterr().err
    assert says in err and "Traceback" not in err


def test_bad_folders_and_storages_give_clear_messages(capsys, tmp_path, exp_yaml, monkeypatch):
    assert main(["study", "show", str(tmp_path)]) == 2
    assert "not a study folder" in capsys.readouterr().err
    spec = new_study(capsys, exp_yaml, "--vary", "train.optimizer.name=sgd,adam")
    (tmp_path / "study.yaml").write_text(spec.to_yaml())
    (tmp_path / "study.db").write_bytes(b"this is not a database" * 100)
    assert main(["study", "show", str(tmp_path)]) == 2
    assert "damaged or is not an Optuna study" in capsys.readouterr().err
    assert main(["study", "run", str(tmp_path)]) == 2  # nothing trains
    assert "damaged" in capsys.readouterr().err and not (tmp_path / "trials").exists()

    (tmp_path / "study.db").unlink()
    storage.open_study(storage.StudyFolder(tmp_path), None, spec.name, None, "minimize")
    monkeypatch.setattr(storage, "SQLITE_TIMEOUT_S", 0.2)
    holder = sqlite3.connect(tmp_path / "study.db")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        assert main(["study", "show", str(tmp_path)]) == 2
        assert "locked by another program" in capsys.readouterr().err
    finally:
        holder.rollback()
        holder.close()


def _grid(capsys, exp_yaml: Path, folder: Path) -> Path:
    spec = new_study(capsys, exp_yaml, "--vary", "train.optimizer.lr=0.1,0.03,0.01,0.003", "--seeds", "1")
    path = folder / "study.yaml"
    path.write_text(spec.to_yaml())
    return path


@pytest.mark.slow
@pytest.mark.parametrize("backend", ["journal", "sqlite"])
def test_two_processes_share_one_study(capsys, tmp_path, exp_yaml, backend):
    study_yaml = _grid(capsys, exp_yaml, tmp_path)
    url = f"journal:{tmp_path / 'journal.log'}" if backend == "journal" else f"sqlite:///{tmp_path / 'shared.db'}"
    args = ("study", "run", str(study_yaml), "--out", str(tmp_path / "s"), "--storage", url, "--limit-batches", "1")
    procs = [danlu(*args) for _ in range(2)]
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (_, err) in zip(procs, outs):
        assert p.returncode == 0, err[-3000:]
    runs = [json.loads(out) for out, _ in outs]
    assert sum(r["trials_run"] for r in runs) == 4
    report = load_report(tmp_path / "s", storage=url)
    assert report["states"] == {"complete": 4}
    assert sorted(c["params"]["train.optimizer.lr"] for c in report["configurations"]) == [0.003, 0.01, 0.03, 0.1]
    assert len({d for t in report["trials"] for d in t["run_dirs"].values()}) == 4
    assert json.loads((tmp_path / "s" / "study.json").read_text())["storage"] == url


@pytest.mark.slow
def test_a_killed_process_loses_only_the_trial_in_flight(capsys, tmp_path, exp_yaml):
    study_yaml = _grid(capsys, exp_yaml, tmp_path)
    data = yaml.safe_load(study_yaml.read_text())
    data["base"]["train"]["epochs"] = 40  # long enough to be killed in the middle of the first trial
    data["space"][0]["choices"] = [0.01, 0.003]
    study_yaml.write_text(yaml.safe_dump(data))
    folder = tmp_path / "s"
    proc = danlu("study", "run", str(study_yaml), "--out", str(folder), "--limit-batches", "1")
    deadline = time.monotonic() + 300
    while not list(folder.glob("trials/*/metrics.csv")) and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    assert proc.poll() is None, proc.communicate()[1][-3000:]
    os.kill(proc.pid, signal.SIGKILL)
    proc.communicate()

    assert main(["study", "run", str(folder), "--limit-batches", "1"]) == 0  # continue: the folder is enough
    capsys.readouterr()
    report = load_report(folder)
    assert report["states"] == {"complete": 2, "lost": 1}
    lost = next(t for t in report["trials"] if t["state"] == "lost")
    retry = next(t for t in report["trials"] if t["retry_of"] == lost["number"])
    assert retry["state"] == "complete" and retry["params"] == lost["params"]
    assert sorted(c["params"]["train.optimizer.lr"] for c in report["configurations"]) == [0.003, 0.01]
    assert load_study_spec(folder / "study.yaml").base.train.epochs == 40


@pytest.mark.slow
def test_each_trial_can_train_on_two_cpu_processes(capsys, tmp_path, exp_yaml):
    spec = new_study(capsys, exp_yaml, "--vary", "train.optimizer.name=sgd,adam", "--seeds", "1")
    (tmp_path / "study.yaml").write_text(spec.to_yaml())
    common = ("study", "run", str(tmp_path / "study.yaml"), "--out", str(tmp_path / "s"), "--accelerator", "cpu")
    assert main([*common, "--devices", "2", "--strategy", "ddp"]) == 2
    assert "--strategy ddp_fork" in capsys.readouterr().err  # plain ddp would start the whole study again
    proc = danlu(*common, "--devices", "2", "--strategy", "ddp_fork", "--limit-batches", "1")
    out, err = proc.communicate(timeout=600)
    assert proc.returncode == 0, err[-3000:]
    assert "Starting with 2 processes" in err and json.loads(out)["trials_run"] == 2
    assert load_report(tmp_path / "s")["states"] == {"complete": 2}
