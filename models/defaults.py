"""Ready-to-run experiments: a dataset plus the template that fits it, with a task and loss to match."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from models.errors import DataError
from models.spec.data import BUILTIN_NAMES, DataSpec
from models.spec.experiment import Experiment
from models.spec.gan import GanSpec
from models.spec.train import OptimizerSpec, TrainSpec
from models.vocab import DATA_SOURCES, losses_for, monitors_for, source_for_path
from models.vocab.base import unknown_message

if TYPE_CHECKING:
    from models.data.base import DataInfo


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
    if base.task == "generation":  # back from a GAN: its options and its optimiser settings go with it
        data.update(gan=GanSpec().model_dump(), optimizer=OptimizerSpec().model_dump())
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
    from models.network import default_template

    info = build_datamodule(data, num_workers=0).info
    chosen = template or default_template(info)
    base = Experiment(
        name=name or f"{(data.name or Path(data.path or 'data').stem)}-{chosen}", data=data, train=train or TrainSpec()
    )
    return with_template(base, info, chosen)


def with_template(experiment: Experiment, info: DataInfo, template: str) -> Experiment:
    """``experiment`` with template ``template`` made for the dataset ``info``, and a task to match.

    A GAN template (``models.network.gan_templates``) sets the generator, the discriminator and a
    ``generation`` TrainSpec (the GAN loss and options); any other template sets the network for the data's
    own task and drops a discriminator, so a GAN experiment returns to a plain one. Other options are kept.

    Raises:
        SpecError, DataError: the template does not fit the data (the message says why and what does).
    """
    from models.network import make_template
    from models.network.gan_templates import GAN_TEMPLATES, gan_experiment

    dump = experiment.to_dict()
    if template in GAN_TEMPLATES:
        made = gan_experiment(
            experiment.data, info, template, experiment.name, train_spec_for("generation", experiment.train)
        )
        parts = {"network": made.network, "discriminator": made.discriminator, "train": made.train}
    else:
        parts = {
            "network": make_template(template, info),
            "discriminator": None,
            "train": train_spec_for(info.task, experiment.train),
        }
    dump.update({k: None if v is None else v.model_dump(mode="json") for k, v in parts.items()})
    return Experiment.from_dict(dump)


def default_template_for(info: DataInfo, task: str) -> str:
    """The template a ``task`` experiment on the dataset ``info`` starts with (``generation``: the GAN template
    that reaches the image size, ``default_gan_template``; otherwise the data's default template).

    Raises:
        SpecError, DataError: the data cannot be used for a GAN (not images, or a size no template reaches).
    """
    if task == "generation":
        from models.network.gan import generation_info
        from models.network.gan_templates import default_gan_template

        return default_gan_template(generation_info(info))
    from models.network import default_template

    return default_template(info)


def with_task(experiment: Experiment, info: DataInfo, task: str) -> Experiment:
    """``experiment`` turned into a ``task`` experiment (``generation``: a GAN) with that task's default template.

    Raises:
        SpecError, DataError: the data cannot be used for ``task`` (e.g. a GAN on a table).
    """
    return with_template(experiment, info, default_template_for(info, task))
