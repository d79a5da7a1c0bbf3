"""A themed pyqtgraph plot: title, axis labels, grid and legend that follow the light/dark theme.

Subclasses create their items once in ``__init__`` and only call ``setData`` afterwards (pyqtgraph's
advice for live plots); they recolour their items in :meth:`ThemedPlot.recolor` and call
:meth:`ThemedPlot.apply_theme` at the end of their ``__init__``.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QSize, Signal
from PySide6.QtWidgets import QGraphicsItem, QWidget

from desktop import theme


class ThemedPlot(pg.PlotWidget):
    """A PlotWidget with an optional title, axis labels, grid and legend, recoloured on theme changes.

    Args:
        title, x_label, y_label: Texts ("" shows none).
        legend: Add a legend (series with a ``name`` appear in it).
        legend_corner, legend_columns: Where and in how many columns.
        grid: Grid lines along x and y.
        compact: A small chart inside a panel (class counts, top-k bars): no context menu, no auto-range
            button, no minimum size.

    Signals:
        themeChanged: the theme changed (after :meth:`recolor`); owners recolour the items they added.
    """

    themeChanged = Signal()  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        title: str = "",
        x_label: str = "",
        y_label: str = "",
        parent: QWidget | None = None,
        legend: bool = True,
        legend_corner: str = "top-right",
        legend_columns: int = 1,
        grid: tuple[bool, bool] = (True, True),
        compact: bool = False,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._grid = grid
        item = self.getPlotItem()
        for side, label in (("bottom", x_label), ("left", y_label)):
            if label:
                item.setLabel(side, label)
        item.setMenuEnabled(not compact)
        if compact:
            item.hideButtons()
        else:
            self.setMinimumSize(200, 120)  # six fit a 1280x720 window with the log shown
        offset = (-8, 8) if legend_corner == "top-right" else (-8, -8)  # negative y: anchored at the bottom
        self.legend = item.addLegend(offset=offset, labelTextSize="8pt", colCount=legend_columns) if legend else None
        self._legend_columns = legend_columns
        self._legend_hidden = False  # hidden by fit_legend (not by the subclass, e.g. a ROC plot without data)
        if self.legend is not None:
            item.getViewBox().sigResized.connect(self.fit_legend)  # a bound method: no cycle keeps a closed plot
        # Axes, title and legend change rarely but would be re-drawn (text!) on every curve update: cache them
        # as pixmaps, so a live update repaints little more than the curves.
        cached = [item.getAxis(side) for side in ("left", "bottom", "top", "right")] + [item.titleLabel]
        for graphics in cached + ([self.legend] if self.legend is not None else []):
            graphics.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        theme.notifier.changed.connect(self._apply_theme)
        if compact:  # subclasses (full plots) call apply_theme at the end of their own __init__
            self.apply_theme()

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(420, 300)

    def series_pen(self, index: int, width: float = 2.0, **kwargs: object) -> object:
        """The pen of the ``index``-th series in the current theme's palette."""
        palette = theme.colors().series
        return pg.mkPen(palette[index % len(palette)], width=width, **kwargs)

    def follow_live(self, live: bool) -> None:
        """While a run is live the y axis spans [0, running maximum] and only grows, so the (cached) axes stay
        put and a live update repaints only the curves; afterwards the plot autoscales to the final data."""
        self._live_top = 0.0 if live else None
        if not live:
            self.getPlotItem().enableAutoRange()

    def grow_y(self, values: np.ndarray) -> bool:
        """Extend the live y range to ``values`` (never shrinks); False when not in live mode."""
        if getattr(self, "_live_top", None) is None:
            return False
        finite = values[np.isfinite(values)] if len(values) else values
        if len(finite) and float(finite.max()) > self._live_top:
            self._live_top = float(finite.max()) * 1.15
            self.getPlotItem().setYRange(min(0.0, float(finite.min())), self._live_top, padding=0)
        return True

    def fit_legend(self, *_: object) -> None:
        """Give the legend as many columns as it needs to fit inside the plot, or hide it where it cannot fit
        at all (a plot squeezed on a 1280x720 screen); it was cut off at the plot's edge."""
        legend = self.legend
        if legend is None or not legend.items or self.getPlotItem() is None:  # None: the plot was closed
            return
        box = self.getPlotItem().getViewBox()
        height, width = box.height(), box.width()
        if height <= 1 or width <= 1:
            return
        row = max(label.boundingRect().height() for _, label in legend.items)
        column = max(sample.boundingRect().width() + label.boundingRect().width() for sample, label in legend.items)
        count = len(legend.items)
        fits = None
        for columns in range(self._legend_columns, count + 1):
            rows = math.ceil(count / columns)
            if rows * row + 12 <= height - 8 and columns * (column + 8) + 12 <= width - 8:
                fits = columns
                break
            if columns * (column + 8) > width:
                break
        if fits is None:
            if legend.isVisible():
                legend.hide()
                self._legend_hidden = True
            return
        legend.setColumnCount(fits)
        if self._legend_hidden:
            self._legend_hidden = False
            legend.show()

    def set_title(self, title: str) -> None:
        self._title = title
        self.getPlotItem().setTitle(title or None, color=theme.colors().foreground, size="10pt")

    def apply_theme(self) -> None:
        """Colour the plot and its items for the current theme."""
        self._apply_theme(theme.current())

    def _apply_theme(self, name: str) -> None:
        c = theme.colors(name)
        self.setBackground(c.background)
        item = self.getPlotItem()
        item.setTitle(self._title or None, color=c.foreground, size="10pt")
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(pg.mkPen(c.foreground))
            axis.setTextPen(pg.mkPen(c.foreground))
        item.showGrid(x=self._grid[0], y=self._grid[1], alpha=c.grid_alpha)
        if self.legend is not None:
            self.legend.setLabelTextColor(c.foreground)
            for _, label in self.legend.items:  # existing labels keep their colour until re-rendered
                label.setText(label.text, color=c.foreground)
            background = pg.mkColor(c.background)
            background.setAlpha(150)  # readable over the grid, curves still visible through it
            self.legend.setBrush(pg.mkBrush(background))
        self.recolor()
        self.themeChanged.emit()

    def recolor(self) -> None:
        """Re-apply the theme's colours to the subclass's items (called at creation and on theme changes)."""
