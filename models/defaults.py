"""Ready-to-run experiments: a dataset plus the template that fits it, with a task and loss to match."""

from __future__ import annotations

from pathlib import Path

from models.errors import DataError
from models.spec.data import BUILTIN_NAMES, DataSpec
from models.spec.experiment import Experiment
from models.spec.train import TrainSpec

_SEQUENCE_SUFFIXES = {".ts", ".tsv", ".npz", ".npy"}


def parse_data_arg(text: str) -> DataSpec:
    """Turn a CLI data argument into a DataSpec.

    Accepted forms: ``builtin:NAME``; ``SOURCE:PATH`` (``image_folder:``, ``image_csv:``, ``tabular:``,
    ``sequence:``, ``forecasting:``, ``text:``); or a bare path (a folder is an image folder; ``.ts``/``.tsv``/
    ``.npz``/``.npy`` are sequences; a ``.csv`` is tabular — prefix it to mean something else).
    """
    kinds = ("image_folder", "image_csv", "tabular", "sequence", "forecasting", "text")
    head, sep, rest = text.partition(":")
    if sep and head == "builtin":
        if rest not in BUILTIN_NAMES:
            raise DataError(f"unknown built-in dataset {rest!r}; choose one of {', '.join(BUILTIN_NAMES)}")
        return DataSpec(source="builtin", name=rest)
    if sep and head in kinds:
        return DataSpec(source=head, name=None, path=rest)  # type: ignore[arg-type]
    path = Path(text)
    if not path.exists():
        raise DataError(
            f"{text}: no such file or folder (use builtin:NAME for a built-in dataset: {', '.join(BUILTIN_NAMES)})"
        )
    if path.is_dir():
        return DataSpec(source="image_folder", name=None, path=text)
    if path.suffix.lower() in _SEQUENCE_SUFFIXES:
        return DataSpec(source="sequence", name=None, path=text)
    if path.suffix.lower() == ".csv":
        return DataSpec(source="tabular", name=None, path=text)
    raise DataError(f"{text}: cannot tell what kind of data this is; prefix it with one of {', '.join(kinds)}:")


def train_spec_for(task: str, base: TrainSpec | None = None) -> TrainSpec:
    """A TrainSpec whose task and loss match the dataset (other options kept from ``base``)."""
    base = base or TrainSpec()
    if task == "generation":
        from models.spec.gan import generation_train_spec

        return generation_train_spec(base)
    loss = base.loss
    if task == "classification" and loss in ("mse", "mae", "huber"):
        loss = "cross_entropy"
    if task != "classification" and loss not in ("mse", "mae", "huber"):
        loss = "mse"
    data = base.model_dump()
    data.update(task=task, loss=loss)
    if task != "classification" and base.checkpoint.monitor != "val_loss":
        data["checkpoint"] = {"monitor": "val_loss", "mode": "min"}
    return TrainSpec.model_validate(data, strict=False)


def experiment_for(
    data: DataSpec, template: str | None = None, name: str | None = None, train: TrainSpec | None = None
) -> Experiment:
    """Load ``data``, pick ``template`` (or the default for the data) and return a ready experiment."""
    from models.data import build_datamodule
    from models.network import default_template, make_template

    dm = build_datamodule(data, num_workers=0)
    info = dm.info
    from models.network.gan_templates import GAN_TEMPLATES, gan_experiment

    if template in GAN_TEMPLATES:
        return gan_experiment(data, info, template, name, train_spec_for("generation", train))
    chosen = template or default_template(info)
    network = make_template(chosen, info)
    return Experiment(
        name=name or f"{(data.name or Path(data.path or 'data').stem)}-{chosen}",
        data=data,
        network=network,
        train=train_spec_for(info.task, train),
    )
