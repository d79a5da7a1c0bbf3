"""Pictures of explanations (matplotlib's Agg canvas: no screen, no Qt, no pyplot global state).

Images: the input beside it with the heat overlaid. Sequences: the series with a heat strip under it on the
same time axis. Tabular data and text: a bar chart of the features or tokens that mattered most, signed
(towards the target in one colour, against it in the other).
"""

from __future__ import annotations

import io
from pathlib import Path

import numpy as np

from models.explain.explainer import Explanation
from models.io import atomic_write_bytes

#: Bars shown for tabular features and text tokens (the largest absolute attributions).
TOP_BARS = 15
_TOWARDS, _AGAINST = "#c0392b", "#2471a3"


def overlay(image: np.ndarray, heat: np.ndarray, alpha: float = 0.5) -> np.ndarray:
    """``H x W x 3`` uint8: the image blended with the heat in the ``jet`` colour map (no axes, for thumbnails)."""
    from matplotlib import colormaps

    rgb = image if image.shape[-1] == 3 else np.repeat(image[..., :1], 3, axis=-1)
    colours = colormaps["jet"](np.clip(heat, 0.0, 1.0))[..., :3] * 255.0
    weight = alpha * np.clip(heat, 0.0, 1.0)[..., None] ** 0.5  # cold regions keep the picture visible
    return (rgb * (1 - weight) + colours * weight).round().astype(np.uint8)


def _figure(width: float, height: float):  # noqa: ANN202 - matplotlib types
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), dpi=100, layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _draw_image(fig, e: Explanation) -> None:  # noqa: ANN001
    left, right = fig.subplots(1, 2)
    image = e.display if e.display is not None else np.zeros((*e.heat.shape, 3), np.uint8)
    gray = image.shape[-1] == 1
    left.imshow(image[..., 0] if gray else image, cmap="gray" if gray else None, interpolation="nearest")
    left.set_title("input", fontsize=9)
    right.imshow(overlay(image, e.heat), interpolation="nearest")
    right.set_title("heat (red = mattered most)", fontsize=9)
    for ax in (left, right):
        ax.set_axis_off()


def _draw_sequence(fig, e: Explanation) -> None:  # noqa: ANN001
    series, strip = fig.subplots(2, 1, sharex=True, height_ratios=[4, 1])
    values = np.asarray(e.display if e.display is not None else e.heat[:, None], dtype=np.float64)
    t = np.arange(len(e.heat))
    for j in range(min(values.shape[1], 6)):  # a few channels stay readable
        series.plot(t, values[:, j], linewidth=1.0)
    series.set_ylabel("value (as the network saw it)", fontsize=8)
    strip.imshow(e.heat[None, :], aspect="auto", cmap="inferno", extent=(-0.5, len(t) - 0.5, 0, 1))
    strip.set_yticks([])
    strip.set_xlabel("time step", fontsize=8)
    strip.set_ylabel("heat", fontsize=8)


def _draw_bars(fig, e: Explanation) -> None:  # noqa: ANN001
    ax = fig.subplots()
    values = np.asarray(e.heat, dtype=np.float64)
    labels = e.labels or [str(i) for i in range(len(values))]
    order = np.argsort(-np.abs(values))[:TOP_BARS][::-1]
    shown = [labels[i] for i in order]
    if e.modality == "tabular" and e.display is not None:
        shown = [f"{labels[i]} = {float(e.display[i]):.3g}" for i in order]
    ax.barh(range(len(order)), values[order], color=[_TOWARDS if values[i] >= 0 else _AGAINST for i in order])
    ax.set_yticks(range(len(order)), shown, fontsize=8)
    ax.axvline(0, color="#888888", linewidth=0.8)
    what = "token" if e.modality == "text" else "feature"
    ax.set_xlabel(f"attribution per {what} (red: towards the target, blue: against)", fontsize=8)


def figure(e: Explanation):  # noqa: ANN201 - a matplotlib Figure
    """The explanation drawn on a new matplotlib figure."""
    if e.modality == "image":
        fig = _figure(7.0, 3.8)
        _draw_image(fig, e)
    elif e.modality in ("sequence", "forecast"):
        fig = _figure(7.5, 3.8)
        _draw_sequence(fig, e)
    else:
        fig = _figure(7.0, 0.8 + 0.28 * min(TOP_BARS, len(e.heat)))
        _draw_bars(fig, e)
    fig.suptitle(e.title(), fontsize=9)
    return fig


def png_bytes(e: Explanation) -> bytes:
    """The explanation as a PNG file's bytes."""
    buf = io.BytesIO()
    figure(e).savefig(buf, format="png")
    return buf.getvalue()


def rgba(e: Explanation) -> np.ndarray:
    """The explanation as an ``H x W x 4`` uint8 array (what the GUI shows)."""
    fig = figure(e)
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba()).copy()


def save_png(e: Explanation, path: str | Path) -> Path:
    """Write the explanation as a PNG (atomically) and return the path."""
    path = Path(path)
    atomic_write_bytes(path, png_bytes(e))
    return path
