"""Shape rule of the ``backbone`` layer: ``[3, H, W] -> [features]``, with parameters, frozen parameters and MACs
from the architecture catalogue (no tensor, no torchvision import)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from models.network.rules import rule
from models.network.shapes import Flow, Inferred, ShapeRuleError, fmt, need_ndim
from models.spec import network as ns
from models.spec.backbones import MIN_SIZE, arch

if TYPE_CHECKING:
    from models.data.base import DataInfo


@rule("backbone")
def _backbone(layer: ns.Backbone, flow: Flow, info: DataInfo) -> Inferred:
    a = arch(layer.arch)
    need_ndim(
        flow,
        3,
        "an image [3, H, W]",
        "a pretrained backbone must be the first layer of a network for image data",
    )
    c, h, w = flow.shape
    if c != 3:
        raise ShapeRuleError(
            f"{a.title} expects RGB images [3, H, W] but receives {fmt(flow.shape)}; set data.image.channels to 3 "
            "(grayscale images are then repeated into three channels), or use a network without a backbone"
        )
    if min(h, w) < MIN_SIZE:
        raise ShapeRuleError(
            f"{a.title} needs images of at least {MIN_SIZE}x{MIN_SIZE} but receives {h}x{w}; set data.image.size "
            f"larger (its ImageNet weights were trained at 224x224), or use lenet or resnet_small for small images"
        )
    frozen = a.frozen_params(layer.freeze)
    return Inferred(Flow((a.features,), "float32", "vector"), a.params, a.macs(h, w), frozen)
