"""Views of the predict panel: the top-k probability bars, an input preview, the misclassified gallery."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QFrame, QLabel, QStackedWidget, QVBoxLayout, QWidget

from desktop import theme
from desktop.panels.data_samples import ScrollGrid, placeholder
from desktop.panels.panel_common import series_color, thumbnail
from desktop.plots.base import ThemedPlot


class TopKChart(QWidget):
    """Horizontal bars of the k most probable classes (most probable on top) with their percentages."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = ThemedPlot(x_label=self.tr("probability"), legend=False, grid=(False, False), compact=True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.6, brush=series_color(0), pen=pg.mkPen(None))
        self.plot.addItem(self.bars)
        self.texts: list[pg.TextItem] = []
        self.plot.themeChanged.connect(self._recolour)
        self.empty = placeholder(self.tr("Choose or drop inputs to see the most probable classes."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.plot)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)
        self.labels: list[str] = []
        self.values: list[float] = []

    def _recolour(self) -> None:
        self.bars.setOpts(brush=series_color(0))
        self.show_scores(list(zip(self.labels, self.values)))

    def show_scores(self, scores: list[tuple[str, float]]) -> None:
        """Draw ``[(label, probability), ...]`` most probable first; an empty list shows the hint."""
        self.labels = [s[0] for s in scores]
        self.values = [float(s[1]) for s in scores]
        for text in self.texts:
            self.plot.removeItem(text)
        self.texts = []
        if not scores:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.plot)
        n = len(scores)
        y = np.arange(n, 0, -1, dtype=float)  # first (most probable) on top
        colours = [series_color(0) if i == 0 else theme.colors().muted for i in range(n)]
        self.bars.setOpts(x0=np.zeros(n), y=y, width=np.asarray(self.values), height=0.6, brushes=colours)
        self.plot.getAxis("left").setTicks([[(float(y[i]), self.labels[i]) for i in range(n)]])
        for i, value in enumerate(self.values):
            inside = value > 0.75  # a long bar carries its number inside, in white
            text = pg.TextItem(
                f"{value:.1%}",
                color="#ffffff" if inside else theme.colors().foreground,
                anchor=(1, 0.5) if inside else (0, 0.5),
            )
            text.setPos(value - 0.01 if inside else value + 0.01, y[i])
            self.plot.addItem(text)
            self.texts.append(text)
        self.plot.setXRange(0, 1.0, padding=0.02)
        self.plot.setYRange(0.4, n + 0.6, padding=0)


class InputPreview(QWidget):
    """The selected input: the image itself, or its series (with the forecast continuation, if any)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumSize(120, 100)  # with the explanation shown, the page still fits a 1280x720 screen
        self.plot = ThemedPlot(legend=False, grid=(False, True), compact=True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.stack = QStackedWidget()
        self.stack.addWidget(placeholder(""))
        self.stack.addWidget(self.image)
        self.stack.addWidget(self.plot)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.stack)

    def show_input(self, preview: Any, forecast: list[float] | None = None) -> None:
        """``preview``: a QImage, a ``[T, F]`` array, or None."""
        if isinstance(preview, QImage):
            self.image.setPixmap(QPixmap.fromImage(preview))
            self.stack.setCurrentWidget(self.image)
            return
        if isinstance(preview, np.ndarray) and preview.ndim == 2:
            self.plot.clear()
            t = np.arange(len(preview))
            for f in range(min(preview.shape[1], 4)):
                self.plot.plot(t, preview[:, f], pen=pg.mkPen(series_color(f), width=1.5))
            if forecast:
                channels = max(1, min(preview.shape[1], 4))
                ahead = np.asarray(forecast, dtype=float).reshape(-1, channels)
                tf = np.arange(len(preview) - 1, len(preview) + len(ahead))
                for f in range(ahead.shape[1]):
                    ys = np.concatenate([[preview[-1, f]], ahead[:, f]])
                    self.plot.plot(
                        tf,
                        ys,
                        pen=pg.mkPen(series_color(f), width=2, style=Qt.PenStyle.DashLine),
                        symbol="o",
                        symbolSize=5,
                        symbolBrush=series_color(f),
                    )
            self.stack.setCurrentWidget(self.plot)
            return
        self.stack.setCurrentIndex(0)


class _Cell(QFrame):
    """A gallery cell that reports clicks."""

    clicked = Signal()

    def mousePressEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        self.clicked.emit()
        super().mousePressEvent(event)


class MisclassifiedGallery(ScrollGrid):
    """Misclassified samples of a split, most confident mistakes first: the sample, true and predicted label.

    Signals:
        chosen(int): the position of the clicked sample in the items shown.
    """

    SIZE = 84
    COLUMNS = 6
    chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Choose a split and press Show to list the samples the network gets wrong."), parent)
        self.count = 0
        self.cells: list[QFrame] = []

    def show_items(self, items: list[dict[str, Any]]) -> None:
        """``items``: dicts with ``preview`` (image array or ``[T, F]`` series), ``true``, ``pred``, ``confidence``."""
        self.count = 0
        self.cells = []
        if not items:
            self.set_message(self.tr("No misclassified samples in this split."))
            return
        _, grid = self.fresh()
        for k, item in enumerate(items):
            cell = _Cell()
            cell.clicked.connect(lambda k=k: self.chosen.emit(k))
            self.cells.append(cell)
            cell.setFrameShape(QFrame.Shape.StyledPanel)
            lay = QVBoxLayout(cell)
            lay.setContentsMargins(4, 4, 4, 4)
            pic = QLabel()
            pic.setAlignment(Qt.AlignmentFlag.AlignCenter)
            pic.setFixedSize(self.SIZE, self.SIZE)
            preview = item.get("preview")
            if preview is None:
                pic.setText(self.tr("sample {index}").format(index=item.get("index", "?")))
            elif np.asarray(preview).ndim == 3:
                pic.setPixmap(thumbnail(preview, self.SIZE))
            else:
                pic.setPixmap(_series_pixmap(np.asarray(preview), self.SIZE))
            caption = QLabel(
                self.tr("true: {true}\npredicted: {pred} ({p:.0%})").format(
                    true=item["true"], pred=item["pred"], p=item["confidence"]
                )
            )
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption.setStyleSheet("font-size: 11px;")
            lay.addWidget(pic, 0, Qt.AlignmentFlag.AlignHCenter)
            lay.addWidget(caption)
            cell.setToolTip(self.tr("sample {index} of the split").format(index=item.get("index", "?")))
            grid.addWidget(cell, k // self.COLUMNS, k % self.COLUMNS)
            self.count += 1


def _series_pixmap(series: np.ndarray, size: int) -> QPixmap:
    """A tiny line plot of a ``[T, F]`` series rendered offscreen (for the gallery cells)."""
    plot = pg.PlotWidget(background=theme.colors().background)
    plot.hideAxis("left")
    plot.hideAxis("bottom")
    plot.setFixedSize(size, size)
    a = series.reshape(series.shape[0], -1)
    for f in range(min(a.shape[1], 3)):
        plot.plot(np.arange(len(a)), a[:, f], pen=pg.mkPen(series_color(f), width=1.2))
    pixmap = plot.grab()
    plot.deleteLater()
    return pixmap
