"""A classic scikit-learn model beside every network: did the network learn more than a linear model?

After training, :func:`baseline_for` fits on the same train split and scores on the same evaluation split:

- images and sequences: logistic regression (classification) or ridge regression (regression, forecasting) on
  standardised features: the inputs average-pooled down to at most ``MAX_FEATURES`` values (images: a coarser
  grid; sequences: fewer time steps) plus, for sequences, each channel's mean, standard deviation, min and max;
- tabular data: gradient-boosted trees (scikit-learn's histogram GBDT), the usual strong tabular baseline.

It is skipped with a stated reason, never an error, when it would take more than about ``TIME_BUDGET_S``
seconds (estimated from the data size before fitting), for text, with one class, non-finite features, or when
scikit-learn fails. The result is plain data for ``evaluation.json`` (key ``baseline``).
"""

from __future__ import annotations

import time
from typing import Any

import numpy as np
from threadpoolctl import threadpool_limits

TIME_BUDGET_S = 10.0
MAX_FEATURES = 1024
#: Rough cost model of the linear fits here (samples x features per second on one slow core), used to skip a
#: baseline that would take more than TIME_BUDGET_S before spending the time.
LINEAR_CELLS_PER_S = 5e6
TREE_CELLS_PER_S = 2e6
#: Files (images) are decoded once more for the baseline: beyond this many it would take too long.
MAX_FILE_SAMPLES = 20_000


def skipped(reason: str, model: str = "") -> dict[str, Any]:
    return {"model": model, "skipped": reason}


def _arrays(dataset: Any) -> tuple[np.ndarray, np.ndarray]:
    """All inputs and targets of a dataset as numpy (tensors as they are fed to the network)."""
    import torch
    from torch.utils.data import DataLoader, TensorDataset

    if isinstance(dataset, TensorDataset):
        x, y = dataset.tensors[:2]
        return x.numpy(), y.numpy()
    xs, ys = [], []
    for x, y in DataLoader(dataset, batch_size=512, shuffle=False):
        xs.append(torch.as_tensor(x).numpy())
        ys.append(torch.as_tensor(y).numpy())
    return np.concatenate(xs), np.concatenate(ys)


