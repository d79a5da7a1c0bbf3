"""ScatterPlot: predicted against actual values for regression, with the ideal ``y = x`` line."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop import theme
from desktop.plots.base import ThemedPlot


class ScatterPlot(ThemedPlot):
    """Predicted (y) against actual (x) values; points on the dashed diagonal are perfect predictions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("ScatterPlot", "Predicted vs actual"),
            QCoreApplication.translate("ScatterPlot", "actual"),
            QCoreApplication.translate("ScatterPlot", "predicted"),
            parent,
            legend=False,
        )
        item = self.getPlotItem()
        self.ideal = pg.InfiniteLine(pos=(0, 0), angle=45, movable=False)
        item.addItem(self.ideal)
        self.points = pg.ScatterPlotItem(size=6)
        item.addItem(self.points)
        self.apply_theme()

    def recolor(self) -> None:
        c = theme.colors()
        self.ideal.setPen(pg.mkPen(c.muted, width=1, style=Qt.PenStyle.DashLine))
        color = pg.mkColor(c.series[0])
        color.setAlpha(150)
        self.points.setBrush(pg.mkBrush(color))
        self.points.setPen(None)

    def set_pairs(self, pairs: Sequence[Sequence[float]] | np.ndarray) -> None:
        """Show ``[[actual, predicted], ...]``."""
        data = np.asarray(pairs, dtype=float).reshape(-1, 2) if len(pairs) else np.empty((0, 2))
        self.points.setData(data[:, 0], data[:, 1])

    def point_count(self) -> int:
        return len(self.points.data)

    def clear_data(self) -> None:
        self.points.setData([], [])
