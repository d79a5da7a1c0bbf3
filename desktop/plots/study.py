"""Plots of a study, drawn from its report (``models.study.results.build_report``, plain data).

Each plot creates its fixed items once and keeps a pool of the items whose number varies (one line per
configuration or run): it only calls ``setData`` on them and hides the spare ones, never re-creating items
per update. ``show_report`` is called by the Studies page on its redraw timer.
"""

from __future__ import annotations

import math
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop import theme
from desktop.plots.base import ThemedPlot


def _finite(values: Any) -> np.ndarray:
    arr = np.asarray(values, dtype=float)
    return arr[np.isfinite(arr)]


class _Pool:
    """Plot items made on demand and reused: ``take(n)`` returns n visible items, the rest are hidden."""

    def __init__(self, plot: ThemedPlot, make: Any) -> None:
        self.plot, self.make, self.items = plot, make, []

    def take(self, n: int) -> list[Any]:
        while len(self.items) < n:
            item = self.make()
            self.plot.getPlotItem().addItem(item)
            self.items.append(item)
        for i, item in enumerate(self.items):
            item.setVisible(i < n)
        return self.items[:n]


class HistoryPlot(ThemedPlot):
    """Optimisation history: each configuration's mean (and its seeds) by trial number, and the best so far."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("StudyPlots", "Optimisation history"),
            QCoreApplication.translate("StudyPlots", "trial"),
            QCoreApplication.translate("StudyPlots", "objective"),
            parent,
        )
        item = self.getPlotItem()
        self.seeds = pg.ScatterPlotItem(size=5, name=QCoreApplication.translate("StudyPlots", "seeds"))
        self.means = pg.ScatterPlotItem(size=9, name=QCoreApplication.translate("StudyPlots", "mean over seeds"))
        self.pruned = pg.ScatterPlotItem(size=9, symbol="x", name=QCoreApplication.translate("StudyPlots", "pruned"))
        self.best = pg.PlotDataItem(name=QCoreApplication.translate("StudyPlots", "best so far"), stepMode=None)
        for it in (self.seeds, self.means, self.pruned, self.best):
            item.addItem(it)
        self.apply_theme()

    def recolor(self) -> None:
        c = theme.colors()
        seed = pg.mkColor(c.series[0])
        seed.setAlpha(110)
        self.seeds.setBrush(pg.mkBrush(seed))
        self.seeds.setPen(None)
        self.means.setBrush(pg.mkBrush(c.series[0]))
        self.means.setPen(pg.mkPen(c.foreground, width=0.5))
        self.pruned.setBrush(pg.mkBrush(c.muted))
        self.pruned.setPen(pg.mkPen(c.muted))
        self.best.setPen(self.series_pen(1, 2))

    def show_report(self, report: dict[str, Any]) -> None:
        maximize = report["objective"]["direction"] == "maximize"
        trials = report["trials"]
        done = [t for t in trials if t["state"] == "complete" and t["value"] is not None]
        seeds = [(t["number"], v) for t in trials for v in t["seed_values"].values()]
        self.seeds.setData([n for n, _ in seeds], [v for _, v in seeds])
        self.means.setData([t["number"] for t in done], [t["value"] for t in done])
        pruned = [t for t in trials if t["state"] == "pruned" and t["value"] is not None]
        self.pruned.setData([t["number"] for t in pruned], [t["value"] for t in pruned])
        values = np.array([t["value"] for t in done], dtype=float)
        best = np.maximum.accumulate(values) if maximize else np.minimum.accumulate(values)
        self.best.setData([t["number"] for t in done], best)
        item = self.getPlotItem()
        item.getAxis("left").setLabel(report["objective"]["metric"])
        item.getAxis("bottom").setTickSpacing(*((1, 1) if len(trials) <= 30 else (None, None)))  # whole trials


class ParallelPlot(ThemedPlot):
    """Parallel coordinates: one axis per parameter and one for the objective; a line per configuration.

    Numbers are placed between the axis's smallest and largest value (on a log scale when they span more than
    two decades), choices evenly; the best configurations are drawn strongest.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("StudyPlots", "Parallel coordinates"),
            "",
            QCoreApplication.translate("StudyPlots", "position on each axis"),
            parent,
            legend=False,
        )
        self.lines = _Pool(self, lambda: pg.PlotDataItem())
        self.labels = _Pool(self, lambda: pg.TextItem(anchor=(-0.05, 0.5)))
        item = self.getPlotItem()
        item.hideAxis("left")
        item.setYRange(-0.08, 1.08, padding=0)
        item.setMouseEnabled(x=False, y=False)
        self.apply_theme()

    @staticmethod
    def _positions(values: list[Any]) -> tuple[np.ndarray, list[tuple[float, str]]]:
        """Each value's place in [0, 1] and the axis's labels: its two ends, or each choice at its place."""
        numeric = all(isinstance(v, int | float) and not isinstance(v, bool) for v in values)
        if numeric and (len(set(values)) > 2 or all(isinstance(v, float) for v in values)):
            arr = np.asarray(values, dtype=float)
            lo, hi = float(np.min(arr)), float(np.max(arr))
            if lo > 0 and hi / lo > 100:
                arr, lo_t, hi_t = np.log10(arr), math.log10(lo), math.log10(hi)
            else:
                lo_t, hi_t = lo, hi
            span = (hi_t - lo_t) or 1.0
            return (arr - lo_t) / span, [(0.0, f"{lo:.3g}"), (1.0, f"{hi:.3g}")]
        choices = list(dict.fromkeys(str(v) for v in values))
        pos = {c: (i / (len(choices) - 1) if len(choices) > 1 else 0.5) for i, c in enumerate(choices)}
        return np.array([pos[str(v)] for v in values], dtype=float), [(p, c) for c, p in pos.items()]

    def show_report(self, report: dict[str, Any]) -> None:
        configs = report["configurations"]  # best first
        names = sorted({k for c in configs for k in c["params"]})
        axes = [*names, report["objective"]["metric"]]
        columns = [[c["params"].get(n) for c in configs] for n in names] + [[c["mean"] for c in configs]]
        placed = [self._positions(col) if configs else (np.array([]), []) for col in columns]
        c = theme.colors()
        lines = self.lines.take(len(configs))
        for i, line in enumerate(lines):
            strength = 1.0 - i / max(1, len(lines))  # the best first and strongest
            color = pg.mkColor(c.series[0] if i else c.series[1])
            color.setAlpha(int(60 + 195 * strength))
            line.setPen(pg.mkPen(color, width=3 if i == 0 else 1.5))
            line.setData(np.arange(len(axes)), [p[0][i] for p in placed])
        self.getPlotItem().getAxis("bottom").setTicks([[(i, a) for i, a in enumerate(axes)]])
        ticks = [(i, y, text) for i, (_, marks) in enumerate(placed) for y, text in marks]
        for label, (x, y, text) in zip(self.labels.take(len(ticks)), ticks):
            label.setText(text, color=c.foreground)
            label.setPos(x, y)
        if axes:
            self.getPlotItem().setXRange(-0.2, len(axes) - 0.5, padding=0)


