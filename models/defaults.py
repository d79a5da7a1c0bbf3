"""Ready-to-run experiments: a dataset plus the template that fits it, with a task and loss to match."""

from __future__ import annotations

from pathlib import Path

from models.errors import DataError
from models.spec.data import BUILTIN_NAMES, DataSpec
from models.spec.experiment import Experiment
from models.spec.train import TrainSpec
from models.vocab import DATA_SOURCES, losses_for, monitors_for, source_for_path
from models.vocab.base import unknown_message


def parse_data_arg(text: str) -> DataSpec:
    """Turn a CLI data argument into a DataSpec.

    Accepted forms: ``builtin:NAME``; ``SOURCE:PATH`` for any file or folder source of
    :data:`models.vocab.DATA_SOURCES` (``image_folder:``, ``tabular:``, ...); or a bare path, whose source the
    registry's suffixes decide (a folder is an image folder, ``.ts``/``.tsv``/``.txt``/``.npz``/``.npy`` are
    sequences, a ``.csv`` is tabular: prefix it to mean something else).
    """
    kinds = [e.name for e in DATA_SOURCES.values() if e.takes != "name"]
    head, sep, rest = text.partition(":")
    if sep and head == "builtin":
        if rest not in BUILTIN_NAMES:
            raise DataError(unknown_message("built-in dataset", rest, BUILTIN_NAMES))
        return DataSpec(source="builtin", name=rest)
    if sep and head in kinds:
        return DataSpec(source=head, name=None, path=rest)
    path = Path(text)
    if not path.exists():
        raise DataError(
            f"{text}: no such file or folder (use builtin:NAME for a built-in dataset: {', '.join(BUILTIN_NAMES)})"
        )
    kind = source_for_path(path)
    if kind is None:
        raise DataError(f"{text}: cannot tell what kind of data this is; prefix it with one of {', '.join(kinds)}:")
    return DataSpec(source=kind, name=None, path=text)


def train_spec_for(task: str, base: TrainSpec | None = None) -> TrainSpec:
    """A TrainSpec whose task, loss and watched metrics match the dataset (other options kept from ``base``)."""
    base = base or TrainSpec()
    if task == "generation":
        from models.spec.gan import generation_train_spec

        return generation_train_spec(base)
    data = base.model_dump()
    losses = [e.name for e in losses_for(task)]
    data.update(task=task, loss=base.loss if base.loss in losses else losses[0])
    watchable = {m.name for m in monitors_for(task)}
    for key in ("checkpoint", "early_stopping"):
        if data[key]["monitor"] not in watchable:  # e.g. val_acc after switching to a regression dataset
            data[key].update(monitor="val_loss", mode="min")
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
