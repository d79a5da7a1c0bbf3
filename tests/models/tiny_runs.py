"""A tiny real run of the digits set, for tests that need a finished run folder (export, report, dialogs)."""

from __future__ import annotations

from pathlib import Path


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
