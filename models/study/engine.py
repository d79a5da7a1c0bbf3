"""``run_study``: Optuna drives the search; each trial trains its configuration once per seed with ``fit()``.

A trial is one configuration. Its seeds train one after another into ``trials/<number>-seed<k>/``; each
seed's objective (the best epoch's value of the metric) is kept in the trial's user attributes and the
trial's value is their mean. A failing seed (a NaN loss, a layer size the network cannot take) fails the
trial with its message and the study goes on. A stop (the ``stop`` event, Ctrl-C in the CLI) ends the run
in flight as a stopped, resumable run and queues its configuration again, so running the study again
continues it: no finished trial is lost or repeated, and the stopped seed resumes from its ``last.ckpt``.
"""

from __future__ import annotations

import math
import os
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import optuna

from models.errors import DanluError, TrainingError
from models.spec.experiment import Experiment
from models.spec.study import StudySpec, apply_values, check_space, objective_direction
from models.study.events import SeedStarted, StudyFinished, StudyStatus, TrialFinished, TrialStarted
from models.study.folder import StudyFolder, default_studies_dir, folder_name, spec_fingerprint
from models.study.space import configuration, make_pruner, make_sampler, suggest
from models.study.storage import (
    OWNER_ATTR,
    RETRY_ATTR,
    open_study,
    recover_dead_trials,
    requeue,
    storage_errors,
    trial_owner,
)
from models.study.trials import SEEDS_ATTR, SURPLUS_ATTR, TrialRecord, read_trials, used_budget
from models.training.events import Sink
from models.vocab import metric as vocab_metric

#: Strategies that fork the trial's training processes from this one. Plain ddp would start the whole study
#: command again in every process; ddp_spawn would have to pickle the Trainer, whose stop/pause events and
#: sink cannot be pickled. Lightning's caveat for fork: CUDA must not be initialised in this process first.
FORKING = ("ddp_fork", "ddp_notebook")


@dataclass
class StudyRun:
    """What one ``run_study`` call did."""

    folder: Path
    status: StudyStatus
    trials_run: int
    message: str = ""


class _StopRequestedError(Exception):
    """The user stopped the study while a trial ran."""


class _TrialFailedError(Exception):
    """A trial failed; Optuna records it as failed and the study goes on."""


class _SurplusTrialError(Exception):
    """Other processes already cover the budget: this trial is not run (and not shown)."""


def best_epoch_value(run_dir: Path, metric: str, maximize: bool) -> float | None:
    """The best value of ``metric`` over the epochs in the run's metrics.csv (None if never logged)."""
    from models.training.metrics_log import read_metrics_csv

    epochs = read_metrics_csv(Path(run_dir) / "metrics.csv").epochs
    values = [row[metric] for row in epochs if metric in row and math.isfinite(row[metric])]
    if not values:
        return None
    return max(values) if maximize else min(values)


def study_folder_for(spec: StudySpec, out: str | Path | None) -> StudyFolder:
    """``out``, else ``<runs directory>/studies/<name>`` (so running the same study again continues it)."""
    return StudyFolder(Path(out) if out else default_studies_dir() / folder_name(spec.name))


