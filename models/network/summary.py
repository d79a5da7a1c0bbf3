"""``summarize``: per-layer shapes, parameters and MACs of a NetworkSpec, before any tensor exists.

The walk goes on past a problem only while the shape is still known (e.g. attention heads that do not
divide F leave the shape unchanged); after that, rows carry ``None`` shapes and no error of their own, so
the first real mistake is the one a person sees first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from models.errors import ShapeError
from models.network.rules import infer
from models.network.shapes import Flow, Projection, ShapeRuleError, fmt, input_flow, plan_projection
from models.spec import network as ns

if TYPE_CHECKING:
    from models.data.base import DataInfo


class LayerShapeError(ShapeError):
    """A :class:`ShapeError` that knows which layer it is about.

    Attributes:
        index: The layer's index path (``"4"``, or ``"3.1"`` inside the residual block at 3); None for
            problems of the network as a whole.
        layer_type: The layer's ``type`` tag.
    """

    def __init__(self, message: str, index: str | None = None, layer_type: str | None = None) -> None:
        super().__init__(message)
        self.index = index
        self.layer_type = layer_type


@dataclass
class LayerRow:
    """One line of the summary table.

    Attributes:
        index: Index path: ``"3"`` for ``layers[3]``, ``"3.1"`` for ``layers[3].layers[1]``.
        type: The layer type tag.
        name: The layer's optional label.
        depth: 0 for top-level layers, 1 inside a residual block, ...
        input_shape: Per-sample input shape, None when unknown after an earlier error.
        output_shape: Per-sample output shape, None when unknown.
        params: Parameters (a residual block's row counts its whole block); None when unknown.
        macs: Estimated multiply-accumulates per sample; None when unknown.
        error: What is wrong with this layer and what to do, or None.
        frozen: Parameters of the layer that training leaves unchanged (a frozen backbone stage).
    """

    index: str
    type: str
    name: str | None
    depth: int
    input_shape: tuple[int, ...] | None = None
    output_shape: tuple[int, ...] | None = None
    params: int | None = None
    macs: int | None = None
    error: str | None = None
    frozen: int = 0


@dataclass
class NetworkSummary:
    """The result of :func:`summarize`.

    Attributes:
        rows: One row per layer, blocks followed by their inner layers.
        input_shape: The dataset's per-sample input shape.
        output_shape: The network's output shape, None when unknown.
        num_outputs: What the dataset needs the output to be (``[num_outputs]``).
        params: Total parameters (known layers only when there are errors).
        trainable: Parameters that the optimiser updates (``params`` less the frozen ones).
        macs: Estimated multiply-accumulates per sample.
        errors: Every problem found, in layer order.
        projections: The 1x1 projection each residual block needs to add its input, by index path
            (blocks whose shapes already match have none).
    """

    rows: list[LayerRow]
    input_shape: tuple[int, ...]
    output_shape: tuple[int, ...] | None
    num_outputs: int
    params: int = 0
    trainable: int = 0
    macs: int = 0
    errors: list[LayerShapeError] = field(default_factory=list)
    projections: dict[str, Projection] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when the network can be built for the dataset."""
        return not self.errors

    @property
    def frozen(self) -> int:
        """Parameters training leaves unchanged (frozen backbone stages)."""
        return self.params - self.trainable

    @property
    def first_error(self) -> LayerShapeError | None:
        return self.errors[0] if self.errors else None

    def row(self, index: str) -> LayerRow:
        """The row with index path ``index`` (``KeyError`` if there is none)."""
        for r in self.rows:
            if r.index == index:
                return r
        raise KeyError(index)

    def to_dict(self) -> dict[str, Any]:
        """Plain data (lists, ints, strings) for JSON, the CLI and the GUI."""
        rows = [
            {**asdict(r), "input_shape": _lst(r.input_shape), "output_shape": _lst(r.output_shape)} for r in self.rows
        ]
        return {
            "rows": rows,
            "input_shape": list(self.input_shape),
            "output_shape": _lst(self.output_shape),
            "num_outputs": self.num_outputs,
            "params": self.params,
            "trainable": self.trainable,
            "frozen": self.frozen,
            "macs": self.macs,
            "ok": self.ok,
            "errors": [str(e) for e in self.errors],
        }

    def to_text(self) -> str:
        """A fixed-width table such as the CLI prints."""
        lines = [f"{'#':<6}{'layer':<26}{'output':<18}{'params':>10}{'MACs':>13}"]
        for r in self.rows:
            label = "  " * r.depth + r.type + (f" '{r.name}'" if r.name else "")
            params = "" if r.params is None else f"{r.params:,}"
            macs = "" if r.macs is None else f"{r.macs:,}"
            lines.append(f"{r.index:<6}{label:<26}{fmt(r.output_shape):<18}{params:>10}{macs:>13}")
        frozen = f", {self.frozen:,} frozen" if self.frozen else ""
        lines.append(
            f"input {fmt(self.input_shape)} -> output {fmt(self.output_shape)}; {self.params:,} parameters "
            f"({self.trainable:,} trainable{frozen}), {self.macs:,} MACs per sample"
        )
        lines += [f"error: {e}" for e in self.errors]
        return "\n".join(lines)


def _lst(shape: tuple[int, ...] | None) -> list[int] | None:
    return None if shape is None else list(shape)


def label(index: str, layer: ns.LayerBase) -> str:
    """``layer 4 (linear)`` or ``layer 4 'head' (linear)``: how messages name a layer."""
    name = f" '{layer.name}'" if layer.name else ""
    return f"layer {index}{name} ({layer.type})"  # type: ignore[attr-defined]


class _Walker:
    def __init__(self, info: DataInfo) -> None:
        self.info = info
        self.rows: list[LayerRow] = []
        self.errors: list[LayerShapeError] = []
        self.projections: dict[str, Projection] = {}

    def fail(self, row: LayerRow, layer: ns.LayerBase, message: str) -> None:
        row.error = message
        self.errors.append(LayerShapeError(f"{label(row.index, layer)}: {message}", row.index, row.type))

    def walk(
        self, layers: Sequence[ns.LayerBase], flow: Flow | None, prefix: str, depth: int
    ) -> tuple[Flow | None, int | None, int | None]:
        """Infer a list of layers; returns the output flow and the list's total params and MACs."""
        params: int | None = 0
        macs: int | None = 0
        for i, layer in enumerate(layers):
            row = LayerRow(
                f"{prefix}{i}",
                layer.type,
                layer.name,
                depth,  # type: ignore[attr-defined]
                None if flow is None else flow.shape,
            )
            self.rows.append(row)
            if isinstance(layer, ns.Residual):
                flow = self.residual(layer, flow, row, depth)
            elif flow is not None:
                try:
                    out = infer(layer, flow, self.info)
                    flow, row.params, row.macs, row.frozen = out.flow, out.params, out.macs, out.frozen
                except ShapeRuleError as problem:
                    self.fail(row, layer, problem.message)
                    flow = problem.flow
            row.output_shape = None if flow is None else flow.shape
            params = None if params is None or row.params is None else params + row.params
            macs = None if macs is None or row.macs is None else macs + row.macs
        return flow, params, macs

    def residual(self, layer: ns.Residual, flow: Flow | None, row: LayerRow, depth: int) -> Flow | None:
        out, params, macs = self.walk(layer.layers, flow, f"{row.index}.", depth + 1)
        if flow is None:
            return None
        if not layer.layers:
            self.fail(row, layer, "the block is empty; add layers inside it (its output is added to its input)")
            return flow
        if out is None:
            return None
        try:
            proj = plan_projection(flow, out)
        except ShapeRuleError as problem:
            self.fail(row, layer, problem.message)
            return None
        if proj is not None:
            self.projections[row.index] = proj
        row.frozen = sum(r.frozen for r in self.rows if r.index.startswith(f"{row.index}.") and r.depth == depth + 1)
        if params is not None and macs is not None:
            row.params = params + (proj.params if proj else 0)
            row.macs = macs + (proj.macs if proj else 0) + _size(out.shape)
        return out


def _size(shape: tuple[int, ...]) -> int:
    n = 1
    for s in shape:
        n *= s
    return n


def _output_problem(layers: Sequence[ns.LayerBase], shape: tuple[int, ...], info: DataInfo) -> str:
    n = info.num_outputs
    if info.task == "classification":
        need = f"the dataset has {n} classes"
    elif info.task == "forecasting":
        need = f"the forecast needs {n} outputs (horizon x channels)"
    else:
        need = f"the dataset has {n} target{'s' if n != 1 else ''}"
    head = f"the network ends with {fmt(shape)} but {need}"
    if len(shape) != 1:
        return (
            f"{head}; end with a vector [{n}]: add a flatten, global_avgpool or sequence_pool and then a linear "
            f"layer with out_features {n}"
        )
    shape_keeping = {
        "relu",
        "leaky_relu",
        "elu",
        "gelu",
        "silu",
        "sigmoid",
        "tanh",
        "softmax",
        "dropout",
        "batchnorm1d",
        "layernorm",
    }
    for layer in reversed(layers):
        if layer.type == "linear":  # type: ignore[attr-defined]
            return f"{head}; set the last linear's out_features to {n}"
        if layer.type not in shape_keeping:  # type: ignore[attr-defined]
            break
    return f"{head}; add a linear layer with out_features {n} at the end"


def summarize(spec: ns.NetworkSpec, info: DataInfo, check_output: bool = True) -> NetworkSummary:
    """Shapes, parameters and MACs of every layer of ``spec`` for data described by ``info``.

    Pure shape arithmetic: no tensor is created, so it is instant and safe to call on every edit.

    Args:
        spec: The network.
        info: The dataset (input shape and dtype, number of outputs, vocabulary).
        check_output: Also require the output to be ``[info.num_outputs]`` (False for partial networks).

    Returns:
        The summary; ``summary.ok`` tells whether the network can be built, ``summary.first_error`` why not.
    """
    walker = _Walker(info)
    start = input_flow(info)
    flow, _, _ = walker.walk(spec.layers, start, "", 0)
    top = [r for r in walker.rows if r.depth == 0]
    if check_output and not spec.layers:
        walker.errors.append(
            LayerShapeError(
                f"the network has no layers; choose a template, or add layers ending in a linear layer with "
                f"out_features {info.num_outputs}"
            )
        )
    elif check_output and flow is not None and flow.shape != (info.num_outputs,) and top[-1].error is None:
        message = _output_problem(spec.layers, flow.shape, info)
        walker.fail(top[-1], spec.layers[-1], message)
    params = sum(r.params or 0 for r in top)
    frozen = sum(r.frozen for r in top if r.params is not None)
    return NetworkSummary(
        rows=walker.rows,
        input_shape=start.shape,
        output_shape=None if flow is None else flow.shape,
        num_outputs=info.num_outputs,
        params=params,
        trainable=params - frozen,
        macs=sum(r.macs or 0 for r in top),
        errors=walker.errors,
        projections=walker.projections,
    )
