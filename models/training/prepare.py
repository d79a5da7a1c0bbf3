"""``prepare()``: everything a run checks before it touches the disk, shared by ``fit`` and the LR finder.

Hardware, data, the task/dataset match, the network's shapes and whether its parameters fit in memory are
validated here, so a bad experiment is refused before any run folder exists.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from models.errors import SpecError
from models.spec.experiment import Experiment


@dataclass
class Prepared:
    """A validated experiment with its data loaded.

    Attributes:
        experiment: The experiment with values computed from the data filled in (normalisation statistics,
            and the numbers an ``auto`` training budget resolved to).
        datamodule: The loaded DataModule (splits ready).
        accelerator: The resolved accelerator (``cuda``, ``mps`` or ``cpu``).
        summary: The network's shape and parameter summary (None for a GAN: its two networks are checked by
            ``prepare_generation``).
        messages: ``(level, text)`` lines for the run's log: the resolved budget, the CPU threads, warnings.
        task_info: The DataInfo the task trains on when it differs from the dataset's (generation).
    """

    experiment: Experiment
    datamodule: Any
    accelerator: str
    summary: Any
    messages: list[tuple[str, str]] = field(default_factory=list)
    task_info: Any = None

    @property
    def info(self) -> Any:
        """What the task trains on (``DataInfo``): the dataset's, or a GAN's generation view of it."""
        return self.task_info if self.task_info is not None else self.datamodule.info

    def build_task(self, experiment: Experiment | None = None) -> Any:
        """The LightningModule for ``experiment`` (default: the prepared one) on this data."""
        from models.tasks.module import build_task

        exp = experiment or self.experiment
        dm = self.datamodule
        weights = dm.class_weights() if exp.train.loss == "weighted_cross_entropy" else None
        return build_task(exp, self.info, weights)


def prepare(experiment: Experiment, devices: int = 1, num_nodes: int = 1) -> Prepared:
    """Validate ``experiment``, load its data and resolve its ``auto`` settings; writes nothing to disk.

    Also sets torch's CPU threads (``train.cpu_threads``), which lasts for the process.

    Args:
        experiment: What to train.
        devices: Devices per node the run will use (checked against the machine).
        num_nodes: Nodes the run will use (the auto budget counts optimizer steps over all processes).

    Raises:
        DanluError: unusable hardware choice, data, task or network (the message names the field or layer).
    """
    import lightning as L

    from models.data import build_datamodule
    from models.network import summarize
    from models.training.budget import batch_warning, loader_batch_size, resolve_budget
    from models.training.hardware import validate_hardware
    from models.training.memory import check_fits_in_memory
    from models.training.threads import apply_cpu_threads

    spec = experiment.train
    accelerator = validate_hardware(spec, devices)
    L.seed_everything(spec.seed, workers=True, verbose=False)
    dm = build_datamodule(experiment.data, batch_size=loader_batch_size(spec), num_workers=spec.num_workers)
    info = dm.info
    summary = None
    if spec.task == "generation":  # a GAN: two networks, checked against the images (naming the layer)
        from models.tasks.generation_eval import prepare_generation

        info = prepare_generation(experiment, info, dm.describe())
    else:
        if info.task != spec.task and not (info.task == "forecasting" and spec.task == "regression"):
            raise SpecError(
                f"train.task is {spec.task!r} but {dm.describe()} is a {info.task} dataset; "
                f"set train.task to {info.task!r} (and a matching loss)"
            )
        summary = summarize(experiment.network, info)
        if not summary.ok:
            raise summary.first_error
    # train.epochs/batch_size "auto" become numbers here; the run's experiment.yaml records them (and that
    # they were auto), so it re-runs exactly.
    world = max(1, devices) * max(1, num_nodes)
    budget = resolve_budget(spec, len(dm.train_set), accelerator, world, len(dm.val_set))
    spec = budget.apply(spec)
    dm.batch_size = int(spec.batch_size)
    if summary is not None:
        check_fits_in_memory(summary, spec, accelerator, devices if accelerator == "cpu" else 1)
    # CPU DDP processes on one machine share its cores.
    threads = apply_cpu_threads(spec.cpu_threads, dm.num_workers, devices if accelerator == "cpu" else 1)
    messages = [("info", budget.describe())] if budget.is_auto else []
    too_big = batch_warning(spec, len(dm.train_set))
    if too_big:
        messages.append(("warning", too_big))
    messages.append(("info", f"training with {threads.describe()}"))
    resolved = experiment.model_copy(update={"data": dm.resolved_spec(), "train": spec})
    return Prepared(resolved, dm, accelerator, summary, messages, task_info=info)
