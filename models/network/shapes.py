"""The vocabulary of shape inference: flows, results, errors, shared checks and residual projections.

A :class:`Flow` is what passes between two layers, per sample: shape, dtype and axis layout. The layout
tag catches the classic silent mistake: sequences are time first ``[T, F]`` while conv1d and its pools
want channels first ``[C, L]``; both are 2-D, so shapes alone cannot tell them apart. The per-layer rules
live in :mod:`models.network.rules`; a rule raises :class:`ShapeRuleError`, which may carry the output
flow when the shape is still known (e.g. attention heads that do not divide F) so checking can go on.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from models.data.base import DataInfo

Layout = Literal["channels_first", "time_first", "vector"] | None
Shape = tuple[int, ...]

#: Gate count of each recurrent cell: a vanilla RNN has one weight block, an LSTM four, a GRU three.
RECURRENT_GATES = {"rnn": 1, "lstm": 4, "gru": 3}


@dataclass(frozen=True)
class Flow:
    """What flows between two layers, per sample: shape, dtype and which axis is which."""

    shape: Shape
    dtype: Literal["float32", "int64"] = "float32"
    layout: Layout = None


@dataclass(frozen=True)
class Inferred:
    """A layer's output and cost (``frozen``: parameters the optimiser leaves alone)."""

    flow: Flow
    params: int = 0
    macs: int = 0
    frozen: int = 0


class ShapeRuleError(Exception):
    """A layer cannot take its input; ``flow`` is the output when it is still known, else None."""

    def __init__(self, message: str, flow: Flow | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.flow = flow


def fmt(shape: Shape | None) -> str:
    """``[32, 4, 4]``: how shapes appear in messages and tables."""
    return "?" if shape is None else "[" + ", ".join(str(s) for s in shape) + "]"


def input_flow(info: DataInfo) -> Flow:
    """The flow entering the first layer, from the dataset."""
    layout: Layout = {
        "image": "channels_first",
        "sequence": "time_first",
        "forecast": "time_first",
        "tabular": "vector",
        "text": "time_first",
    }.get(info.modality)
    return Flow(tuple(int(s) for s in info.input_shape), info.input_dtype, layout)


# ----------------------------------------------------------------------------------------------- helpers


def need_ndim(flow: Flow, ndim: int, what: str, hint: str) -> None:
    if len(flow.shape) != ndim:
        raise ShapeRuleError(f"expects {what} but receives {fmt(flow.shape)}; {hint}")


def need_channels_first(flow: Flow, what: str) -> None:
    if flow.layout == "time_first" and len(flow.shape) == 2:
        raise ShapeRuleError(
            f"expects {what} but receives a time-first sequence [T, F] = {fmt(flow.shape)}; "
            "insert a permute with dims [1, 0] before it"
        )


def need_time_first(flow: Flow, alt: str = "") -> None:
    need_ndim(flow, 2, "a sequence [T, F]", seq_hint(flow))
    if flow.layout == "channels_first":
        raise ShapeRuleError(
            f"expects a time-first sequence [T, F] but receives a channels-first map [C, L] = "
            f"{fmt(flow.shape)}; insert a permute with dims [1, 0] before it{alt}"
        )


def seq_hint(flow: Flow) -> str:
    if len(flow.shape) == 1:
        return "insert a reshape to [T, F] (e.g. [-1, 1]) before it"
    return "insert a reshape or permute so that it becomes [T, F] (time first, features last)"


def out_len(n: int, k: int, s: int, p: int, d: int, what: str) -> int:
    span = d * (k - 1) + 1
    out = (n + 2 * p - span) // s + 1
    if out < 1:
        raise ShapeRuleError(
            f"a window of {span} does not fit the input size {n} (padding {p}); "
            f"lower kernel_size{' or dilation' if d > 1 else ''}, add padding, or remove a "
            f"pooling/stride earlier in the network ({what})"
        )
    return out


def prod(xs: Shape) -> int:
    return math.prod(xs) if xs else 1


# ----------------------------------------------------------------------------------------- residual add


@dataclass(frozen=True)
class Projection:
    """The 1x1 projection that lets a residual block add its input to an output of another shape."""

    kind: Literal["conv1d", "conv2d", "linear"]
    in_channels: int
    out_channels: int
    stride: int = 1
    params: int = 0
    macs: int = 0


def plan_projection(inp: Flow, out: Flow) -> Projection | None:
    """None when the shapes already match; raises ShapeRuleError when no 1x1 projection can match them."""
    if inp.shape == out.shape:
        return None
    a, b = inp.shape, out.shape
    why = f"its layers turn {fmt(a)} into {fmt(b)} and no 1x1 projection can map one onto the other"
    if len(a) != len(b):
        raise ShapeRuleError(
            f"{why}; keep the number of axes the same inside the block (no flatten or pooling to a vector)"
        )
    if len(a) == 1:
        return Projection("linear", a[0], b[0], 1, a[0] * b[0], a[0] * b[0])
    if len(a) == 2 and out.layout == "time_first" and inp.layout != "channels_first":
        if a[0] != b[0]:
            raise ShapeRuleError(f"{why}; keep the number of time steps ({a[0]}) the same inside the block")
        return Projection("linear", a[1], b[1], 1, a[1] * b[1], a[0] * a[1] * b[1])
    if len(a) in (2, 3):
        for s in range(1, max(a[1:]) + 1):
            if all((n - 1) // s + 1 == m for n, m in zip(a[1:], b[1:])):
                w = a[0] * b[0]
                return Projection("conv1d" if len(a) == 2 else "conv2d", a[0], b[0], s, w, w * prod(b[1:]))
        raise ShapeRuleError(f"{why}; the spatial size must shrink by a whole stride (e.g. 8 -> 4 with stride 2)")
    raise ShapeRuleError(f"{why}; residual blocks work on vectors, [C, L] and [C, H, W] maps")
