"""``fit()``: one training run, used by both the CLI and the GUI.

The caller passes a plain ``sink`` callable for events and ``threading.Event``s for stop and pause; nothing
here knows about Qt. Distributed runs (``devices > 1`` / ``num_nodes > 1``) use Lightning's own strategies.

A run goes through five steps, each a function below:

1. **plan** (:func:`_plan`): validate everything (experiment, data, network, checkpoint) - nothing is written;
2. **open** (:func:`_open_run`): create the run folder (or reopen the resumed one) and write experiment.yaml;
3. **build** (:func:`_build_trainer`): the task, the callbacks and the Lightning Trainer;
4. **train** (:func:`_train`): ``trainer.fit``; the run folder is shared with DDP ranks only during this call;
5. **finish** (:func:`_finish`): evaluate, write status.json and send ``RunFinished``.

A failure in steps 3-4 marks the run ``failed`` (never left ``running``) and is re-raised.
"""

from __future__ import annotations

import math
import os
import threading
import warnings
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from models.errors import DanluError, SpecError, TrainingError
from models.spec.experiment import Experiment, save_experiment
from models.training.distributed import new_run_folder, shared_with_launched_ranks
from models.training.events import LogMessage, RunFinished, Sink
from models.training.prepare import prepare
from models.training.resume import Plan, plan_resume
from models.training.runs import RunFolder
from models.training.signals import is_sigterm, is_termination

# Lightning's advice about workers and logging intervals is noise for small in-memory datasets.
for _pattern in (
    ".*does not have many workers.*",
    ".*log_every_n_steps.*",
    ".*Experiment logs directory.*",
    ".*exists and is not empty.*",
    ".*ModelCheckpoint.*",
    ".*resuming from a checkpoint that ended.*",
):
    warnings.filterwarnings("ignore", _pattern)


@dataclass
class RunResult:
    """What a run produced."""

    run_dir: Path
    status: str
    epochs_completed: int
    monitor: str
    best_metric: float | None = None
    evaluation: dict[str, Any] | None = None
    message: str = ""
    is_main_process: bool = True  # False on the other DDP ranks, which neither evaluate nor report
    epochs_planned: int = 0  # the plan's epochs (train.epochs); epochs_completed is where the run ended
    stop_reason: str = ""  # see models.training.events.RunFinished


@dataclass
class _Options:
    """How the Trainer runs (the arguments of ``fit`` that are not about what to train)."""

    devices: int
    strategy: str
    num_nodes: int
    progress_bar: bool
    limit_batches: int | float | None
    extra_callbacks: Sequence[Any] = ()

    @property
    def world(self) -> int:
        return max(1, self.devices) * max(1, self.num_nodes)


@dataclass
class _Parts:
    """The built Trainer and the callbacks ``_finish`` reads."""

    trainer: Any
    control: Any
    counter: Any
    best: Any


def _is_rank_zero() -> bool:
    return (
        int(os.environ.get("RANK", os.environ.get("LOCAL_RANK", "0"))) == 0
        and int(os.environ.get("NODE_RANK", "0")) == 0
    )


