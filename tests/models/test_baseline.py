"""The classic scikit-learn baseline beside every run: scores, skip reasons, evaluation.json, runs list, report."""

from __future__ import annotations

import json
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from torch.utils.data import TensorDataset

from models import baseline as baseline_module
from models.baseline import baseline_for, features, headline
from models.data import build_datamodule
from models.data.base import DataInfo
from models.spec import DataSpec, TrainSpec


def fake_dm(x: np.ndarray, y: np.ndarray, task: str = "classification", modality: str = "tabular", classes=2):
    info = DataInfo(
        task=task,
        modality=modality,
        input_shape=tuple(x.shape[1:]),
        num_outputs=classes if task == "classification" else 1,
        class_names=tuple(str(c) for c in range(classes)) if task == "classification" else (),
    )
    ds = TensorDataset(torch.as_tensor(x, dtype=torch.float32), torch.as_tensor(y))
    return SimpleNamespace(info=info, train_set=ds, val_set=ds, test_set=ds, in_memory=True)


def test_images_get_logistic_regression_on_pixels():
    result = baseline_for(build_datamodule(DataSpec(name="digits"), num_workers=0), "test")
    assert result["model"] == "logistic regression on pixels" and result["metric"] == "acc"
    assert result["score"] > 0.9 and result["split"] == "test" and result["features"] == 64


def test_tabular_gets_gradient_boosted_trees_and_sequences_pooled_features():
    tab = baseline_for(build_datamodule(DataSpec(name="breast_cancer"), num_workers=0))
    assert tab["model"] == "gradient-boosted trees" and tab["score"] > 0.85
    seq = baseline_for(build_datamodule(DataSpec(name="sine_forecast"), num_workers=0))
    assert seq["model"] == "ridge regression on pooled features" and seq["metric"] == "r2" and seq["score"] > 0.5


def test_pooling_keeps_features_under_the_cap():
    images = np.zeros((3, 3, 100, 100), dtype=np.float32)
    assert features(images, "image").shape[1] <= baseline_module.MAX_FEATURES
    series = np.random.default_rng(0).normal(size=(4, 5000, 2)).astype(np.float32)
    assert features(series, "sequence").shape[1] <= baseline_module.MAX_FEATURES


@pytest.mark.parametrize(
    ("x", "y", "reason"),
    [
        (np.ones((20, 3)), np.zeros(20, dtype=np.int64), "only one class"),
        (np.where(np.eye(20, 3) > 0, np.nan, 1.0), np.arange(20) % 2, "NaN or infinite"),
    ],
)
def test_unusable_data_is_skipped_with_the_reason(x, y, reason):
    result = baseline_for(fake_dm(x, y))
    assert reason in result["skipped"] and "score" not in result


def test_too_large_is_skipped_before_spending_the_time(monkeypatch):
    monkeypatch.setattr(baseline_module, "TIME_BUDGET_S", 1e-9)
    result = baseline_for(fake_dm(np.ones((20, 3)), np.arange(20) % 2))
    assert result["skipped"].startswith("would take more than")


def test_a_failing_fit_is_reported_not_raised(monkeypatch):
    def broken(*_):
        raise RuntimeError("boom")

    monkeypatch.setattr(baseline_module, "_scores", broken)
    assert "RuntimeError: boom" in baseline_for(fake_dm(np.ones((20, 3)), np.arange(20) % 2))["skipped"]


def test_headline_pairs_the_network_and_the_baseline():
    assert headline({"metrics": {"acc": 0.99}, "baseline": {"metric": "acc", "score": 0.93}}) == ("acc", 0.99, 0.93)
    assert headline({"metrics": {"acc": 0.99}, "baseline": {"skipped": "why"}}) is None


@pytest.mark.slow
def test_fit_writes_the_baseline_beside_the_network(tmp_path):
    from models.defaults import experiment_for
    from models.report import build_report
    from models.training import fit, list_runs

    exp = experiment_for(DataSpec(name="digits"), "lenet", train=TrainSpec(epochs=1, accelerator="cpu"))
    result = fit(exp, runs_dir=tmp_path, limit_batches=2)
    evaluation = json.loads((result.run_dir / "evaluation.json").read_text())
    assert evaluation["baseline"]["model"] == "logistic regression on pixels"
    assert evaluation["baseline"]["split"] == evaluation["split"] == "test"
    run = list_runs(tmp_path)[0]
    assert run.test_metric == "acc" and run.test_score == evaluation["metrics"]["acc"]
    assert run.baseline_score == evaluation["baseline"]["score"] and run.baseline_note.startswith("logistic")
    html = build_report(result.run_dir).read_text(encoding="utf-8")
    assert "Baseline: logistic regression on pixels" in html
