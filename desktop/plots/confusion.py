"""ConfusionPlot: the confusion matrix as a heatmap with counts in the cells and class names on both axes."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPalette
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from desktop import theme

#: Above this many classes the cell texts are unreadable: the colours carry the information alone.
MAX_CELL_TEXT = 25
#: The numbers' font follows the cell size between these pixel sizes; below the smallest they are hidden (a
#: 1280x720 window gives a 10-class matrix cells of about 12 px, where 11 px digits overlapped).
MAX_FONT_PX, MIN_FONT_PX = 13, 7


class ConfusionPlot(QWidget):
    """Heatmap of true (rows, left axis) against predicted (columns, bottom axis) classes.

    Items: ``image`` (ImageItem; ``image.image`` is indexed ``[predicted, true]``, pyqtgraph's column-major
    order), ``colorbar`` (ColorBarItem) and one TextItem per cell, created when the class count changes.
    ``normalize`` (a checkbox) shows each row as fractions of that true class (recall on the diagonal).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.matrix = np.zeros((0, 0), dtype=np.int64)
        self.class_names: list[str] = []
        self.title = QCoreApplication.translate("ConfusionPlot", "Confusion matrix")
        self._texts: list[pg.TextItem] = []
        self._cells_for = 0  # the class count the cells were made for
        self.cell_font_px = 0  # the numbers' font size (pixels); 0 while they are hidden
        self._tick_step = 0

        self.normalize = QCheckBox(QCoreApplication.translate("ConfusionPlot", "Normalised (rows sum to 1)"))
        self.normalize.setToolTip(
            QCoreApplication.translate(
                "ConfusionPlot", "Each row as fractions of its true class (the diagonal is recall)"
            )
        )
        self.normalize.toggled.connect(self._redraw)
        # The title shares the check box's row (not a plot title above the matrix): on a 1280x720 screen those
        # 25 px made the difference between cells with numbers and cells too small for them.
        self.title_label = QLabel(self.title)
        font = self.title_label.font()
        font.setPointSize(10)
        self.title_label.setFont(font)
        header = QHBoxLayout()
        header.setContentsMargins(8, 2, 4, 0)
        header.addWidget(self.title_label, 1)
        header.addWidget(self.normalize)

        self.view = pg.GraphicsLayoutWidget()
        self.plot = self.view.addPlot()
        self.plot.setLabel("bottom", QCoreApplication.translate("ConfusionPlot", "predicted"))
        self.plot.setLabel("left", QCoreApplication.translate("ConfusionPlot", "true"))
        self.plot.invertY(True)  # row 0 at the top, like a printed matrix
        self.plot.setAspectLocked(True)
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.image = pg.ImageItem(axisOrder="col-major")
        self.plot.addItem(self.image)
        self.cells = pg.ItemGroup()  # the count texts; hidden as one while there is no matrix
        self.plot.addItem(self.cells)
        self.colorbar = pg.ColorBarItem(values=(0, 1), width=14, interactive=False, colorMap=theme.colors().colormap)
        self.colorbar.setImageItem(self.image, insert_in=self.plot)
        self.plot.getViewBox().sigResized.connect(self._fit_texts)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        self.setAutoFillBackground(True)
        self.setMinimumSize(240, 160)
        theme.notifier.changed.connect(self._apply_theme)
        self._apply_theme(theme.current())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(440, 380)

    def set_matrix(self, matrix: Sequence[Sequence[int]] | np.ndarray, class_names: Sequence[str]) -> None:
        """Show a confusion matrix (rows = true class, columns = predicted) with its class names."""
        matrix = np.asarray(matrix, dtype=np.int64)
        if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
            raise ValueError(f"a confusion matrix must be square, got shape {matrix.shape}")
        names = list(class_names) if len(class_names) == len(matrix) else [str(i) for i in range(len(matrix))]
        if len(matrix) != self._cells_for or names != self.class_names:
            self._make_cells(len(matrix), names)
        self.matrix = matrix
        self._redraw()

    def prepare(self, class_names: Sequence[str]) -> bool:
        """Create the cells for ``class_names`` ahead of the first matrix (spreads the cost over frames).

        Returns True when it did the work now, False when the cells were already there.
        """
        names = list(class_names)
        if names == self.class_names or not names:
            return False
        self._make_cells(len(names), names)
        return True

    def set_title(self, title: str) -> None:
        self.title = title
        self.title_label.setText(title)

    def displayed(self) -> np.ndarray:
        """The matrix as drawn (counts, or row fractions when normalised), rows = true class."""
        if not self.normalize.isChecked():
            return self.matrix.astype(float)
        sums = self.matrix.sum(axis=1, keepdims=True)
        return np.divide(self.matrix, sums, out=np.zeros(self.matrix.shape), where=sums > 0)

    def clear_data(self) -> None:
        """Forget the matrix but keep the cells (a new run of the same classes reuses them)."""
        self.matrix = np.zeros((0, 0), dtype=np.int64)
        self.image.clear()
        self.cells.hide()
        self.cell_font_px = 0

    def cell_pixels(self) -> float:
        """The width of one cell on screen, in pixels (0 without a matrix)."""
        n = self._cells_for
        if not n:
            return 0.0
        width = self.plot.getViewBox().mapViewToDevice(pg.Point(1, 0)) - self.plot.getViewBox().mapViewToDevice(
            pg.Point(0, 0)
        )
        return abs(width.x()) if width is not None else 0.0

    # -- internals ---------------------------------------------------------------------------------------
    def _fit_texts(self, *_: object) -> None:
        """Size the numbers to the cells (the widest must fit its cell), hide them where even the smallest
        legible font would not fit, and label every k-th class where the names would overlap."""
        cell = self.cell_pixels()
        self._fit_ticks(cell)
        if not self._texts or self.matrix.size == 0:
            return
        widest = max((t._shown[0] for t in self._texts if hasattr(t, "_shown")), key=len, default="0")
        font = QFont(self.font())
        size = MAX_FONT_PX
        while size >= MIN_FONT_PX:
            font.setPixelSize(size)
            metrics = QFontMetricsF(font)
            if metrics.horizontalAdvance(widest) + 2 <= cell * 0.9 and metrics.height() <= cell:
                break
            size -= 1
        if size < MIN_FONT_PX:
            self.cell_font_px = 0
            self.cells.hide()
            return
        self.cells.show()
        if size != self.cell_font_px:
            self.cell_font_px = size
            for text in self._texts:
                text.setFont(font)

    def _fit_ticks(self, cell: float) -> None:
        """Every class name where they fit, else every k-th one (the others overlapped into a black band)."""
        names = self.class_names
        if not names or cell <= 0:
            return
        metrics = QFontMetricsF(self.plot.getAxis("bottom").style.get("tickFont") or self.font())
        room = max(metrics.horizontalAdvance(name) for name in names) + 6
        step = max(1, math.ceil(max(room, metrics.height() + 2) / cell))
        if step != self._tick_step:
            self._tick_step = step
            ticks = [(i + 0.5, name) for i, name in enumerate(names) if i % step == 0]
            self.plot.getAxis("bottom").setTicks([ticks])
            self.plot.getAxis("left").setTicks([ticks])

    def _make_cells(self, n: int, names: list[str]) -> None:
        for text in self._texts:
            text.setParentItem(None)
            if text.scene() is not None:
                text.scene().removeItem(text)
        self._texts = []
        self.class_names = names
        self._cells_for = n
        if 0 < n <= MAX_CELL_TEXT:
            for row in range(n):
                for col in range(n):
                    text = pg.TextItem("", anchor=(0.5, 0.5))
                    text.setParentItem(self.cells)
                    text.setPos(col + 0.5, row + 0.5)
                    self._texts.append(text)
        self._tick_step = 0  # the next fit labels the new classes
        self.cell_font_px = 0
        if n:
            self.plot.setRange(xRange=(0, n), yRange=(0, n), padding=0)

    def _redraw(self) -> None:
        if self.matrix.size == 0:
            return
        shown = self.displayed()
        top = 1.0 if self.normalize.isChecked() else max(1.0, float(shown.max()))
        self.image.setImage(shown.T, autoLevels=False, levels=(0, top))  # col-major: image[x=pred, y=true]
        self.colorbar.setLevels((0, top))
        if not self._texts:
            return
        self.cells.show()
        cmap = self.colorbar.colorMap()
        flat = shown.reshape(-1)
        # Dark text on bright cells, light text on dark ones, whatever the colormap (one vectorised lookup).
        rgb = cmap.map(flat / top, mode="float")[:, :3] if cmap is not None else np.zeros((flat.size, 3))
        bright = rgb @ np.array([0.299, 0.587, 0.114]) > 0.55
        normalized = self.normalize.isChecked()
        for text, value, light in zip(self._texts, flat, bright):
            label = f"{value:.2f}" if normalized else f"{int(value)}"
            color = "#111111" if light else "#f5f5f5"
            if (label, color) != getattr(text, "_shown", None):  # re-rendering a text item is the costly part
                text.setText(label, color=color)
                text._shown = (label, color)
        self._fit_texts()

    def _apply_theme(self, name: str) -> None:
        c = theme.colors(name)
        self.view.setBackground(c.background)
        palette = self.palette()  # the title row looks like part of the plot, as a plot title would
        palette.setColor(QPalette.ColorRole.Window, QColor(c.background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(c.foreground))
        self.setPalette(palette)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(c.foreground))
            axis.setTextPen(pg.mkPen(c.foreground))
        self.colorbar.setColorMap(pg.colormap.get(c.colormap))
        self.colorbar.axis.setTextPen(pg.mkPen(c.foreground))
        self._redraw()
