"""A small SVG chart writer for the HTML report: line charts, scatter plots, heatmaps and sparklines.

Why SVG written here rather than Qt or matplotlib: the report must render without a screen (``danlu
report`` in CI and on servers) and the core never imports Qt; matplotlib would add a heavy dependency for
four chart types. SVG is text, so it is crisp at any zoom, embeds directly in the HTML and its numbers (AUC,
counts) stay searchable.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

#: Colour-blind-safe palette (Okabe-Ito), cycled for series.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")
FONT = 'font-family="system-ui, -apple-system, Segoe UI, sans-serif"'


@dataclass(frozen=True)
class Series:
    """One line (or set of points) of a chart."""

    name: str
    x: Sequence[float]
    y: Sequence[float]
    color: str | None = None
    dashed: bool = False


def nice_ticks(lo: float, hi: float, count: int = 5) -> list[float]:
    """Round tick values covering ``[lo, hi]`` (1, 2, 5 x 10^k steps)."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        return [0.0, 1.0]
    if hi <= lo:
        hi = lo + (abs(lo) or 1.0)
    raw = (hi - lo) / max(1, count)
    mag = 10 ** math.floor(math.log10(raw))
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    start = math.floor(lo / step) * step
    ticks, t = [], start
    while t <= hi + step * 1e-9:
        ticks.append(round(t, 10))
        t += step
    return ticks


def _fmt(v: float) -> str:
    if v == 0:
        return "0"
    if abs(v) >= 1e4 or abs(v) < 1e-3:
        return f"{v:.1e}"
    return f"{v:.4g}"


def _finite(values: Sequence[float]) -> list[float]:
    return [float(v) for v in values if v is not None and math.isfinite(float(v))]


