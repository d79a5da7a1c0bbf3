"""Where a new run's weights start: pretrained backbone files, then the layers of an earlier run.

``prepare_start`` reads and checks everything before the run folder exists (a bad weights file or run folder
is a clear error and leaves no half-made run); ``StartPlan.apply`` loads the weights into the built network,
writes ``initialisation.json`` into the run folder, logs each step and returns the callbacks the backbones
need (gradual unfreezing). ``init_from`` wins over the backbone file: an earlier run's fine-tuned backbone is
newer than the ImageNet weights it started from.

Layers of the earlier run are matched by their ``name`` when they have one (so inserting a layer does not
shift them), else by position and type; within a matched layer every tensor whose key and shape agree is
loaded. Everything else keeps its initialisation and is reported as skipped, with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

from models.errors import CheckpointError, DanluError
from models.io import atomic_write_json
from models.network.weights import CheckedWeights
from models.spec.backbone_input import backbones
from models.spec.experiment import Experiment
from models.spec.network import LayerBase
from models.training.events import LogMessage, Sink

REPORT_NAME = "initialisation.json"
_PREFIX = "network."


def _layer_key(index: int, layer: LayerBase) -> str:
    return f"name:{layer.name}" if layer.name else f"index:{index}:{layer.type}"  # type: ignore[attr-defined]


def _label(index: int, layer: LayerBase) -> str:
    name = f" '{layer.name}'" if layer.name else ""
    return f"layer {index}{name} ({layer.type})"  # type: ignore[attr-defined]


@dataclass
class EarlierRun:
    """The checkpoint of the run named by ``network.init_from``, read safely."""

    run_dir: Path
    checkpoint: Path
    layers: list[LayerBase]
    state: dict[str, torch.Tensor]


def resolve_run_dir(value: str) -> Path:
    """A run folder from a path, or from a run's name in the runs directory."""
    from models.training.runs import default_runs_dir

    path = Path(value).expanduser()
    if path.is_dir():
        return path
    named = default_runs_dir() / value
    if named.is_dir():
        return named
    raise DanluError(
        f"network.init_from: {value!r} is not a run folder (no such folder, and no run of that name in "
        f"{default_runs_dir()}); choose a folder under the runs directory"
    )


def read_earlier_run(value: str) -> EarlierRun:
    """The earlier run's best (else last) checkpoint and its layer list.

    Raises:
        DanluError / CheckpointError: no such run, no checkpoint, an unsafe or corrupt one.
    """
    from models.training.checkpoints import load_checkpoint
    from models.training.runs import RunFolder

    run = RunFolder.open(resolve_run_dir(value))
    path = run.checkpoint("best")
    if not path.is_file():
        path = run.checkpoint("last")
    ckpt = load_checkpoint(path)
    hp = ckpt.get("hyper_parameters") or {}
    try:
        old = Experiment.from_dict(hp.get("experiment"), source=f"{path} (hyper-parameters)")
    except DanluError as err:
        raise CheckpointError(f"network.init_from: {path} holds no readable Danlu experiment ({err})") from None
    state = {k[len(_PREFIX) :]: v for k, v in ckpt["state_dict"].items() if k.startswith(_PREFIX)}
    return EarlierRun(run.path, path, list(old.network.layers), state)


