"""torchmetrics collections for each task, and conversion of their results to plain data.

All metric maths is torchmetrics'; this module only chooses metrics and turns tensors into lists.
ROC curves use 101 binned thresholds so their memory stays constant however large the split is.
"""

from __future__ import annotations

from typing import Any

import torch
from torchmetrics import MetricCollection
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

ROC_THRESHOLDS = 101


def classification_metrics(num_classes: int) -> MetricCollection:
    """Scalar metrics logged every validation epoch (macro averages except accuracy)."""
    return MetricCollection(
        {
            "acc": MulticlassAccuracy(num_classes, average="micro"),
            "precision": MulticlassPrecision(num_classes, average="macro"),
            "recall": MulticlassRecall(num_classes, average="macro"),
            "f1": MulticlassF1Score(num_classes, average="macro"),
            "auroc": MulticlassAUROC(num_classes, average="macro", thresholds=ROC_THRESHOLDS),
        }
    )


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
    return MetricCollection(
        {
            "mse": MeanSquaredError(num_outputs=num_outputs),
            "mae": MeanAbsoluteError(num_outputs=num_outputs),
            "r2": R2Score(multioutput="uniform_average") if num_outputs > 1 else R2Score(),
        }
    )


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
