"""``fit()``: one training run, used by both the CLI and the GUI.

The caller passes a plain ``sink`` callable for events and ``threading.Event``s for stop and pause; nothing
here knows about Qt. Distributed runs (``devices > 1`` / ``num_nodes > 1``) use Lightning's own strategies.
"""

from __future__ import annotations

import math
import os
import threading
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import lightning as L
import torch
from lightning.pytorch.callbacks import EarlyStopping, LearningRateMonitor

from models.data import build_datamodule
from models.errors import DanluError, SpecError, TrainingError
from models.io import atomic_write_json
from models.spec.experiment import Experiment, load_experiment, save_experiment
from models.tasks.module import build_task
from models.training.callbacks import EventForwarder, FiniteLossGuard, RngState, RunCheckpoint, RunControl
from models.training.checkpoints import load_checkpoint
from models.training.evaluate import evaluate_network
from models.training.events import LogMessage, RunFinished, Sink
from models.training.hardware import validate_hardware
from models.training.loggers import run_loggers
from models.training.runs import RUN_DIR_ENV, RunFolder, default_runs_dir

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


def _is_rank_zero() -> bool:
    return (
        int(os.environ.get("RANK", os.environ.get("LOCAL_RANK", "0"))) == 0
        and int(os.environ.get("NODE_RANK", "0")) == 0
    )


def _open_run(experiment: Experiment, runs_dir: Path | None) -> RunFolder:
    """The run folder: the one the launcher chose (all DDP ranks share it), or a new one."""
    chosen = os.environ.get(RUN_DIR_ENV)
    if chosen:
        Path(chosen).mkdir(parents=True, exist_ok=True)
        return RunFolder(chosen)
    job = os.environ.get("TORCHELASTIC_RUN_ID") or os.environ.get("SLURM_JOB_ID")
    root = runs_dir or default_runs_dir()
    if job and "RANK" in os.environ:  # torchrun/SLURM: every rank starts at once; agree on the name by job id
        path = root / f"{experiment.name}-job{job}"
        path.mkdir(parents=True, exist_ok=True)
        run = RunFolder(path)
    else:
        run = RunFolder.create(root, experiment.name)
    os.environ[RUN_DIR_ENV] = str(run.path)  # inherited by the processes Lightning launches for DDP
    return run


