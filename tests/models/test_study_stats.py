"""Study statistics on numbers worked out by hand: mean, std, t-based CI, Welch's test, ranking, importances."""

from __future__ import annotations

import json
import math

import optuna
import pytest

from models.study import stats


def test_seed_stats_on_known_numbers():
    s = stats.seed_stats([1.0, 2.0, 3.0])
    assert (s.n, s.mean, s.std) == (3, 2.0, 1.0)
    # t(0.975, df=2) = 4.302653; half width = 4.302653 * 1 / sqrt(3) = 2.484138
    assert s.ci95 == pytest.approx((2.0 - 2.484138, 2.0 + 2.484138), abs=1e-6)
    four = stats.seed_stats([0.90, 0.92, 0.94, 0.96])
    # std = sqrt(((0.03^2 + 0.01^2) * 2) / 3) = 0.0258199; t(0.975, 3) = 3.182446; half = 3.182446 * 0.0258199 / 2
    assert four.std == pytest.approx(0.0258199, abs=1e-7)
    assert four.ci95 == pytest.approx((0.93 - 0.0410846, 0.93 + 0.0410846), abs=1e-6)
    one = stats.seed_stats([0.5])
    assert (one.mean, one.std, one.ci95) == (0.5, None, None)
    with pytest.raises(ValueError):
        stats.seed_stats([])


def test_welch_on_known_numbers():
    # [4, 5, 6] vs [1, 2, 3]: t = 3 / sqrt(1/3 + 1/3) = 3.674235, Welch df = 4, two-sided p = 0.021312
    result = stats.compare([4.0, 5.0, 6.0], [1.0, 2.0, 3.0])
    assert result.p_value == pytest.approx(0.021312, abs=1e-5) and result.verdict == "best is better"
    # [4, 5, 6] vs [3.5, 4.5, 5.5]: t = 0.612372, df = 4, p = 0.573
    close = stats.compare([4.0, 5.0, 6.0], [3.5, 4.5, 5.5])
    assert close.p_value == pytest.approx(0.573, abs=1e-3) and close.verdict == "within seed noise"
    # unequal variances: [10, 10.1, 9.9, 10.2] vs [8, 12, 9, 11]: df from Welch-Satterthwaite, not n1 + n2 - 2
    a, b = [10.0, 10.1, 9.9, 10.2], [8.0, 12.0, 9.0, 11.0]
    va, vb = stats.seed_stats(a).std ** 2 / 4, stats.seed_stats(b).std ** 2 / 4
    t = (sum(a) / 4 - sum(b) / 4) / math.sqrt(va + vb)
    df = (va + vb) ** 2 / (va**2 / 3 + vb**2 / 3)
    from scipy.stats import t as student

    assert stats.compare(a, b).p_value == pytest.approx(2 * student.sf(abs(t), df), rel=1e-9)


def test_comparisons_without_spread_or_with_one_seed():
    assert stats.compare([1.0, 1.0], [0.5, 0.5]) == stats.Comparison(0.0, "best is better")
    assert stats.compare([1.0, 1.0], [1.0, 1.0]) == stats.Comparison(1.0, "within seed noise")
    assert stats.compare([1.0], [0.5, 0.6]).verdict.startswith("cannot tell")


def test_ranking_puts_the_best_first_for_either_direction():
    configs = [
        {"trial": 0, "seed_values": {0: 0.50, 1: 0.52, 2: 0.51}},
        {"trial": 1, "seed_values": {0: 0.90, 1: 0.91, 2: 0.92}},
        {"trial": 2, "seed_values": {0: 0.89, 1: 0.93, 2: 0.90}},
        {"trial": 3, "seed_values": {}},  # failed before any seed finished: not ranked
    ]
    ranked = stats.rank_configurations(configs, maximize=True)
    assert [r["trial"] for r in ranked] == [1, 2, 0]
    assert [r["verdict"] for r in ranked] == ["best", "within seed noise", "best is better"]
    assert ranked[2]["p_value"] < 0.05 < ranked[1]["p_value"]
    assert [r["trial"] for r in stats.rank_configurations(configs, maximize=False)] == [0, 2, 1]


def test_importances_need_two_completed_configurations():
    study = optuna.create_study(direction="minimize", sampler=optuna.samplers.RandomSampler(seed=0))
    imp, note = stats.importances(study)
    assert imp is None and "needs 2 or more" in note

    def objective(trial):
        x = trial.suggest_float("x", -3, 3)
        y = trial.suggest_float("y", -3, 3)
        return x**2 + 0.01 * y

    study.optimize(objective, n_trials=30)
    imp, note = stats.importances(study)
    assert imp is not None and imp["x"] > imp["y"] and "fANOVA" in note


def test_report_ranks_configurations_and_shows_the_baseline_reference(tmp_path):
    from models.study.folder import StudyFolder
    from models.study.results import build_report, to_csv, to_text
    from models.study.trials import TrialRecord

    def run(name: str, acc: float) -> str:
        (tmp_path / name).mkdir()
        evaluation = {"split": "test", "metrics": {"acc": acc}}
        evaluation["baseline"] = {"model": "logistic regression", "metric": "acc", "score": 0.9, "split": "test"}
        (tmp_path / name / "evaluation.json").write_text(json.dumps(evaluation))
        return name

    records = [
        TrialRecord(0, "complete", {"lr": 0.1}, {0: 0.80, 1: 0.82}, {0: run("0-seed0", 0.81), 1: run("0-seed1", 0.83)}),
        TrialRecord(
            1, "complete", {"lr": 0.01}, {0: 0.95, 1: 0.97}, {0: run("1-seed0", 0.96), 1: run("1-seed1", 0.94)}
        ),
        TrialRecord(2, "failed", {"lr": 10.0}, message="non-finite loss"),
    ]
    report = build_report(StudyFolder(tmp_path), "s", "val_acc", "maximize", 3, records)
    assert [c["trial"] for c in report["configurations"]] == [1, 0]
    best, other = report["configurations"]
    assert (
        best["verdict"] == "best" and best["mean"] == pytest.approx(0.96) and best["test_mean"] == pytest.approx(0.95)
    )
    assert other["verdict"] == "best is better" and other["p_value"] < 0.05  # 0.81 +- 0.014 vs 0.96 +- 0.014
    assert report["baseline"] == {"model": "logistic regression", "metric": "acc", "score": 0.9, "split": "test"}
    assert report["states"] == {"complete": 2, "failed": 1} and report["importance_note"] == "not computed"
    assert "reference: scikit-learn baseline (logistic regression) test acc 0.9000" in to_text(report)
    rows = to_csv(report).splitlines()
    assert (
        rows[0] == "trial,state,lr,seed0,seed1,mean,std,ci95_low,ci95_high,test_acc,verdict,p_value,duration_s,message"
    )
    assert rows[3].startswith("2,failed,10.0,,,") and rows[3].endswith("non-finite loss")
