"""Ready-made studies: the comparisons a deep-learning course runs, on the current data and network.

Each preset varies one thing, runs every choice with 3 seeds on a grid, and tells in its error why it does
not apply (e.g. a dropout study on a network without dropout layers).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from models.errors import SpecError
from models.spec.experiment import Experiment
from models.spec.study import Objective, SpaceEntry, StudySpec

WEIGHTED = ("linear", "conv1d", "conv2d", "embedding", "rnn", "lstm", "gru", "self_attention", "transformer_encoder")
DROPOUT = ("dropout", "dropout2d")
BATCHNORM = ("batchnorm1d", "batchnorm2d")


@dataclass(frozen=True)
class Preset:
    """A ready-made study.

    Attributes:
        name: Used by ``danlu study new --preset NAME``.
        label: A short English title.
        description: What it compares, and the settings it uses.
        space: Builds the search space for a base experiment; raises SpecError saying why it cannot.
    """

    name: str
    label: str
    description: str
    space: Callable[[Experiment], list[SpaceEntry]]


def _optimizers(base: Experiment) -> list[SpaceEntry]:
    choices = [
        {"name": "sgd", "lr": 0.05, "momentum": 0.0, "nesterov": False},
        {"name": "sgd", "lr": 0.01, "momentum": 0.9, "nesterov": False},
        {"name": "adagrad", "lr": 0.01},
        {"name": "rmsprop", "lr": 0.001, "momentum": 0.0},
        {"name": "adam", "lr": 0.001},
    ]
    labels = ["SGD", "SGD+momentum", "Adagrad", "RMSprop", "Adam"]
    return [SpaceEntry(path="train.optimizer", name="optimizer", kind="categorical", choices=choices, labels=labels)]


def _learning_rate(base: Experiment) -> list[SpaceEntry]:
    rates = [1e-4, 3e-4, 1e-3, 3e-3, 1e-2, 3e-2, 1e-1]
    return [SpaceEntry(path="train.optimizer.lr", name="learning rate", kind="categorical", choices=rates)]


def _regularisation(base: Experiment) -> list[SpaceEntry]:
    choices = [{"weight_decay": 0.0, "l1": 0.0}, {"weight_decay": 0.0, "l1": 1e-5}, {"weight_decay": 5e-4, "l1": 0.0}]
    return [
        SpaceEntry(
            path="train.optimizer",
            name="regularisation",
            kind="categorical",
            choices=choices,
            labels=["none", "L1 (1e-5)", "L2 (5e-4)"],
        )
    ]


def walk_layers(layers: list[dict[str, Any]], prefix: str) -> list[tuple[str, dict[str, Any]]]:
    """Every layer's path and plain data, residual blocks' inner layers included."""
    out = []
    for i, layer in enumerate(layers):
        path = f"{prefix}[{i}]"
        out.append((path, layer))
        if layer.get("type") == "residual":
            out += walk_layers(layer.get("layers", []), f"{path}.layers")
    return out


def _layers(base: Experiment) -> list[tuple[str, dict[str, Any]]]:
    return walk_layers(base.to_dict()["network"]["layers"], "network.layers")


def _dropout(base: Experiment) -> list[SpaceEntry]:
    paths = [f"{path}.p" for path, layer in _layers(base) if layer["type"] in DROPOUT]
    if not paths:
        raise SpecError(
            "the network has no dropout layer; add one (e.g. after a hidden dense layer) to compare dropout rates"
        )
    return [SpaceEntry(path=paths, name="dropout p", kind="categorical", choices=[0.0, 0.25, 0.5])]


def _init(base: Experiment) -> list[SpaceEntry]:
    weighted = [layer for _, layer in _layers(base) if layer["type"] in WEIGHTED]
    if not weighted:
        raise SpecError("the network has no layers with weights to initialise")
    if all(layer.get("init") for layer in weighted):
        raise SpecError(
            "every layer with weights sets its own initialisation, so the network-wide one would change nothing; "
            "clear the layers' init fields to compare Xavier with He"
        )
    return [
        SpaceEntry(
            path="network.init",
            name="initialisation",
            kind="categorical",
            choices=["xavier_uniform", "kaiming_uniform"],
            labels=["Xavier", "He"],
        )
    ]


def _without(layers: list[dict[str, Any]], types: tuple[str, ...]) -> list[dict[str, Any]]:
    out = []
    for layer in layers:
        if layer["type"] in types:
            continue
        if layer["type"] == "residual":
            layer = {**layer, "layers": _without(layer.get("layers", []), types)}
        out.append(layer)
    return out


def _batchnorm(base: Experiment) -> list[SpaceEntry]:
    layers = base.to_dict()["network"]["layers"]
    if not any(layer["type"] in BATCHNORM for _, layer in _layers(base)):
        raise SpecError(
            "the network has no batch-norm layer; add batchnorm1d/batchnorm2d after its dense or convolution "
            "layers to compare with and without"
        )
    return [
        SpaceEntry(
            path="network.layers",
            name="batch norm",
            kind="categorical",
            choices=[layers, _without(layers, BATCHNORM)],
            labels=["on", "off"],
        )
    ]


PRESETS: dict[str, Preset] = {
    p.name: p
    for p in (
        Preset(
            "optimizers",
            "Optimizers",
            "SGD, SGD+momentum, Adagrad, RMSprop and Adam, each at its customary learning rate "
            "(0.05, 0.01, 0.01, 0.001, 0.001).",
            _optimizers,
        ),
        Preset("learning_rate", "Learning rate", "Learning rates from 1e-4 to 1e-1 in half decades.", _learning_rate),
        Preset(
            "regularisation",
            "L1 vs L2 vs none",
            "No penalty, an L1 penalty (1e-5) or L2 weight decay (5e-4).",
            _regularisation,
        ),
        Preset("dropout", "Dropout rates", "Every dropout layer at p = 0, 0.25 and 0.5 (together).", _dropout),
        Preset("init", "Xavier vs He", "Network-wide Xavier (Glorot) or He (Kaiming) uniform init.", _init),
        Preset(
            "batchnorm", "Batch norm on/off", "The network as it is, and without its batch-norm layers.", _batchnorm
        ),
    )
}


def preset_study(name: str, base: Experiment, seeds: int = 3, study_name: str | None = None) -> StudySpec:
    """The ready-made study ``name`` for ``base`` (a grid, ``seeds`` seeds, the base's checkpoint metric).

    Raises:
        SpecError: unknown preset, or it does not apply to this network (the message says why).
    """
    preset = PRESETS.get(name)
    if preset is None:
        raise SpecError(f"unknown preset {name!r}; choose one of {', '.join(PRESETS)}")
    try:
        space = preset.space(base)
    except SpecError as err:
        raise SpecError(f"preset {name}: {err}") from None
    return StudySpec(
        name=study_name or f"{base.name}-{name}",
        base=base,
        space=space,
        seeds=list(range(seeds)),
        objective=Objective(metric=base.train.checkpoint.monitor),
        sampler="grid",
    )
