"""MetricPlot (named metrics per epoch) and LrPlot (learning rate over the run, live or previewed)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop import theme
from desktop.plots.base import ThemedPlot


class MetricPlot(ThemedPlot):
    """One curve per metric against the epoch; the curves are created once, from ``series``.

    The legend lists only the metrics that have points (a run that never logs one, e.g. an unconditional
    GAN's class accuracy, shows no entry for it).

    Args:
        title: Plot title.
        y_label: Left axis label.
        series: ``(key, legend label)`` per curve, e.g. ``("val_acc", "accuracy")``.
        y_range: Fixed y range (e.g. ``(0, 1)`` for scores), or None to autoscale.
        y_span: A y range always shown and widened to fit every point (e.g. ``(0, 1.05)`` for shares drawn
            with a ratio that may exceed 1), or None.
    """

    def __init__(
        self,
        title: str,
        y_label: str,
        series: list[tuple[str, str]],
        y_range: tuple[float, float] | None = None,
        parent: QWidget | None = None,
        legend_corner: str = "top-right",
        y_span: tuple[float, float] | None = None,
    ) -> None:
        super().__init__(
            title, QCoreApplication.translate("MetricPlot", "epoch"), y_label, parent, legend_corner=legend_corner
        )
        item = self.getPlotItem()
        self.labels = dict(series)
        self.curves: dict[str, pg.PlotDataItem] = {key: item.plot(symbol="o", symbolSize=6) for key, _ in series}
        self._legend_keys: list[str] | None = None
        self._y_span = y_span
        self._span_shown = y_span
        fixed = y_range or y_span
        if fixed is not None:
            item.setYRange(*fixed, padding=0.02)
            item.enableAutoRange(axis="y", enable=False)
        self._sync_legend()
        self.apply_theme()

    def recolor(self) -> None:
        palette = theme.colors().series
        for i, curve in enumerate(self.curves.values()):
            curve.setPen(self.series_pen(i, 2))
            curve.setSymbolBrush(palette[i % len(palette)])
            curve.setSymbolPen(palette[i % len(palette)])

    def set_series(self, key: str, x: np.ndarray, y: np.ndarray) -> None:
        """Set one metric's points; NaN values (epochs without that metric) are left out."""
        keep = np.isfinite(y)
        self.curves[key].setData(np.asarray(x)[keep], np.asarray(y)[keep])
        self._sync_legend()
        self._fit_span()

    def point_count(self, key: str) -> int:
        x, _ = self.curves[key].getData()
        return 0 if x is None else len(x)

    def legend_texts(self) -> list[str]:
        """The legend entries as shown (only metrics with points)."""
        if self.legend is None or not self.legend.isVisible():
            return []
        return [label.text for _, label in self.legend.items]

    def clear_data(self) -> None:
        for curve in self.curves.values():
            curve.setData([], [])
        self._sync_legend()
        self._fit_span()

    def _sync_legend(self) -> None:
        """List the curves that have points, in the order of ``series`` (rebuilt only when that set changes)."""
        shown = [key for key in self.curves if self.point_count(key)]
        if self.legend is None or shown == self._legend_keys:
            return
        self._legend_keys = shown
        self.legend.clear()
        for key in shown:
            self.legend.addItem(self.curves[key], self.labels[key])
        self.legend.setVisible(bool(shown))
        if shown:  # the new entries may need other columns, or no longer fit at all
            self._legend_hidden = False
            self.fit_legend()

    def _fit_span(self) -> None:
        """With ``y_span``: show that range, widened to the lowest and highest point of every curve."""
        if self._y_span is None:
            return
        low, high = self._y_span
        for curve in self.curves.values():
            _, y = curve.getData()
            if y is not None and len(y):
                low, high = min(low, float(np.min(y))), max(high, float(np.max(y)))
        if (low, high) != self._span_shown:  # unchanged: leave the (cached) axis alone
            self._span_shown = (low, high)
            self.getPlotItem().setYRange(low, high, padding=0.02)


class LrPlot(ThemedPlot):
    """Learning rate against the epoch: the live rate per step, and optionally the planned schedule.

    Items: ``live_curve`` (what the optimiser used) and ``preview_curve`` (the schedule computed before the
    run by :func:`models.training.schedule_preview.lr_schedule_preview`, dashed).
    """

    def __init__(self, parent: QWidget | None = None, title: str | None = None, live: bool = True) -> None:
        super().__init__(
            title or QCoreApplication.translate("MetricPlot", "Learning rate"),
            QCoreApplication.translate("MetricPlot", "epoch"),
            QCoreApplication.translate("MetricPlot", "learning rate"),
            parent,
            legend=live,  # a plan alone needs no legend
        )
        item = self.getPlotItem()
        self.preview_curve = item.plot()  # in the legend only while a plan is shown
        self.live_curve = item.plot(name=QCoreApplication.translate("MetricPlot", "actual") if live else None)
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.apply_theme()

    def recolor(self) -> None:
        self.preview_curve.setPen(self.series_pen(4, 2, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.live_curve.setPen(self.series_pen(2, 2))

    def set_preview(self, points: list[tuple[float, float]]) -> None:
        """Draw the planned schedule; ``points`` are ``(epoch, lr)`` pairs."""
        if points:
            x, y = np.asarray(points, dtype=float).T
        else:
            x = y = np.empty(0)
        self.preview_curve.setData(x, y)
        if self.legend is not None:
            self.legend.removeItem(self.preview_curve)
            if len(x):
                self.legend.addItem(self.preview_curve, QCoreApplication.translate("MetricPlot", "planned"))
            self.fit_legend()
        self._fit_y(y)

    def _fit_y(self, y: np.ndarray) -> None:
        """Autoscale, except that a constant rate gets a range from 0 (autoscale would zoom into nothing)."""
        item = self.getPlotItem()
        finite = y[np.isfinite(y)] if len(y) else y
        if len(finite) and np.ptp(finite) <= 1e-12 * max(1e-30, abs(float(finite.max()))):
            item.enableAutoRange(axis="x")
            item.setYRange(0, float(finite.max()) * 1.25 or 1.0, padding=0)
        else:
            item.enableAutoRange()

    def set_live(self, x: np.ndarray, lr: np.ndarray) -> None:
        self.live_curve.setData(x, lr)
        preview = self.preview_curve.getData()[1]
        both = np.concatenate([np.asarray(lr, dtype=float), preview if preview is not None else np.empty(0)])
        if not self.grow_y(both):
            self._fit_y(both)

    def follow_live(self, live: bool) -> None:
        super().follow_live(live)
        if not live:  # the final view: autoscale, but a constant rate still gets a range from zero
            values = [c.getData()[1] for c in (self.live_curve, self.preview_curve)]
            self._fit_y(np.concatenate([v for v in values if v is not None] or [np.empty(0)]))

    def clear_data(self) -> None:
        self.live_curve.setData([], [])
