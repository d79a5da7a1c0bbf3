"""The ``backbone`` layer as a module: a torchvision network without its ImageNet head, partly frozen.

The torchvision model is kept whole under ``.model`` (its head replaced by an identity), so its
state-dict keys are torchvision's own with a ``model.`` prefix: official weights files load by name.
Frozen stages do not learn and their batch-norm layers stay in eval mode, so their running statistics (the
ones the weights were trained with) never drift towards a small dataset's batches.
"""

from __future__ import annotations

import warnings
from typing import Any

import torch
from torch import nn

from models.spec.backbones import NUM_STAGES, BackboneArch, arch

# Lightning warns about modules in eval mode when training starts: a frozen backbone's batch norms are, on purpose.
warnings.filterwarnings("ignore", r".*module\(s\) in eval mode at the start of training.*")


def _constructor(name: str) -> Any:
    from torchvision import models as tvm  # heavy; only networks with a backbone pay for it

    return getattr(tvm, name)


def make_torchvision(name: str) -> nn.Module:
    """torchvision's ``name`` with random weights and its ImageNet head replaced by an identity.

    ``weights=None`` always: torchvision never downloads anything here.
    """
    model = _constructor(name)(weights=None)
    if name.startswith("resnet"):
        model.fc = nn.Identity()
    elif name.startswith("convnext"):
        model.classifier[2] = nn.Identity()  # keep its LayerNorm2d and Flatten
    else:
        model.classifier = nn.Identity()
    return model


class Backbone(nn.Module):
    """``[N, 3, H, W] -> [N, features]``.

    Args:
        arch_name: A name from :data:`models.spec.backbones.ARCHITECTURES`.
        freeze: ``none``, ``all`` or the last frozen stage K (0 = the stem).
        lr_factor: The backbone learns at the optimiser's learning rate times this.
        unfreeze_every: Every this many epochs the deepest frozen stage starts learning (0 = never).

    Attributes:
        frozen_stages: How many stages (from the stem) are frozen now; gradual unfreezing lowers it.
        initial_frozen: How many were frozen at the start of training.
    """

    def __init__(
        self, arch_name: str, freeze: str | int = "none", lr_factor: float = 1.0, unfreeze_every: int = 0
    ) -> None:
        super().__init__()
        self.arch_name = arch_name
        self.lr_factor = lr_factor
        self.unfreeze_every = unfreeze_every
        self.model = make_torchvision(arch_name)
        self.initial_frozen = self.arch.frozen_stages(freeze)
        self.frozen_stages = 0
        self.set_frozen_stages(self.initial_frozen)

    @property
    def arch(self) -> BackboneArch:
        return arch(self.arch_name)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.model(x)

    def stage_modules(self, index: int) -> list[nn.Module]:
        """The torchvision modules of stage ``index`` (0 = the stem)."""
        names = [p.rstrip(".") for p in self.arch.stages[index].prefixes]
        return [self.model.get_submodule(n) for n in names]

    def set_frozen_stages(self, count: int) -> None:
        """Freeze stages ``0..count-1`` and make the others learn; frozen batch norms go to eval mode."""
        self.frozen_stages = max(0, min(NUM_STAGES, count))
        for i in range(NUM_STAGES):
            for module in self.stage_modules(i):
                for p in module.parameters():
                    p.requires_grad_(i >= self.frozen_stages)
        self.train(self.training)

    def train(self, mode: bool = True) -> Backbone:
        """Like ``nn.Module.train``, but the batch norms of frozen stages always stay in eval mode."""
        super().train(mode)
        if mode:
            for i in range(self.frozen_stages):
                for module in self.stage_modules(i):
                    for sub in module.modules():
                        if isinstance(sub, nn.modules.batchnorm._BatchNorm):
                            sub.eval()
        return self

    def cam_layer(self) -> nn.Module:
        """The last stage's module: its output is the map Grad-CAM weighs."""
        return self.model.get_submodule(self.arch.cam_module)

    def frozen_at_epoch(self, epoch: int) -> int:
        """Stages frozen during ``epoch`` (0-based) under gradual unfreezing."""
        if self.unfreeze_every <= 0:
            return self.initial_frozen
        return max(0, self.initial_frozen - epoch // self.unfreeze_every)

    def extra_repr(self) -> str:
        return f"arch={self.arch_name!r}, frozen_stages={self.frozen_stages}, lr_factor={self.lr_factor}"
