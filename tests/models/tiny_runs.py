"""Tiny real runs of the digits set, for tests that need an experiment or a finished run folder."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

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


def tiny_experiment(epochs: int = 1, template: str = "mlp", name: str = "steps", **train: object) -> Experiment:
    """``template`` on builtin:digits on the CPU (batch 64) with ``train`` options; tests shorten epochs further."""
    from models.data import build_datamodule
    from models.network import make_template
    from models.spec import DataSpec, Experiment, TrainSpec

    info = build_datamodule(DataSpec(name="digits")).info
    options = {"epochs": epochs, "batch_size": 64, "accelerator": "cpu", **train}
    return Experiment(
        name=name,
        data=DataSpec(name="digits"),
        network=make_template(template, info),
        train=TrainSpec.model_validate(options, strict=False),
    )


def resume_epochs(run_dir: Path, extra_epochs: int | None, **options: object) -> tuple[list[int], Any]:
    """Resume ``run_dir`` for ``extra_epochs`` more; the (0-based) epochs it trained and its RunResult."""
    from models.training import fit
    from models.training.events import EpochEnd

    epochs: list[int] = []

    def sink(event: object) -> None:
        if isinstance(event, EpochEnd):
            epochs.append(event.epoch)

    result = fit(None, sink=sink, resume_from=run_dir, extra_epochs=extra_epochs, **options)  # type: ignore[arg-type]
    return epochs, result