def match_layers(network: nn.Module, layers: list[LayerBase], earlier: EarlierRun) -> dict[str, Any]:
    """Load the matching tensors of ``earlier`` into ``network`` (a built Network); returns the report."""
    old_by_key = {_layer_key(i, layer): (i, layer) for i, layer in enumerate(earlier.layers)}
    loaded: list[dict[str, Any]] = []
    skipped: list[dict[str, Any]] = []
    for i, layer in enumerate(layers):
        own = network[i].state_dict()
        if not own:
            continue  # parameter-free layers (activations, pooling) have nothing to load
        found = old_by_key.get(_layer_key(i, layer))
        if found is None:
            skipped.append({"layer": _label(i, layer), "reason": "no layer of that name/position and type earlier"})
            continue
        j, old_layer = found
        prefix = f"{j}."
        old = {k[len(prefix) :]: v for k, v in earlier.state.items() if k.startswith(prefix)}
        take = {k: v for k, v in old.items() if k in own and tuple(v.shape) == tuple(own[k].shape)}
        if not take:
            differ = [k for k in own if k in old]
            why = (
                f"shapes differ ({differ[0]}: {list(old[differ[0]].shape)} earlier, {list(own[differ[0]].shape)} now)"
                if differ
                else "no tensor of the same name"
            )
            skipped.append({"layer": _label(i, layer), "from": _label(j, old_layer), "reason": why})
            continue
        network[i].load_state_dict(take, strict=False)
        entry = {"layer": _label(i, layer), "from": _label(j, old_layer), "tensors": len(take)}
        if len(take) < len(own):
            entry["partial"] = f"{len(take)} of {len(own)} tensors matched"
        loaded.append(entry)
    return {
        "run": str(earlier.run_dir),
        "checkpoint": earlier.checkpoint.name,
        "loaded": loaded,
        "skipped": skipped,
    }


@dataclass
class StartPlan:
    """What to load into a new run's network, already read and checked."""

    experiment: Experiment
    weights: dict[int, CheckedWeights] = field(default_factory=dict)  # backbone layer index -> its file, read
    earlier: EarlierRun | None = None

    def apply(self, network: nn.Module, run_dir: Path | None, emit: Sink | None = None, write: bool = True) -> None:
        """Load the weights into ``network``, log what happened and write ``initialisation.json``."""
        from models.network.weights import load_backbone_weights

        say = emit or (lambda event: None)
        report: dict[str, Any] = {"backbones": [], "init_from": None}
        for i, checked in self.weights.items():
            loaded = load_backbone_weights(network[i], checked)
            report["backbones"].append({"layer": i, **loaded.__dict__})
            say(LogMessage("info", f"layer {i} {loaded.describe()}"))
        if self.earlier is not None:
            result = match_layers(network, list(self.experiment.network.layers), self.earlier)
            report["init_from"] = result
            say(LogMessage("info", describe_init_from(result)))
        if write and run_dir is not None and (report["backbones"] or report["init_from"]):
            atomic_write_json(Path(run_dir) / REPORT_NAME, report)


def describe_init_from(result: dict[str, Any]) -> str:
    """One log line: which layers came from the earlier run and which were skipped, and why."""
    loaded = ", ".join(e["layer"] for e in result["loaded"]) or "none"
    skipped = "; ".join(f"{e['layer']}: {e['reason']}" for e in result["skipped"]) or "none"
    return f"initialised from {result['run']} ({result['checkpoint']}): loaded {loaded}; skipped {skipped}"


def prepare_start(experiment: Experiment, fresh: bool = True) -> StartPlan:
    """Resolve and check the backbone weights files and the ``init_from`` run (nothing for a resumed run).

    Raises:
        WeightsError: a weights file is missing, unreadable, unsafe, damaged or of another architecture.
        DanluError / CheckpointError: ``init_from`` is not a usable run folder.
    """
    from models.network.weights import checked_state
    from models.network.weights_library import resolve_weights

    plan = StartPlan(experiment)
    if not fresh:
        return plan  # the checkpoint being resumed holds every weight
    for i, layer in backbones(experiment.network):
        path = resolve_weights(layer.weights)
        if path is not None:
            plan.weights[i] = checked_state(path, layer.arch)  # read and checked before the run folder exists
    if experiment.network.init_from:
        plan.earlier = read_earlier_run(experiment.network.init_from)
    return plan


def start_callbacks(experiment: Experiment, emit: Sink | None = None) -> list[Any]:
    """The callbacks a network's backbones need during training (gradual unfreezing), if any."""
    from models.training.callbacks.unfreeze import GradualUnfreeze

    if any(layer.unfreeze_every > 0 for _, layer in backbones(experiment.network)):
        return [GradualUnfreeze(emit)]
    return []
