"""Loss functions selected by ``TrainSpec.loss`` (names and options: :mod:`models.vocab`). Losses take logits."""

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


def _cross_entropy(spec: TrainSpec, num_classes: int, class_weights: torch.Tensor | None) -> LossFn:
    ls = spec.label_smoothing
    return lambda out, y: F.cross_entropy(out, y, label_smoothing=ls)


def _weighted_cross_entropy(spec: TrainSpec, num_classes: int, class_weights: torch.Tensor | None) -> LossFn:
    if class_weights is None:
        raise ValueError("weighted_cross_entropy needs class weights from the train split")
    w, ls = class_weights.float(), spec.label_smoothing
    return lambda out, y: F.cross_entropy(out, y, weight=w.to(out.device, out.dtype), label_smoothing=ls)


def _focal(spec: TrainSpec, num_classes: int, class_weights: torch.Tensor | None) -> LossFn:
    g, ls = spec.focal_gamma, spec.label_smoothing
    return lambda out, y: focal_loss(out, y, g, label_smoothing=ls)


def _bce(spec: TrainSpec, num_classes: int, class_weights: torch.Tensor | None) -> LossFn:
    ls = spec.label_smoothing

    # One sigmoid per class against one-hot targets; for two classes this is the binary BCE.
    def bce(out: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        onehot = F.one_hot(y, num_classes).to(out.dtype)
        if ls:
            onehot = onehot * (1 - ls) + ls / num_classes
        return F.binary_cross_entropy_with_logits(out, onehot)

    return bce


def _huber(spec: TrainSpec, num_classes: int, class_weights: torch.Tensor | None) -> LossFn:
    d = spec.huber_delta
    return lambda out, y: F.huber_loss(out, y, delta=d)


#: The implementation of each loss of :data:`models.vocab.LOSSES`: ``builder(spec, num_classes, class_weights)``.
LOSS_BUILDERS: dict[str, Callable[[TrainSpec, int, torch.Tensor | None], LossFn]] = {
    "cross_entropy": _cross_entropy,
    "weighted_cross_entropy": _weighted_cross_entropy,
    "focal": _focal,
    "bce": _bce,
    "mse": lambda spec, k, w: F.mse_loss,
    "mae": lambda spec, k, w: F.l1_loss,
    "huber": _huber,
}


def build_loss(spec: TrainSpec, num_classes: int, class_weights: torch.Tensor | None = None) -> LossFn:
    """Return ``loss(outputs, targets)`` for the configured loss.

    Args:
        spec: The training spec (loss name and its options).
        num_classes: Number of classes (classification) — used by BCE's one-hot targets.
        class_weights: Per-class weights from the train split (``weighted_cross_entropy`` only).
    """
    builder = LOSS_BUILDERS.get(spec.loss)
    if builder is None:
        raise ValueError(f"unknown loss {spec.loss!r}")
    return builder(spec, num_classes, class_weights)
