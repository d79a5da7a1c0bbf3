"""Layer specs: a network is a list of these (plain data), never Python code.

Each layer has a ``type`` tag (the discriminator). A ``residual`` layer holds a named sub-list whose output
is added to its input. Shapes are per sample (no batch axis): images ``[C, H, W]``, sequences ``[T, F]``
(time first, features last), token sequences ``[T]`` (int64), vectors ``[F]``.
"""

from __future__ import annotations

from typing import Annotated, Literal, Union

from pydantic import Field

from models.spec.backbones import ArchName
from models.spec.base import StrictModel

InitName = Literal["default", "xavier_uniform", "xavier_normal", "kaiming_uniform", "kaiming_normal", "orthogonal"]


class LayerBase(StrictModel):
    """Fields every layer has."""

    name: str | None = Field(default=None, description="Optional label shown in the editor and errors.")
    init: InitName | None = Field(default=None, description="Per-layer weight initialisation override.")


class Linear(LayerBase):
    type: Literal["linear"] = "linear"
    out_features: int = Field(64, ge=1)
    bias: bool = True


class _Conv(LayerBase):
    out_channels: int = Field(32, ge=1)
    kernel_size: int = Field(3, ge=1)
    stride: int = Field(1, ge=1)
    padding: int | Literal["same"] = 0
    dilation: int = Field(1, ge=1)
    bias: bool = True


class Conv1d(_Conv):
    type: Literal["conv1d"] = "conv1d"


class Conv2d(_Conv):
    type: Literal["conv2d"] = "conv2d"


class ConvTranspose2d(LayerBase):
    """Transposed convolution: grows a ``[C, H, W]`` map; the defaults (kernel 4, stride 2, padding 1) double it."""

    type: Literal["conv_transpose2d"] = "conv_transpose2d"
    out_channels: int = Field(32, ge=1)
    kernel_size: int = Field(4, ge=1)
    stride: int = Field(2, ge=1)
    padding: int = Field(1, ge=0)
    output_padding: int = Field(0, ge=0, description="Extra rows/columns on one side (less than stride).")
    bias: bool = True


class _Pool(LayerBase):
    kernel_size: int = Field(2, ge=1)
    stride: int | None = Field(default=None, ge=1)
    padding: int = Field(0, ge=0)


class MaxPool1d(_Pool):
    type: Literal["maxpool1d"] = "maxpool1d"


class MaxPool2d(_Pool):
    type: Literal["maxpool2d"] = "maxpool2d"


class AvgPool1d(_Pool):
    type: Literal["avgpool1d"] = "avgpool1d"


class AvgPool2d(_Pool):
    type: Literal["avgpool2d"] = "avgpool2d"


class _AdaptivePool(LayerBase):
    output_size: int = Field(1, ge=1)


class AdaptiveAvgPool1d(_AdaptivePool):
    type: Literal["adaptive_avgpool1d"] = "adaptive_avgpool1d"


class AdaptiveAvgPool2d(_AdaptivePool):
    type: Literal["adaptive_avgpool2d"] = "adaptive_avgpool2d"


class GlobalAvgPool(LayerBase):
    """Average over every axis after the channel axis: ``[C, ...] -> [C]``."""

    type: Literal["global_avgpool"] = "global_avgpool"


class Upsample(LayerBase):
    """Enlarges a ``[C, H, W]`` map by a whole factor, repeating pixels (nearest) or interpolating (bilinear)."""

    type: Literal["upsample"] = "upsample"
    scale_factor: int = Field(2, ge=1, le=16)
    mode: Literal["nearest", "bilinear"] = "nearest"


class Flatten(LayerBase):
    type: Literal["flatten"] = "flatten"


class _BatchNorm(LayerBase):
    momentum: float = Field(0.1, gt=0, le=1)
    eps: float = Field(1e-5, gt=0)


class BatchNorm1d(_BatchNorm):
    type: Literal["batchnorm1d"] = "batchnorm1d"


class BatchNorm2d(_BatchNorm):
    type: Literal["batchnorm2d"] = "batchnorm2d"


class LayerNorm(LayerBase):
    """Normalises the last axis."""

    type: Literal["layernorm"] = "layernorm"
    eps: float = Field(1e-5, gt=0)


class Dropout(LayerBase):
    type: Literal["dropout"] = "dropout"
    p: float = Field(0.5, ge=0, lt=1)


class Dropout2d(LayerBase):
    type: Literal["dropout2d"] = "dropout2d"
    p: float = Field(0.2, ge=0, lt=1)


class ReLU(LayerBase):
    type: Literal["relu"] = "relu"


class LeakyReLU(LayerBase):
    type: Literal["leaky_relu"] = "leaky_relu"
    negative_slope: float = Field(0.01, ge=0)


class ELU(LayerBase):
    type: Literal["elu"] = "elu"
    alpha: float = Field(1.0, gt=0)


class GELU(LayerBase):
    type: Literal["gelu"] = "gelu"


class SiLU(LayerBase):
    type: Literal["silu"] = "silu"


class Sigmoid(LayerBase):
    type: Literal["sigmoid"] = "sigmoid"


class Tanh(LayerBase):
    type: Literal["tanh"] = "tanh"


class Softmax(LayerBase):
    """Explicit output activation. Losses expect logits, so only use it as the very last layer."""

    type: Literal["softmax"] = "softmax"


class Embedding(LayerBase):
    """Token ids ``[T]`` -> vectors ``[T, embedding_dim]``. ``num_embeddings`` None = the data's vocabulary."""

    type: Literal["embedding"] = "embedding"
    num_embeddings: int | None = Field(default=None, ge=2)
    embedding_dim: int = Field(64, ge=1)