def line_chart(
    series: Sequence[Series],
    *,
    title: str,
    xlabel: str,
    ylabel: str,
    width: int = 560,
    height: int = 340,
    x_range: tuple[float, float] | None = None,
    y_range: tuple[float, float] | None = None,
    markers: bool = False,
    lines: bool = True,
    diagonal: bool = False,
    legend_at: str = "top-left",
    element_id: str | None = None,
) -> str:
    """A chart with axes, ticks, a legend and one polyline (and/or markers) per series.

    Args:
        series: The data; points with a missing or non-finite value are skipped.
        title: Shown above the plot.
        xlabel: X axis label.
        ylabel: Y axis label.
        width: Width in pixels.
        height: Height in pixels.
        x_range: Fixed x limits (default: the data's).
        y_range: Fixed y limits (default: the data's).
        markers: Draw a dot at each point.
        lines: Join the points.
        diagonal: Draw the ``y = x`` reference line (ROC chance line, predicted-vs-actual).
        legend_at: ``top-left`` or ``bottom-right`` (ROC curves leave that corner empty).
        element_id: ``id`` attribute of the ``<svg>`` element.
    """
    left, right, top, bottom = 62, 16, 34, 46
    legend_rows = len(series) if len(series) > 1 else 0
    pw, ph = width - left - right, height - top - bottom
    xs = [v for s in series for v in _finite(s.x)]
    ys = [v for s in series for v in _finite(s.y)]
    x0, x1 = x_range or ((min(xs), max(xs)) if xs else (0.0, 1.0))
    y0, y1 = y_range or ((min(ys), max(ys)) if ys else (0.0, 1.0))
    if diagonal and not (x_range or y_range):
        x0 = y0 = min(x0, y0)
        x1 = y1 = max(x1, y1)
    if x1 <= x0:
        x0, x1 = x0 - 0.5, x1 + 0.5
    if y1 <= y0:
        y0, y1 = y0 - 0.5, y1 + 0.5
    if not y_range:
        pad = (y1 - y0) * 0.05
        y0, y1 = y0 - pad, y1 + pad

    def px(x: float) -> float:
        return left + (x - x0) / (x1 - x0) * pw

    def py(y: float) -> float:
        return top + ph - (y - y0) / (y1 - y0) * ph

    out = [_open(width, height + legend_rows * 0, element_id, title)]
    out.append(
        f'<text x="{width / 2:.0f}" y="20" text-anchor="middle" font-size="14" font-weight="600" '
        f"{FONT}>{escape(title)}</text>"
    )
    out.append(f'<rect x="{left}" y="{top}" width="{pw}" height="{ph}" fill="#fff" stroke="#999"/>')
    for t in nice_ticks(x0, x1):
        if x0 - 1e-12 <= t <= x1 + 1e-12:
            out.append(_line(px(t), top, px(t), top + ph, "#eee"))
            out.append(_text(px(t), top + ph + 15, _fmt(t)))
    for t in nice_ticks(y0, y1):
        if y0 - 1e-12 <= t <= y1 + 1e-12:
            out.append(_line(left, py(t), left + pw, py(t), "#eee"))
            out.append(_text(left - 6, py(t) + 4, _fmt(t), anchor="end"))
    out.append(
        f'<text x="{left + pw / 2:.0f}" y="{height - 8}" text-anchor="middle" font-size="12" {FONT}>'
        f"{escape(xlabel)}</text>"
    )
    out.append(
        f'<text x="14" y="{top + ph / 2:.0f}" text-anchor="middle" font-size="12" {FONT} '
        f'transform="rotate(-90 14 {top + ph / 2:.0f})">{escape(ylabel)}</text>'
    )
    if diagonal:
        lo, hi = max(x0, y0), min(x1, y1)
        out.append(
            f'<line x1="{px(lo):.1f}" y1="{py(lo):.1f}" x2="{px(hi):.1f}" y2="{py(hi):.1f}" '
            'stroke="#888" stroke-dasharray="4 4"/>'
        )
    for i, s in enumerate(series):
        color = s.color or PALETTE[i % len(PALETTE)]
        pts = [
            (px(float(a)), py(float(b)))
            for a, b in zip(s.x, s.y)
            if a is not None and b is not None and math.isfinite(float(a)) and math.isfinite(float(b))
        ]
        if lines and len(pts) > 1:
            dash = ' stroke-dasharray="6 3"' if s.dashed else ""
            path = " ".join(f"{a:.1f},{b:.1f}" for a, b in pts)
            out.append(
                f'<polyline points="{path}" fill="none" stroke="{color}" stroke-width="2"{dash}>'
                f"<title>{escape(s.name)}</title></polyline>"
            )
        if markers or len(pts) == 1:
            out.extend(f'<circle cx="{a:.1f}" cy="{b:.1f}" r="2.5" fill="{color}" fill-opacity="0.7"/>' for a, b in pts)
    if len(series) > 1 or (series and series[0].name):
        box_w, box_h = _legend_size(series)
        corner = legend_at == "bottom-right"
        out.append(
            _legend(series, left + pw - box_w - 8 if corner else left + 8, top + ph - box_h - 8 if corner else top + 8)
        )
    out.append("</svg>")
    return "\n".join(out)


def _legend_size(series: Sequence[Series]) -> tuple[float, float]:
    return max(len(s.name) for s in series) * 6.6 + 30, len(series) * 16 + 6


def _legend(series: Sequence[Series], x: float, y: float) -> str:
    rows = []
    width, height = _legend_size(series)
    rows.append(
        f'<rect x="{x:.1f}" y="{y:.1f}" width="{width:.0f}" height="{height}" fill="#fff" '
        'fill-opacity="0.85" stroke="#ccc"/>'
    )
    for i, s in enumerate(series):
        color = s.color or PALETTE[i % len(PALETTE)]
        yy = y + 14 + i * 16
        rows.append(_line(x + 6, yy - 4, x + 20, yy - 4, color, 'stroke-width="3"'))
        rows.append(_text(x + 25, yy, s.name, anchor="start"))
    return '<g class="legend">' + "".join(rows) + "</g>"


