"""The shape rule of every layer type: output flow, parameter count and MACs, from the input flow alone.

Each rule raises :class:`ShapeRuleError` with what it expects, what it receives and what to do; the summary
adds the ``layer 4 (linear):`` prefix. Residual blocks are walked by the summary itself.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from models.network.shapes import (
    RECURRENT_GATES,
    Flow,
    Inferred,
    Layout,
    ShapeRuleError,
    fmt,
    need_channels_first,
    need_ndim,
    need_time_first,
    out_len,
    prod,
)
from models.spec import network as ns

if TYPE_CHECKING:
    from models.data.base import DataInfo

RULES: dict[str, Callable[[ns.LayerBase, Flow, DataInfo], Inferred]] = {}


def rule(*types: str) -> Callable:
    def register(fn: Callable) -> Callable:
        for t in types:
            RULES[t] = fn
        return fn

    return register


def infer(layer: ns.LayerBase, flow: Flow, info: DataInfo) -> Inferred:
    """Apply the rule of ``layer`` (not residual; the summary walks blocks itself)."""
    if flow.dtype == "int64" and layer.type != "embedding":  # type: ignore[attr-defined]
        raise ShapeRuleError(
            f"receives token ids {fmt(flow.shape)} (whole numbers), which only an embedding "
            "can take; start the network with an embedding layer"
        )
    return RULES[layer.type](layer, flow, info)  # type: ignore[attr-defined]


# ------------------------------------------------------------------------------------------------- rules


@rule("linear")
def _linear(layer: ns.Linear, flow: Flow, info: DataInfo) -> Inferred:
    if len(flow.shape) not in (1, 2):
        raise ShapeRuleError(
            f"expects a vector [F] but receives {fmt(flow.shape)}; insert a flatten or global_avgpool before it"
        )
    fin, fout = flow.shape[-1], layer.out_features
    shape = (*flow.shape[:-1], fout)
    params = fin * fout + (fout if layer.bias else 0)
    return Inferred(replace(flow, shape=shape), params, prod(flow.shape[:-1]) * fin * fout)


def _conv(layer: ns.Conv1d | ns.Conv2d, flow: Flow, nd: int) -> Inferred:
    if nd == 1:
        need_ndim(
            flow,
            2,
            "a channels-first map [C, L]",
            "insert a reshape to [1, -1] before it"
            if len(flow.shape) == 1
            else "use conv2d for images, or flatten/reshape first",
        )
        need_channels_first(flow, "a channels-first map [C, L]")
    else:
        hint = {
            1: "insert a reshape to [C, H, W] before it, or use linear layers for vectors",
            2: "use conv1d for [C, L] maps, or reshape to [C, H, W] first",
        }.get(len(flow.shape), "reshape to [C, H, W] first")
        need_ndim(flow, 3, "an image-like map [C, H, W]", hint)
    k, s, d = layer.kernel_size, layer.stride, layer.dilation
    if layer.padding == "same":
        if s != 1:
            raise ShapeRuleError(
                f"padding 'same' only works with stride 1 (stride is {s}); set stride to 1 or "
                f"padding to a number such as {d * (k - 1) // 2}"
            )
        spatial = flow.shape[1:]
    else:
        spatial = tuple(out_len(n, k, s, layer.padding, d, f"kernel_size {k}, stride {s}") for n in flow.shape[1:])
    cin, cout = flow.shape[0], layer.out_channels
    weights = cout * cin * k**nd
    out = (cout, *spatial)
    return Inferred(
        Flow(out, "float32", "channels_first"), weights + (cout if layer.bias else 0), weights * prod(spatial)
    )


@rule("conv1d")
def _conv1d(layer: ns.Conv1d, flow: Flow, info: DataInfo) -> Inferred:
    return _conv(layer, flow, 1)


@rule("conv2d")
def _conv2d(layer: ns.Conv2d, flow: Flow, info: DataInfo) -> Inferred:
    return _conv(layer, flow, 2)


def _need_image_map(flow: Flow) -> None:
    hint = {
        1: "insert a reshape to [C, H, W] before it (e.g. after the first linear layer of a generator)",
        2: "it works on [C, H, W] maps; reshape to [C, H, W] first",
    }.get(len(flow.shape), "reshape to [C, H, W] first")
    need_ndim(flow, 3, "an image-like map [C, H, W]", hint)


@rule("conv_transpose2d")
def _conv_transpose2d(layer: ns.ConvTranspose2d, flow: Flow, info: DataInfo) -> Inferred:
    _need_image_map(flow)
    k, s, p, op = layer.kernel_size, layer.stride, layer.padding, layer.output_padding
    if op >= s:
        raise ShapeRuleError(f"output_padding {op} must be smaller than stride {s}; lower output_padding to {s - 1}")
    spatial = tuple((n - 1) * s - 2 * p + k + op for n in flow.shape[1:])
    if min(spatial) < 1:
        raise ShapeRuleError(
            f"padding {p} removes more than the kernel adds (output size {fmt(spatial)}); lower padding or "
            "raise kernel_size"
        )
    cin, cout = flow.shape[0], layer.out_channels
    weights = cin * cout * k * k
    # Every input pixel is multiplied into a k x k patch of every output channel.
    return Inferred(
        Flow((cout, *spatial), "float32", "channels_first"),
        weights + (cout if layer.bias else 0),
        weights * prod(flow.shape[1:]),
    )


@rule("upsample")
def _upsample(layer: ns.Upsample, flow: Flow, info: DataInfo) -> Inferred:
    _need_image_map(flow)
    f = layer.scale_factor
    out = (flow.shape[0], *(n * f for n in flow.shape[1:]))
    # Bilinear interpolation blends four neighbours per output value; nearest only copies.
    return Inferred(Flow(out, "float32", "channels_first"), 0, 4 * prod(out) if layer.mode == "bilinear" else 0)


def _pool(layer: ns.MaxPool1d, flow: Flow, nd: int) -> Inferred:
    if nd == 1:
        need_ndim(
            flow,
            2,
            "a channels-first map [C, L]",
            "use maxpool2d/avgpool2d for images, or reshape first"
            if len(flow.shape) == 3
            else "pooling needs a [C, L] map; reshape to [1, -1] first",
        )
        need_channels_first(flow, "a channels-first map [C, L]")
    else:
        need_ndim(
            flow,
            3,
            "an image-like map [C, H, W]",
            "use the 1d pools for [C, L] maps"
            if len(flow.shape) == 2
            else "pooling needs a [C, H, W] map; reshape first",
        )
    k, p = layer.kernel_size, layer.padding
    s = layer.stride or k
    if 2 * p > k:
        raise ShapeRuleError(f"padding {p} is more than half of kernel_size {k}; lower padding to at most {k // 2}")
    spatial = tuple(out_len(n, k, s, p, 1, f"kernel_size {k}, stride {s}") for n in flow.shape[1:])
    out = (flow.shape[0], *spatial)
    return Inferred(Flow(out, "float32", "channels_first"), 0, prod(out) * k**nd)


@rule("maxpool1d", "avgpool1d")
def _pool1d(layer: ns.MaxPool1d, flow: Flow, info: DataInfo) -> Inferred:
    return _pool(layer, flow, 1)


@rule("maxpool2d", "avgpool2d")
def _pool2d(layer: ns.MaxPool2d, flow: Flow, info: DataInfo) -> Inferred:
    return _pool(layer, flow, 2)


@rule("adaptive_avgpool1d")
def _adaptive1d(layer: ns.AdaptiveAvgPool1d, flow: Flow, info: DataInfo) -> Inferred:
    need_ndim(flow, 2, "a channels-first map [C, L]", "use adaptive_avgpool2d for images")
    need_channels_first(flow, "a channels-first map [C, L]")
    return Inferred(Flow((flow.shape[0], layer.output_size), "float32", "channels_first"), 0, prod(flow.shape))


@rule("adaptive_avgpool2d")
def _adaptive2d(layer: ns.AdaptiveAvgPool2d, flow: Flow, info: DataInfo) -> Inferred:
    need_ndim(flow, 3, "an image-like map [C, H, W]", "use adaptive_avgpool1d for [C, L] maps")
    o = layer.output_size
    return Inferred(Flow((flow.shape[0], o, o), "float32", "channels_first"), 0, prod(flow.shape))


@rule("global_avgpool")
def _global_avgpool(layer: ns.GlobalAvgPool, flow: Flow, info: DataInfo) -> Inferred:
    if len(flow.shape) < 2:
        raise ShapeRuleError(
            f"expects a map [C, ...] but receives the vector {fmt(flow.shape)}, which has "
            "nothing left to average; remove it"
        )
    if flow.layout == "time_first":
        raise ShapeRuleError(
            f"would average the features of the time-first sequence {fmt(flow.shape)} "
            "instead of its time steps; use sequence_pool, or permute [1, 0] first"
        )
    return Inferred(Flow((flow.shape[0],), "float32", "vector"), 0, prod(flow.shape))


@rule("flatten")
def _flatten(layer: ns.Flatten, flow: Flow, info: DataInfo) -> Inferred:
    return Inferred(Flow((prod(flow.shape),), "float32", "vector"))


@rule("batchnorm1d")
def _batchnorm1d(layer: ns.BatchNorm1d, flow: Flow, info: DataInfo) -> Inferred:
    if len(flow.shape) not in (1, 2):
        raise ShapeRuleError(
            f"expects a vector [F] or a map [C, L] but receives {fmt(flow.shape)}; use batchnorm2d for [C, H, W] maps"
        )
    if flow.layout == "time_first" and len(flow.shape) == 2:
        raise ShapeRuleError(
            f"expects a vector [F] or a channels-first map [C, L] but receives a time-first "
            f"sequence {fmt(flow.shape)}; use layernorm for sequences, or permute [1, 0] first",
            flow,
        )
    return Inferred(flow, 2 * flow.shape[0], 2 * prod(flow.shape))


@rule("batchnorm2d")
def _batchnorm2d(layer: ns.BatchNorm2d, flow: Flow, info: DataInfo) -> Inferred:
    need_ndim(flow, 3, "an image-like map [C, H, W]", "use batchnorm1d for vectors and [C, L] maps")
    return Inferred(flow, 2 * flow.shape[0], 2 * prod(flow.shape))


@rule("layernorm")
def _layernorm(layer: ns.LayerNorm, flow: Flow, info: DataInfo) -> Inferred:
    return Inferred(flow, 2 * flow.shape[-1], 2 * prod(flow.shape))


@rule("dropout", "relu", "leaky_relu", "elu", "gelu", "silu", "sigmoid", "tanh", "softmax")
def _elementwise(layer: ns.LayerBase, flow: Flow, info: DataInfo) -> Inferred:
    cost = 0 if layer.type in ("dropout", "relu") else prod(flow.shape)  # type: ignore[attr-defined]
    return Inferred(flow, 0, cost)


@rule("dropout2d")
def _dropout2d(layer: ns.Dropout2d, flow: Flow, info: DataInfo) -> Inferred:
    if len(flow.shape) != 3:
        raise ShapeRuleError(
            f"drops whole channels of a [C, H, W] map but receives {fmt(flow.shape)}; use dropout instead", flow
        )
    return Inferred(flow)


@rule("embedding")
def _embedding(layer: ns.Embedding, flow: Flow, info: DataInfo) -> Inferred:
    if flow.dtype != "int64":
        raise ShapeRuleError(
            f"expects token ids (whole numbers) but receives real values {fmt(flow.shape)}; "
            "an embedding only fits text data (remove it, or use linear to project features)"
        )
    vocab = layer.num_embeddings or info.vocab_size
    if vocab is None:
        raise ShapeRuleError("the dataset has no vocabulary; set num_embeddings")
    out = Flow((*flow.shape, layer.embedding_dim), "float32", "time_first" if len(flow.shape) == 1 else None)
    if info.vocab_size and vocab < info.vocab_size:
        raise ShapeRuleError(
            f"num_embeddings {vocab} is smaller than the vocabulary ({info.vocab_size} tokens); "
            f"set it to {info.vocab_size} or leave it empty",
            out,
        )
    return Inferred(out, vocab * layer.embedding_dim, 0)


def recurrent_params(kind: str, fin: int, hidden: int, num_layers: int, dirs: int) -> tuple[int, int]:
    """Parameters and per-step MACs of a stacked (bi)RNN/LSTM/GRU (PyTorch layout, two bias vectors)."""
    g = RECURRENT_GATES[kind]
    params = macs = 0
    for i in range(num_layers):
        width = fin if i == 0 else hidden * dirs
        params += dirs * g * (hidden * width + hidden * hidden + 2 * hidden)
        macs += dirs * g * (hidden * width + hidden * hidden)
    return params, macs


@rule("rnn", "lstm", "gru")
def _recurrent(layer: ns.LSTM, flow: Flow, info: DataInfo) -> Inferred:
    need_time_first(flow)
    t, f = flow.shape
    dirs = 2 if layer.bidirectional else 1
    params, step_macs = recurrent_params(layer.type, f, layer.hidden_size, layer.num_layers, dirs)
    width = layer.hidden_size * dirs
    out = (
        Flow((t, width), "float32", "time_first") if layer.output == "sequence" else Flow((width,), "float32", "vector")
    )
    return Inferred(out, params, t * step_macs)


def _heads(flow: Flow, heads: int) -> None:
    f = flow.shape[-1]
    if f % heads:
        ok = [h for h in range(1, min(f, 16) + 1) if f % h == 0]
        raise ShapeRuleError(
            f"{heads} heads do not divide the feature size {f} of {fmt(flow.shape)}; set num_heads "
            f"to one of {', '.join(map(str, ok))}, or project to a multiple of {heads} with a "
            "linear layer first",
            flow,
        )


@rule("self_attention")
def _self_attention(layer: ns.SelfAttention, flow: Flow, info: DataInfo) -> Inferred:
    need_time_first(flow)
    t, f = flow.shape
    _heads(flow, layer.num_heads)
    return Inferred(flow, 4 * f * f + 4 * f, 4 * t * f * f + 2 * t * t * f)


@rule("positional_encoding")
def _positional(layer: ns.PositionalEncoding, flow: Flow, info: DataInfo) -> Inferred:
    need_time_first(flow)
    t, f = flow.shape
    if t > layer.max_len:
        raise ShapeRuleError(
            f"the sequence has {t} steps but max_len is {layer.max_len}; raise max_len to at least {t}", flow
        )
    return Inferred(flow, layer.max_len * f if layer.kind == "learned" else 0, t * f)


def transformer_params(d: int, ff: int, num_layers: int) -> int:
    """Pre-norm encoder layers (attention, two linears, two norms) plus the final LayerNorm."""
    per_layer = (4 * d * d + 4 * d) + (d * ff + ff) + (ff * d + d) + 4 * d
    return num_layers * per_layer + 2 * d


@rule("transformer_encoder")
def _transformer(layer: ns.TransformerEncoder, flow: Flow, info: DataInfo) -> Inferred:
    need_time_first(flow)
    t, d = flow.shape
    _heads(flow, layer.num_heads)
    ff, n = layer.dim_feedforward, layer.num_layers
    return Inferred(flow, transformer_params(d, ff, n), n * (t * (4 * d * d + 2 * d * ff) + 2 * t * t * d))


@rule("sequence_pool")
def _sequence_pool(layer: ns.SequencePool, flow: Flow, info: DataInfo) -> Inferred:
    need_time_first(flow, "; use global_avgpool to average a channels-first map over its length")
    return Inferred(Flow((flow.shape[1],), "float32", "vector"), 0, prod(flow.shape))


@rule("reshape")
def _reshape(layer: ns.Reshape, flow: Flow, info: DataInfo) -> Inferred:
    target = list(layer.shape)
    if not target or any(s == 0 or s < -1 for s in target) or target.count(-1) > 1:
        raise ShapeRuleError(f"shape {target} is not valid: use positive sizes and at most one -1")
    total, known = prod(flow.shape), prod(tuple(s for s in target if s != -1))
    if -1 in target:
        if total % known:
            raise ShapeRuleError(
                f"cannot reshape {fmt(flow.shape)} ({total} values) into {target}: {total} is not divisible by {known}"
            )
        target[target.index(-1)] = total // known
    elif known != total:
        raise ShapeRuleError(
            f"cannot reshape {fmt(flow.shape)} ({total} values) into {fmt(tuple(target))} "
            f"({known} values); make the sizes multiply to {total} or use -1 for one of them"
        )
    layout: Layout = {1: "vector", 3: "channels_first"}.get(len(target))
    return Inferred(Flow(tuple(target), "float32", layout))


@rule("permute")
def _permute(layer: ns.Permute, flow: Flow, info: DataInfo) -> Inferred:
    n = len(flow.shape)
    if sorted(layer.dims) != list(range(n)):
        example = list(range(n))[::-1]
        raise ShapeRuleError(
            f"dims {layer.dims} must reorder the {n} axes of {fmt(flow.shape)} (each of "
            f"{list(range(n))} once, e.g. {example})"
        )
    shape = tuple(flow.shape[d] for d in layer.dims)
    layout = flow.layout
    if layer.dims != list(range(n)):
        layout = {"time_first": "channels_first", "channels_first": "time_first"}.get(layout or "") if n == 2 else None
    return Inferred(Flow(shape, "float32", layout))  # type: ignore[arg-type]


# Layer families with their own module register their rules on import.
from models.network import backbone_rule  # noqa: E402, F401
