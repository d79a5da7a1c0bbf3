"""Reading a run's ``metrics.csv`` back: the one reader behind the GUI's saved-run curves and the HTML report.

Lightning's CSVLogger writes sparse rows, one per logging call: a row of step loss, one of validation metrics,
one of the epoch's train loss, one per learning-rate change (with a step but no epoch). Here they are merged
per epoch under the metrics' registry names (``train_loss_epoch`` is ``train_loss``, :mod:`models.vocab`).
Plain files only: no torch.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field
from pathlib import Path

from models.vocab import METRICS

#: ``metrics.csv`` column -> metric name, where they differ.
_NAMES = {m.column: m.name for m in METRICS.values() if m.column}
_STEP_LOSS = "train_loss_step"


@dataclass
class MetricsLog:
    """What a run logged.

    Attributes:
        epochs: One dict per logged epoch, in order: ``epoch`` (0-based) and each finite metric by name.
        step_loss: ``(global step, train loss)`` of the steps that were logged.
        lr: ``(step, learning rate)`` wherever the rate was logged (LearningRateMonitor).
        steps_per_epoch: Optimiser steps per epoch, from where the epochs ended (1 when unknown).
    """

    epochs: list[dict[str, float]] = field(default_factory=list)
    step_loss: list[tuple[int, float]] = field(default_factory=list)
    lr: list[tuple[int, float]] = field(default_factory=list)
    steps_per_epoch: float = 1.0


def read_metrics_csv(path: str | Path) -> MetricsLog:
    """Read ``metrics.csv``; a missing or unreadable file gives an empty log (a run that logged nothing yet)."""
    try:
        with Path(path).open(newline="", encoding="utf-8") as fh:
            rows = list(csv.DictReader(fh))
    except (OSError, ValueError, csv.Error):
        return MetricsLog()
    log = MetricsLog()
    by_epoch: dict[int, dict[str, float]] = {}
    last_step: dict[int, int] = {}
    for row in rows:
        epoch, step = _int(row.get("epoch")), _int(row.get("step"))
        for key, text in row.items():
            value = _finite(text)
            if value is None or not key or key in ("epoch", "step") or step is None:
                continue
            if key.startswith("lr-"):
                log.lr.append((step, value))  # LearningRateMonitor rows carry a step but no epoch
            elif epoch is None:
                continue
            elif key == _STEP_LOSS:
                log.step_loss.append((step, value))
            else:
                by_epoch.setdefault(epoch, {"epoch": float(epoch)})[_NAMES.get(key, key)] = value
                last_step[epoch] = max(step, last_step.get(epoch, step))
    log.epochs = [by_epoch[e] for e in sorted(by_epoch)]
    if last_step:  # a resumed run keeps the same epoch length
        last = max(last_step)
        log.steps_per_epoch = (last_step[last] + 1) / (last + 1)
    return log


def _finite(text: str | None) -> float | None:
    try:
        value = float(text) if text not in (None, "") else None  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return value if value is not None and math.isfinite(value) else None


def _int(text: str | None) -> int | None:
    value = _finite(text)
    return None if value is None else int(value)
