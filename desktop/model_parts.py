"""What a template and the task decide, and how they follow the loaded data (the workspace's rules; no Qt).

An experiment's *model parts* are its network, its discriminator (a GAN's second network) and its training
options: a template sets all three together (a GAN template makes a ``generation`` experiment, a classifier
template a plain one again), so they are changed, compared and undone together.

Rules when a dataset loads (:func:`follow_data`):

- the data decide the task and a loss that fits it; a GAN on images stays a GAN, a GAN given data that are
  not images returns to the data's own task with its default template;
- an empty network gets the data's default template (a GAN: ``default_gan_template``); a template nobody
  edited (a GAN: both networks) is re-made for new data; an edited one is kept and its errors shown.

The engine (``models.network``, ``models.defaults``) is imported only where used: callers call these once the
engine is ready.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from models.errors import DanluError
from models.spec import Experiment, NetworkSpec, TrainSpec


@dataclass(frozen=True)
class ModelParts:
    """The network, the discriminator (GANs; None otherwise) and the training options of an experiment."""

    network: NetworkSpec
    discriminator: NetworkSpec | None
    train: TrainSpec

    @classmethod
    def of(cls, experiment: Experiment) -> ModelParts:
        """A deep copy of ``experiment``'s parts (later edits of the experiment do not change it)."""
        return cls(experiment.network, experiment.discriminator, experiment.train).copy()

    def copy(self) -> ModelParts:
        """A deep copy (the specs are mutable)."""
        disc = self.discriminator
        return ModelParts(
            self.network.model_copy(deep=True),
            None if disc is None else disc.model_copy(deep=True),
            self.train.model_copy(deep=True),
        )

    @property
    def networks(self) -> tuple[NetworkSpec, NetworkSpec | None]:
        return self.network, self.discriminator


@dataclass
class Summaries:
    """The networks summarised for the loaded data: what the network editor draws, and whether they fit.

    Attributes:
        network: The network's (a GAN's generator's) summary; None when there is nothing to summarise against.
        discriminator: A GAN's discriminator's summary (None otherwise).
        ok: Both fit the data.
        message: The first problem ("" when ok); a GAN's names the network and the layer.
    """

    network: Any = None
    discriminator: Any = None
    ok: bool = False
    message: str = ""


def summarize_parts(experiment: Experiment, info: Any) -> Summaries:
    """Summarise the experiment's network(s) for the loaded dataset ``info`` (a GAN: both, via ``summarize_gan``)."""
    import models.network as api

    if experiment.train.task != "generation":
        summary = api.summarize(experiment.network, info)
        return Summaries(summary, None, summary.ok, "" if summary.ok else str(summary.first_error))
    from models.network.gan import generation_info, summarize_gan

    try:
        gan_info = generation_info(info)
    except DanluError as err:
        return Summaries(None, None, False, str(err))
    both = summarize_gan(experiment, gan_info)
    message = "" if both.problem is None else str(both.problem)
    return Summaries(both.generator, both.discriminator, both.problem is None, message)


def follow_data(experiment: Experiment, info: Any, previous: Any) -> Experiment:
    """The experiment with its task and networks made to follow the newly loaded dataset (see the module doc).

    Args:
        experiment: The current experiment (not changed).
        info: The DataInfo of the dataset just loaded.
        previous: The DataInfo the networks were last made for (None: none yet).

    Returns:
        ``experiment`` itself when nothing changes, else a new experiment.
    """
    from models.defaults import train_spec_for, with_task, with_template
    from models.network.gan_templates import GAN_TEMPLATES

    train, network = experiment.train, experiment.network
    changed = previous is not None and previous != info
    if train.task == "generation" and info.modality == "image":  # a GAN on images stays a GAN
        if not network.layers:
            return _or_same(experiment, lambda: with_task(experiment, info, "generation"))
        name = network.template
        if name in GAN_TEMPLATES and changed and _untouched(experiment, name, previous):
            return _or_same(experiment, lambda: with_template(experiment, info, name))
        return experiment
    if train.task == "generation":  # a GAN cannot use these data: back to their own task and its template
        return _or_same(experiment, lambda: with_task(experiment, info, info.task))
    if train.task != info.task:
        experiment = experiment.model_copy(update={"train": train_spec_for(info.task, train)})
    if not network.layers:
        return _or_same(experiment, lambda: with_template(experiment, info, _fitting(info, None)))
    if network.template and changed and _untouched(experiment, network.template, previous):
        return _or_same(experiment, lambda: with_template(experiment, info, _fitting(info, network.template)))
    return experiment


def _or_same(experiment: Experiment, make: Any) -> Experiment:
    """``make()``, or ``experiment`` when the template cannot be made (its errors are then shown)."""
    try:
        return make()
    except DanluError:
        return experiment


def _fitting(info: Any, name: str | None) -> str:
    """``name`` when it fits the data, else the data's default template."""
    import models.network as api

    return name if name in {t.name for t in api.templates_for(info)} else api.default_template(info)


def _untouched(experiment: Experiment, name: str, info: Any) -> bool:
    """Whether the experiment's network(s) are template ``name`` exactly as made for ``info``."""
    from models.defaults import with_template

    try:
        made = with_template(experiment, info, name)
    except DanluError:
        return False
    same = made.network.layers == experiment.network.layers
    if made.discriminator is not None:
        same = (
            same
            and experiment.discriminator is not None
            and made.discriminator.layers == experiment.discriminator.layers
        )
    return same
