"""Every template trains one short epoch on a dataset it fits, and the default CNN is accurate on digits."""

from __future__ import annotations

import math

import pytest

from models.defaults import experiment_for
from models.spec import DataSpec
from models.training import fit

CASES = [
    ("mlp", "digits"),
    ("lenet", "digits"),
    ("resnet_small", "digits"),
    ("mlp", "breast_cancer"),
    ("fcn1d", "waveforms"),
    ("lstm", "waveforms"),
    ("gru", "waveforms"),
    ("transformer", "waveforms"),
    ("mlp_regressor", "diabetes"),
    ("forecaster", "sine_forecast"),
    ("lstm", "sine_forecast"),
]


@pytest.mark.parametrize(("template", "dataset"), CASES)
def test_template_trains_one_short_epoch_with_finite_loss(template, dataset, tmp_path):
    exp = experiment_for(DataSpec(name=dataset), template)
    exp.train.epochs = 1
    exp.train.accelerator = "cpu"
    result = fit(exp, runs_dir=tmp_path, limit_batches=3)
    assert result.status == "finished"
    assert result.best_metric is not None and math.isfinite(result.best_metric)
    assert all(math.isfinite(v) for v in result.evaluation["metrics"].values())


@pytest.mark.slow
def test_default_cnn_reaches_97_percent_on_digits(tmp_path):
    exp = experiment_for(DataSpec(name="digits"), "lenet")  # default TrainSpec: Adam 1e-3, 10 epochs, batch 64
    exp.train.accelerator = "cpu"
    result = fit(exp, runs_dir=tmp_path)
    assert result.evaluation["split"] == "test"
    assert result.evaluation["metrics"]["acc"] >= 0.97