def run_study(
    spec: StudySpec,
    out: str | Path | None = None,
    *,
    spec_dir: str | Path | None = None,
    storage: str | None = None,
    n_trials: int | None = None,
    timeout: float | None = None,
    stop: threading.Event | None = None,
    pause: threading.Event | None = None,
    sink: Sink | None = None,
    accelerator: str | None = None,
    devices: int = 1,
    strategy: str = "auto",
    limit_batches: int | float | None = None,
) -> StudyRun:
    """Run (or continue) ``spec`` until its budget is used, the timeout passes or ``stop`` is set.

    Args:
        spec: The study.
        out: The study folder (default: ``<runs directory>/studies/<name>``); an existing one continues.
        spec_dir: Folder a relative ``base`` path is read from (the study file's folder).
        storage: An Optuna storage URL shared by several processes or machines (default: the folder's
            ``study.db``); see :mod:`models.study.storage`.
        n_trials: Configurations in all (overrides ``spec.n_trials``); counts trials of every process.
        timeout: Seconds for this call (overrides ``spec.timeout``); the trial in flight finishes.
        stop: When set, the run in flight stops after its batch and the study ends; run again to continue.
        pause: While set, training waits between batches.
        sink: Receives the study's events (models.study.events) and each run's training events.
        accelerator: Override the base experiment's ``train.accelerator``.
        devices, strategy: Lightning's settings for each trial; several devices need a forking strategy
            (:data:`FORKING`).
        limit_batches: Limit train/val batches per epoch (tests and benchmarks).

    Returns:
        The folder, why the call ended, and how many trials it ran.

    Raises:
        DanluError: bad input (spec, data, space, storage); nothing is trained.
    """
    emit: Sink = sink or (lambda event: None)
    stop = stop or threading.Event()
    base = spec.load_base(spec_dir)
    if accelerator:
        base.train.accelerator = accelerator  # type: ignore[assignment]
    if devices > 1 and strategy not in FORKING:
        raise DanluError(
            f"--strategy {strategy}: a study trains each trial from its own process, so several devices need a "
            f"strategy that forks them from it ({', '.join(FORKING)}), e.g. --strategy ddp_fork"
        )
    if devices > 1 and spec.pruner != "none" and (storage or "").startswith("journal:"):
        raise DanluError(
            "pruning a trial trained on several devices needs a database storage (Optuna's Lightning callback "
            "supports only RDB storages there): use the folder's SQLite default, an RDB --storage URL, or pruner none"
        )
    direction = objective_direction(spec.objective, base.train.task)
    from models.data import build_datamodule

    check_space(spec, base, lambda data: build_datamodule(data, num_workers=0).info)
    folder = study_folder_for(spec, out)
    inline = spec.model_copy(update={"base": base})
    folder.adopt(inline)
    budget = n_trials or spec.planned_trials()
    if spec.sampler == "grid":
        budget = min(budget, spec.grid_size() or budget)  # Optuna's grid would repeat configurations after that
    folder.write_info(budget=budget)
    with storage_errors(storage or str(folder.db_path)):
        study = open_study(folder, storage, spec.name, spec_fingerprint(inline), direction)
        recover_dead_trials(study)
        records = read_trials(study)
        done, running = used_budget(records)
        salt = len(records) * 7919 + (os.getpid() if running or storage else 0)
        study.sampler = make_sampler(spec, salt)
        study.pruner = make_pruner(spec)
    if done + running >= budget:
        message = f"all {budget} trials are done" + (f" ({running} still running elsewhere)" if running else "")
        emit(StudyFinished("budget_reached", str(folder.path), 0, message))
        return StudyRun(folder.path, "budget_reached", 0, message)

    trial_runner = _TrialRunner(
        spec, base, folder, direction, stop, pause, emit, devices, strategy, limit_batches, budget
    )

    def budget_check(study: optuna.Study, trial: optuna.trial.FrozenTrial) -> None:
        done, running = used_budget(read_trials(study))
        if done + running >= budget or stop.is_set():
            study.stop()

    started = time.monotonic()
    limit = timeout or spec.timeout
    status: StudyStatus = "finished"
    try:
        with storage_errors(storage or str(folder.db_path)):
            study.optimize(
                trial_runner,
                n_trials=budget - done,
                timeout=limit,
                catch=(_TrialFailedError, _SurplusTrialError),
                callbacks=[budget_check],
            )
    except _StopRequestedError:
        status = "stopped"
    done, running = used_budget(read_trials(study))
    if status != "stopped" and done < budget:
        if stop.is_set():
            status = "stopped"
        elif limit is not None and time.monotonic() - started >= limit:
            status = "timeout"
    message = {
        "finished": f"{done} of {budget} trials done",
        "stopped": f"stopped; {done} of {budget} trials done; run the study again to continue",
        "timeout": f"time limit reached; {done} of {budget} trials done; run again to continue",
    }.get(status, "")
    if status == "finished" and done < budget:
        message += f" here ({running} still running elsewhere)" if running else ""
    emit(StudyFinished(status, str(folder.path), trial_runner.trials_run, message))
    return StudyRun(folder.path, status, trial_runner.trials_run, message)


