"""Planning a resumed run: which checkpoint, how many epochs, what changes in the experiment.

Everything is validated before the run folder is touched: a resume that cannot start leaves it as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.errors import CheckpointError, DanluError, SpecError
from models.spec.experiment import Experiment, load_experiment
from models.training.prepare import Prepared, prepare
from models.training.runs import RunFolder


@dataclass
class Plan:
    """What one ``fit()`` call will do, decided before anything is written.

    Attributes:
        prepared: The validated experiment and its loaded data.
        task: The LightningModule to train.
        run: The run folder being resumed; None for a new run.
        checkpoint: The checkpoint training continues from (None for a new run).
        max_epochs: The epoch count this call trains up to.
        start_epochs: Epochs completed before this call.
        experiment_changed: The experiment differs from the run folder's experiment.yaml (rewrite it).
        notes: What this call changes, for the log (e.g. how the LR schedule is extended).
        resume_step: The checkpoint's global step (metrics.csv rows logged after it are trained again).
        start: Weights a new run starts from (backbone files, ``network.init_from``), read and checked; None when
            resuming (the checkpoint holds every weight).
    """

    prepared: Prepared
    task: Any
    run: RunFolder | None = None
    checkpoint: Path | None = None
    max_epochs: int = 0
    start_epochs: int = 0
    experiment_changed: bool = False
    notes: list[str] = field(default_factory=list)
    resume_step: int | None = None
    start: Any = None

    @property
    def experiment(self) -> Experiment:
        return self.prepared.experiment


def resume_source(resume_from: str | Path) -> tuple[RunFolder, Path]:
    """The run folder and checkpoint of ``resume_from``: a run folder (its last.ckpt) or one of its checkpoints."""
    path = Path(resume_from)
    if path.suffix == ".ckpt":
        run = RunFolder.open(path.parent.parent)
        if not path.is_file():
            raise CheckpointError(f"{path}: no such checkpoint; resume from the other one (--checkpoint best|last)")
        return run, path
    run = RunFolder.open(path)
    last = run.checkpoint("last")
    if not last.is_file():
        other = " or resume from best.ckpt (--checkpoint best)" if run.checkpoint("best").is_file() else ""
        raise CheckpointError(f"{last}: no such checkpoint; train the run first{other}")
    return run, last


def plan_resume(resume_from: str | Path, extra_epochs: int | None, devices: int = 1) -> Plan:
    """Validate a resume of the run in ``resume_from``; writes nothing.

    Args:
        resume_from: A run folder (continue from its last.ckpt) or a checkpoint file in its ``checkpoints/``.
        extra_epochs: Train this many epochs more than the checkpoint holds (None: up to the planned epochs).
        devices: Devices per node.

    Raises:
        DanluError: not a run folder, no usable checkpoint or one of another network (CheckpointError), or
            nothing left to train.
    """
    from models.training.checkpoints import check_checkpoint_matches, epochs_in_checkpoint, load_checkpoint

    if extra_epochs is not None and extra_epochs < 1:
        raise SpecError(f"--epochs {extra_epochs}: the number of epochs to train more must be at least 1")
    run, path = resume_source(resume_from)
    experiment = load_experiment(run.experiment_path)
    ckpt = load_checkpoint(path)  # refuses unsafe files before Lightning ever sees them
    check_checkpoint_matches(run, experiment, ckpt, path)
    done = epochs_in_checkpoint(ckpt)  # training continues from the checkpoint, whatever status.json says
    notes = []
    recorded = run.read_status().get("epochs_completed")
    if isinstance(recorded, int) and recorded > done:
        why = (
            "the epochs after it are trained again"
            if path.name != "last.ckpt"
            else "the run stopped (killed?) before its last epochs were saved"
        )
        notes.append(
            f"status.json counts {recorded} epochs but {path.name} holds {done}: {why}; continuing from epoch {done}"
        )
    planned = experiment.train.epochs
    target = done + extra_epochs if extra_epochs else planned
    if target <= done:
        raise DanluError(
            f"{run.path}: already trained all {planned} epochs; ask for more epochs (--epochs N / 'Train N more "
            "epochs')"
        )
    if target > planned or extra_epochs:
        experiment, note = continued_plan(experiment, done, target)
        notes.append(note)
    prepared = prepare(experiment, devices)
    prepared.experiment = experiment  # the run's own data spec, unchanged (its statistics are already in it)
    task = prepared.build_task()
    _check_weights_load(task, ckpt, path)
    return Plan(
        prepared,
        task,
        run=run,
        checkpoint=path,
        max_epochs=target,
        start_epochs=done,
        experiment_changed=target > planned,
        notes=notes,
        resume_step=int(ckpt.get("global_step", 0)),
    )


def continued_plan(experiment: Experiment, done: int, target: int) -> tuple[Experiment, str]:
    """The experiment that trains a run on from epoch ``done`` to ``target``, and a sentence saying what happens
    to its plan: within the planned epochs the schedule continues; past them the plan is extended
    (:func:`extend_plan`)."""
    planned = experiment.train.epochs
    if target > planned:
        return extend_plan(experiment, target)
    return experiment, (
        f"training {_epochs(done + 1, target)} of the {planned} planned; the learning-rate schedule continues as "
        "planned"
    )


def _epochs(first: int, last: int) -> str:
    """ "epoch 3" or "epochs 3-5"."""
    return f"epoch {first}" if first == last else f"epochs {first}-{last}"


def preview_train_more(run_dir: str | Path, extra_epochs: int) -> str:
    """What "train ``extra_epochs`` more epochs" of ``run_dir`` would do to its plan (the sentence
    :func:`plan_resume` will log), from its experiment.yaml and status.json only: cheap enough for a GUI to
    call as the number changes. The checkpoint decides in the end (status.json may count epochs it lost).

    Raises:
        DanluError: not a run folder, an unreadable experiment.yaml, or no epoch count in status.json.
    """
    run = RunFolder.open(run_dir)
    experiment = load_experiment(run.experiment_path)
    done = run.read_status().get("epochs_completed")
    if not isinstance(done, int):
        raise DanluError(f"{run.status_path}: no epoch count; the checkpoint will tell where training continues")
    if not isinstance(experiment.train.epochs, int):  # fit() writes the resolved number; a hand-made folder may not
        raise DanluError(f"{run.experiment_path}: train.epochs is {experiment.train.epochs!r}, not a number")
    return continued_plan(experiment, done, done + max(1, extra_epochs))[1]


def extend_plan(experiment: Experiment, epochs: int) -> tuple[Experiment, str]:
    """``experiment`` planned for ``epochs`` (more than planned), and a sentence saying how its schedule changes.

    Schedules shaped over the plan (cosine, warmup_cosine, one_cycle) keep the original plan and start a new
    cycle over the added epochs (a warm restart: a schedule that ended near zero would train nothing more);
    the others follow their rule on. ``train.scheduler.restarts`` records where the plan was extended.
    """
    from models.tasks.optim import CYCLIC

    train = experiment.train
    planned, sched = train.epochs, train.scheduler
    data = experiment.to_dict()
    data["train"]["epochs"] = epochs
    head = f"extending the plan from {planned} to {epochs} epochs"
    if sched.name in CYCLIC:
        data["train"]["scheduler"]["restarts"] = [*sched.restarts, planned]
        lr = train.optimizer.lr
        if sched.name == "one_cycle":  # each cycle rises from peak/25 to the peak and falls again (optim.py)
            peak = sched.max_lr or lr * 10
            start = f"rising again from lr {peak / 25:g} to {peak:g}"
        else:
            start = f"starting again at lr {lr:g} (a warm restart, no warm-up)"
        how = (
            f"{head}: {_epochs(planned + 1, epochs)} {'runs' if epochs == planned + 1 else 'run'} a new "
            f"{sched.name} cycle {start}; the epochs up to {planned} keep the original schedule"
        )
    elif sched.name == "none":
        how = f"{head}; the learning rate stays at {train.optimizer.lr:g}"
    else:
        how = f"{head}; the {sched.name} schedule continues by its rule"
    return Experiment.from_dict(data, source="the extended plan"), how


def _check_weights_load(task: Any, ckpt: dict[str, Any], path: Path) -> None:
    """The checkpoint's weights fit the network (before the run folder is touched, not inside Lightning)."""
    try:
        task.load_state_dict(ckpt["state_dict"])
    except RuntimeError as err:
        lines = str(err).strip().splitlines()
        detail = lines[1].strip() if len(lines) > 1 else str(err)
        raise CheckpointError(f"{path}: its weights do not fit the run's network ({detail})") from None
