"""Helpers shared by the file sources: labels to classes, task choice, target scaling, test-file pairing."""

from __future__ import annotations

import math
import re
from pathlib import Path

import numpy as np

from models.data.csvio import natural_sorted, parse_float
from models.errors import DataError
from models.spec.data import DataSpec

#: A numeric target with more distinct values than this (or any fraction) is treated as regression.
MAX_AUTO_CLASSES = 20


def choose_task(spec: DataSpec, labels: list[str], hint_regression: bool = False) -> str:
    """``classification`` or ``regression``: ``data.task`` unless ``auto``; else regression when the labels
    are numbers with fractions or more than ``MAX_AUTO_CLASSES`` distinct values."""
    if spec.task != "auto":
        return spec.task
    if hint_regression:
        return "regression"
    nums = [parse_float(v) for v in set(labels)]
    numeric = bool(nums) and all(n is not None and math.isfinite(n) for n in nums)
    if numeric and (any(n != int(n) for n in nums) or len(nums) > MAX_AUTO_CLASSES):  # type: ignore[arg-type]
        return "regression"
    return "classification"


def classes_for(labels: list[str], where: str, order: list[str] | None = None) -> list[str]:
    """Class names in label order (``order`` when the file declares one, else natural sort).

    Raises:
        DataError: fewer than two classes.
    """
    seen = set(labels)
    if order:
        classes = [c for c in order if c in seen] + natural_sorted(sorted(seen - set(order)))
    else:
        classes = natural_sorted(sorted(seen))
    if len(classes) < 2:
        only = f" ({classes[0]!r})" if classes else ""
        raise DataError(
            f"{where}: the label has only one class{only}; classification needs at least two "
            "(check the label column, or set data.task to regression for a numeric target)"
        )
    return classes


def encode(labels: list[str], classes: list[str]) -> np.ndarray:
    lookup = {c: i for i, c in enumerate(classes)}
    return np.asarray([lookup[v] for v in labels], dtype=np.int64)


def regression_targets(labels: list[str], where: str) -> np.ndarray:
    """Labels as a float ``[N, 1]`` array; a non-number raises a DataError naming the sample."""
    out = np.empty((len(labels), 1), dtype=np.float64)
    for i, v in enumerate(labels):
        f = parse_float(v)
        if f is None or not math.isfinite(f):
            raise DataError(f"{where} sample {i + 1}: target {v!r} is not a finite number (regression)")
        out[i, 0] = f
    return out


def standardise_target(y: np.ndarray, train_ix: np.ndarray) -> tuple[np.ndarray, str]:
    """Regression targets scaled with the train mean/std (so losses are comparable); returns a note."""
    mean, std = float(y[train_ix].mean()), float(y[train_ix].std()) or 1.0
    return ((y - mean) / std).astype(np.float32), (
        f"regression target standardised on the train split "
        f"(mean {mean:.4g}, std {std:.4g}); metrics are in these units"
    )


def paired_test_file(path: str) -> str | None:
    """The ``*_TEST*`` file beside a ``*_TRAIN*`` file (UCR/UEA naming), if it exists."""
    p = Path(path)
    for a, b in (("TRAIN", "TEST"), ("Train", "Test"), ("train", "test")):
        if a in p.name:
            cand = p.with_name(re.sub(a, b, p.name))
            if cand.is_file() and cand != p:
                return str(cand)
    return None
