"""Plain-data events a study sends to its sink, beside each trial's own training events.

Order: per trial one ``TrialStarted``, then per seed one ``SeedStarted`` followed by that run's
``models.training.events`` (RunStarted ... RunFinished), then one ``TrialFinished``; finally one
``StudyFinished``. Never tensors; safe to pass between threads. Importing this module imports no torch.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

TrialStateName = Literal["complete", "pruned", "failed", "stopped"]
StudyStatus = Literal["finished", "stopped", "timeout", "budget_reached"]


@dataclass(frozen=True)
class TrialStarted:
    """A configuration starts: its trial number and parameter values (labels for structured choices)."""

    number: int
    params: dict[str, Any]
    seeds: tuple[int, ...]


@dataclass(frozen=True)
class SeedStarted:
    """One seed of a trial starts training into ``run_dir`` (``trials/<number>-seed<k>``)."""

    number: int
    seed: int
    run_dir: str


@dataclass(frozen=True)
class TrialFinished:
    """A configuration ended: its state, the objective per seed, their mean, and why it failed if it did."""

    number: int
    state: TrialStateName
    seed_values: dict[int, float] = field(default_factory=dict)
    value: float | None = None
    message: str = ""
    duration_s: float = 0.0


@dataclass(frozen=True)
class StudyFinished:
    """The ``run`` call ended (the study itself may go on in another process or a later run)."""

    status: StudyStatus
    folder: str
    trials_run: int
    message: str = ""
