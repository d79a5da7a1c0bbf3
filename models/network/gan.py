"""The two networks of a GAN as the builder sees them: what each takes and gives, checked before any tensor.

The generator (``Experiment.network``) takes a latent vector ``[latent_dim]`` (plus ``class_embedding``
values when conditional) and must give an image of exactly the data's shape. The discriminator
(``Experiment.discriminator``) takes an image (plus one class plane as an extra channel when conditional)
and must give one real/fake score ``[1]``. Errors name the network and the layer, like every shape error.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from models.errors import DanluError, DataError, SpecError
from models.network.shapes import fmt
from models.network.summary import LayerShapeError, NetworkSummary, label, summarize
from models.spec.gan import GanSpec

if TYPE_CHECKING:
    from models.data.base import DataInfo
    from models.spec.experiment import Experiment

#: The problem of a generation experiment without a discriminator.
NO_DISCRIMINATOR = (
    "discriminator: a generation experiment needs a discriminator network; start from a GAN template "
    "(danlu template show dcgan --data ...)"
)


def generation_info(info: DataInfo, source: str = "the dataset") -> DataInfo:
    """The data description of a GAN run: the images' own, with task ``generation``.

    Raises:
        DataError: the data are not images (regression, forecasting, sequence, tabular or text data).
    """
    if info.modality != "image":
        kind = {"forecast": "a time series to forecast", "text": "text", "tabular": "a table"}.get(
            info.modality, f"{info.modality} data"
        )
        what = f"{info.task} on {kind}" if info.task != "classification" else kind
        raise DataError(
            f"train.task generation trains a GAN on images, but {source} is {what} "
            f"{fmt(info.input_shape)}; choose an image dataset (builtin:digits, an image folder or an image CSV)"
        )
    return replace(info, task="generation")


def generator_info(info: DataInfo, gan: GanSpec) -> DataInfo:
    """What the generator's first layer receives: the latent vector (and the class vector, conditional)."""
    width = gan.latent_dim + (gan.class_embedding if gan.conditional else 0)
    shape = info.input_shape
    return replace(info, modality="tabular", input_shape=(width,), input_dtype="float32", num_outputs=_size(shape))


def discriminator_info(info: DataInfo, gan: GanSpec) -> DataInfo:
    """What the discriminator's first layer receives: an image (and the class plane, conditional)."""
    c, *spatial = info.input_shape
    return replace(info, input_shape=(c + (1 if gan.conditional else 0), *spatial), num_outputs=1)


def _size(shape: tuple[int, ...]) -> int:
    n = 1
    for s in shape:
        n *= s
    return n


def _prefixed(err: LayerShapeError, network: str) -> LayerShapeError:
    return LayerShapeError(f"{network} {err}", err.index, err.layer_type)


def summarize_generator(experiment: Experiment, info: DataInfo) -> NetworkSummary:
    """Shapes of the generator for image data ``info``; an output that is not the image shape is an error."""
    gan = experiment.train.gan
    spec = experiment.network
    summary = summarize(spec, generator_info(info, gan), check_output=False)
    image = tuple(info.input_shape)
    if not spec.layers:
        summary.errors.append(
            LayerShapeError("the generator has no layers; choose a GAN template (dcgan, mlp_gan) or add layers")
        )
    elif summary.ok and summary.output_shape != image:
        last = summary.rows[_last_top(summary)]
        c, *spatial = image
        message = (
            f"the generator ends with {fmt(summary.output_shape)} but the images are {fmt(image)}; end with a "
            f"layer giving [{c}, {', '.join(map(str, spatial))}] (e.g. a conv2d with out_channels {c} at "
            f"{'x'.join(map(str, spatial))}, or a reshape to {fmt(image)} after a linear with out_features "
            f"{_size(image)}), followed by a tanh"
        )
        last.error = message
        summary.errors.append(
            LayerShapeError(f"{label(last.index, spec.layers[-1])}: {message}", last.index, last.type)
        )
    return summary


def summarize_discriminator(experiment: Experiment, info: DataInfo) -> NetworkSummary:
    """Shapes of the discriminator for image data ``info``; it must end with one score ``[1]``."""
    gan = experiment.train.gan
    spec = experiment.discriminator
    if spec is None:
        raise SpecError(NO_DISCRIMINATOR)
    summary = summarize(spec, discriminator_info(info, gan), check_output=False)
    if not spec.layers:
        summary.errors.append(LayerShapeError("the discriminator has no layers; end it with a linear layer giving [1]"))
    elif summary.ok and summary.output_shape != (1,):
        last = summary.rows[_last_top(summary)]
        out = summary.output_shape or ()
        fix = (
            "set the last linear's out_features to 1"
            if len(out) == 1 and spec.layers[-1].type == "linear"  # type: ignore[attr-defined]
            else "end with a flatten and a linear layer with out_features 1"
        )
        message = f"the discriminator ends with {fmt(out)} but must give one real/fake score [1] per image; {fix}"
        last.error = message
        summary.errors.append(
            LayerShapeError(f"{label(last.index, spec.layers[-1])}: {message}", last.index, last.type)
        )
    return summary


def _last_top(summary: NetworkSummary) -> int:
    """Row position of the last top-level layer."""
    return max(i for i, r in enumerate(summary.rows) if r.depth == 0)


def check_gan(experiment: Experiment, info: DataInfo, source: str = "the dataset") -> DataInfo:
    """Everything a GAN run needs from its experiment and data, checked before training.

    Args:
        experiment: A ``train.task: generation`` experiment.
        info: The dataset as loaded (its own task, e.g. classification for labelled images).
        source: How messages name the data (e.g. ``builtin:digits`` or its path).

    Returns:
        The generation DataInfo (the images' description with task ``generation``).

    Raises:
        DataError: the data are not images, or a conditional GAN's data have no classes.
        LayerShapeError: the first problem of the generator, else of the discriminator, naming the layer.
    """
    gan_info = generation_info(info, source)
    problem = summarize_gan(experiment, gan_info).problem
    if problem is not None:
        raise problem
    return gan_info


@dataclass
class GanSummary:
    """Both networks of a GAN summarised for the images (what the network editor shows), and the first problem.

    Attributes:
        generator: The generator's summary (input: the latent vector).
        discriminator: The discriminator's summary (input: an image); None when there is no discriminator.
        problem: The first problem of the experiment: a conditional GAN on data without classes (DataError),
            then the generator's first error, then a missing discriminator (SpecError) or its first error; a
            layer's error (LayerShapeError) starts with the network's name. None when both fit.
    """

    generator: NetworkSummary
    discriminator: NetworkSummary | None
    problem: DanluError | None


def summarize_gan(experiment: Experiment, info: DataInfo) -> GanSummary:
    """Both networks' summaries and the first problem of the GAN (see :class:`GanSummary`).

    Args:
        experiment: A generation experiment.
        info: The generation DataInfo (see :func:`generation_info`).
    """
    generator = summarize_generator(experiment, info)
    discriminator = None if experiment.discriminator is None else summarize_discriminator(experiment, info)
    problem: DanluError | None = None
    if experiment.train.gan.conditional and info.num_classes < 2:
        problem = DataError(
            "train.gan.conditional needs a dataset with at least 2 classes; this one has "
            f"{info.num_classes}; turn conditional off"
        )
    elif generator.first_error is not None:
        problem = _prefixed(generator.first_error, "generator")
    elif discriminator is None:
        problem = SpecError(NO_DISCRIMINATOR)
    elif discriminator.first_error is not None:
        problem = _prefixed(discriminator.first_error, "discriminator")
    return GanSummary(generator, discriminator, problem)
