"""The few ``nn.Module`` classes the catalogue needs beyond ``torch.nn``.

Every ``forward`` works on a batch ``[N, *per_sample_shape]`` and has no data-dependent Python branching
(options are fixed at construction), so the modules trace with ``torch.jit.trace`` and export to ONNX.
All classes live at module level so a built network pickles and deep-copies.
"""

from __future__ import annotations

import math
from typing import Literal

import torch
from torch import nn


class Network(nn.Sequential):
    """The built network: its children ``"0"``, ``"1"``, ... are the spec's layers in order.

    Attributes:
        input_shape: Per-sample input shape the network was built for.
        input_dtype: ``float32``, or ``int64`` for token ids.
        num_outputs: Size of the output vector.
    """

    def __init__(
        self, layers: list[nn.Module], input_shape: tuple[int, ...], input_dtype: str, num_outputs: int
    ) -> None:
        super().__init__(*layers)
        self.input_shape = tuple(input_shape)
        self.input_dtype = input_dtype
        self.num_outputs = num_outputs

    def example_input(self, batch: int = 2) -> torch.Tensor:
        """A zero batch of the right shape and dtype (for tracing, export and smoke tests)."""
        dtype = torch.int64 if self.input_dtype == "int64" else torch.float32
        return torch.zeros((batch, *self.input_shape), dtype=dtype)


class GlobalAvgPool(nn.Module):
    """``[N, C, ...] -> [N, C]``: the mean over every axis after the channels."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.flatten(2).mean(2)


class SequencePool(nn.Module):
    """``[N, T, F] -> [N, F]`` by mean, max or the last step."""

    def __init__(self, mode: Literal["mean", "max", "last"] = "mean") -> None:
        super().__init__()
        self.mode = mode

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.mode == "max":
            return x.amax(1)
        if self.mode == "last":
            return x[:, -1]
        return x.mean(1)

    def extra_repr(self) -> str:
        return f"mode={self.mode!r}"


class Reshape(nn.Module):
    """Reshape each sample to ``shape`` (fully resolved at build time, no -1); the batch axis is kept."""

    def __init__(self, shape: tuple[int, ...]) -> None:
        super().__init__()
        self.shape = tuple(shape)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.reshape((x.shape[0], *self.shape))

    def extra_repr(self) -> str:
        return f"shape={list(self.shape)}"


class Permute(nn.Module):
    """Reorder the per-sample axes; ``dims`` count from the first axis after the batch."""

    def __init__(self, dims: tuple[int, ...]) -> None:
        super().__init__()
        self.dims = tuple(dims)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x.permute((0, *(d + 1 for d in self.dims)))

    def extra_repr(self) -> str:
        return f"dims={list(self.dims)}"


class Recurrent(nn.Module):
    """A batch-first RNN/LSTM/GRU returning the whole sequence or the final state.

    For a bidirectional ``last`` output, the forward direction's final state is its last step and the
    backward direction's final state is its *first* step (it has read the whole sequence by then); the two
    are concatenated, which equals ``torch.cat([h_n[-2], h_n[-1]], -1)``.
    """

    def __init__(
        self,
        kind: Literal["rnn", "lstm", "gru"],
        input_size: int,
        hidden_size: int,
        num_layers: int,
        bidirectional: bool,
        dropout: float,
        output: Literal["sequence", "last"],
    ) -> None:
        super().__init__()
        cls = {"rnn": nn.RNN, "lstm": nn.LSTM, "gru": nn.GRU}[kind]
        # PyTorch warns when dropout is set on a single layer: it only acts between stacked layers.
        self.rnn = cls(
            input_size,
            hidden_size,
            num_layers=num_layers,
            batch_first=True,
            bidirectional=bidirectional,
            dropout=dropout if num_layers > 1 else 0.0,
        )
        self.hidden_size = hidden_size
        self.bidirectional = bidirectional
        self.output = output

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.rnn(x)[0]
        if self.output == "sequence":
            return out
        if self.bidirectional:
            h = self.hidden_size
            return torch.cat([out[:, -1, :h], out[:, 0, h:]], dim=-1)
        return out[:, -1]

    def extra_repr(self) -> str:
        return f"output={self.output!r}"


class SelfAttention(nn.Module):
    """Multi-head self-attention over ``[N, T, F]`` (queries, keys and values are the input)."""

    def __init__(self, embed_dim: int, num_heads: int, dropout: float) -> None:
        super().__init__()
        self.attn = nn.MultiheadAttention(embed_dim, num_heads, dropout=dropout, batch_first=True)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.attn(x, x, x, need_weights=False)[0]


class PositionalEncoding(nn.Module):
    """Adds position information to ``[N, T, F]``: fixed sinusoids (Vaswani et al.) or a learned table."""

    def __init__(self, dim: int, max_len: int, kind: Literal["sinusoidal", "learned"], dropout: float) -> None:
        super().__init__()
        self.kind = kind
        self.dropout = nn.Dropout(dropout)
        if kind == "learned":
            self.table = nn.Parameter(torch.randn(max_len, dim) * 0.02)
        else:
            pos = torch.arange(max_len, dtype=torch.float32)[:, None]
            freq = torch.exp(torch.arange(0, dim, 2, dtype=torch.float32) * (-math.log(10000.0) / dim))
            table = torch.zeros(max_len, dim)
            table[:, 0::2] = torch.sin(pos * freq)
            table[:, 1::2] = torch.cos(pos * freq)[:, : dim // 2]
            # Not persistent: it is recomputed on construction, so checkpoints stay small.
            self.register_buffer("table", table, persistent=False)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.dropout(x + self.table[: x.shape[1]])

    def extra_repr(self) -> str:
        return f"kind={self.kind!r}, max_len={self.table.shape[0]}"


class Residual(nn.Module):
    """``body(x) + projection(x)``; the projection is an identity when the shapes already match."""

    def __init__(self, body: nn.Sequential, projection: nn.Module | None = None) -> None:
        super().__init__()
        self.body = body
        self.projection = projection if projection is not None else nn.Identity()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.body(x) + self.projection(x)
