"""A StudySpec in Optuna's terms: parameters, sampler and pruner. Optuna does all the searching."""

from __future__ import annotations

import zlib
from typing import Any

import optuna

from models.spec.study import SpaceEntry, StudySpec


def suggest(trial: optuna.Trial, entry: SpaceEntry) -> Any:
    """Ask Optuna for the entry's parameter value (a label for structured choices)."""
    name = entry.param_name
    if entry.kind == "categorical":
        return trial.suggest_categorical(name, entry.optuna_choices())
    if entry.kind == "int":
        return trial.suggest_int(name, int(entry.low), int(entry.high), step=int(entry.step or 1), log=entry.log)  # type: ignore[arg-type]
    return trial.suggest_float(name, float(entry.low), float(entry.high), step=entry.step, log=entry.log)  # type: ignore[arg-type]


def configuration(spec: StudySpec, params: dict[str, Any]) -> list[tuple[SpaceEntry, Any]]:
    """Each entry with the experiment value for the trial's parameters."""
    return [(e, e.value_for(params[e.param_name])) for e in spec.space]


def make_sampler(spec: StudySpec, salt: int = 0) -> optuna.samplers.BaseSampler:
    """The spec's sampler, seeded from ``sampler_seed`` and ``salt``.

    Args:
        spec: The study.
        salt: Mixed into a random or TPE sampler's seed (the trials already run, and the process when several
            share the study), so a continued study, or a second process, does not draw the same configurations.
    """
    if spec.sampler == "grid":
        # Optuna shuffles the grid by its seed and numbers the points in that order: every process of a study
        # must use the same seed, or one grid number means different configurations in different processes.
        grid = {e.param_name: e.grid_values() or [] for e in spec.space}
        return optuna.samplers.GridSampler(grid, seed=spec.sampler_seed)
    seed = zlib.crc32(f"{spec.sampler_seed}:{salt}".encode())
    if spec.sampler == "random":
        return optuna.samplers.RandomSampler(seed=seed)
    # Fewer random start-up trials than Optuna's 10: a study of seeded deep-learning runs has few trials.
    return optuna.samplers.TPESampler(seed=seed, n_startup_trials=min(10, max(2, spec.planned_trials() // 4)))


def make_pruner(spec: StudySpec) -> optuna.pruners.BasePruner:
    """The spec's pruner (``none`` never prunes but still keeps each epoch's value for the plots)."""
    if spec.pruner == "median":
        return optuna.pruners.MedianPruner(n_startup_trials=2, n_warmup_steps=1)
    if spec.pruner == "hyperband":
        return optuna.pruners.HyperbandPruner(min_resource=1)
    return optuna.pruners.NopPruner()
