"""Trials as a study shows them: Optuna's FrozenTrials read into plain records, with Danlu's states.

Optuna knows complete, pruned, fail, running and waiting. A failed trial is shown as ``stopped`` when the
user stopped it and as ``lost`` when its process died; both were queued to run again as a new trial
(:data:`models.study.storage.RETRY_ATTR`), so they do not count against the budget.
"""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass, field
from typing import Any

import optuna
from optuna.trial import FrozenTrial, TrialState

from models.study.storage import RETRY_ATTR

SEEDS_ATTR = "seeds"  # trial user attribute: {seed: {"run_dir", "value", "fit_s"}} (see models.study.engine)
SURPLUS_ATTR = "surplus"  # trial user attribute: started when other processes had the budget covered; not run

_STATES = {
    TrialState.COMPLETE: "complete",
    TrialState.PRUNED: "pruned",
    TrialState.FAIL: "failed",
    TrialState.RUNNING: "running",
    TrialState.WAITING: "waiting",
}


@dataclass
class TrialRecord:
    """One trial (one configuration) of a study.

    Attributes:
        number: Optuna's trial number (also the prefix of its run folders).
        state: complete, pruned, failed, stopped, lost, running or waiting.
        params: Parameter values by name (labels for structured choices).
        seed_values: The objective of each finished seed, by seed.
        run_dirs: Each seed's run folder, relative to the study folder (or absolute when elsewhere).
        value: The objective: the mean over the seeds (pruned: Optuna's last reported value).
        duration_s: Wall-clock seconds from start to end (None while running).
        fit_s: Seconds spent inside ``fit()`` for its seeds.
        message: Why it failed, was stopped or pruned.
        retry_of: The trial this one runs again, if any.
        superseded: True when a later trial runs this configuration again.
    """

    number: int
    state: str
    params: dict[str, Any]
    seed_values: dict[int, float] = field(default_factory=dict)
    run_dirs: dict[int, str] = field(default_factory=dict)
    value: float | None = None
    duration_s: float | None = None
    fit_s: float = 0.0
    message: str = ""
    retry_of: int | None = None
    superseded: bool = False

    @property
    def counts(self) -> bool:
        """True when the trial is used up from the budget (finished and not run again)."""
        return self.state in ("complete", "pruned", "failed") and not self.superseded

    def to_dict(self) -> dict[str, Any]:
        out = asdict(self)
        out["seed_values"] = {str(k): v for k, v in self.seed_values.items()}
        out["run_dirs"] = {str(k): v for k, v in self.run_dirs.items()}
        return out


def predecessor(trial: FrozenTrial) -> int | None:
    """The trial that ``trial`` runs again: Optuna's heartbeat retry history, else Danlu's requeue mark."""
    history = trial.system_attrs.get("retry_history")
    if history:
        return int(history[-1])
    value = trial.user_attrs.get(RETRY_ATTR)
    return int(value) if isinstance(value, int) else None


def _seeds(raw: Any) -> tuple[dict[int, float], dict[int, str], float]:
    """Seed values, run folders and total fit() seconds from the trial's seeds attribute."""
    values: dict[int, float] = {}
    dirs: dict[int, str] = {}
    fit_s = 0.0
    for key, entry in (raw or {}).items() if isinstance(raw, dict) else ():
        if not isinstance(entry, dict) or not str(key).lstrip("-").isdigit():
            continue
        seed = int(key)
        if isinstance(entry.get("run_dir"), str):
            dirs[seed] = entry["run_dir"]
        if isinstance(entry.get("value"), int | float):
            values[seed] = float(entry["value"])
        if isinstance(entry.get("fit_s"), int | float):
            fit_s += float(entry["fit_s"])
    return values, dirs, fit_s


def read_trials(study: optuna.Study) -> list[TrialRecord]:
    """Every trial of ``study`` as a :class:`TrialRecord`, by number."""
    frozen = study.get_trials(deepcopy=False)
    superseded = {p for t in frozen if (p := predecessor(t)) is not None}
    records = []
    for t in frozen:
        if t.user_attrs.get(SURPLUS_ATTR):
            continue  # nothing ran: not a trial a user needs to see
        state = _STATES.get(t.state, t.state.name.lower())
        if t.state == TrialState.FAIL and t.user_attrs.get("stopped"):
            state = "stopped"
        elif t.state == TrialState.FAIL and t.number in superseded:
            state = "lost"
        value = t.value if t.state in (TrialState.COMPLETE, TrialState.PRUNED) else None
        if value is not None and not math.isfinite(value):
            value = None
        duration = t.duration.total_seconds() if t.duration is not None else None
        seed_values, run_dirs, fit_s = _seeds(t.user_attrs.get(SEEDS_ATTR))
        records.append(
            TrialRecord(
                number=t.number,
                state=state,
                params=dict(t.params),
                seed_values=seed_values,
                run_dirs=run_dirs,
                value=value,
                duration_s=duration,
                fit_s=fit_s,
                message=str(t.user_attrs.get("message", "")),
                retry_of=predecessor(t),
                superseded=t.number in superseded,
            )
        )
    return sorted(records, key=lambda r: r.number)


def used_budget(records: list[TrialRecord]) -> tuple[int, int]:
    """(trials that count against the budget, trials running now)."""
    return sum(r.counts for r in records), sum(r.state == "running" for r in records)
