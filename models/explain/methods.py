"""Which part of an input drove a prediction, computed by Captum (no attribution maths of our own).

* Grad-CAM (``LayerGradCam``) on the last convolution of an image network (for a pretrained backbone, its
  last stage), upsampled to the image with ``LayerAttribution.interpolate``.
* Integrated Gradients (``IntegratedGradients``; ``LayerIntegratedGradients`` on the embedding for token ids)
  for every modality: per time step for sequences, per feature for tabular data, per token for text, per
  pixel for images. The baseline is an all-zero input, i.e. the training mean after standardisation (the
  padding token for text).

Every function takes a built network in eval mode and one sample ``x`` (no batch axis) and returns plain numpy.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np
import torch
from torch import nn

from models.errors import DanluError

if TYPE_CHECKING:
    from models.data.base import DataInfo
    from models.spec.network import NetworkSpec

METHODS = ("gradcam", "ig")
METHOD_TITLES = {"gradcam": "Grad-CAM", "ig": "Integrated Gradients"}
#: Integration steps of Integrated Gradients: a smooth path at a modest cost (one batch of this size).
IG_STEPS = 32

_CONV_TYPES = ("conv2d", "residual", "backbone")


class ExplainError(DanluError):
    """A method cannot explain this network or input; the message says which method applies instead."""


@dataclass(frozen=True)
class CamLayer:
    """The layer Grad-CAM weighs: the module and how to name it to a person."""

    module: nn.Module
    label: str


def find_cam_layer(network: nn.Module, spec: NetworkSpec, info: DataInfo) -> CamLayer:
    """The last convolution of an image network whose output still has a spatial map.

    Raises:
        ExplainError: the data are not images, or no layer fits; the message says what applies instead.
    """
    from models.network import summarize

    if info.modality != "image":
        raise ExplainError(
            f"Grad-CAM explains images through a convolution, but this run's data are {info.modality} data; "
            "use Integrated Gradients (--method ig) instead"
        )
    summary = summarize(spec, info)
    for row in reversed([r for r in summary.rows if r.depth == 0]):
        if row.type not in _CONV_TYPES:
            continue
        i = int(row.index)
        if row.type == "backbone":
            module = network[i]
            name = module.arch.cam_module
            return CamLayer(module.cam_layer(), f"layer {i} ({module.arch_name}, {name})")
        shape = row.output_shape or ()
        if len(shape) == 3 and shape[1] * shape[2] > 1:
            return CamLayer(network[i], f"layer {i} ({row.type}, output {list(shape)})")
        if len(shape) == 3:
            raise ExplainError(
                f"Grad-CAM needs a spatial map, but layer {i} ({row.type}), the last convolution, outputs "
                f"{list(shape)} (1x1); use Integrated Gradients (--method ig) instead"
            )
    raise ExplainError(
        "Grad-CAM needs a convolution layer (conv2d, residual block or backbone), and this network has none; "
        "use Integrated Gradients (--method ig) instead"
    )


def available_methods(network: nn.Module, spec: NetworkSpec, info: DataInfo) -> list[str]:
    """The methods that can explain this network, the preferred first."""
    try:
        find_cam_layer(network, spec, info)
    except ExplainError:
        return ["ig"]
    return ["gradcam", "ig"]


def gradcam(network: nn.Module, layer: CamLayer, x: torch.Tensor, target: int) -> np.ndarray:
    """Grad-CAM heat ``[H, W]`` in [0, 1] for class/output ``target``, upsampled to the input's size."""
    from captum.attr import LayerAttribution, LayerGradCam

    batch = x.unsqueeze(0).float().requires_grad_(True)
    cam = LayerGradCam(network, layer.module).attribute(batch, target=target, relu_attributions=True)
    up = LayerAttribution.interpolate(cam.detach(), tuple(x.shape[-2:]), interpolate_mode="bilinear")
    heat = up[0, 0].clamp(min=0).numpy()
    top = float(heat.max())
    return heat / top if top > 0 else heat


def integrated_gradients(network: nn.Module, x: torch.Tensor, target: int) -> np.ndarray:
    """Signed Integrated-Gradients attribution of every input value (the shape of ``x``)."""
    batch = x.unsqueeze(0)
    if batch.dtype == torch.int64:
        return _token_ig(network, batch, target)
    from captum.attr import IntegratedGradients

    batch = batch.float()
    attr = IntegratedGradients(network).attribute(
        batch, baselines=torch.zeros_like(batch), target=target, n_steps=IG_STEPS, internal_batch_size=IG_STEPS
    )
    return attr.detach()[0].numpy()


def _token_ig(network: nn.Module, batch: torch.Tensor, target: int) -> np.ndarray:
    """Per-token attribution: Integrated Gradients on the embedding's output, summed over its dimensions."""
    from captum.attr import LayerIntegratedGradients

    embedding = next((m for m in network.modules() if isinstance(m, nn.Embedding)), None)
    if embedding is None:
        raise ExplainError("token inputs need an embedding layer to explain, and this network has none")
    attr = LayerIntegratedGradients(network, embedding).attribute(
        batch, baselines=torch.zeros_like(batch), target=target, n_steps=IG_STEPS, internal_batch_size=IG_STEPS
    )
    return attr.detach()[0].sum(-1).numpy()
