"""A checkpoint of a different network is refused before evaluate/predict/export/resume use it; a failed resume
leaves the run folder exactly as it was; ``danlu resume --checkpoint best`` works without last.ckpt."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from models import cli
from models.errors import CheckpointError
from models.network import make_template
from models.training import evaluate, fit, load_trained
from tests.models.tiny_runs import tiny_experiment

pytestmark = pytest.mark.slow  # every test here trains


@pytest.fixture(scope="module")
def two_runs(tmp_path_factory):
    """A finished mlp run and a finished lenet run on the same data."""
    root = tmp_path_factory.mktemp("runs")
    mlp = fit(tiny_experiment(), runs_dir=root, limit_batches=2).run_dir
    lenet_exp = tiny_experiment()
    lenet_exp.network = make_template("lenet", load_trained(mlp).info)
    lenet = fit(lenet_exp, runs_dir=root, limit_batches=2).run_dir
    return mlp, lenet


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def mixed_run(two_runs, tmp_path):
    """The mlp run folder with the lenet run's checkpoints copied in."""
    mlp, lenet = two_runs
    mixed = tmp_path / "mixed"
    shutil.copytree(mlp, mixed)
    for name in ("best.ckpt", "last.ckpt"):
        shutil.copy(lenet / "checkpoints" / name, mixed / "checkpoints" / name)
    return mixed


def test_evaluate_predict_and_export_refuse_another_networks_checkpoint(mixed_run):
    before = snapshot(mixed_run)
    with pytest.raises(CheckpointError) as err:
        evaluate(mixed_run)
    text = str(err.value)
    assert "best.ckpt" in text and "experiment.yaml" in text and "network" in text
    with pytest.raises(CheckpointError, match="experiment.yaml"):
        load_trained(mixed_run, "last")  # what predict and export load through
    assert snapshot(mixed_run) == before  # evaluation.json was not overwritten


def test_cli_evaluate_exits_2_naming_both(mixed_run, capsys):
    assert cli.main(["evaluate", str(mixed_run)]) == 2
    err = capsys.readouterr().err
    assert "best.ckpt" in err and "experiment.yaml" in err and "Traceback" not in err


def test_a_failed_resume_leaves_the_run_folder_unchanged(mixed_run, capsys):
    before = snapshot(mixed_run)
    assert json.loads((mixed_run / "status.json").read_text())["status"] == "finished"
    with pytest.raises(CheckpointError, match="experiment.yaml"):
        fit(None, resume_from=mixed_run, extra_epochs=1, limit_batches=2)
    assert cli.main(["resume", str(mixed_run), "--epochs", "1"]) == 2
    assert "last.ckpt" in capsys.readouterr().err
    assert snapshot(mixed_run) == before


def test_resume_from_best_when_last_is_gone(two_runs, tmp_path, capsys):
    run = tmp_path / "run"
    shutil.copytree(two_runs[0], run)
    (run / "checkpoints" / "last.ckpt").unlink()
    assert cli.main(["resume", str(run), "--epochs", "1"]) == 2
    assert "--checkpoint best" in capsys.readouterr().err
    assert cli.main(["resume", str(run), "--checkpoint", "best", "--epochs", "1"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["status"] == "finished" and out["epochs_completed"] == 2
    assert (run / "checkpoints" / "last.ckpt").is_file()
