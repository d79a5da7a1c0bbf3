"""Preview of the learning-rate schedule over the planned epochs, computed with the real torch schedulers.

The GUI draws this before training starts. It builds the very scheduler training will use
(:func:`models.tasks.optim.build_scheduler`) on a one-parameter dummy optimiser and steps it exactly as
Lightning would (per epoch or per optimiser step), so the preview cannot drift from the real run.
"""

from __future__ import annotations

from models.spec.train import TrainSpec

#: Epoch-interval schedules are sampled once per epoch; step schedules at most this many points in all,
#: so a long run with many steps stays cheap to compute and to draw.
MAX_POINTS = 2000
#: Per-step schedules (warm-up + cosine, one-cycle) are defined by the fraction of the run done, and their
#: warm-up is whole epochs: simulating at most this many steps in all gives the same curve in epoch units,
#: in milliseconds even for a run of millions of steps.
MAX_SIMULATED_STEPS = 4000


def lr_schedule_preview(train_spec: TrainSpec, steps_per_epoch: int) -> list[tuple[float, float]]:
    """The learning rate over the planned run as ``(epoch, lr)`` points, epoch as a float (1.5 = mid epoch 2).

    Args:
        train_spec: The training options (optimiser, scheduler, epochs).
        steps_per_epoch: Optimiser steps per epoch (batches per epoch); at least 1 is assumed.

    Returns:
        Points from epoch 0 to ``train_spec.epochs``. A ``plateau`` schedule only decays when the validation
        loss stalls, which cannot be known before training: its preview is the flat starting rate.
    """
    import torch  # local: the GUI imports this module before the engine has loaded

    from models.tasks.optim import build_optimizer, build_scheduler

    epochs = train_spec.epochs
    steps_per_epoch = max(1, min(int(steps_per_epoch), MAX_SIMULATED_STEPS // max(1, epochs)))
    param = torch.nn.Parameter(torch.zeros(1))
    optimizer = build_optimizer([param], train_spec.optimizer)
    spec = train_spec
    config = build_scheduler(
        optimizer,
        spec.scheduler,
        spec.optimizer.lr,
        epochs,
        steps_per_epoch,
        monitor=spec.checkpoint.monitor,
        mode=spec.checkpoint.mode,
    )

    def current() -> float:
        return float(optimizer.param_groups[0]["lr"])

    if config is None or config.get("monitor"):  # constant, or plateau (data dependent)
        lr = current()
        return [(0.0, lr), (float(epochs), lr)]

    scheduler = config["scheduler"]
    points: list[tuple[float, float]] = []
    if config["interval"] == "epoch":
        for epoch in range(epochs):
            lr = current()
            # The rate holds for the whole epoch: two points draw it as a step, like the live LR curve.
            points += [(float(epoch), lr), (float(epoch + 1), lr)]
            optimizer.step()
            scheduler.step()
        return points

    total = epochs * steps_per_epoch
    every = max(1, total // MAX_POINTS)
    for step in range(total):
        if step % every == 0:
            points.append((step / steps_per_epoch, current()))
        optimizer.step()
        scheduler.step()
    points.append((float(epochs), points[-1][1]))  # the last rate holds to the end of the run
    return points
