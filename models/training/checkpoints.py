"""Safe checkpoint loading and rebuilding a trained model from a run folder.

Checkpoints are only ever read with ``torch.load(weights_only=True)``: a file crafted to run code when
unpickled is refused and the code never runs.
"""

from __future__ import annotations

import pickle
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch

from models.data.base import DataInfo
from models.errors import CheckpointError, DanluError
from models.spec.experiment import Experiment
from models.tasks.module import DanluTask, task_class
from models.training.runs import RunFolder


def load_checkpoint(path: str | Path) -> dict[str, Any]:
    """Read a checkpoint as plain data (tensors, numbers, strings, containers) or raise CheckpointError."""
    path = Path(path)
    if not path.is_file():
        raise CheckpointError(f"{path}: no such checkpoint; train the run first (or choose the other checkpoint)")
    try:
        ckpt = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise CheckpointError(
            f"{path}: refused to load: it contains objects that are not plain data ({first}). Danlu never runs "
            "code from a checkpoint; use a checkpoint written by Danlu."
        ) from None
    except (RuntimeError, EOFError, zipfile.BadZipFile, OSError, ValueError) as err:
        raise CheckpointError(f"{path}: not a readable checkpoint ({err}); it may be truncated or corrupt") from None
    if not isinstance(ckpt, dict) or "state_dict" not in ckpt:
        raise CheckpointError(f"{path}: not a Danlu/Lightning checkpoint (no state_dict)")
    return ckpt


def epochs_in_checkpoint(ckpt: dict[str, Any]) -> int:
    """Completed epochs when ``ckpt`` was written (a stopped, partial epoch does not count).

    Danlu stores the count itself (``ckpt["danlu"]``); checkpoints written before it did are read from
    Lightning's loop state (closed epochs, plus the current one when its last batch had run). ``ckpt["epoch"]``
    alone is ambiguous: 0-based, and the same before and after an epoch's last batch.
    """
    from models.training.callbacks.progress import CHECKPOINT_KEY

    own = ckpt.get(CHECKPOINT_KEY)
    if isinstance(own, dict) and isinstance(own.get("epochs_completed"), int):
        return own["epochs_completed"]
    try:
        loop = ckpt["loops"]["fit_loop"]
        epochs = loop["epoch_progress"]["current"]
        closed = int(epochs["completed"])
        if int(epochs["processed"]) > closed:  # saved in on_train_epoch_end: the epoch's training is done
            return closed + 1
        if int(epochs["started"]) > closed:  # saved inside an epoch: done if its last batch had run
            return closed + (1 if loop["epoch_loop.batch_progress"].get("is_last_batch") else 0)
        return closed  # saved as an epoch started (its batch counters are the previous epoch's)
    except (KeyError, TypeError, ValueError, AttributeError):
        return int(ckpt.get("epoch", 0))


def info_from_plain(info: dict[str, Any]) -> DataInfo:
    return DataInfo(**{k: tuple(v) if isinstance(v, list) else v for k, v in info.items()})


@dataclass
class TrainedModel:
    """A trained task module in eval mode, with the experiment and data description it was trained on."""

    task: DanluTask
    experiment: Experiment
    info: DataInfo
    run: RunFolder
    checkpoint_path: Path

    @property
    def network(self) -> torch.nn.Module:
        return self.task.network


def checkpoint_experiment(ckpt: dict[str, Any], path: str | Path) -> Experiment:
    """The experiment a checkpoint was trained with (stored in its hyper-parameters)."""
    hp = ckpt.get("hyper_parameters") or {}
    if "experiment" not in hp or "info" not in hp:
        raise CheckpointError(f"{path}: has no Danlu experiment in its hyper-parameters")
    try:
        return Experiment.from_dict(hp["experiment"], source=f"{path} (hyper-parameters)")
    except DanluError as err:
        raise CheckpointError(f"{path}: its network cannot be rebuilt: {err}") from None


#: What a checkpoint must share with its run's experiment.yaml: the network and where the data comes from and
#: its shape (training options may differ: a resume for more epochs changes them).
_DATA_IDENTITY = ("source", "name", "path", "test_path", "target_column", "task", "image", "sequence", "forecast")


