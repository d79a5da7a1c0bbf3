"""What a pretrained backbone expects from its images, written into the data spec.

A backbone was trained on RGB images normalised with ImageNet's mean and std; its input size is free but
defaults to the 224x224 of its ImageNet training. Writing these into ``data.image`` (rather than converting
at run time) means training, prediction, the export sidecar and the GUI all read one truth.
"""

from __future__ import annotations

from collections.abc import Iterator

from models.spec.backbones import DEFAULT_SIZE, IMAGENET_MEAN, IMAGENET_STD, MIN_SIZE
from models.spec.data import DataSpec
from models.spec.network import Backbone, LayerBase, NetworkSpec

#: Sources whose images Danlu decodes itself (the built-in sets have a fixed shape).
IMAGE_SOURCES = ("image_folder", "image_csv")


def backbones(network: NetworkSpec) -> Iterator[tuple[int, Backbone]]:
    """Each top-level backbone layer with its index."""
    for i, layer in enumerate(network.layers):
        if isinstance(layer, Backbone):
            yield i, layer


def first_backbone(network: NetworkSpec) -> Backbone | None:
    return next((layer for _, layer in backbones(network)), None)


def backbone_preprocessing(network: NetworkSpec) -> dict[str, dict[str, object]]:
    """The export sidecar's note on what the network's backbone expects (empty without one)."""
    layer = first_backbone(network)
    if layer is None:
        return {}
    return {
        "backbone": {
            "arch": layer.arch,
            "expects": "RGB, pixels / 255, normalised with ImageNet's mean and std (the mean/std above); any size "
            f"from {MIN_SIZE}x{MIN_SIZE}, trained at the size above",
            "weights": layer.weights,
        }
    }


def with_backbone_input(data: DataSpec, layers: list[LayerBase]) -> DataSpec | None:
    """A copy of ``data`` whose images are what a backbone among ``layers`` expects; None when it already is.

    Channels become 3 and mean/std ImageNet's (pretrained filters only make sense on inputs normalised like
    their training data); the size becomes 224x224 unless the user chose one. ``data`` itself is left alone
    (it may be shared, e.g. by the GUI's data form).
    """
    if data.source not in IMAGE_SOURCES or not any(isinstance(layer, Backbone) for layer in layers):
        return None
    image = data.image
    want = {
        "channels": 3,
        "mean": list(IMAGENET_MEAN),
        "std": list(IMAGENET_STD),
        "size": image.size or [DEFAULT_SIZE, DEFAULT_SIZE],
    }
    if all(getattr(image, k) == v for k, v in want.items()):
        return None
    out = data.model_copy(deep=True)
    for key, value in want.items():
        setattr(out.image, key, value)  # validated assignment
    return out
