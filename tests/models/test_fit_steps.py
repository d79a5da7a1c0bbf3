"""fit() in steps: the run folder is passed explicitly; nothing leaks from one run into the next."""

from __future__ import annotations

import json
import logging
import os

import lightning as L
import pytest

from models.errors import DanluError
from models.training import fit, list_runs
from models.training.runs import RUN_DIR_ENV
from tests.models.tiny_runs import tiny_experiment

pytestmark = pytest.mark.slow  # every test here trains


def test_a_failure_before_training_leaks_no_run_folder_into_the_next_run(tmp_path, monkeypatch):
    exp = tiny_experiment()

    def broken_trainer(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        raise RuntimeError("trainer could not be built")

    with monkeypatch.context() as patch:
        patch.setattr(L.Trainer, "__init__", broken_trainer)
        with pytest.raises(Exception, match="trainer could not be built"):
            fit(exp, runs_dir=tmp_path, limit_batches=2)
    assert RUN_DIR_ENV not in os.environ
    failed = list_runs(tmp_path)
    assert len(failed) == 1 and failed[0].status == "failed"  # not left "running"

    second = fit(exp, runs_dir=tmp_path, limit_batches=2)
    assert str(second.run_dir) != failed[0].path  # the next run gets its own folder
    assert second.status == "finished" and len(list_runs(tmp_path)) == 2
    assert json.loads((second.run_dir / "status.json").read_text())["status"] == "finished"


def test_run_dir_trains_into_exactly_that_new_folder(tmp_path):
    target = tmp_path / "study" / "trials" / "3-seed1"
    result = fit(tiny_experiment(), run_dir=target, limit_batches=2)
    assert result.run_dir == target and (target / "checkpoints" / "last.ckpt").is_file()
    assert (target / "experiment.yaml").is_file() and RUN_DIR_ENV not in os.environ
    with pytest.raises(DanluError, match="not empty"):
        fit(tiny_experiment(), run_dir=target, limit_batches=2)
    assert json.loads((target / "status.json").read_text())["status"] == "finished"  # the first run is intact


def test_a_fit_prints_no_cloud_logging_advert(tmp_path, caplog):
    """Lightning 2.6 advertises its cloud logger at every fit; Danlu is offline and says nothing of it."""
    caplog.set_level(logging.INFO)
    fit(tiny_experiment(), runs_dir=tmp_path, limit_batches=1)
    assert "max_epochs=1" in caplog.text  # Lightning's own info lines still reach the log
    assert "litlogger" not in caplog.text