class _Recurrent(LayerBase):
    hidden_size: int = Field(64, ge=1)
    num_layers: int = Field(1, ge=1)
    bidirectional: bool = False
    dropout: float = Field(0.0, ge=0, lt=1)
    output: Literal["sequence", "last"] = "last"


class RNN(_Recurrent):
    type: Literal["rnn"] = "rnn"


class LSTM(_Recurrent):
    type: Literal["lstm"] = "lstm"


class GRU(_Recurrent):
    type: Literal["gru"] = "gru"


class SelfAttention(LayerBase):
    """Multi-head self-attention over ``[T, F]`` (F must be divisible by ``num_heads``)."""

    type: Literal["self_attention"] = "self_attention"
    num_heads: int = Field(4, ge=1)
    dropout: float = Field(0.0, ge=0, lt=1)


class PositionalEncoding(LayerBase):
    """Adds position information to ``[T, F]``: fixed sinusoids or a learned table."""

    type: Literal["positional_encoding"] = "positional_encoding"
    kind: Literal["sinusoidal", "learned"] = "sinusoidal"
    max_len: int = Field(2048, ge=1)
    dropout: float = Field(0.0, ge=0, lt=1)


class TransformerEncoder(LayerBase):
    """``num_layers`` Transformer encoder layers over ``[T, d_model]`` (d_model = the input's last axis)."""

    type: Literal["transformer_encoder"] = "transformer_encoder"
    num_heads: int = Field(4, ge=1)
    dim_feedforward: int = Field(128, ge=1)
    dropout: float = Field(0.1, ge=0, lt=1)
    num_layers: int = Field(1, ge=1)
    activation: Literal["relu", "gelu"] = "gelu"


class SequencePool(LayerBase):
    """``[T, F] -> [F]`` by mean, max, or the last step."""

    type: Literal["sequence_pool"] = "sequence_pool"
    mode: Literal["mean", "max", "last"] = "mean"


class Reshape(LayerBase):
    """Reshape each sample; one entry may be -1."""

    type: Literal["reshape"] = "reshape"
    shape: list[int] = Field(default_factory=lambda: [-1])


class Permute(LayerBase):
    """Reorder the per-sample axes (no batch axis), e.g. ``[1, 0]`` turns ``[T, F]`` into ``[F, T]``."""

    type: Literal["permute"] = "permute"
    dims: list[int] = Field(default_factory=lambda: [1, 0])


class Backbone(LayerBase):
    """A torchvision image network without its ImageNet head: ``[3, H, W] -> [features]`` (after global pooling).

    ``weights`` is ``none`` (random initialisation), a local ``.pth``/``.safetensors`` file or the name of a
    file in the weights library; nothing is ever downloaded. ``freeze`` keeps the stem and stages 0..K (or
    ``all``/``none``) fixed, with their batch-norm statistics; the backbone learns at ``lr x lr_factor``, and
    ``unfreeze_every`` N epochs the deepest frozen stage starts learning too (0 = never).
    """

    type: Literal["backbone"] = "backbone"
    arch: ArchName = "resnet18"
    weights: str = Field("none", min_length=1)
    freeze: Literal["all", "none"] | Annotated[int, Field(ge=0, le=4)] = "none"
    lr_factor: float = Field(0.1, gt=0, le=1)
    unfreeze_every: int = Field(0, ge=0)


class Residual(LayerBase):
    """A named block whose output is added to its input (1x1 projection when the shapes differ)."""

    type: Literal["residual"] = "residual"
    layers: list[LayerSpec] = Field(default_factory=list)


LayerSpec = Annotated[
    Union[  # noqa: UP007 - pydantic's discriminated union reads clearer this way
        Linear,
        Conv1d,
        Conv2d,
        ConvTranspose2d,
        MaxPool1d,
        MaxPool2d,
        AvgPool1d,
        AvgPool2d,
        AdaptiveAvgPool1d,
        AdaptiveAvgPool2d,
        GlobalAvgPool,
        Upsample,
        Flatten,
        BatchNorm1d,
        BatchNorm2d,
        LayerNorm,
        Dropout,
        Dropout2d,
        ReLU,
        LeakyReLU,
        ELU,
        GELU,
        SiLU,
        Sigmoid,
        Tanh,
        Softmax,
        Embedding,
        RNN,
        LSTM,
        GRU,
        SelfAttention,
        PositionalEncoding,
        TransformerEncoder,
        SequencePool,
        Reshape,
        Permute,
        Backbone,
        Residual,
    ],
    Field(discriminator="type"),
]
Residual.model_rebuild()

#: Every layer class by its ``type`` tag, in catalogue order.
LAYER_CLASSES: dict[str, type[LayerBase]] = {
    cls.model_fields["type"].default: cls
    for cls in LayerSpec.__origin__.__args__  # type: ignore[attr-defined]
}
LAYER_TYPES: tuple[str, ...] = tuple(LAYER_CLASSES)


class NetworkSpec(StrictModel):
    """An ordered list of layers plus the network-wide initialisation.

    Attributes:
        template: Name of the template it came from (informational; the layers are the truth).
        layers: The layers, applied in order.
        init: Weight initialisation for every layer without its own ``init``.
        zero_bias: Set every bias to zero after initialisation.
        init_from: A run folder: before training, every layer whose name and shape match is loaded from
            that run's ``best.ckpt`` (the others keep their initialisation).
    """

    template: str | None = None
    layers: list[LayerSpec] = Field(default_factory=list)
    init: InitName = "default"
    zero_bias: bool = False
    init_from: str | None = None