def check_checkpoint_matches(run: RunFolder, experiment: Experiment, ckpt: dict[str, Any], path: Path) -> None:
    """Refuse a checkpoint trained with another network or other data than the run's experiment.yaml.

    Raises:
        CheckpointError: naming the checkpoint, experiment.yaml and the first field that differs.
    """
    theirs = checkpoint_experiment(ckpt, path)
    pairs = [("network", theirs.network.model_dump(mode="json"), experiment.network.model_dump(mode="json"))]
    for key in _DATA_IDENTITY:
        a, b = (getattr(e.data, key) for e in (theirs, experiment))
        pairs.append((f"data.{key}", _plain(a), _plain(b)))
    for where, a, b in pairs:
        diff = _first_difference(a, b, where)
        if diff:
            field, in_ckpt, in_run = diff
            what = "network" if field.startswith("network") else "data"
            raise CheckpointError(
                f"{path} was trained with a different {what} than {run.experiment_path}: {field} is {in_ckpt} in "
                f"the checkpoint but {in_run} in experiment.yaml; use this run's own checkpoints (or open the run "
                "the checkpoint came from)"
            )


def _plain(value: Any) -> Any:
    return value.model_dump(mode="json") if hasattr(value, "model_dump") else value


def _first_difference(a: Any, b: Any, where: str) -> tuple[str, str, str] | None:
    """The path and both values of the first difference between two plain-data trees, or None."""
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(a) + [k for k in b if k not in a]:
            diff = _first_difference(a.get(key), b.get(key), f"{where}.{key}")
            if diff:
                return diff
        return None
    if isinstance(a, list) and isinstance(b, list):
        if len(a) != len(b):
            return f"{where} (length)", str(len(a)), str(len(b))
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            diff = _first_difference(x, y, f"{where}[{i}]")
            if diff:
                return diff
        return None
    return None if a == b else (where, repr(a), repr(b))


def load_trained(run_dir: str | Path, which: str = "best") -> TrainedModel:
    """Rebuild the network of a run and load its ``best`` or ``last`` checkpoint (``best`` falls back to ``last``).

    The checkpoint must belong to the run: its network and data are compared with the run's experiment.yaml
    (evaluate, predict and export all load through here).

    Raises:
        CheckpointError: no checkpoint, an unsafe or corrupt one, or one of a different network or data.
    """
    from models.spec.experiment import load_experiment

    run = RunFolder.open(run_dir)
    path = run.checkpoint(which)
    if which == "best" and not path.is_file():
        path = run.checkpoint("last")
    ckpt = load_checkpoint(path)
    experiment = checkpoint_experiment(ckpt, path)
    check_checkpoint_matches(run, load_experiment(run.experiment_path), ckpt, path)
    hp = ckpt["hyper_parameters"]
    try:
        info = info_from_plain(hp["info"])
        task = task_class(info.task)(hp["experiment"], hp["info"], hp.get("class_weights"))
    except DanluError as err:
        raise CheckpointError(f"{path}: its network cannot be rebuilt: {err}") from None
    advice = "use the experiment the checkpoint was trained with"
    try:
        result = task.load_state_dict(ckpt["state_dict"], strict=False)
    except RuntimeError as err:  # shape mismatches
        detail = str(err).strip().splitlines()[1].strip() if len(str(err).splitlines()) > 1 else str(err)
        raise CheckpointError(f"{path}: the weights belong to a different network ({detail}); {advice}") from None
    missing = [k for k in result.missing_keys if not k.startswith(("metrics.", "curves."))]
    unexpected = [k for k in result.unexpected_keys if not k.startswith(("metrics.", "curves."))]
    if missing or unexpected:
        raise CheckpointError(
            f"{path}: the weights belong to a different network (missing {missing[:3]}, "
            f"unexpected {unexpected[:3]}); {advice}"
        )
    task.eval()
    return TrainedModel(task=task, experiment=experiment, info=info, run=run, checkpoint_path=path)
