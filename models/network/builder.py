"""``build_network``: a NetworkSpec and a DataInfo become a ``torch.nn.Module``, initialised as asked.

The spec is summarised first, so every layer is built from its known input shape and any shape mistake
is raised as the same :class:`ShapeError` the editor shows, before a tensor exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import torch
from torch import nn

from models.network import modules as m
from models.network.shapes import Projection, input_flow
from models.network.summary import LayerRow, NetworkSummary, summarize
from models.spec import network as ns

if TYPE_CHECKING:
    from models.data.base import DataInfo

Shape = tuple[int, ...]
_MAKERS: dict[str, Callable[..., nn.Module]] = {}


def _maker(*types: str) -> Callable:
    def register(fn: Callable) -> Callable:
        for t in types:
            _MAKERS[t] = fn
        return fn

    return register


def _conv_padding(layer: ns.Conv1d | ns.Conv2d) -> int | str:
    # An explicit number exports everywhere; PyTorch's 'same' is only needed for even effective kernels.
    span = layer.dilation * (layer.kernel_size - 1)
    if layer.padding == "same" and span % 2 == 0:
        return span // 2
    return layer.padding


@_maker("linear")
def _linear(layer: ns.Linear, shape: Shape, info: DataInfo) -> nn.Module:
    return nn.Linear(shape[-1], layer.out_features, bias=layer.bias)


@_maker("conv1d", "conv2d")
def _conv(layer: ns.Conv1d, shape: Shape, info: DataInfo) -> nn.Module:
    cls = nn.Conv1d if layer.type == "conv1d" else nn.Conv2d
    return cls(
        shape[0],
        layer.out_channels,
        layer.kernel_size,
        stride=layer.stride,
        padding=_conv_padding(layer),
        dilation=layer.dilation,
        bias=layer.bias,
    )


@_maker("conv_transpose2d")
def _conv_transpose(layer: ns.ConvTranspose2d, shape: Shape, info: DataInfo) -> nn.Module:
    return nn.ConvTranspose2d(
        shape[0],
        layer.out_channels,
        layer.kernel_size,
        stride=layer.stride,
        padding=layer.padding,
        output_padding=layer.output_padding,
        bias=layer.bias,
    )


@_maker("upsample")
def _upsample(layer: ns.Upsample, shape: Shape, info: DataInfo) -> nn.Module:
    if layer.mode == "bilinear":
        return nn.Upsample(scale_factor=layer.scale_factor, mode="bilinear", align_corners=False)
    return nn.Upsample(scale_factor=layer.scale_factor, mode="nearest")


@_maker("maxpool1d", "maxpool2d", "avgpool1d", "avgpool2d")
def _pool(layer: ns.MaxPool1d, shape: Shape, info: DataInfo) -> nn.Module:
    cls = {"maxpool1d": nn.MaxPool1d, "maxpool2d": nn.MaxPool2d, "avgpool1d": nn.AvgPool1d, "avgpool2d": nn.AvgPool2d}[
        layer.type
    ]
    return cls(layer.kernel_size, stride=layer.stride or layer.kernel_size, padding=layer.padding)


@_maker("adaptive_avgpool1d", "adaptive_avgpool2d")
def _adaptive(layer: ns.AdaptiveAvgPool1d, shape: Shape, info: DataInfo) -> nn.Module:
    cls = nn.AdaptiveAvgPool1d if layer.type == "adaptive_avgpool1d" else nn.AdaptiveAvgPool2d
    return cls(layer.output_size)


@_maker("batchnorm1d", "batchnorm2d")
def _batchnorm(layer: ns.BatchNorm1d, shape: Shape, info: DataInfo) -> nn.Module:
    cls = nn.BatchNorm1d if layer.type == "batchnorm1d" else nn.BatchNorm2d
    return cls(shape[0], eps=layer.eps, momentum=layer.momentum)


@_maker("embedding")
def _embedding(layer: ns.Embedding, shape: Shape, info: DataInfo) -> nn.Module:
    # Token id 0 is padding in every Danlu text source: keep its vector at zero and out of training.
    return nn.Embedding(layer.num_embeddings or info.vocab_size, layer.embedding_dim, padding_idx=0)


@_maker("rnn", "lstm", "gru")
def _recurrent(layer: ns.LSTM, shape: Shape, info: DataInfo) -> nn.Module:
    return m.Recurrent(
        layer.type, shape[-1], layer.hidden_size, layer.num_layers, layer.bidirectional, layer.dropout, layer.output
    )


@_maker("transformer_encoder")
def _transformer(layer: ns.TransformerEncoder, shape: Shape, info: DataInfo) -> nn.Module:
    # Pre-norm layers train stably without warm-up; the final LayerNorm then normalises the output.
    block = nn.TransformerEncoderLayer(
        shape[-1],
        layer.num_heads,
        layer.dim_feedforward,
        layer.dropout,
        activation=layer.activation,
        batch_first=True,
        norm_first=True,
    )
    return nn.TransformerEncoder(block, layer.num_layers, norm=nn.LayerNorm(shape[-1]), enable_nested_tensor=False)


@_maker("backbone")
def _backbone(layer: ns.Backbone, shape: Shape, info: DataInfo) -> nn.Module:
    from models.network.backbone import Backbone  # imports torchvision: only when a network has one

    return Backbone(layer.arch, layer.freeze, layer.lr_factor, layer.unfreeze_every)


_SIMPLE: dict[str, Callable[..., nn.Module]] = {
    "global_avgpool": lambda s, sh: m.GlobalAvgPool(),
    "flatten": lambda s, sh: nn.Flatten(),
    "layernorm": lambda s, sh: nn.LayerNorm(sh[-1], eps=s.eps),
    "dropout": lambda s, sh: nn.Dropout(s.p),
    "dropout2d": lambda s, sh: nn.Dropout2d(s.p),
    "relu": lambda s, sh: nn.ReLU(),
    "leaky_relu": lambda s, sh: nn.LeakyReLU(s.negative_slope),
    "elu": lambda s, sh: nn.ELU(s.alpha),
    "gelu": lambda s, sh: nn.GELU(),
    "silu": lambda s, sh: nn.SiLU(),
    "sigmoid": lambda s, sh: nn.Sigmoid(),
    "tanh": lambda s, sh: nn.Tanh(),
    "softmax": lambda s, sh: nn.Softmax(dim=-1),
    "self_attention": lambda s, sh: m.SelfAttention(sh[-1], s.num_heads, s.dropout),
    "positional_encoding": lambda s, sh: m.PositionalEncoding(sh[-1], s.max_len, s.kind, s.dropout),
    "sequence_pool": lambda s, sh: m.SequencePool(s.mode),
    "permute": lambda s, sh: m.Permute(tuple(s.dims)),
}


def _projection(p: Projection | None) -> nn.Module | None:
    if p is None:
        return None
    if p.kind == "linear":
        return nn.Linear(p.in_channels, p.out_channels, bias=False)
    cls = nn.Conv1d if p.kind == "conv1d" else nn.Conv2d
    return cls(p.in_channels, p.out_channels, 1, stride=p.stride, bias=False)


# -------------------------------------------------------------------------------------------------- init


def _init_weight(w: torch.Tensor, init: str) -> None:
    if init == "xavier_uniform":
        nn.init.xavier_uniform_(w)
    elif init == "xavier_normal":
        nn.init.xavier_normal_(w)
    elif init == "kaiming_uniform":
        nn.init.kaiming_uniform_(w, nonlinearity="relu")
    elif init == "kaiming_normal":
        nn.init.kaiming_normal_(w, nonlinearity="relu")
    elif init == "orthogonal":
        nn.init.orthogonal_(w)


def _init_recurrent(rnn: nn.RNNBase, init: str) -> None:
    """Input weights get ``init`` (xavier for orthogonal); each gate's hidden-to-hidden block is orthogonal
    for ``orthogonal`` so repeated multiplication by it neither explodes nor vanishes."""
    gates = {nn.LSTM: 4, nn.GRU: 3}.get(type(rnn), 1)
    for name, p in rnn.named_parameters():
        if name.startswith("weight_ih"):
            _init_weight(p.data, "xavier_uniform" if init == "orthogonal" else init)
        elif name.startswith("weight_hh"):
            for block in p.data.chunk(gates, 0):
                _init_weight(block, init)


@torch.no_grad()
def apply_init(module: nn.Module, init: str) -> None:
    """Initialise the Linear/Conv/attention/recurrent weights inside one layer's module."""
    if init == "default":
        return
    for sub in module.modules():
        if isinstance(sub, nn.RNNBase):
            _init_recurrent(sub, init)
        elif isinstance(sub, nn.Linear | nn.Conv1d | nn.Conv2d | nn.ConvTranspose2d):
            _init_weight(sub.weight, init)
        elif isinstance(sub, nn.MultiheadAttention) and sub.in_proj_weight is not None:
            _init_weight(sub.in_proj_weight, init)


