"""Optimiser parameter groups: pretrained backbones learn slower than the layers after them.

A network without a backbone keeps one group (the optimiser sees exactly ``task.parameters()``). With one,
the head group comes first (its learning rate is the run's: events and the LR curve read group 0) and each
backbone gets ``lr x lr_factor``. Frozen backbone parameters stay in their group: they get no gradient, so
the optimiser skips them, and gradual unfreezing needs no new group mid-run (which the schedules would miss).
"""

from __future__ import annotations

from typing import Any

from torch import nn


def optimizer_groups(task: nn.Module, lr: float) -> list[Any]:
    """The parameters of ``task`` as optimiser groups (a plain parameter list without backbones)."""
    from models.network.backbone import Backbone

    backbones = [m for m in task.modules() if isinstance(m, Backbone)]
    if not backbones:
        return list(task.parameters())
    taken: set[int] = set()
    groups: list[dict[str, Any]] = []
    for i, bb in enumerate(backbones):
        params = list(bb.parameters())
        taken.update(id(p) for p in params)
        name = "backbone" if len(backbones) == 1 else f"backbone{i}"
        groups.append({"params": params, "lr": lr * bb.lr_factor, "name": name})
    head = [p for p in task.parameters() if id(p) not in taken]
    return [{"params": head, "lr": lr, "name": "head"}, *groups]
