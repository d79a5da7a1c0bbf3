"""A damaged status.json never breaks the runs list or a resume: the folder is flagged, the others listed."""

from __future__ import annotations

import json
import shutil

import pytest

from models import cli
from models.training import fit, list_runs
from tests.models.tiny_runs import tiny_experiment

DAMAGED = {
    "a-list": "[1, 2]",
    "b-created": json.dumps({"status": "finished", "created": "yesterday"}),
    "c-epochs": json.dumps({"status": "finished", "epochs_completed": "three"}),
    "d-truncated": '{"status": "fin',
}


@pytest.fixture
def runs_dir(tmp_path):
    for name, text in {**DAMAGED, "e-good": json.dumps({"status": "finished", "epochs_completed": 4})}.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "experiment.yaml").write_text("name: x\n")
        (tmp_path / name / "status.json").write_text(text)
    return tmp_path


def test_runs_list_lists_every_run_and_flags_the_damaged_ones(runs_dir):
    runs = {r.name: r for r in list_runs(runs_dir)}
    assert set(runs) == {*DAMAGED, "e-good"}
    assert runs["e-good"].problem == "" and runs["e-good"].epochs_completed == 4
    for name in DAMAGED:
        assert "status.json" in runs[name].problem, name
    assert "created" in runs["b-created"].problem and runs["b-created"].status == "finished"
    assert "epochs_completed" in runs["c-epochs"].problem and runs["c-epochs"].epochs_completed == 0


def test_cli_runs_list_shows_the_flag(runs_dir, capsys):
    assert cli.main(["runs", "list", "--runs-dir", str(runs_dir)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5
    assert all("status.json" in line for line in lines if not line.startswith("e-good"))


@pytest.mark.slow
@pytest.mark.parametrize("text", [DAMAGED["a-list"], DAMAGED["c-epochs"]])
def test_resume_falls_back_to_the_checkpoint(tmp_path, text):
    first = fit(tiny_experiment(2), runs_dir=tmp_path / "runs", limit_batches=2)
    run = tmp_path / "run"
    shutil.copytree(first.run_dir, run)
    (run / "status.json").write_text(text)
    more = fit(None, resume_from=run, extra_epochs=1, limit_batches=2)
    assert more.epochs_completed == 3
    status = json.loads((run / "status.json").read_text())
    assert status["status"] == "finished" and status["epochs_completed"] == 3  # repaired
