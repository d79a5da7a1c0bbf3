"""torchmetrics collections for each task, and conversion of their results to plain data.

All metric maths is torchmetrics'; this module only chooses metrics (the names are :mod:`models.vocab`'s) and
turns tensors into lists.
ROC curves use 101 binned thresholds so their memory stays constant however large the split is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torchmetrics import Metric, MetricCollection
from torchmetrics.classification import (
    MulticlassAccuracy,
    MulticlassAUROC,
    MulticlassConfusionMatrix,
    MulticlassF1Score,
    MulticlassPrecision,
    MulticlassRecall,
    MulticlassROC,
)
from torchmetrics.regression import MeanAbsoluteError, MeanSquaredError, R2Score

from models.vocab import metrics_for

ROC_THRESHOLDS = 101

#: The implementation of each scalar metric of :data:`models.vocab.METRICS`, keyed by its name without the
#: split (``val_acc`` -> ``acc``); the argument is the number of classes, or of outputs for regression.
SCALAR_METRICS: dict[str, Callable[[int], Metric]] = {
    "acc": lambda k: MulticlassAccuracy(k, average="micro"),
    "precision": lambda k: MulticlassPrecision(k, average="macro"),
    "recall": lambda k: MulticlassRecall(k, average="macro"),
    "f1": lambda k: MulticlassF1Score(k, average="macro"),
    "auroc": lambda k: MulticlassAUROC(k, average="macro", thresholds=ROC_THRESHOLDS),
    "mse": lambda n: MeanSquaredError(num_outputs=n),
    "mae": lambda n: MeanAbsoluteError(num_outputs=n),
    "r2": lambda n: R2Score(multioutput="uniform_average") if n > 1 else R2Score(),
}


def task_metrics(task: str, n: int) -> MetricCollection:
    """The scalar metrics the registry lists for ``task`` (losses are summed by the task module itself).

    Args:
        task: classification, regression or forecasting.
        n: Number of classes (classification) or of outputs.
    """
    return MetricCollection({m.key: SCALAR_METRICS[m.key](n) for m in metrics_for(task) if m.key != "loss"})


def classification_metrics(num_classes: int) -> MetricCollection:
    """Scalar metrics logged every validation epoch (macro averages except accuracy)."""
    return task_metrics("classification", num_classes)


def classification_curves(num_classes: int) -> MetricCollection:
    """ROC (binned) and confusion matrix: array-valued, reported as plain data, not logged."""
    return MetricCollection(
        {
            "roc": MulticlassROC(num_classes, thresholds=ROC_THRESHOLDS),
            "confusion": MulticlassConfusionMatrix(num_classes),
            "auroc_per_class": MulticlassAUROC(num_classes, average=None, thresholds=ROC_THRESHOLDS),
        }
    )


def per_class_metrics(num_classes: int) -> MetricCollection:
    return MetricCollection(
        {
            "precision": MulticlassPrecision(num_classes, average=None),
            "recall": MulticlassRecall(num_classes, average=None),
            "f1": MulticlassF1Score(num_classes, average=None),
        }
    )


def regression_metrics(num_outputs: int) -> MetricCollection:
    return task_metrics("regression", num_outputs)


def _scalar(value: torch.Tensor) -> float:
    v = value.detach().float()
    return float(v.mean()) if v.numel() > 1 else float(v)


def scalars(computed: dict[str, torch.Tensor], prefix: str) -> dict[str, float]:
    """``{"acc": tensor}`` -> ``{"val_acc": 0.97}`` (multi-output values are averaged)."""
    return {f"{prefix}_{k}": _scalar(v) for k, v in computed.items()}


def curves_to_plain(computed: dict[str, Any], class_names: tuple[str, ...]) -> dict[str, Any]:
    """ROC curves per class (binary: the positive class only) and the confusion matrix as lists."""
    fpr, tpr, _ = computed["roc"]
    aucs = computed["auroc_per_class"].detach().float().tolist()
    classes = range(len(class_names))
    if len(class_names) == 2:
        classes = range(1, 2)
    roc = [
        {
            "label": class_names[c],
            "fpr": fpr[c].detach().float().tolist(),
            "tpr": tpr[c].detach().float().tolist(),
            "auc": float(aucs[c]),
        }
        for c in classes
    ]
    return {"roc": roc, "confusion": computed["confusion"].detach().long().tolist()}
