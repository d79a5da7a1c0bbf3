"""A loss that explodes but stays finite (SGD with lr 10) stops the run with advice, not a 'finished' run."""

from __future__ import annotations

import pytest

from models.errors import TrainingError
from models.training import fit, list_runs
from tests.models.tiny_runs import tiny_experiment

pytestmark = pytest.mark.slow  # every test here trains


def test_a_finite_divergence_stops_with_advice(tmp_path):
    from models.network import make_template
    from models.training.prepare import prepare

    exp = tiny_experiment(5, optimizer={"name": "sgd", "lr": 10.0})  # lenet: 2.3 -> 1.7e5 -> 1.3e7 -> 3e12 -> 8e22
    exp.network = make_template("lenet", prepare(exp).info)
    with pytest.raises(TrainingError) as err:
        fit(exp, runs_dir=tmp_path, limit_batches=10)
    text = str(err.value)
    assert "diverged" in text and "lower the learning rate" in text and "10" in text
    (run,) = list_runs(tmp_path)
    assert run.status == "failed"


def test_a_healthy_run_is_not_stopped(tmp_path):
    result = fit(tiny_experiment(2, optimizer={"name": "sgd", "lr": 0.1}), runs_dir=tmp_path, limit_batches=10)
    assert result.status == "finished"
