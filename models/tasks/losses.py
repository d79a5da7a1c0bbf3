"""Loss functions selected by ``TrainSpec.loss``. Networks output logits; losses take logits."""

from __future__ import annotations

from collections.abc import Callable

import torch
import torch.nn.functional as F

from models.spec.train import TrainSpec

LossFn = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]


def focal_loss(
    logits: torch.Tensor,
    target: torch.Tensor,
    gamma: float,
    weight: torch.Tensor | None = None,
    label_smoothing: float = 0.0,
) -> torch.Tensor:
    """Multiclass focal loss (Lin et al. 2017): cross-entropy down-weighted by ``(1 - p_true) ** gamma``."""
    ce = F.cross_entropy(logits, target, weight=weight, reduction="none", label_smoothing=label_smoothing)
    p_true = logits.softmax(dim=1).gather(1, target[:, None]).squeeze(1)
    return ((1.0 - p_true).clamp_min(0) ** gamma * ce).mean()


def build_loss(spec: TrainSpec, num_classes: int, class_weights: torch.Tensor | None = None) -> LossFn:
    """Return ``loss(outputs, targets)`` for the configured loss.

    Args:
        spec: The training spec (loss name and its options).
        num_classes: Number of classes (classification) — used by BCE's one-hot targets.
        class_weights: Per-class weights from the train split (``weighted_cross_entropy`` only).
    """
    ls = spec.label_smoothing
    if spec.loss == "cross_entropy":
        return lambda out, y: F.cross_entropy(out, y, label_smoothing=ls)
    if spec.loss == "weighted_cross_entropy":
        if class_weights is None:
            raise ValueError("weighted_cross_entropy needs class weights from the train split")
        w = class_weights.float()
        return lambda out, y: F.cross_entropy(out, y, weight=w.to(out.device, out.dtype), label_smoothing=ls)
    if spec.loss == "focal":
        g = spec.focal_gamma
        return lambda out, y: focal_loss(out, y, g, label_smoothing=ls)
    if spec.loss == "bce":
        # One sigmoid per class against one-hot targets; for two classes this is the binary BCE.
        def bce(out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
            onehot = F.one_hot(y, num_classes).to(out.dtype)
            if ls:
                onehot = onehot * (1 - ls) + ls / num_classes
            return F.binary_cross_entropy_with_logits(out, onehot)

        return bce
    if spec.loss == "mse":
        return F.mse_loss
    if spec.loss == "mae":
        return F.l1_loss
    if spec.loss == "huber":
        d = spec.huber_delta
        return lambda out, y: F.huber_loss(out, y, delta=d)
    raise ValueError(f"unknown loss {spec.loss!r}")