def fit(
    experiment: Experiment | None,
    sink: Sink | None = None,
    stop: threading.Event | None = None,
    pause: threading.Event | None = None,
    resume_from: str | Path | None = None,
    extra_epochs: int | None = None,
    runs_dir: str | Path | None = None,
    devices: int = 1,
    strategy: str = "auto",
    num_nodes: int = 1,
    progress_bar: bool = False,
    limit_batches: int | float | None = None,
    run_dir: str | Path | None = None,
    extra_callbacks: Sequence[Any] = (),
) -> RunResult:
    """Train ``experiment`` (or continue the run in ``resume_from``) and write its run folder.

    Args:
        experiment: What to train. Ignored (may be None) when ``resume_from`` is given.
        sink: Receives plain-data events (models.training.events) on the training thread.
        stop: When set, training stops after the current batch and ``last.ckpt`` is saved.
        pause: While set, training waits between batches.
        resume_from: A run folder to continue from its ``last.ckpt`` (optimizer, scheduler, epoch, RNG), or one
            of its checkpoint files (e.g. ``RUN/checkpoints/best.ckpt``).
        extra_epochs: With ``resume_from``: train this many epochs more than already completed.
        runs_dir: Where new run folders go (default: :func:`default_runs_dir`).
        devices, strategy, num_nodes: Lightning's distributed settings (CLI only; the GUI uses one device).
        progress_bar: Show Lightning's console progress bar (CLI on a terminal).
        limit_batches: Limit train/val batches per epoch (tests and benchmarks).
        run_dir: Train into exactly this folder, which must be new or empty (e.g. a study's trial folder);
            overrides ``runs_dir``.

    Returns:
        RunResult with the status (finished or stopped), best monitored value and the evaluation.

    Raises:
        DanluError: bad input (spec, data, network, checkpoint); nothing is trained and no folder is changed.
        TrainingError: training failed (e.g. non-finite loss); status.json says so, checkpoints are kept.
    """
    emit: Sink = sink or _discard
    options = _Options(devices, strategy, num_nodes, progress_bar, limit_batches, tuple(extra_callbacks))
    plan = _plan(experiment, resume_from, extra_epochs, options)
    run = _open_run(plan, runs_dir, run_dir, options)
    rank_zero = _is_rank_zero()
    if rank_zero:  # the resolved budget is the CLI's first line, and the GUI log's
        for level, text in plan.prepared.messages:
            emit(LogMessage(level, text))  # type: ignore[arg-type]
    for note in plan.notes:
        emit(LogMessage("warning", note))
    parts: _Parts | None = None
    try:
        if plan.start is not None:
            plan.start.apply(plan.task.network, run.path, emit, write=rank_zero)
        parts = _build_trainer(plan, run, emit, stop, pause, options)
        _train(parts, plan, run, options)
    except BaseException as err:
        if parts is not None and is_termination(err):  # SIGTERM (Lightning's exception) or Ctrl-C twice
            _finish(parts, plan, run, emit, rank_zero, interrupted=err)
            raise
        raised = _failed(err, plan, run, parts, emit, rank_zero)
        if raised is err:
            raise
        raise raised from err
    return _finish(parts, plan, run, emit, rank_zero)


def _discard(event: Any) -> None:
    return None


# -- 1. plan ------------------------------------------------------------------------------------------------
def _plan(
    experiment: Experiment | None, resume_from: str | Path | None, extra_epochs: int | None, options: _Options
) -> Plan:
    """Validate everything this call needs; writes nothing."""
    if resume_from is not None:
        return plan_resume(resume_from, extra_epochs, options.devices)
    if experiment is None:
        raise SpecError("fit() needs an experiment or a run folder to resume")
    from models.training.warm_start import prepare_start

    prepared = prepare(experiment, options.devices, options.num_nodes)
    start = prepare_start(prepared.experiment)  # weights files and init_from checked before a run folder exists
    return Plan(prepared, prepared.build_task(), max_epochs=prepared.experiment.train.epochs, start=start)


# -- 2. open ------------------------------------------------------------------------------------------------
def _open_run(plan: Plan, runs_dir: str | Path | None, run_dir: str | Path | None, options: _Options) -> RunFolder:
    """The run folder, with experiment.yaml and a ``running`` status written (rank 0)."""
    run = plan.run or new_run_folder(plan.experiment.name, runs_dir, run_dir, options.world)
    if _is_rank_zero():
        if plan.run is None or plan.experiment_changed:
            save_experiment(plan.experiment, run.experiment_path)
        dm = plan.prepared.datamodule
        run.write_status(
            status="running",
            dataset=dm.describe(),
            network=plan.experiment.network.template or "custom",
            task=plan.prepared.info.task,
            monitor=plan.experiment.train.checkpoint.monitor,
            epochs_completed=plan.start_epochs,
            message="",
        )
    return run


