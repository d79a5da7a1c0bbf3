"""Gradual unfreezing of pretrained backbones: every N epochs the deepest frozen stage starts learning.

Danlu's own callback rather than Lightning's ``BackboneFinetuning``, which (1) needs a single
``pl_module.backbone`` and unfreezes it whole at one epoch, not stage by stage; (2) adds optimiser parameter
groups in the middle of training, which the schedules built in ``configure_optimizers`` (LambdaLR,
one-cycle) do not cover; and (3) freezes batch norms by turning ``track_running_stats`` off, so in train mode
they normalise with the batch's statistics instead of the pretrained running ones. Here every backbone
parameter sits in its own low-learning-rate group from the start (a frozen one simply gets no gradient),
frozen batch norms stay in eval mode (:class:`models.network.backbone.Backbone`), and the frozen stage count
follows from the epoch alone, so a resumed run unfreezes exactly as an uninterrupted one.
"""

from __future__ import annotations

from typing import Any

import lightning as L

from models.training.events import LogMessage, Sink


class GradualUnfreeze(L.Callback):
    """Sets each backbone's frozen stages from the epoch, before the epoch's first batch."""

    def __init__(self, emit: Sink | None = None) -> None:
        super().__init__()
        self.emit = emit or (lambda event: None)

    def on_train_epoch_start(self, trainer: L.Trainer, pl_module: L.LightningModule) -> None:
        from models.network.backbone import Backbone

        for name, module in pl_module.named_modules():
            if not isinstance(module, Backbone) or module.unfreeze_every <= 0:
                continue
            target = module.frozen_at_epoch(trainer.current_epoch)
            if target != module.frozen_stages:
                module.set_frozen_stages(target)
                learning = {0: "the whole backbone now learns", 4: "stage 4 now learns"}.get(
                    target, f"stages {target} to 4 now learn"
                )
                epoch = trainer.current_epoch + 1
                self.emit(LogMessage("info", f"epoch {epoch}: {module.arch_name} ({name}): {learning}"))

    def state_dict(self) -> dict[str, Any]:
        return {}  # the schedule is a function of the epoch: nothing to save