@torch.no_grad()
def zero_biases(module: nn.Module) -> None:
    """Every bias (linear, conv, norm, recurrent ``bias_ih/hh``, attention ``in_proj_bias``) to zero."""
    for name, p in module.named_parameters():
        if name.rsplit(".", 1)[-1].startswith("bias") or name.endswith("_bias"):
            p.zero_()


# ------------------------------------------------------------------------------------------------- build


class _Builder:
    def __init__(self, summary: NetworkSummary, info: DataInfo) -> None:
        self.rows: dict[str, LayerRow] = {r.index: r for r in summary.rows}
        self.projections = summary.projections
        self.info = info

    def build_list(self, layers: list[ns.LayerBase], prefix: str, inherited: str) -> list[nn.Module]:
        out = []
        for i, layer in enumerate(layers):
            row = self.rows[f"{prefix}{i}"]
            init = layer.init or inherited
            module = self.build_one(layer, row, init)
            # A backbone keeps torchvision's own initialisation (tuned per architecture) or its loaded weights.
            if not isinstance(layer, ns.Residual | ns.Backbone):
                apply_init(module, init)
            out.append(module)
        return out

    def build_one(self, layer: ns.LayerBase, row: LayerRow, init: str) -> nn.Module:
        shape = row.input_shape
        assert shape is not None and row.output_shape is not None  # summary was ok
        kind = layer.type  # type: ignore[attr-defined]
        if isinstance(layer, ns.Residual):
            body = nn.Sequential(*self.build_list(layer.layers, f"{row.index}.", init))
            proj = _projection(self.projections.get(row.index))
            if proj is not None:
                apply_init(proj, init)
            return m.Residual(body, proj)
        if kind == "reshape":
            return m.Reshape(row.output_shape)
        if kind in _SIMPLE:
            return _SIMPLE[kind](layer, shape)
        return _MAKERS[kind](layer, shape, self.info)


def build_network(spec: ns.NetworkSpec, info: DataInfo, check_output: bool = True) -> m.Network:
    """Build the network described by ``spec`` for data described by ``info``.

    The module's ``forward`` takes a batch ``[N, *info.input_shape]`` (float32, or int64 token ids) and
    returns ``[N, info.num_outputs]`` (logits for classification). Weights are initialised with each
    layer's ``init`` (else ``spec.init``; ``default`` keeps PyTorch's own), then biases are zeroed when
    ``spec.zero_bias`` is set.

    Args:
        spec: The network.
        info: The dataset the network is for.
        check_output: Require the output to be ``[info.num_outputs]`` (False for partial networks).

    Raises:
        ShapeError: the first layer whose input does not fit; the message names it, the expected and the
            received shape, and what to do.
    """
    summary = summarize(spec, info, check_output=check_output)
    if summary.first_error is not None:
        raise summary.first_error
    builder = _Builder(summary, info)
    network = m.Network(
        builder.build_list(list(spec.layers), "", spec.init), input_flow(info).shape, info.input_dtype, info.num_outputs
    )
    if spec.zero_bias:
        zero_biases(network)
    return network