def heatmap(
    matrix: Sequence[Sequence[float]],
    *,
    row_labels: Sequence[str],
    col_labels: Sequence[str],
    title: str,
    xlabel: str,
    ylabel: str,
    cell: int | None = None,
    element_id: str | None = None,
) -> str:
    """A matrix as coloured cells with the value written in each (e.g. a confusion matrix).

    Rows are normalised for the colour (so small classes are as readable as large ones); the numbers shown
    are the raw values.
    """
    n_rows, n_cols = len(matrix), len(matrix[0]) if matrix else 0
    cell = cell or max(18, min(48, 520 // max(1, n_cols)))
    label_w = min(140, max(40, max((len(str(s)) for s in row_labels), default=1) * 7 + 14))
    left, top = label_w + 24, 40
    width = left + n_cols * cell + 20
    longest = max((len(str(s)) for s in col_labels), default=1)
    height = top + n_rows * cell + min(140, max(40, longest * 6 + 30))
    out = [_open(width, height, element_id, title)]
    out.append(
        f'<text x="{width / 2:.0f}" y="20" text-anchor="middle" font-size="14" font-weight="600" '
        f"{FONT}>{escape(title)}</text>"
    )
    font = max(8, min(12, cell // 3))
    for r, row in enumerate(matrix):
        total = sum(row) or 1
        for c, v in enumerate(row):
            share = float(v) / total
            fill = _blue(share)
            ink = "#fff" if share > 0.55 else "#222"
            x, y = left + c * cell, top + r * cell
            value = int(v) if float(v).is_integer() else round(float(v), 3)
            tip = escape(f"{row_labels[r]} -> {col_labels[c]}: {value}")
            out.append(
                f'<rect x="{x}" y="{y}" width="{cell}" height="{cell}" fill="{fill}" stroke="#fff">'
                f"<title>{tip}</title></rect>"
            )
            ink_attr = f'fill="{ink}"'
            out.append(_text(x + cell / 2, y + cell / 2 + font / 3, str(value), size=font, extra=ink_attr))
        out.append(_text(left - 6, top + r * cell + cell / 2 + 4, _clip(str(row_labels[r])), anchor="end"))
    base = top + n_rows * cell + 8
    for c, label in enumerate(col_labels):
        x = left + c * cell + cell / 2
        out.append(
            f'<text x="{x:.1f}" y="{base}" text-anchor="end" font-size="11" {FONT} '
            f'transform="rotate(-45 {x:.1f} {base})">{escape(_clip(str(label)))}</text>'
        )
    out.append(_text(left + n_cols * cell / 2, height - 6, xlabel, size=12))
    out.append(
        f'<text x="12" y="{top + n_rows * cell / 2:.0f}" text-anchor="middle" font-size="12" {FONT} '
        f'transform="rotate(-90 12 {top + n_rows * cell / 2:.0f})">{escape(ylabel)}</text>'
    )
    out.append("</svg>")
    return "\n".join(out)


def _blue(share: float) -> str:
    """White (0) to deep blue (1)."""
    share = min(1.0, max(0.0, share))
    r, g, b = (int(255 + (t - 255) * share) for t in (8, 69, 148))
    return f"#{r:02x}{g:02x}{b:02x}"


def _clip(text: str, n: int = 18) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


def sparkline(values: Sequence[float] | Sequence[Sequence[float]], *, width: int = 160, height: int = 60) -> str:
    """A tiny chart of a sequence sample (one line per feature), without axes."""
    rows = [list(map(float, v)) if isinstance(v, Sequence) else [float(v)] for v in values]
    if not rows:
        return _open(width, height, None, "empty") + "</svg>"
    feats = list(zip(*rows))[:4]
    flat = [v for f in feats for v in f if math.isfinite(v)] or [0.0]
    lo, hi = min(flat), max(flat)
    hi = hi if hi > lo else lo + 1.0
    out = [_open(width, height, None, "sequence")]
    out.append(f'<rect width="{width}" height="{height}" fill="#fff" stroke="#ccc"/>')
    for i, f in enumerate(feats):
        n = max(1, len(f) - 1)
        pts = " ".join(
            f"{2 + j / n * (width - 4):.1f},{height - 2 - (v - lo) / (hi - lo) * (height - 4):.1f}"
            for j, v in enumerate(f)
            if math.isfinite(v)
        )
        out.append(f'<polyline points="{pts}" fill="none" stroke="{PALETTE[i]}" stroke-width="1.2"/>')
    out.append("</svg>")
    return "".join(out)


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str, extra: str = "") -> str:
    return f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{stroke}" {extra}/>'


def _text(x: float, y: float, text: str, anchor: str = "middle", size: int = 11, extra: str = "") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" font-size="{size}" {FONT} {extra}>{escape(text)}</text>'
    )


def _open(width: int, height: int, element_id: str | None, label: str) -> str:
    ident = f' id="{escape(element_id)}"' if element_id else ""
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg"{ident} width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}">'
    )
