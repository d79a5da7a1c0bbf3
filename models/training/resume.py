"""Planning a resumed run: which checkpoint, how many epochs, what changes in the experiment.

Everything is validated before the run folder is touched: a resume that cannot start leaves it as it was.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from models.errors import DanluError
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
    """

    prepared: Prepared
    task: Any
    run: RunFolder | None = None
    checkpoint: Path | None = None
    max_epochs: int = 0
    start_epochs: int = 0
    experiment_changed: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def experiment(self) -> Experiment:
        return self.prepared.experiment


def plan_resume(resume_from: str | Path, extra_epochs: int | None, devices: int = 1) -> Plan:
    """Validate a resume of the run in ``resume_from``; writes nothing.

    Raises:
        DanluError: not a run folder, no usable checkpoint, or nothing left to train.
    """
    from models.training.checkpoints import epochs_in_checkpoint, load_checkpoint

    run = RunFolder.open(resume_from)
    experiment = load_experiment(run.experiment_path)
    last = run.checkpoint("last")
    ckpt = load_checkpoint(last)  # refuses unsafe files before Lightning ever sees them
    done = epochs_in_checkpoint(ckpt)  # training continues from the checkpoint, whatever status.json says
    notes = []
    recorded = run.read_status().get("epochs_completed")
    if isinstance(recorded, int) and recorded > done:
        notes.append(
            f"status.json counts {recorded} epochs but {last.name} holds {done}: the run stopped (killed?) before "
            f"its last epochs were saved; continuing from epoch {done}"
        )
    if extra_epochs:
        experiment.train.epochs = done + extra_epochs
    elif done >= experiment.train.epochs:
        raise DanluError(
            f"{run.path}: already trained all {experiment.train.epochs} epochs; ask for more epochs "
            "(--epochs N / 'Train N more epochs')"
        )
    prepared = prepare(experiment, devices)
    return Plan(
        prepared,
        prepared.build_task(),
        run=run,
        checkpoint=last,
        max_epochs=prepared.experiment.train.epochs,
        start_epochs=done,
        experiment_changed=bool(extra_epochs),
        notes=notes,
    )