class ImportancePlot(ThemedPlot):
    """Optuna's parameter importances as horizontal bars (or why there are none yet)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("StudyPlots", "Parameter importance"),
            QCoreApplication.translate("StudyPlots", "importance"),
            "",
            parent,
            legend=False,
        )
        item = self.getPlotItem()
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6)
        self.note = pg.TextItem(anchor=(0, 0))
        item.addItem(self.bars)
        item.addItem(self.note)
        self.apply_theme()

    def recolor(self) -> None:
        c = theme.colors()
        self.bars.setOpts(brush=pg.mkBrush(c.series[2 % len(c.series)]), pen=pg.mkPen(None))
        self.note.setColor(c.muted)

    def show_report(self, report: dict[str, Any]) -> None:
        importances = report.get("importances") or {}
        names = list(importances)[::-1]  # the most important at the top
        values = [importances[n] for n in names]
        self.bars.setOpts(x0=[0.0] * len(values), y=list(range(len(values))), width=values, height=0.6)
        self.getPlotItem().getAxis("left").setTicks([[(i, n) for i, n in enumerate(names)]])
        self.note.setText("" if importances else report.get("importance_note", ""))
        self.note.setPos(0, 0)
        self.getPlotItem().setXRange(0, 1, padding=0.02)

    def bar_count(self) -> int:
        return len(self.bars.opts.get("width") or [])


class SeedsPlot(ThemedPlot):
    """Every configuration's seed results (dots) with its mean and 95% confidence interval, best first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("StudyPlots", "Seed results per configuration"),
            QCoreApplication.translate("StudyPlots", "configuration (best first)"),
            "",
            parent,
        )
        item = self.getPlotItem()
        self.seeds = pg.ScatterPlotItem(size=7, name=QCoreApplication.translate("StudyPlots", "seed"))
        self.means = pg.ScatterPlotItem(size=12, symbol="d", name=QCoreApplication.translate("StudyPlots", "mean"))
        self.ci = pg.ErrorBarItem(beam=0.25)
        self.baseline = pg.InfiniteLine(angle=0, movable=False, label="", labelOpts={"position": 0.95})
        for it in (self.ci, self.seeds, self.means, self.baseline):
            item.addItem(it)
        self.apply_theme()

    def recolor(self) -> None:
        c = theme.colors()
        seed = pg.mkColor(c.series[0])
        seed.setAlpha(160)
        self.seeds.setBrush(pg.mkBrush(seed))
        self.seeds.setPen(None)
        self.means.setBrush(pg.mkBrush(c.series[1]))
        self.means.setPen(pg.mkPen(c.foreground, width=0.5))
        self.ci.setOpts(pen=pg.mkPen(c.foreground, width=1.5))
        self.baseline.setPen(pg.mkPen(c.muted, width=1, style=Qt.PenStyle.DashLine))

    def show_report(self, report: dict[str, Any]) -> None:
        configs = report["configurations"]
        xs, ys = [], []
        for i, c in enumerate(configs):
            values = list(c["seed_values"].values())
            offsets = np.linspace(-0.15, 0.15, len(values)) if len(values) > 1 else [0.0]
            xs += [i + o for o in offsets]
            ys += values
        self.seeds.setData(xs, ys)
        x = np.arange(len(configs), dtype=float)
        means = np.array([c["mean"] for c in configs], dtype=float)
        self.means.setData(x, means)
        low = np.array([(c["mean"] - c["ci95"][0]) if c["ci95"] else 0.0 for c in configs], dtype=float)
        self.ci.setData(x=x, y=means, top=low, bottom=low)
        self.getPlotItem().getAxis("bottom").setTicks([[(i, _config_label(c)) for i, c in enumerate(configs)]])
        # Room on the right for the legend (it covered the last configuration's dots) and above the top bar.
        spread = [v for v in ys + list(means - low) + list(means + low) if np.isfinite(v)]
        self.getPlotItem().setXRange(-0.5, len(configs) - 0.5 + 0.6, padding=0)
        if spread:
            top, bottom = max(spread), min(spread)
            margin = (top - bottom) * 0.12 or abs(top) * 0.05 or 0.05
            self.getPlotItem().setYRange(bottom - margin, top + margin, padding=0)
        self.getPlotItem().getAxis("left").setLabel(report["objective"]["metric"])
        base = report.get("baseline") or {}
        same_metric = report["objective"]["metric"].removeprefix("val_") == base.get("metric")
        shown = base.get("score") is not None and same_metric
        self.baseline.setVisible(bool(shown))
        if shown:
            self.baseline.setValue(base["score"])
            self.baseline.label.setFormat(
                QCoreApplication.translate("StudyPlots", "baseline ({split})").format(split=base.get("split") or "test")
            )


