"""The metrics a run logs: name, English label, direction (is lower or higher better) and tasks.

How to add a metric: touch
  1. its entry here (the logged ``val_`` name; ``test_`` is derived at evaluation),
  2. its implementation: a torchmetrics factory in ``models/tasks/metrics.py`` (keyed by the name without
     ``val_``),
  3. its label's translation: context ``Vocab`` in ``resources/translations/danlu_runtime_zh_CN.ts``,
  4. a test (``tests/models/test_vocab.py`` checks every entry is logged by a real run of its task).
The validators (``checkpoint``/``early_stopping`` monitor and mode), the CLI, the Results and Runs pages read
this table, so nothing else lists metric names.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Literal

from models.errors import SpecError
from models.vocab.base import check_task, lookup

Direction = Literal["min", "max"]
_CLASSIFICATION = frozenset({"classification"})
_REGRESSION = frozenset({"regression", "forecasting"})
_ALL = _CLASSIFICATION | _REGRESSION
_GENERATION = frozenset({"generation"})


@dataclass(frozen=True)
class MetricEntry:
    """One logged metric.

    Attributes:
        name: The logged name (``val_acc``; ``test_acc`` at evaluation).
        label: English label for plots and lists (the GUI translates it, context ``Vocab``).
        direction: ``min`` when lower is better, ``max`` when higher is better.
        tasks: The tasks whose runs log it.
        monitorable: Whether checkpoints, early stopping and the plateau schedule can watch it. The epoch's
            train loss is logged after validation, when Lightning has already checked its monitors.
        column: Its column in ``metrics.csv`` when that differs from ``name``.
    """

    name: str
    label: str
    direction: Direction
    tasks: frozenset[str]
    monitorable: bool = True
    column: str = ""

    @property
    def key(self) -> str:
        """The name without its split (``acc``): the key of the task's torchmetrics collection."""
        return self.name.split("_", 1)[1]

    @property
    def maximise(self) -> bool:
        return self.direction == "max"


METRICS: dict[str, MetricEntry] = {
    m.name: m
    for m in (
        MetricEntry("val_loss", "validation loss", "min", _ALL),
        # Watchable: the task logs it as train_loss when something watches it, and fit() then checks best.ckpt
        # at the end of the training epoch, after it is logged (the automatic budget watches it when the
        # validation split is too small to judge by).
        MetricEntry("train_loss", "train loss", "min", _ALL, column="train_loss_epoch"),
        MetricEntry("val_acc", "accuracy", "max", _CLASSIFICATION),
        MetricEntry("val_precision", "precision (macro)", "max", _CLASSIFICATION),
        MetricEntry("val_recall", "recall (macro)", "max", _CLASSIFICATION),
        MetricEntry("val_f1", "F1 (macro)", "max", _CLASSIFICATION),
        MetricEntry("val_auroc", "AUROC (macro)", "max", _CLASSIFICATION),
        MetricEntry("val_mse", "MSE", "min", _REGRESSION),
        MetricEntry("val_mae", "MAE", "min", _REGRESSION),
        MetricEntry("val_r2", "R²", "max", _REGRESSION),
        # GANs (models/tasks/generation*.py): distances between a classifier's features of real and generated
        # images, their spread and (conditional runs) how often the class drawn is recognised.
        MetricEntry("val_fd", "classifier-feature Fréchet distance", "min", _GENERATION),
        MetricEntry("val_kd", "classifier-feature kernel distance", "min", _GENERATION),
        MetricEntry("val_diversity", "feature spread vs real images", "max", _GENERATION),
        MetricEntry("val_class_acc", "drawn class recognised", "max", _GENERATION),
        MetricEntry("train_g_loss", "generator loss", "min", _GENERATION, monitorable=False),
        MetricEntry("train_d_loss", "discriminator loss", "min", _GENERATION, monitorable=False),
        MetricEntry("train_d_real", "D(real)", "max", _GENERATION, monitorable=False),
        MetricEntry("train_d_fake", "D(fake)", "min", _GENERATION, monitorable=False),
    )
}


_ORDER = {name: i for i, name in enumerate(METRICS)}


def metric_order(name: str) -> tuple[int, str]:
    """Sort key listing metrics as the registry does (losses first, then the task's); unknown names last."""
    return _ORDER.get(name, len(_ORDER)), name


def metrics_for(task: str) -> list[MetricEntry]:
    """The metrics a run of ``task`` logs, in display order (losses first)."""
    check_task(task)
    return [m for m in METRICS.values() if task in m.tasks]


def monitors_for(task: str) -> list[MetricEntry]:
    """The metrics of ``task`` that checkpoints and early stopping can watch."""
    return [m for m in metrics_for(task) if m.monitorable]


def metric(name: str) -> MetricEntry:
    """The entry of a logged metric; ``test_*`` names (evaluation) map to their ``val_*`` entry.

    Raises:
        SpecError: unknown name; the message names the close matches (``val_acuracy`` -> ``val_acc``).
    """
    if isinstance(name, str) and name.startswith("test_") and f"val_{name[5:]}" in METRICS:
        return replace(METRICS[f"val_{name[5:]}"], name=name)
    return lookup(METRICS, "metric", name)


def monitor_problem(name: str, mode: str, task: str) -> tuple[str, str] | None:
    """Why ``monitor: name`` with ``mode: mode`` cannot be used in a run of ``task``, or None when it can.

    Returns:
        ``(field, message)``: the field at fault (``monitor`` or ``mode``) and what to do; the TrainSpec
        validators put it under ``train.checkpoint`` or ``train.early_stopping``.
    """
    try:
        entry = lookup(METRICS, "metric", name)  # test_* metrics exist only at evaluation: never watched
    except SpecError as err:
        return "monitor", str(err)
    usable = ", ".join(m.name for m in monitors_for(task))
    if task not in entry.tasks:
        kinds = " and ".join(t for t in sorted(entry.tasks) if t != "forecasting") or "forecasting"
        return "monitor", f"{name} is a {kinds} metric; a {task} run logs {usable}"
    if not entry.monitorable:
        return "monitor", f"{name} is logged after validation, too late to be watched; choose one of {usable}"
    if mode != entry.direction:
        better = "maximised (higher is better)" if entry.maximise else "minimised (lower is better)"
        return "mode", f"{name} is {better}; set mode: {entry.direction}"
    return None