def _pool(x: np.ndarray, axis_lengths: tuple[int, ...], budget: int) -> np.ndarray:
    """Average-pool the trailing ``len(axis_lengths)`` axes by one integer factor until the size fits ``budget``."""
    factor = 1
    lead = int(np.prod(x.shape[1 : x.ndim - len(axis_lengths)])) or 1
    while lead * int(np.prod([-(-n // factor) for n in axis_lengths])) > budget and factor < max(axis_lengths):
        factor += 1
    if factor == 1:
        return x.reshape(len(x), -1)
    out = x
    for k, n in enumerate(axis_lengths):
        axis = x.ndim - len(axis_lengths) + k
        pad = (-n) % factor
        if pad:  # repeat the edge so the last window averages real values
            widths = [(0, 0)] * out.ndim
            widths[axis] = (0, pad)
            out = np.pad(out, widths, mode="edge")
        shape = list(out.shape)
        shape[axis : axis + 1] = [shape[axis] // factor, factor]
        out = out.reshape(shape).mean(axis=axis + 1)
    return out.reshape(len(out), -1)


def features(x: np.ndarray, modality: str) -> np.ndarray:
    """Flattened or pooled features of a batch of inputs (images ``[N,C,H,W]``, sequences ``[N,T,F]``)."""
    x = x.astype(np.float32, copy=False)
    if modality == "image":
        return _pool(x, tuple(x.shape[2:]), MAX_FEATURES)
    if modality in ("sequence", "forecast"):
        stats = np.concatenate([x.mean(1), x.std(1), x.min(1), x.max(1)], axis=1)
        steps = np.swapaxes(x, 1, 2)  # [N, F, T]: pool over time
        return np.concatenate([_pool(steps, (x.shape[1],), MAX_FEATURES - stats.shape[1]), stats], axis=1)
    return x.reshape(len(x), -1)


def _model(task: str, modality: str) -> tuple[Any, str, float]:
    from sklearn.ensemble import HistGradientBoostingClassifier, HistGradientBoostingRegressor
    from sklearn.linear_model import LogisticRegression, Ridge
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    classify = task == "classification"
    if modality == "tabular":
        model = (
            HistGradientBoostingClassifier(max_iter=100) if classify else HistGradientBoostingRegressor(max_iter=100)
        )
        return model, "gradient-boosted trees", TREE_CELLS_PER_S
    linear = LogisticRegression(max_iter=300, C=1.0) if classify else Ridge(alpha=1.0)
    name = "logistic regression" if classify else "ridge regression"
    pooled = "pooled features" if modality in ("sequence", "forecast") else "pixels"
    return make_pipeline(StandardScaler(), linear), f"{name} on {pooled}", LINEAR_CELLS_PER_S


def _scores(task: str, y: np.ndarray, pred: np.ndarray) -> dict[str, float]:
    from sklearn.metrics import accuracy_score, f1_score, mean_absolute_error, mean_squared_error, r2_score

    if task == "classification":
        return {"acc": float(accuracy_score(y, pred)), "f1": float(f1_score(y, pred, average="macro"))}
    return {
        "mse": float(mean_squared_error(y, pred)),
        "mae": float(mean_absolute_error(y, pred)),
        "r2": float(r2_score(y, pred)),
    }


def baseline_for(dm: Any, split: str = "test") -> dict[str, Any]:
    """Fit the classic baseline on ``dm``'s train split and score it on ``split`` (``test`` or ``val``).

    Args:
        dm: A loaded DanluDataModule (its ``info``, ``train_set``, ``val_set`` and ``test_set``).
        split: The split the network was evaluated on.

    Returns:
        ``{"model", "metric", "score", "metrics", "split", "seconds"}``, or ``{"model", "skipped"}`` with the
        reason. Never raises for a data or scikit-learn problem.
    """
    info = dm.info
    if info.task not in ("classification", "regression", "forecasting"):
        return skipped(f"no baseline for the {info.task} task")
    if info.modality == "text":
        return skipped("no classic baseline for token sequences yet")
    model, name, rate = _model(info.task, info.modality)
    n_train = len(dm.train_set)
    estimate = n_train * min(int(np.prod(info.input_shape)), MAX_FEATURES) * max(1, info.num_classes)
    if estimate / rate > TIME_BUDGET_S or (not dm.in_memory and n_train > MAX_FILE_SAMPLES):
        return skipped(f"would take more than ~{TIME_BUDGET_S:.0f} s ({n_train:,} training samples)", name)
    start = time.perf_counter()
    try:
        x_train, y_train = _arrays(dm.train_set)
        x_eval, y_eval = _arrays(dm.test_set if split == "test" else dm.val_set)
        f_train, f_eval = features(x_train, info.modality), features(x_eval, info.modality)
        if not (np.isfinite(f_train).all() and np.isfinite(f_eval).all()):
            return skipped("the features contain NaN or infinite values", name)
        if info.task == "classification":
            y_train, y_eval = y_train.astype(np.int64).ravel(), y_eval.astype(np.int64).ravel()
            if len(np.unique(y_train)) < 2:
                return skipped("the train split has only one class", name)
        else:
            y_train = y_train.reshape(len(y_train), -1).astype(np.float64)
            y_eval = y_eval.reshape(len(y_eval), -1).astype(np.float64)
            if y_train.shape[1] == 1:
                y_train, y_eval = y_train.ravel(), y_eval.ravel()
            if info.modality == "tabular" and y_train.ndim > 1:
                return skipped("gradient-boosted trees predict one target; this dataset has several", name)
        if len(f_eval) == 0:
            return skipped(f"the {split} split is empty", name)
        # One thread: the fit is small, and OpenMP/BLAS threads spinning on a busy machine made gradient
        # boosting on 400 samples take 49 s instead of 0.3 s.
        with threadpool_limits(limits=1):
            model.fit(f_train, y_train)
            scores = _scores(info.task, y_eval, model.predict(f_eval))
    except Exception as err:  # noqa: BLE001 - a baseline must never fail a run; say why it is missing
        return skipped(f"scikit-learn could not fit it: {type(err).__name__}: {err}", name)
    metric = "acc" if info.task == "classification" else "r2"
    return {
        "model": name,
        "metric": metric,
        "score": scores[metric],
        "metrics": scores,
        "split": split,
        "train_samples": int(len(f_train)),
        "features": int(f_train.shape[1]),
        "seconds": round(time.perf_counter() - start, 3),
    }


def headline(evaluation: dict[str, Any] | None) -> tuple[str, float, float] | None:
    """``(metric, network score, baseline score)`` from an evaluation dict, when both exist."""
    if not evaluation:
        return None
    base = evaluation.get("baseline") or {}
    metric, score = base.get("metric"), base.get("score")
    network = (evaluation.get("metrics") or {}).get(metric) if metric else None
    if not isinstance(score, (int, float)) or not isinstance(network, (int, float)):
        return None
    return str(metric), float(network), float(score)


def status_fields(evaluation: dict[str, Any]) -> dict[str, Any]:
    """The run's headline scores for status.json (read by the runs list without opening evaluation.json)."""
    metrics = evaluation.get("metrics") or {}
    base = evaluation.get("baseline") or {}
    # A GAN's headline is its classifier-feature distance (no baseline: lower is better).
    metric = base.get("metric") or next((m for m in ("acc", "r2", "fd") if m in metrics), None)
    return {
        "test_metric": metric,
        "test_split": evaluation.get("split"),
        "test_score": metrics.get(metric) if metric else None,
        "baseline_score": base.get("score"),
        "baseline_model": base.get("model", ""),
        "baseline_skipped": base.get("skipped", ""),
    }