class _TrialRunner:
    """Optuna's objective: train one configuration once per seed."""

    def __init__(
        self,
        spec: StudySpec,
        base: Experiment,
        folder: StudyFolder,
        direction: str,
        stop: threading.Event,
        pause: threading.Event | None,
        emit: Sink,
        devices: int,
        strategy: str,
        limit_batches: int | float | None,
        budget: int,
    ) -> None:
        self.spec, self.base, self.folder, self.budget = spec, base, folder, budget
        self.maximize = direction == "maximize"
        self.stop, self.pause, self.emit = stop, pause, emit
        self.fit_options: dict[str, Any] = {"devices": devices, "strategy": strategy, "limit_batches": limit_batches}
        self.trials_run = 0

    def __call__(self, trial: optuna.Trial) -> float:
        started = time.monotonic()
        if self._surplus(trial):
            trial.set_user_attr(SURPLUS_ATTR, True)
            trial.study.stop()
            raise _SurplusTrialError
        self.trials_run += 1
        params = {e.param_name: suggest(trial, e) for e in self.spec.space}
        # A retry carries the mark of Danlu's requeue, or (Optuna's heartbeat retry) its predecessor's owner.
        retry = RETRY_ATTR in trial.user_attrs or OWNER_ATTR in trial.user_attrs
        trial.set_user_attr(OWNER_ATTR, trial_owner())
        self.emit(TrialStarted(trial.number, dict(params), tuple(self.spec.seeds)))
        state = "failed"
        log = _SeedLog(trial)
        message = ""
        try:
            self._run_seeds(trial, params, log, retry)
            state = "complete"
            return log.mean()  # type: ignore[return-value]
        except optuna.TrialPruned as err:
            state, message = "pruned", str(err)
            trial.set_user_attr("message", message)
            raise
        except (_StopRequestedError, KeyboardInterrupt, SystemExit):
            state, message = "stopped", "stopped by the user; its configuration runs again when the study continues"
            trial.set_user_attr("stopped", True)
            trial.set_user_attr("message", message)
            requeue(trial.study, trial.number)
            raise
        except Exception as err:  # noqa: BLE001 - any failure of one configuration is recorded; the study goes on
            message = str(err) if isinstance(err, (DanluError, TrainingError)) else f"{type(err).__name__}: {err}"
            trial.set_user_attr("message", message)
            raise _TrialFailedError(message) from err
        finally:
            mean = log.mean() if state == "complete" else None
            self.emit(TrialFinished(trial.number, state, log.values(), mean, message, time.monotonic() - started))  # type: ignore[arg-type]

    def _surplus(self, trial: optuna.Trial) -> bool:
        """True when finished trials and the running ones that started earlier already make up the budget.

        Two processes that both start "the last" trial agree which one runs it: the one Optuna numbered first.
        """
        others = [r for r in read_trials(trial.study) if r.number != trial.number]
        done, _ = used_budget(others)
        earlier = sum(r.state == "running" and r.number < trial.number for r in others)
        return done + earlier >= self.budget

    def _inherited(self, trial: optuna.Trial) -> TrialRecord | None:
        """The stopped or lost trial this one runs again (its finished seeds are reused)."""
        records = {r.number: r for r in read_trials(trial.study)}
        me = records.get(trial.number)
        return records.get(me.retry_of) if me is not None and me.retry_of is not None else None

    def _run_seeds(self, trial: optuna.Trial, params: dict[str, Any], log: _SeedLog, retry: bool) -> None:
        from models.study.pruning import SeedPruning
        from models.training import RunFolder, fit

        values = configuration(self.spec, params)
        earlier = self._inherited(trial) if retry else None  # usually no need to read the other trials
        metric = self.spec.objective.metric
        entry = vocab_metric(metric)
        offset = 0  # seed k reports its epochs after those planned for the seeds before it (pruning steps)
        for seed in self.spec.seeds:
            if self.stop.is_set():
                raise _StopRequestedError
            exp = apply_values(self.base, values, seed=seed)
            previous = self._previous_run(earlier, seed)
            status = RunFolder(previous).read_status().get("status") if previous is not None else None
            if previous is not None and status == "finished":
                value = best_epoch_value(previous, metric, self.maximize)
                if value is not None:  # this seed finished before the stop: keep it
                    log.finished(seed, self._relative(previous), value, 0.0)
                    offset += _planned_epochs(previous)
                    continue
            if entry.monitorable:  # best.ckpt is the epoch the study scored
                exp.train.checkpoint.monitor = metric
                exp.train.checkpoint.mode = "max" if self.maximize else "min"
            exp.name = f"{self.spec.name}-{trial.number}-seed{seed}"
            pruning = SeedPruning(trial, entry.column or metric, offset)  # the name Lightning logs it under
            # A stopped seed, or one whose process died (its last.ckpt is at most 10 s old), continues where it was.
            resumable = status in ("stopped", "running") and RunFolder(previous).checkpoint("last").is_file()
            run_dir = previous if resumable else self.folder.trial_dir(trial.number, seed)
            log.started(seed, self._relative(run_dir))  # type: ignore[arg-type]
            self.emit(SeedStarted(trial.number, seed, str(run_dir)))
            # Without a pruner the callback only reports; under DDP it would need an RDB storage for nothing.
            ddp = self.fit_options["devices"] > 1
            options = {**self.fit_options, "extra_callbacks": [] if ddp and self.spec.pruner == "none" else [pruning]}
            t0 = time.monotonic()
            if resumable:
                result = fit(None, self.emit, self.stop, self.pause, resume_from=run_dir, **options)
            else:
                result = fit(exp, self.emit, self.stop, self.pause, run_dir=run_dir, **options)
            fit_s = time.monotonic() - t0
            offset += result.epochs_planned or _planned_epochs(result.run_dir)  # "auto" epochs resolved by fit()
            if result.status == "stopped":
                log.finished(seed, self._relative(run_dir), None, fit_s)  # type: ignore[arg-type]
                raise _StopRequestedError
            value = best_epoch_value(result.run_dir, metric, self.maximize)
            log.finished(seed, self._relative(run_dir), value, fit_s)  # type: ignore[arg-type]
            if value is None:
                raise TrainingError(f"seed {seed}: {metric} was never logged (no validation epoch finished)")
            if pruning.was_pruned():
                epoch = (pruning.pruned_epoch or 0) + 1
                raise optuna.TrialPruned(f"pruned after epoch {epoch} of seed {seed}")

    def _previous_run(self, earlier: TrialRecord | None, seed: int) -> Path | None:
        if earlier is None or seed not in earlier.run_dirs:
            return None
        path = Path(earlier.run_dirs[seed])
        path = path if path.is_absolute() else self.folder.path / path
        return path if path.is_dir() else None

    def _relative(self, path: Path) -> str:
        try:
            return str(Path(path).resolve().relative_to(self.folder.path.resolve()))
        except ValueError:
            return str(path)