def _config_label(config: dict[str, Any]) -> str:
    """A configuration's tick: its varied values ("adam", "sgd, 0.01"), the trial number when there are none."""
    values = [f"{v:.3g}" if isinstance(v, float) else str(v) for v in config.get("params", {}).values()]
    text = ", ".join(values)
    return text if text and len(text) <= 24 else f"#{config['trial']}"


class CurvesPlot(ThemedPlot):
    """Overlaid learning curves (the objective per epoch) of every seed of the selected trials."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("StudyPlots", "Learning curves of the selected trials"),
            QCoreApplication.translate("StudyPlots", "epoch"),
            "",
            parent,
        )
        self.curves = _Pool(self, lambda: pg.PlotDataItem(symbol="o", symbolSize=4))
        self.apply_theme()

    def show_curves(self, metric: str, runs: list[tuple[str, np.ndarray, np.ndarray]]) -> None:
        """Show ``(label, epochs, values)`` per run; the legend names each run."""
        curves = self.curves.take(len(runs))
        if self.legend is not None:
            self.legend.clear()
        palette = theme.colors().series
        for i, (curve, (label, x, y)) in enumerate(zip(curves, runs)):
            curve.setPen(self.series_pen(i, 1.5))
            curve.setSymbolBrush(palette[i % len(palette)])
            curve.setSymbolPen(palette[i % len(palette)])
            curve.setData(x, y)
            if self.legend is not None:
                self.legend.addItem(curve, label)
        item = self.getPlotItem()
        item.getAxis("left").setLabel(metric)
        longest = max((len(x) for _, x, _ in runs), default=0)
        item.getAxis("bottom").setTickSpacing(*((1, 1) if 0 < longest <= 30 else (None, None)))  # whole epochs

    def curve_count(self) -> int:
        return sum(1 for c in self.curves.items if c.isVisible())