# -- 3. build -----------------------------------------------------------------------------------------------
def _build_trainer(
    plan: Plan,
    run: RunFolder,
    emit: Sink,
    stop: threading.Event | None,
    pause: threading.Event | None,
    options: _Options,
) -> _Parts:
    import lightning as L
    from lightning.pytorch.callbacks import EarlyStopping, LearningRateMonitor

    from models.training.callbacks import (
        BestCheckpoint,
        EpochCounter,
        EventForwarder,
        LastCheckpoint,
        LossGuard,
        RngState,
        RunControl,
        StatusRecorder,
    )
    from models.training.checkpoint_io import AtomicCheckpointIO
    from models.training.loggers import quiet_cloud_advert, run_loggers
    from models.training.warm_start import start_callbacks

    quiet_cloud_advert()
    spec = plan.experiment.train
    task = plan.task
    dm = plan.prepared.datamodule
    task.steps_per_epoch = max(1, math.ceil(len(dm.train_set) / spec.batch_size / options.world))

    counter = EpochCounter(plan.start_epochs)  # first: the callbacks after it read its count
    control = RunControl(stop, pause)
    best = BestCheckpoint(
        dirpath=run.checkpoints,
        filename="best",
        monitor=spec.checkpoint.monitor,
        mode=spec.checkpoint.mode,
        save_top_k=1,
        save_last=False,  # last.ckpt is LastCheckpoint's
        enable_version_counter=False,
        save_on_train_epoch_end=spec.checkpoint.monitor.startswith("train_"),  # logged after validation
    )
    callbacks: list[Any] = [
        counter,
        StatusRecorder(run, counter),  # before the events: a client told of an epoch finds it in status.json
        EventForwarder(emit, str(run.path), counter),
        control,
        LossGuard(),
        RngState(),
        best,
        LastCheckpoint(run.checkpoint("last"), counter),
        LearningRateMonitor(logging_interval="epoch"),
        *start_callbacks(plan.experiment, emit),  # e.g. a backbone's gradual unfreezing
        *options.extra_callbacks,
    ]
    if spec.task == "generation":  # sample grids, quality and failure signs of a GAN
        from models.tasks.generation_callback import GanMonitor

        callbacks.append(GanMonitor(emit, run.path))
    if spec.early_stopping.enabled:
        es = spec.early_stopping
        callbacks.append(
            EarlyStopping(
                monitor=es.monitor, patience=es.patience, mode=es.mode, min_delta=es.min_delta, check_finite=True
            )
        )
    accelerator = plan.prepared.accelerator
    trainer = L.Trainer(
        accelerator=accelerator,
        devices=[spec.device_index] if accelerator == "cuda" and options.devices == 1 else options.devices,
        strategy=options.strategy,
        num_nodes=options.num_nodes,
        precision=spec.precision,
        max_epochs=plan.max_epochs,
        gradient_clip_val=spec.gradient_clip,
        deterministic=spec.deterministic or None,
        callbacks=callbacks,
        logger=run_loggers(run.path, plan.resume_step),
        enable_progress_bar=options.progress_bar,
        enable_model_summary=False,
        num_sanity_val_steps=0,
        log_every_n_steps=max(1, min(50, task.steps_per_epoch)),
        limit_train_batches=options.limit_batches,
        limit_val_batches=options.limit_batches,
        default_root_dir=str(run.path),
        plugins=[AtomicCheckpointIO()],
    )
    return _Parts(trainer, control, counter, best)


# -- 4. train -----------------------------------------------------------------------------------------------
def _train(parts: _Parts, plan: Plan, run: RunFolder, options: _Options) -> None:
    ckpt = plan.checkpoint
    with shared_with_launched_ranks(run, options.world):
        parts.trainer.fit(
            plan.task, datamodule=plan.prepared.datamodule, ckpt_path=ckpt, weights_only=True if ckpt else None
        )