def _planned_epochs(run_dir: Path) -> int:
    """The epochs a seed's run planned (its experiment.yaml holds the resolved number, also for ``auto``)."""
    from models.spec import load_experiment

    epochs = load_experiment(Path(run_dir) / "experiment.yaml").train.epochs
    return epochs if isinstance(epochs, int) else 0


class _SeedLog:
    """The trial's ``seeds`` user attribute: per seed its run folder, objective value and seconds in fit().

    One storage write when a seed starts (so a crash leaves the folder to resume) and one when it ends.
    """

    def __init__(self, trial: optuna.Trial) -> None:
        self.trial = trial
        self.seeds: dict[str, dict[str, Any]] = {}

    def started(self, seed: int, run_dir: str) -> None:
        self.seeds[str(seed)] = {"run_dir": run_dir, "value": None, "fit_s": 0.0}
        self.trial.set_user_attr(SEEDS_ATTR, self.seeds)

    def finished(self, seed: int, run_dir: str, value: float | None, fit_s: float) -> None:
        self.seeds[str(seed)] = {"run_dir": run_dir, "value": value, "fit_s": round(fit_s, 3)}
        self.trial.set_user_attr(SEEDS_ATTR, self.seeds)

    def values(self) -> dict[int, float]:
        return {int(k): v["value"] for k, v in self.seeds.items() if v["value"] is not None}

    def mean(self) -> float | None:
        values = list(self.values().values())
        return sum(values) / len(values) if values else None
