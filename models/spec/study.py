"""StudySpec: one base experiment + a search space + seed repeats + an objective + a budget.

Every configuration the search space allows runs once per seed; the objective is the mean over the seeds.
The YAML form round-trips like the experiment's. A space entry names any experiment field by path
(``train.optimizer.lr``, ``network.layers[4].p``); :func:`check_space` applies each bound and choice to the
base experiment and validates the result (and its network) before the first trial runs.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import Field, ValidationError, field_validator, model_validator

from models.errors import DanluError, SpecError
from models.io import atomic_write_text, dump_yaml
from models.spec.base import StrictModel, parse_yaml, read_spec_text, spec_error
from models.spec.data import DataSpec
from models.spec.experiment import Experiment, load_experiment
from models.spec.paths import Part, format_path, get_at, overlaps, parse_path, set_at

if TYPE_CHECKING:
    from models.data.base import DataInfo

STUDY_SCHEMA_VERSION = 1
Direction = Literal["minimize", "maximize"]
_PLAIN = (type(None), bool, int, float, str, list, dict)


class SpaceEntry(StrictModel):
    """One varied field (or several tied fields that always take the same value).

    Attributes:
        path: An experiment field path, or a list of paths that all get the same value (e.g. every dropout
            layer's ``p``).
        name: The parameter's name in tables and plots (default: the path).
        kind: ``float`` and ``int`` take ``low``/``high`` (with ``log`` or ``step``); ``categorical`` takes
            ``choices``.
        choices: Plain values; a mapping updates the fields it names in the object at ``path`` (e.g.
            ``{name: sgd, momentum: 0.9}`` at ``train.optimizer``), a list replaces it.
        labels: Names for the choices (required when a choice is a mapping or a list).
    """

    path: str | list[str]
    name: str | None = Field(default=None, min_length=1, max_length=80)
    kind: Literal["float", "int", "categorical"]
    low: int | float | None = None
    high: int | float | None = None
    log: bool = False
    step: int | float | None = Field(default=None, gt=0)
    choices: list[Any] | None = None
    labels: list[str] | None = None

    @field_validator("low", "high", "step", mode="before")
    @classmethod
    def _yaml_exponents(cls, value: Any) -> Any:
        # PyYAML reads 1e-4 (no dot) as text; accept it as the number everyone means.
        if isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                return value
        return value

    @field_validator("path")
    @classmethod
    def _paths_parse(cls, value: str | list[str]) -> str | list[str]:
        paths = [value] if isinstance(value, str) else value
        if not paths:
            raise ValueError("give at least one field path")
        for p in paths:
            try:
                parse_path(p)
            except SpecError as err:
                raise ValueError(str(err)) from None
        return value

    @model_validator(mode="after")
    def _fits_kind(self) -> SpaceEntry:
        if self.kind == "categorical":
            if self.low is not None or self.high is not None or self.step is not None or self.log:
                raise ValueError("a categorical entry takes choices, not low/high/step/log")
            if not self.choices or len(self.choices) < 2:
                raise ValueError("a categorical entry needs at least two choices")
            for c in self.choices:
                if not isinstance(c, _PLAIN):
                    raise ValueError(f"choice {c!r} is not plain data (a number, text, list or mapping)")
            structured = any(isinstance(c, dict | list) for c in self.choices)
            if self.labels is not None:
                if len(self.labels) != len(self.choices) or len(set(self.labels)) != len(self.labels):
                    raise ValueError("labels must name each choice once (as many labels as choices, all different)")
            elif structured:
                raise ValueError("choices that are mappings or lists need labels (a short name for each)")
            elif len({repr(c) for c in self.choices}) != len(self.choices):
                raise ValueError("choices must all be different")
            return self
        if self.choices is not None or self.labels is not None:
            raise ValueError(f"a {self.kind} entry takes low/high, not choices (use kind: categorical)")
        if self.low is None or self.high is None:
            raise ValueError(f"a {self.kind} entry needs low and high")
        if not self.low < self.high:
            raise ValueError(f"low ({self.low}) must be below high ({self.high})")
        if self.log and self.low <= 0:
            raise ValueError("a log-scale range needs low > 0")
        if self.log and self.step is not None:
            raise ValueError("choose log or step, not both")
        if self.kind == "int":
            for label, v in (("low", self.low), ("high", self.high), ("step", self.step)):
                if v is not None and not float(v).is_integer():
                    raise ValueError(f"{label} of an int entry must be a whole number, not {v}")
        if self.step is not None:
            count = (self.high - self.low) / self.step
            if abs(count - round(count)) > 1e-9 * max(1.0, abs(count)):
                raise ValueError(f"high - low ({self.high - self.low:g}) must be a multiple of step ({self.step:g})")
        return self

    @property
    def paths(self) -> list[str]:
        return [self.path] if isinstance(self.path, str) else list(self.path)

    @property
    def param_name(self) -> str:
        """The parameter's name in Optuna, tables and plots."""
        return self.name or ", ".join(self.paths)

    def optuna_choices(self) -> list[Any]:
        """What Optuna chooses among: the labels when there are any, else the choices."""
        return list(self.labels) if self.labels is not None else list(self.choices or [])

    def value_for(self, param: Any) -> Any:
        """The experiment value for a parameter value Optuna chose (a label maps back to its choice)."""
        if self.kind == "categorical" and self.labels is not None:
            return (self.choices or [])[self.labels.index(param)]
        if self.kind == "int":
            return int(param)
        if self.kind == "float":
            return float(param)
        return param

    def probe_values(self) -> list[Any]:
        """The values checked before a study runs: both bounds, or every choice."""
        if self.kind == "categorical":
            return list(self.choices or [])
        cast = int if self.kind == "int" else float
        return [cast(self.low), cast(self.high)]

    def grid_values(self) -> list[Any] | None:
        """Every value a grid search tries (Optuna parameter values), or None if the range is continuous."""
        if self.kind == "categorical":
            return self.optuna_choices()
        if self.kind == "int":
            return list(range(int(self.low), int(self.high) + 1, int(self.step or 1)))  # type: ignore[arg-type]
        if self.step is None:
            return None
        n = round((self.high - self.low) / self.step)  # type: ignore[operator]
        return [round(self.low + i * self.step, 12) for i in range(n + 1)]  # type: ignore[operator]


class Objective(StrictModel):
    """What a study optimises: a logged metric (best epoch of each seed's run) and its direction."""

    metric: str = "val_loss"
    direction: Direction | None = Field(default=None, description="None = the metric's own direction.")


class StudySpec(StrictModel):
    """A study: the base experiment, what varies, the seeds, the objective, the search and the budget."""

    schema_version: Literal[1] = STUDY_SCHEMA_VERSION
    name: str = Field("study", min_length=1, max_length=80)
    base: Experiment | str = Field(description="The base experiment, inline or a YAML path (relative to the file).")
    space: list[SpaceEntry] = Field(min_length=1)
    seeds: list[int] = Field(default_factory=lambda: [0, 1, 2], min_length=1, max_length=100)
    objective: Objective = Field(default_factory=Objective)
    sampler: Literal["grid", "random", "tpe"] = "tpe"
    sampler_seed: int = 0
    pruner: Literal["none", "median", "hyperband"] = "none"
    n_trials: int | None = Field(default=None, ge=1, description="Configurations in all (None: the grid, or 20).")
    timeout: float | None = Field(default=None, gt=0, description="Seconds per `study run` (None: no limit).")

    @field_validator("seeds")
    @classmethod
    def _seeds_differ(cls, seeds: list[int]) -> list[int]:
        if len(set(seeds)) != len(seeds):
            raise ValueError("seeds must all be different")
        return seeds

    @model_validator(mode="after")
    def _space_is_consistent(self) -> StudySpec:
        seen: list[tuple[tuple[Part, ...], int]] = []
        names: dict[str, int] = {}
        for i, entry in enumerate(self.space):
            if entry.param_name in names:
                raise ValueError(f"space[{names[entry.param_name]}] and space[{i}] have the same name")
            names[entry.param_name] = i
            for text in entry.paths:
                parts = parse_path(text)
                if parts[:2] == ("train", "seed"):
                    raise ValueError(f"space[{i}]: train.seed is set by seeds; list the seeds instead")
                for other, j in seen:
                    if overlaps(parts, other):
                        shared = format_path(min(parts, other, key=len))
                        raise ValueError(f"space[{j}] and space[{i}] both set {shared}")
                seen.append((parts, i))
        if self.sampler == "grid":
            for i, entry in enumerate(self.space):
                if entry.grid_values() is None:
                    raise ValueError(
                        f"space[{i}] ({entry.param_name}): a grid needs choices or a step; give the float range a "
                        "step, or use sampler random or tpe"
                    )
        return self

    # -- derived --------------------------------------------------------------------------------------------
    def grid_size(self) -> int | None:
        """Configurations in the grid (None unless the sampler is grid)."""
        if self.sampler != "grid":
            return None
        return math.prod(len(e.grid_values() or []) for e in self.space)

    def planned_trials(self) -> int:
        """The study's budget of configurations: ``n_trials``, else the whole grid, else 20."""
        return self.n_trials or self.grid_size() or 20

    def load_base(self, relative_to: str | Path | None = None) -> Experiment:
        """The base experiment (a path is read relative to ``relative_to``, the study file's folder)."""
        if isinstance(self.base, Experiment):
            return self.base
        path = Path(self.base)
        if not path.is_absolute() and relative_to is not None:
            path = Path(relative_to) / path
        return load_experiment(path)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json", exclude_none=False)

    def to_yaml(self) -> str:
        return dump_yaml(self.to_dict())

    @classmethod
    def from_dict(cls, data: Any, source: str | None = None) -> StudySpec:
        """Validate plain data; raises :class:`SpecError` naming each bad field (``base.train.epochs``)."""
        if not isinstance(data, dict):
            raise SpecError(f"{source or 'study'}: expected a mapping at the top level, got {type(data).__name__}")
        data = dict(data)
        if isinstance(data.get("base"), dict):
            try:
                data["base"] = Experiment.model_validate(data["base"])
            except ValidationError as err:
                raise spec_error(err, root="base", source=source, what="study") from None
        elif "base" in data and not isinstance(data["base"], str):
            raise SpecError(f"{source or 'study'}: base must be an experiment (a mapping) or the path of one")
        try:
            return cls.model_validate(data)
        except ValidationError as err:
            raise spec_error(err, source=source, what="study") from None

    @classmethod
    def from_yaml(cls, text: str, source: str | None = None) -> StudySpec:
        return cls.from_dict(parse_yaml(text, source, "study"), source)


def load_study_spec(path: str | Path) -> StudySpec:
    """Read a study YAML file; errors name the file and the field."""
    path = Path(path)
    return StudySpec.from_yaml(read_spec_text(path), source=str(path))


def save_study_spec(spec: StudySpec, path: str | Path) -> None:
    """Write a study as YAML atomically."""
    atomic_write_text(Path(path), spec.to_yaml())


# -- the objective --------------------------------------------------------------------------------------------
def task_metrics(task: str) -> dict[str, Direction]:
    """The metrics a run of ``task`` logs each epoch (the registry, :mod:`models.vocab`), and which way is better."""
    from models.vocab import metrics_for

    return {m.name: "maximize" if m.maximise else "minimize" for m in metrics_for(task)}


def objective_direction(objective: Objective, task: str) -> Direction:
    """The objective's direction, checked against the metrics ``task`` produces.

    Raises:
        SpecError: the metric is not logged for this task, or the direction is the wrong way round.
    """
    metrics = task_metrics(task)
    if objective.metric not in metrics:
        from models.vocab import metric

        try:
            metric(objective.metric)  # an unknown name: the registry's message names the close matches
        except SpecError as err:
            raise SpecError(f"objective.metric: {err}") from None
        raise SpecError(
            f"objective.metric {objective.metric!r} is not logged for {task}; choose one of {', '.join(metrics)}"
        )
    natural = metrics[objective.metric]
    if objective.direction is not None and objective.direction != natural:
        raise SpecError(
            f"objective.direction {objective.direction!r} would make {objective.metric} worse; "
            f"{objective.metric} is better when it is {'higher' if natural == 'maximize' else 'lower'} ({natural})"
        )
    return natural


# -- applying values to the base -------------------------------------------------------------------------------
def apply_values(base: Experiment, values: list[tuple[SpaceEntry, Any]], seed: int | None = None) -> Experiment:
    """The base experiment with each entry's value at its path(s) (and ``train.seed``), validated.

    Raises:
        SpecError: a path names no field, or the experiment rejects a value (the message names the field).
    """
    data = base.to_dict()
    for entry, value in values:
        for text in entry.paths:
            data = set_at(data, parse_path(text), value)
    if seed is not None:
        data["train"]["seed"] = seed
    try:
        return Experiment.model_validate(data)
    except ValidationError as err:
        raise spec_error(err) from None


def check_space(spec: StudySpec, base: Experiment, info_for: Callable[[DataSpec], DataInfo]) -> None:
    """Apply each bound and choice to ``base`` alone and validate the experiment and its network.

    Args:
        spec: The study.
        base: Its base experiment.
        info_for: Loads a dataset's :class:`DataInfo` (the network's shapes depend on it).

    Raises:
        SpecError: naming the space entry, the path and the value, and what the experiment said.
    """
    from models.network import summarize

    objective_direction(spec.objective, base.train.task)
    plain = base.to_dict()
    infos: dict[str, DataInfo] = {}

    def info(data: DataSpec) -> DataInfo:
        key = data.model_dump_json()
        if key not in infos:
            infos[key] = info_for(data)
        return infos[key]

    for i, entry in enumerate(spec.space):
        label = f"space[{i}] ({entry.param_name})"
        for text in entry.paths:
            try:
                get_at(plain, parse_path(text))
            except SpecError as err:
                raise SpecError(f"{label}: {err}") from None
        for value in entry.probe_values():
            shown = entry.labels[entry.choices.index(value)] if entry.labels and entry.choices else repr(value)
            try:
                exp = apply_values(base, [(entry, value)])
                summary = summarize(exp.network, info(exp.data))
            except DanluError as err:
                raise SpecError(f"{label} = {shown}: the experiment rejects it: {err}") from None
            if not summary.ok:
                raise SpecError(f"{label} = {shown}: the network would not fit the data: {summary.first_error}")


# -- the --vary syntax (CLI and the Studies page) ----------------------------------------------------------------
def _scalar(text: str) -> Any:
    """``"3"`` -> 3, ``"1e-4"`` -> 0.0001, ``"true"`` -> True, ``"null"`` -> None, anything else stays text."""
    text = text.strip()
    for cast in (int, float):
        try:
            return cast(text)
        except ValueError:
            pass
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if lowered in ("null", "none", "~"):
        return None
    return text


def entry_from_text(path: str, values: str) -> SpaceEntry:
    """A space entry from the ``--vary PATH=VALUES`` syntax.

    ``a,b,c`` is categorical; ``LOW..HIGH`` is a range (int when both bounds are whole numbers written
    without a dot or exponent), optionally ``:log`` or ``:step=S``. Examples: ``sgd,adam``,
    ``1e-4..1e-1:log``, ``32..256:step=32``, ``0.0..0.5:step=0.1``.

    Raises:
        SpecError: the values cannot be read, naming the path and the syntax.
    """
    text = values.strip()
    try:
        if ".." in text:
            bounds, _, option = text.partition(":")
            low_text, _, high_text = bounds.partition("..")
            low, high = _scalar(low_text), _scalar(high_text)
            if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in (low, high)):
                raise ValueError("the bounds must be numbers")
            step: float | None = None
            log = False
            if option == "log":
                log = True
            elif option.startswith("step="):
                step = _scalar(option[5:])
                if not isinstance(step, int | float):
                    raise ValueError("step must be a number")
            elif option:
                raise ValueError(f"unknown option {option!r} (use :log or :step=S)")
            kind = "int" if isinstance(low, int) and isinstance(high, int) and isinstance(step, int | None) else "float"
            return SpaceEntry(path=path, kind=kind, low=low, high=high, log=log, step=step)  # type: ignore[arg-type]
        choices = [_scalar(v) for v in text.split(",") if v.strip()]
        return SpaceEntry(path=path, kind="categorical", choices=choices)
    except (ValueError, ValidationError) as err:
        detail = err.errors()[0]["msg"].removeprefix("Value error, ") if isinstance(err, ValidationError) else str(err)
        raise SpecError(
            f"--vary {path}={values}: {detail}; write a,b,c for choices or LOW..HIGH[:log|:step=S] for a range"
        ) from None