def _prepare_resume(resume_from: str | Path, extra_epochs: int | None) -> tuple[RunFolder, Experiment, Path, int]:
    run = RunFolder.open(resume_from)
    experiment = load_experiment(run.experiment_path)
    last = run.checkpoint("last")
    ckpt = load_checkpoint(last)  # refuses unsafe files before Lightning ever sees them
    done = int(run.read_status().get("epochs_completed", ckpt.get("epoch", 0)))
    if extra_epochs:
        experiment.train.epochs = done + extra_epochs
    elif done >= experiment.train.epochs:
        raise DanluError(
            f"{run.path}: already trained all {experiment.train.epochs} epochs; ask for more epochs "
            "(--epochs N / 'Train N more epochs')"
        )
    return run, experiment, last, done


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
) -> RunResult:
    """Train ``experiment`` (or continue the run in ``resume_from``) and write its run folder.

    Args:
        experiment: What to train. Ignored (may be None) when ``resume_from`` is given.
        sink: Receives plain-data events (models.training.events) on the training thread.
        stop: When set, training stops after the current batch and ``last.ckpt`` is saved.
        pause: While set, training waits between batches.
        resume_from: A run folder to continue from its ``last.ckpt`` (optimizer, scheduler, epoch, RNG).
        extra_epochs: With ``resume_from``: train this many epochs more than already completed.
        runs_dir: Where new run folders go (default: :func:`default_runs_dir`).
        devices, strategy, num_nodes: Lightning's distributed settings (CLI only; the GUI uses one device).
        progress_bar: Show Lightning's console progress bar (CLI on a terminal).
        limit_batches: Limit train/val batches per epoch (tests and benchmarks).

    Returns:
        RunResult with the status (finished or stopped), best monitored value and the evaluation.

    Raises:
        DanluError: bad input (spec, data, network, checkpoint); nothing is trained.
        TrainingError: training failed (e.g. non-finite loss); status.json says so, checkpoints are kept.
    """
    emit: Sink = sink or (lambda event: None)
    ckpt_path: Path | None = None
    if resume_from is not None:
        run, experiment, ckpt_path, _ = _prepare_resume(resume_from, extra_epochs)
        os.environ[RUN_DIR_ENV] = str(run.path)
    elif experiment is None:
        raise SpecError("fit() needs an experiment or a run folder to resume")
    spec = experiment.train
    accelerator = validate_hardware(spec, devices)
    L.seed_everything(spec.seed, workers=True, verbose=False)

    dm = build_datamodule(experiment.data, batch_size=spec.batch_size, num_workers=spec.num_workers)
    info = dm.info
    if spec.task == "generation":  # a GAN: two networks, checked against the images here
        from models.tasks.generation_eval import prepare_generation

        info = prepare_generation(experiment, info, dm.describe())
    else:
        if info.task != spec.task and not (info.task == "forecasting" and spec.task == "regression"):
            raise SpecError(
                f"train.task is {spec.task!r} but {dm.describe()} is a {info.task} dataset; "
                f"set train.task to {info.task!r} (and a matching loss)"
            )
        from models.network import summarize

        summary = summarize(experiment.network, info)
        if not summary.ok:
            raise summary.first_error
    resolved = experiment.model_copy(update={"data": dm.resolved_spec()})
    if resume_from is None:
        run = _open_run(resolved, Path(runs_dir) if runs_dir else None)
    rank_zero = _is_rank_zero()
    if rank_zero:
        save_experiment(resolved, run.experiment_path)
        run.write_status(
            status="running",
            dataset=dm.describe(),
            network=experiment.network.template or "custom",
            task=info.task,
            monitor=spec.checkpoint.monitor,
            message="",
        )

    weights = dm.class_weights() if spec.loss == "weighted_cross_entropy" else None
    task = build_task(resolved, info, weights)
    world = max(1, devices) * max(1, num_nodes)
    task.steps_per_epoch = max(1, math.ceil(len(dm.train_set) / spec.batch_size / world))  # type: ignore[arg-type]

    control = RunControl(stop, pause, str(run.checkpoint("last")))
    forwarder = EventForwarder(emit, str(run.path))
    checkpoint = RunCheckpoint(
        dirpath=run.checkpoints,
        filename="best",
        monitor=spec.checkpoint.monitor,
        mode=spec.checkpoint.mode,
        save_top_k=1,
        save_last=True,
        enable_version_counter=False,
        save_on_train_epoch_end=False,
    )
    callbacks: list[Any] = [
        forwarder,
        control,
        FiniteLossGuard(),
        RngState(),
        checkpoint,
        LearningRateMonitor(logging_interval="epoch"),
    ]
    if info.task == "generation":
        from models.tasks.generation_callback import GanMonitor

        callbacks.append(GanMonitor(emit, run.path))
    if spec.early_stopping.enabled:
        es = spec.early_stopping
        callbacks.append(
            EarlyStopping(
                monitor=es.monitor, patience=es.patience, mode=es.mode, min_delta=es.min_delta, check_finite=True
            )
        )
    trainer = L.Trainer(
        accelerator=accelerator,
        devices=[spec.device_index] if accelerator == "cuda" and devices == 1 else devices,
        strategy=strategy,
        num_nodes=num_nodes,
        precision=spec.precision,
        max_epochs=spec.epochs,
        gradient_clip_val=spec.gradient_clip,
        deterministic=spec.deterministic or None,
        callbacks=callbacks,
        logger=run_loggers(run.path),
        enable_progress_bar=progress_bar,
        enable_model_summary=False,
        num_sanity_val_steps=0,
        log_every_n_steps=max(1, min(50, task.steps_per_epoch)),
        limit_train_batches=limit_batches,
        limit_val_batches=limit_batches,
        default_root_dir=str(run.path),
    )
    status, message = "finished", ""
    try:
        trainer.fit(task, datamodule=dm, ckpt_path=ckpt_path, weights_only=True if ckpt_path else None)
    except Exception as err:
        msg = str(err) if isinstance(err, (TrainingError, DanluError)) else f"{type(err).__name__}: {err}"
        if rank_zero:
            run.write_status(status="failed", message=msg, epochs_completed=forwarder.epochs_completed)
            emit(LogMessage("error", msg))
            emit(RunFinished("failed", str(run.path), forwarder.epochs_completed, None, spec.checkpoint.monitor, msg))
        if isinstance(err, (TrainingError, DanluError)):
            raise
        raise TrainingError(f"training failed at epoch {trainer.current_epoch + 1}: {msg}") from err
    finally:
        os.environ.pop(RUN_DIR_ENV, None)

    if control.stop_requested:
        status, message = "stopped", "stopped by the user; resume it to continue from last.ckpt"
        if not control.saved_on_stop:  # stopped between epochs
            trainer.save_checkpoint(run.checkpoint("last"), weights_only=False)
    elif forwarder.epochs_completed < spec.epochs:
        message = f"early stopping after epoch {forwarder.epochs_completed}"
    best = checkpoint.best_model_score
    best_metric = float(best) if best is not None and torch.isfinite(best) else None
    if torch.distributed.is_available() and torch.distributed.is_initialized():
        torch.distributed.barrier()
        torch.distributed.destroy_process_group()  # rank 0 evaluates alone; metrics must not wait for peers
    result = RunResult(
        run.path,
        status,
        forwarder.epochs_completed,
        spec.checkpoint.monitor,
        best_metric,
        message=message,
        is_main_process=rank_zero,
    )
    if not rank_zero:
        return result
    if status == "finished":
        result.evaluation = _evaluate_best(task, dm, run)
    run.write_status(
        status=status, epochs_completed=forwarder.epochs_completed, best_metric=best_metric, message=message
    )
    emit(
        RunFinished(
            status,
            str(run.path),
            forwarder.epochs_completed,
            best_metric,
            spec.checkpoint.monitor,
            message,
            result.evaluation,
        )
    )
    return result


def _evaluate_best(task: Any, dm: Any, run: RunFolder) -> dict[str, Any]:
    """Evaluate the best checkpoint (else the final weights) on the test split (else val); write evaluation.json."""
    source = "last"
    best = run.checkpoint("best")
    if best.is_file():
        task.load_state_dict(load_checkpoint(best)["state_dict"])
        source = "best"
    split, dataset = ("test", dm.test_set) if len(dm.test_set) else ("val", dm.val_set)
    if task.info.task == "generation":
        from models.tasks.generation_eval import evaluate_generation

        result = evaluate_generation(task, dataset, split, run.path, device=task.device)
    else:
        result = evaluate_network(task.network, dataset, dm.info, split, device=task.device)
    result["checkpoint"] = f"{source}.ckpt"
    atomic_write_json(run.evaluation_path, result)
    return result