def _failed(
    err: BaseException, plan: Plan, run: RunFolder, parts: _Parts | None, emit: Sink, rank_zero: bool
) -> BaseException:
    """Mark the run failed (it is never left ``running``) and return the exception to raise."""
    is_ours = isinstance(err, (TrainingError, DanluError))
    msg = str(err) if is_ours else f"{type(err).__name__}: {err}"
    done = parts.counter.epochs_completed if parts else plan.start_epochs
    if rank_zero:
        spec = plan.experiment.train
        run.write_status(
            status="failed", message=msg, epochs_completed=done, epochs_planned=spec.epochs, stop_reason="error"
        )
        emit(LogMessage("error", msg))
        emit(
            RunFinished(
                "failed",
                str(run.path),
                done,
                None,
                spec.checkpoint.monitor,
                msg,
                epochs_planned=spec.epochs,
                stop_reason="error",
            )
        )
    if is_ours or not isinstance(err, Exception):
        return err
    epoch = parts.trainer.current_epoch + 1 if parts else plan.start_epochs + 1
    return TrainingError(f"training failed at epoch {epoch}: {msg}")


# -- 5. finish ----------------------------------------------------------------------------------------------
def _outcome(parts: _Parts, plan: Plan, interrupted: BaseException | None) -> tuple[str, str, int, str]:
    """How the run ended: (status, stop_reason, epochs completed, message); the reasons are listed in
    :class:`models.training.events.RunFinished`."""
    done, planned = parts.counter.epochs_completed, plan.experiment.train.epochs
    if interrupted is not None:
        # as LastCheckpoint counted it: an epoch whose batches all ran counts, even if its validation did not
        done = parts.counter.completed_now(parts.trainer)
        if is_sigterm(interrupted):
            return "stopped", "signal", done, "stopped by SIGTERM; resume it to continue from last.ckpt"
        # Ctrl-C twice: Lightning turns the KeyboardInterrupt into sys.exit(1)
        return "stopped", "signal", done, "interrupted; last.ckpt holds the last state saved before it"
    if parts.control.stop_requested:
        return "stopped", "user", done, "stopped by the user; resume it to continue from last.ckpt"
    if done < plan.max_epochs:
        return "finished", "early_stopping", done, f"early stopping after epoch {done} of {planned}"
    if done < planned:  # "train N more epochs" within the plan
        return "finished", "target", done, f"trained to epoch {done} as asked; resume to continue to epoch {planned}"
    return "finished", "completed", done, ""


def _finish(
    parts: _Parts, plan: Plan, run: RunFolder, emit: Sink, rank_zero: bool, interrupted: BaseException | None = None
) -> RunResult:
    """Evaluate a finished run, write its final status and send RunFinished.

    ``interrupted``: the signal's exception when a SIGTERM or a second Ctrl-C ended training (status
    ``stopped``; nothing is evaluated and DDP peers are not waited for).
    """
    from models.training.evaluate import evaluate_best

    status, reason, done, message = _outcome(parts, plan, interrupted)
    spec = plan.experiment.train
    best = parts.best.best_model_score
    best_metric = float(best) if best is not None and torch.isfinite(best) else None
    if torch.distributed.is_available() and torch.distributed.is_initialized() and interrupted is None:
        torch.distributed.barrier()
        torch.distributed.destroy_process_group()  # rank 0 evaluates alone; metrics must not wait for peers
    result = RunResult(
        run.path,
        status,
        done,
        spec.checkpoint.monitor,
        best_metric,
        message=message,
        is_main_process=rank_zero,
        epochs_planned=spec.epochs,
        stop_reason=reason,
    )
    if not rank_zero:
        return result
    if status == "finished":
        result.evaluation = evaluate_best(plan.task, plan.prepared.datamodule, run)
    run.write_status(
        status=status,
        epochs_completed=done,
        epochs_planned=spec.epochs,
        stop_reason=reason,
        best_metric=best_metric,
        message=message,
    )
    emit(
        RunFinished(
            status,
            str(run.path),
            done,
            best_metric,
            spec.checkpoint.monitor,
            message,
            result.evaluation,
            epochs_planned=spec.epochs,
            stop_reason=reason,
        )
    )
    return result
