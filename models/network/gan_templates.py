"""GAN templates: a generator and a discriminator shaped for the images (size and channels).

* ``dcgan`` (Radford et al. 2016): a linear layer makes a small map (3x3 to 8x8) that transposed
  convolutions double up to the image size, with batch normalisation and ReLU, and a final convolution and
  tanh; the discriminator halves the image with strided convolutions and leaky ReLU down to the same small
  map, then scores it with a linear layer (no batch normalisation, so every GAN loss and spectral
  normalisation fit it). Images from 8x8 to 64x64 whose sides reach the image size by doubling.
* ``mlp_gan`` (Goodfellow et al. 2014): dense layers only, for tiny images (at most 4096 values).
* ``conditional_dcgan``: ``dcgan`` conditioned on the class (``train.gan.conditional``); the layers are the
  same, the class enters as a learned vector joined to the latent and a learned plane joined to the image.

The generator ends in tanh, so it makes images in [-1, 1]; the GAN task scales real images the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from models.errors import SpecError
from models.spec import network as ns

if TYPE_CHECKING:
    from models.data.base import DataInfo
    from models.spec.data import DataSpec
    from models.spec.experiment import Experiment
    from models.spec.train import TrainSpec

Layers = list[ns.LayerBase]

#: Image sides the DCGAN template reaches, and the most values an image may have for the MLP GAN.
DCGAN_SIDES = (8, 64)
MLP_GAN_MAX_VALUES = 4096


def _doublings(info: DataInfo, name: str) -> tuple[int, int, int]:
    """``(k, h0, w0)``: the image is ``h0 x w0`` doubled ``k`` times, with a start map of 3 to 8 a side."""
    _, h, w = info.input_shape
    lo, hi = DCGAN_SIDES
    advice = "set data.image.size to a size such as [32, 32] (8, 16, 32 or 64 a side)"
    if min(h, w) < lo or max(h, w) > hi:
        raise SpecError(
            f"network.template: {name!r} makes images from {lo}x{lo} to {hi}x{hi}; these are {h}x{w}; {advice}"
        )
    k = 0
    while h % 2 ** (k + 1) == 0 and w % 2 ** (k + 1) == 0 and min(h, w) // 2 ** (k + 1) >= 3:
        k += 1
    h0, w0 = h // 2**k, w // 2**k
    if k == 0 or max(h0, w0) > 8:
        raise SpecError(
            f"network.template: {name!r} doubles a map of at most 8x8 up to the image size, which cannot reach "
            f"{h}x{w}; {advice}"
        )
    return k, h0, w0


def _width(stage: int, k: int, info: DataInfo) -> int:
    """Channels at ``stage`` doublings from the start map: twice as many per halving, up to 256, from 64 at
    the image size (32 for images of at most 16x16, which need fewer filters and train faster on a CPU)."""
    base = 32 if max(info.input_shape[1:]) <= 16 else 64
    return min(256, base * 2 ** (k - stage))


def dcgan_generator(info: DataInfo, name: str = "dcgan") -> Layers:
    c = info.input_shape[0]
    k, h0, w0 = _doublings(info, name)
    top = _width(0, k, info)
    layers: Layers = [
        ns.Linear(out_features=top * h0 * w0, bias=False, name="project"),
        ns.BatchNorm1d(),
        ns.ReLU(),
        ns.Reshape(shape=[top, h0, w0]),
    ]
    for stage in range(1, k + 1):
        layers += [ns.ConvTranspose2d(out_channels=_width(stage, k, info), bias=False), ns.BatchNorm2d(), ns.ReLU()]
    return layers + [ns.Conv2d(out_channels=c, kernel_size=3, padding=1, name="image"), ns.Tanh()]


def dcgan_discriminator(info: DataInfo, name: str = "dcgan") -> Layers:
    k, _, _ = _doublings(info, name)
    layers: Layers = []
    for stage in range(k - 1, -1, -1):
        layers += [
            ns.Conv2d(out_channels=_width(stage, k, info), kernel_size=4, stride=2, padding=1),
            ns.LeakyReLU(negative_slope=0.2),
        ]
    return layers + [
        ns.Conv2d(out_channels=_width(0, k, info), kernel_size=3, padding=1),
        ns.LeakyReLU(negative_slope=0.2),
        ns.Flatten(),
        ns.Linear(out_features=1, name="score"),
    ]


def _mlp_size(info: DataInfo) -> int:
    c, h, w = info.input_shape
    if c * h * w > MLP_GAN_MAX_VALUES:
        raise SpecError(
            f"network.template: 'mlp_gan' is for tiny images (at most {MLP_GAN_MAX_VALUES} values); these are "
            f"{c}x{h}x{w} = {c * h * w}; choose dcgan, or set data.image.size smaller"
        )
    return c * h * w


def mlp_generator(info: DataInfo) -> Layers:
    return [
        ns.Linear(out_features=128),
        ns.LeakyReLU(negative_slope=0.2),
        ns.Linear(out_features=256, bias=False),
        ns.BatchNorm1d(),
        ns.LeakyReLU(negative_slope=0.2),
        ns.Linear(out_features=_mlp_size(info), name="pixels"),
        ns.Tanh(),
        ns.Reshape(shape=list(info.input_shape)),
    ]


def mlp_discriminator(info: DataInfo) -> Layers:
    _mlp_size(info)
    return [
        ns.Flatten(),
        ns.Linear(out_features=256),
        ns.LeakyReLU(negative_slope=0.2),
        ns.Linear(out_features=128),
        ns.LeakyReLU(negative_slope=0.2),
        ns.Linear(out_features=1, name="score"),
    ]


#: name -> (title, description, generator maker, discriminator maker, conditional)
GAN_TEMPLATES: dict[str, tuple[str, str, Callable[[DataInfo], Layers], Callable[[DataInfo], Layers], bool]] = {
    "dcgan": (
        "DCGAN",
        "A generator of transposed convolutions against a strided-convolution discriminator, sized from the "
        "images (8x8 to 64x64, grey or colour).",
        dcgan_generator,
        dcgan_discriminator,
        False,
    ),
    "mlp_gan": (
        "MLP GAN",
        "Dense generator and discriminator for tiny images (up to 4096 values, e.g. 8x8 digits or 64x64 grey).",
        mlp_generator,
        mlp_discriminator,
        False,
    ),
    "conditional_dcgan": (
        "Conditional DCGAN",
        "DCGAN told which class to draw: a learned class vector joins the latent and a class plane joins the "
        "discriminator's input (needs a dataset with classes).",
        lambda info: dcgan_generator(info, "conditional_dcgan"),
        lambda info: dcgan_discriminator(info, "conditional_dcgan"),
        True,
    ),
}


def default_gan_template(info: DataInfo) -> str:
    """The GAN template a generation experiment starts with: ``dcgan`` where it reaches the image size, else
    ``mlp_gan`` for tiny images.

    Raises:
        SpecError: neither fits (the DCGAN's message: which sizes work and how to resize).
    """
    try:
        _doublings(info, "dcgan")
        return "dcgan"
    except SpecError:
        if info.input_shape[0] * info.input_shape[1] * info.input_shape[2] <= MLP_GAN_MAX_VALUES:
            return "mlp_gan"
        raise


def make_discriminator(name: str, info: DataInfo) -> ns.NetworkSpec:
    """The discriminator of GAN template ``name`` for image data ``info``."""
    return ns.NetworkSpec(template=name, layers=GAN_TEMPLATES[name][3](info))


def is_conditional(name: str) -> bool:
    return name in GAN_TEMPLATES and GAN_TEMPLATES[name][4]


def gan_networks(template: str, info: DataInfo) -> tuple[ns.NetworkSpec, ns.NetworkSpec]:
    """The generator and the discriminator of GAN template ``template`` for the images described by ``info``.

    Args:
        template: A name of :data:`GAN_TEMPLATES`.
        info: The dataset as loaded (its own task, e.g. classification for labelled images).

    Raises:
        DataError: the data are not images, or a conditional template's data have no classes.
        SpecError: the template cannot reach the image size.
    """
    from models.network.gan import generation_info
    from models.network.templates import make_template

    gan_info = generation_info(info)
    if is_conditional(template) and gan_info.num_classes < 2:
        from models.errors import DataError

        raise DataError(
            f"network.template: {template!r} draws a chosen class, but this dataset has no classes; choose dcgan"
        )
    return make_template(template, gan_info), make_discriminator(template, gan_info)


def gan_experiment(data: DataSpec, info: DataInfo, template: str, name: str | None, train: TrainSpec) -> Experiment:
    """A ready generation experiment: the template's two networks for the images described by ``info``.

    Raises:
        DataError: the data are not images, or a conditional template's data have no classes.
        SpecError: the template cannot reach the image size.
    """
    from models.spec.experiment import Experiment

    network, discriminator = gan_networks(template, info)
    gan = train.gan.model_copy(update={"conditional": is_conditional(template)})
    return Experiment(
        name=name or f"{(data.name or 'images')}-{template}",
        data=data,
        network=network,
        discriminator=discriminator,
        train=train.model_copy(update={"gan": gan}),
    )
