"""Tiny real runs of the digits set, for tests that need an experiment or a finished run folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from models.spec import Experiment


def train_digits(runs_dir: Path, template: str = "mlp", epochs: int = 1) -> Path:
    """Train ``template`` on builtin:digits for ``epochs`` on the CPU; returns the run folder."""
    from models.data import build_datamodule
    from models.network import make_template
    from models.spec import DataSpec, Experiment, TrainSpec
    from models.training import fit

    info = build_datamodule(DataSpec(name="digits")).info
    exp = Experiment(
        name=f"digits-{template}",
        data=DataSpec(name="digits"),
        network=make_template(template, info),
        train=TrainSpec.model_validate({"epochs": epochs, "accelerator": "cpu"}, strict=False),
    )
    return fit(exp, runs_dir=runs_dir, progress_bar=False).run_dir


def tiny_experiment(epochs: int = 1, **train: object) -> Experiment:
    """An MLP on builtin:digits on the CPU (batch 64) with ``train`` options; tests shorten epochs further."""
    from models.data import build_datamodule
    from models.network import make_template
    from models.spec import DataSpec, Experiment, TrainSpec

    info = build_datamodule(DataSpec(name="digits")).info
    options = {"epochs": epochs, "batch_size": 64, "accelerator": "cpu", **train}
    return Experiment(
        name="steps",
        data=DataSpec(name="digits"),
        network=make_template("mlp", info),
        train=TrainSpec.model_validate(options, strict=False),
    )
