"""Plain-data events that ``fit()`` sends to its ``sink``: never tensors, safe to pass between threads.

Order within a run: ``RunStarted``, then per epoch any number of ``StepProgress`` followed by one
``EpochEnd`` (after validation), then exactly one ``RunFinished``. ``LogMessage`` may come at any time.
Generation runs also send ``GeneratedSamples``: ``live`` ones within an epoch, one ``epoch`` grid after each
``EpochEnd``, and ``interpolation`` (and, conditional, ``classes``) grids just before ``RunFinished``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Literal, Union

RunStatus = Literal["finished", "stopped", "failed"]


@dataclass(frozen=True)
class RunStarted:
    """Sent once, before the first batch."""

    run_dir: str
    experiment_name: str
    task: str
    class_names: tuple[str, ...]
    max_epochs: int
    start_epoch: int
    steps_per_epoch: int
    device: str
    precision: str


@dataclass(frozen=True)
class StepProgress:
    """Throttled by wall-clock time (a few per second), plus the last batch of each epoch."""

    epoch: int
    step: int  # global optimiser step
    batch: int  # batch index within the epoch
    batches: int  # batches per epoch
    loss: float
    lr: float
    samples_per_s: float
    eta_s: float
    device_memory_mb: float | None = None


@dataclass(frozen=True)
class RocCurve:
    """One ROC curve (binned thresholds, so bounded size)."""

    label: str
    fpr: list[float]
    tpr: list[float]
    auc: float


@dataclass(frozen=True)
class EpochEnd:
    """After each validation epoch: metrics and, for classification, ROC curves and the confusion matrix."""

    epoch: int
    step: int
    metrics: dict[str, float]  # e.g. train_loss, val_loss, val_acc, val_f1, val_auroc, val_mse, val_mae, val_r2
    lr: float
    roc: list[RocCurve] = field(default_factory=list)
    confusion: list[list[int]] | None = None
    predictions: list[list[float]] | None = None  # regression: [[actual, predicted], ...] (subsampled)


@dataclass(frozen=True)
class GeneratedSamples:
    """Images from a generation run's generator, tiled into one grid of 8-bit pixels.

    Attributes:
        kind: ``live`` (within an epoch, throttled), ``epoch`` (after each epoch; always the same fixed latent
            batch, so successive grids are comparable), ``interpolation`` (after training: walks between latent
            points, one per row) or ``classes`` (after training, conditional runs: one row per class).
        epoch: The epoch the generator had reached (0-based).
        step: The global step.
        grid: A numpy ``uint8`` array ``[H, W]`` (grey) or ``[H, W, 3]`` (colour): plain data, never a tensor.
        rows: Images per column of the grid.
        cols: Images per row of the grid.
        class_accuracy: ``epoch`` grids of conditional runs: per class, the share of generated samples that
            the feature classifier assigns to the class they were drawn for.
        path: The PNG this grid was saved to in the run folder, when it was saved.
    """

    kind: Literal["live", "epoch", "interpolation", "classes"]
    epoch: int
    step: int
    grid: Any
    rows: int
    cols: int
    class_accuracy: list[float] | None = None
    path: str | None = None


@dataclass(frozen=True)
class RunFinished:
    """Sent once, last. ``epochs_completed`` is where the run ended, ``epochs_planned`` the plan's epochs.

    ``stop_reason``: ``completed`` (all planned epochs), ``early_stopping`` (ended at ``epochs_completed``),
    ``target`` (the epochs asked for, within the plan), ``user`` (the stop event), ``signal`` (SIGTERM or
    Ctrl-C twice) or ``error`` (status ``failed``).
    """

    status: RunStatus
    run_dir: str
    epochs_completed: int
    best_metric: float | None
    monitor: str
    message: str = ""
    evaluation: dict | None = None
    epochs_planned: int = 0
    stop_reason: str = ""


@dataclass(frozen=True)
class LogMessage:
    level: Literal["info", "warning", "error"]
    text: str


Event = Union[RunStarted, StepProgress, EpochEnd, GeneratedSamples, RunFinished, LogMessage]  # noqa: UP007
Sink = Callable[[Event], None]
