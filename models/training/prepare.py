"""``prepare()``: everything a run checks before it touches the disk, shared by ``fit`` and the LR finder.

Hardware, data, the task/dataset match, the network's shapes and whether its parameters fit in memory are
validated here, so a bad experiment is refused before any run folder exists.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.errors import SpecError
from models.spec.experiment import Experiment


@dataclass
class Prepared:
    """A validated experiment with its data loaded.

    Attributes:
        experiment: The experiment with values computed from the data filled in (normalisation statistics).
        datamodule: The loaded DataModule (splits ready).
        accelerator: The resolved accelerator (``cuda``, ``mps`` or ``cpu``).
        summary: The network's shape and parameter summary.
    """

    experiment: Experiment
    datamodule: Any
    accelerator: str
    summary: Any

    @property
    def info(self) -> Any:
        """The dataset description (``DataInfo``)."""
        return self.datamodule.info

    def build_task(self, experiment: Experiment | None = None) -> Any:
        """The LightningModule for ``experiment`` (default: the prepared one) on this data."""
        from models.tasks.module import build_task

        exp = experiment or self.experiment
        dm = self.datamodule
        weights = dm.class_weights() if exp.train.loss == "weighted_cross_entropy" else None
        return build_task(exp, dm.info, weights)


def prepare(experiment: Experiment, devices: int = 1) -> Prepared:
    """Validate ``experiment`` and load its data; writes nothing.

    Args:
        experiment: What to train.
        devices: Devices per node the run will use (checked against the machine).

    Raises:
        DanluError: unusable hardware choice, data, task or network (the message names the field or layer).
    """
    import lightning as L

    from models.data import build_datamodule
    from models.network import summarize
    from models.training.hardware import validate_hardware
    from models.training.memory import check_fits_in_memory

    spec = experiment.train
    accelerator = validate_hardware(spec, devices)
    L.seed_everything(spec.seed, workers=True, verbose=False)
    dm = build_datamodule(experiment.data, batch_size=spec.batch_size, num_workers=spec.num_workers)
    info = dm.info
    if info.task != spec.task and not (info.task == "forecasting" and spec.task == "regression"):
        raise SpecError(
            f"train.task is {spec.task!r} but {dm.describe()} is a {info.task} dataset; "
            f"set train.task to {info.task!r} (and a matching loss)"
        )
    summary = summarize(experiment.network, info)
    if not summary.ok:
        raise summary.first_error
    check_fits_in_memory(summary, spec, accelerator, devices if accelerator == "cpu" else 1)
    resolved = experiment.model_copy(update={"data": dm.resolved_spec()})
    return Prepared(resolved, dm, accelerator, summary)
