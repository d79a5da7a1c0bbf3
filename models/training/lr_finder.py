"""Learning-rate finder: a short run with an exponentially growing rate (Lightning's ``Tuner.lr_find``).

The loss typically falls, flattens and then explodes as the rate grows; the suggestion is the rate of the
steepest descent. Used by the GUI's "Find learning rate" and usable from scripts; never touches a run folder.
"""

from __future__ import annotations

import math
import tempfile
import threading
from dataclasses import dataclass, field
from typing import Any

from models.spec.experiment import Experiment


@dataclass(frozen=True)
class LrFinderResult:
    """The loss at each tried learning rate, and the suggested rate (None when the curve is too short).

    Attributes:
        lrs: Learning rates tried, increasing.
        losses: Smoothed training loss at each rate (same length as ``lrs``; non-finite values removed).
        suggestion: The rate at the steepest loss descent, or None.
        stopped: True when the search was stopped early by the caller.
    """

    lrs: list[float] = field(default_factory=list)
    losses: list[float] = field(default_factory=list)
    suggestion: float | None = None
    stopped: bool = False


def find_lr(
    experiment: Experiment,
    stop: threading.Event | None = None,
    min_lr: float = 1e-6,
    max_lr: float = 1.0,
    num_training: int = 100,
) -> LrFinderResult:
    """Run the learning-rate range test on ``experiment`` (its data, network, optimiser and batch size).

    Args:
        experiment: The experiment to probe; its scheduler is ignored (the finder drives the rate).
        stop: When set, the search ends after the current batch and returns what it has.
        min_lr: First rate tried.
        max_lr: Last rate tried.
        num_training: Number of rates (one batch each).

    Raises:
        DanluError: the data, network or hardware choice is unusable (same checks as ``fit``).
    """
    import lightning as L
    from lightning.pytorch.tuner import Tuner

    from models.training.prepare import prepare
    from models.training.warm_start import prepare_start

    if not 0 < min_lr < max_lr:
        raise ValueError(f"min_lr ({min_lr}) must be positive and below max_lr ({max_lr})")
    prepared = prepare(experiment)
    spec, dm, accelerator = experiment.train, prepared.datamodule, prepared.accelerator
    probe = prepared.experiment.model_copy(deep=True)
    probe.train.scheduler.name = "none"  # the finder replaces the schedule; plateau would want a monitor
    task = prepared.build_task(probe)
    prepare_start(probe).apply(task.network, None)  # probe the network training will start from

    # lr_find swaps the trainer's callbacks for its own, so the stop check rides on the module's own hook.
    def stop_hook(*args: Any) -> None:
        if stop is not None and stop.is_set():
            task.trainer.should_stop = True

    task.on_train_batch_end = stop_hook  # type: ignore[method-assign]

    from models.training.loggers import quiet_cloud_advert

    quiet_cloud_advert()
    with tempfile.TemporaryDirectory(prefix="danlu-lr-find-") as tmp:  # lr_find's restore checkpoint
        trainer = L.Trainer(
            accelerator=accelerator,
            devices=[spec.device_index] if accelerator == "cuda" else 1,
            precision=spec.precision,
            logger=False,
            enable_checkpointing=False,
            enable_progress_bar=False,
            enable_model_summary=False,
            default_root_dir=tmp,
            num_sanity_val_steps=0,
            max_epochs=-1,
            gradient_clip_val=spec.gradient_clip,
        )
        finder = Tuner(trainer).lr_find(
            task,
            datamodule=dm,
            min_lr=min_lr,
            max_lr=max_lr,
            num_training=num_training,
            update_attr=False,
            early_stop_threshold=4.0,
        )
    if finder is None:
        return LrFinderResult(stopped=bool(stop and stop.is_set()))
    results = finder.results
    pairs = [
        (float(lr), float(loss))
        for lr, loss in zip(results.get("lr", []), results.get("loss", []))
        if math.isfinite(float(loss))
    ]
    try:
        suggestion = finder.suggestion()
    except Exception:  # noqa: BLE001 - too few points for a gradient: no suggestion, the curve still shows
        suggestion = None
    return LrFinderResult(
        lrs=[p[0] for p in pairs],
        losses=[p[1] for p in pairs],
        suggestion=float(suggestion) if suggestion is not None and math.isfinite(suggestion) else None,
        stopped=bool(stop and stop.is_set()),
    )
