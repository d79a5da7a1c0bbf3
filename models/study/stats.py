"""Statistics that separate a real difference from seed noise.

Per configuration: mean, sample standard deviation and a 95% confidence interval of the mean over its seeds
(Student's t distribution). The best configuration (best mean) is compared with every other one by Welch's
t-test (two-sided, unequal variances, alpha 0.05): "best is better" when the difference is significant, "within seed
noise" when it is not. Seeds of different configurations are independent runs, so the test is unpaired.
The best configuration is chosen after looking at the data, so with many configurations some "better"
verdicts are expected by chance; the output says how many comparisons were made.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from typing import Any

from scipy import stats as sps

ALPHA = 0.05
TEST_NAME = "Welch's t-test (two-sided, alpha 0.05) on the seed values"
# Each verdict stands in the row of the configuration compared with the best, so it names the best: a bare
# "better" beside the worst configuration read as praise for it.
BETTER, NOISE, BEST = "best is better", "within seed noise", "best"
UNKNOWN = "cannot tell (needs 2 or more seeds in both)"


@dataclass(frozen=True)
class SeedStats:
    """Summary of one configuration's seed values.

    Attributes:
        n: Number of seeds.
        mean: Their mean.
        std: Sample standard deviation (n - 1 in the denominator); None with one seed.
        ci95: 95% confidence interval of the mean, ``(low, high)``; None with one seed.
    """

    n: int
    mean: float
    std: float | None
    ci95: tuple[float, float] | None

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["ci95"] = list(self.ci95) if self.ci95 else None
        return out


def seed_stats(values: Sequence[float]) -> SeedStats:
    """Mean, standard deviation and the t-based 95% confidence interval of ``values``.

    Raises:
        ValueError: ``values`` is empty.
    """
    if not values:
        raise ValueError("no seed values")
    n = len(values)
    mean = math.fsum(values) / n
    if n < 2:
        return SeedStats(n, mean, None, None)
    std = math.sqrt(math.fsum((v - mean) ** 2 for v in values) / (n - 1))
    half = float(sps.t.ppf(1 - ALPHA / 2, n - 1)) * std / math.sqrt(n)
    return SeedStats(n, mean, std, (mean - half, mean + half))


@dataclass(frozen=True)
class Comparison:
    """The best configuration against one other.

    Attributes:
        p_value: Welch's two-sided p-value; None when it cannot be computed.
        verdict: ``"best is better"`` (the best is significantly better), ``"within seed noise"``, or why not known.
    """

    p_value: float | None
    verdict: str


def compare(best: Sequence[float], other: Sequence[float]) -> Comparison:
    """Welch's t-test of the best configuration's seed values against another's.

    With no spread in either (identical values per seed, e.g. deterministic runs), the means either differ
    exactly (p = 0, best is better) or not (p = 1).
    """
    if len(best) < 2 or len(other) < 2:
        return Comparison(None, UNKNOWN)
    if seed_stats(best).std == 0 and seed_stats(other).std == 0:
        p = 0.0 if math.fsum(best) / len(best) != math.fsum(other) / len(other) else 1.0
    else:
        p = float(sps.ttest_ind(best, other, equal_var=False).pvalue)
    if math.isnan(p):
        return Comparison(None, UNKNOWN)
    return Comparison(p, BETTER if p < ALPHA else NOISE)


def rank_configurations(configs: list[dict[str, Any]], maximize: bool) -> list[dict[str, Any]]:
    """Add ``stats``, ``verdict`` and ``p_value`` to each configuration and sort them best first.

    Args:
        configs: Dicts with at least ``seed_values`` (a mapping seed -> value), e.g. from the trials table.
        maximize: True when higher objective values are better.

    Returns:
        New dicts, best first; the first has verdict ``"best"``; the others compare with it.
    """
    rows = [dict(c, stats=seed_stats(list(c["seed_values"].values()))) for c in configs if c["seed_values"]]
    rows.sort(key=lambda r: r["stats"].mean, reverse=maximize)
    if not rows:
        return rows
    best = list(rows[0]["seed_values"].values())
    rows[0].update(verdict=BEST, p_value=None)
    for row in rows[1:]:
        result = compare(best, list(row["seed_values"].values()))
        row.update(verdict=result.verdict, p_value=result.p_value)
    return rows


def importances(study: Any) -> tuple[dict[str, float] | None, str]:
    """Optuna's parameter importances (fANOVA on the configurations' mean values), or why there are none."""
    import optuna
    from optuna.trial import TrialState

    complete = study.get_trials(deepcopy=False, states=(TrialState.COMPLETE,))
    if len(complete) < 2:
        return None, f"needs 2 or more completed configurations ({len(complete)} so far)"
    try:
        evaluator = optuna.importance.FanovaImportanceEvaluator(seed=0)
        values = optuna.importance.get_param_importances(study, evaluator=evaluator)
    except (RuntimeError, ValueError) as err:
        return None, f"Optuna cannot compute them yet ({err})"
    if not values:
        return None, "no parameter took more than one value among the completed configurations"
    return {k: float(v) for k, v in values.items()}, "fANOVA (Optuna) on each configuration's mean over its seeds"
