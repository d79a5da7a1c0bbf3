"""ConfusionPlot: the confusion matrix as a heatmap with counts in the cells and class names on both axes."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QVBoxLayout, QWidget

from desktop import theme

#: Above this many classes the cell texts are unreadable: the colours carry the information alone.
MAX_CELL_TEXT = 25


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

        self.normalize = QCheckBox(QCoreApplication.translate("ConfusionPlot", "Normalised (rows sum to 1)"))
        self.normalize.setToolTip(
            QCoreApplication.translate(
                "ConfusionPlot", "Each row as fractions of its true class (the diagonal is recall)"
            )
        )
        self.normalize.toggled.connect(self._redraw)
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 4, 0)
        header.addStretch(1)
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
        self.colorbar = pg.ColorBarItem(values=(0, 1), width=14, interactive=False, colorMap=theme.colors().colormap)
        self.colorbar.setImageItem(self.image, insert_in=self.plot)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
        self.setMinimumSize(240, 200)
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
        if matrix.shape != self.matrix.shape or names != self.class_names:
            self._make_cells(len(matrix), names)
        self.matrix = matrix
        self._redraw()

    def set_title(self, title: str) -> None:
        self.title = title
        self.plot.setTitle(title, color=theme.colors().foreground, size="10pt")

    def displayed(self) -> np.ndarray:
        """The matrix as drawn (counts, or row fractions when normalised), rows = true class."""
        if not self.normalize.isChecked():
            return self.matrix.astype(float)
        sums = self.matrix.sum(axis=1, keepdims=True)
        return np.divide(self.matrix, sums, out=np.zeros(self.matrix.shape), where=sums > 0)

    def clear_data(self) -> None:
        self._make_cells(0, [])
        self.matrix = np.zeros((0, 0), dtype=np.int64)
        self.image.clear()

    # -- internals ---------------------------------------------------------------------------------------
    def _make_cells(self, n: int, names: list[str]) -> None:
        for text in self._texts:
            self.plot.removeItem(text)
        self._texts = []
        self.class_names = names
        if 0 < n <= MAX_CELL_TEXT:
            for row in range(n):
                for col in range(n):
                    text = pg.TextItem("", anchor=(0.5, 0.5))
                    text.setPos(col + 0.5, row + 0.5)
                    self.plot.addItem(text)
                    self._texts.append(text)
        ticks = [(i + 0.5, name) for i, name in enumerate(names)]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.getAxis("left").setTicks([ticks])
        if n:
            self.plot.setRange(xRange=(0, n), yRange=(0, n), padding=0)

    def _redraw(self) -> None:
        if self.matrix.size == 0:
            return
        shown = self.displayed()
        top = 1.0 if self.normalize.isChecked() else max(1.0, float(shown.max()))
        self.image.setImage(shown.T, autoLevels=False, levels=(0, top))  # col-major: image[x=pred, y=true]
        self.colorbar.setLevels((0, top))
        cmap = self.colorbar.colorMap()
        n = len(shown)
        for index, text in enumerate(self._texts):
            row, col = divmod(index, n)
            value = shown[row, col]
            text.setText(f"{value:.2f}" if self.normalize.isChecked() else f"{int(value)}")
            # Dark text on bright cells, light text on dark ones, whatever the colormap.
            rgb = cmap.map(value / top, mode="float")[:3] if cmap is not None else (0, 0, 0)
            luminance = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2]
            text.setColor("#111111" if luminance > 0.55 else "#f5f5f5")

    def _apply_theme(self, name: str) -> None:
        c = theme.colors(name)
        self.view.setBackground(c.background)
        self.plot.setTitle(self.title, color=c.foreground, size="10pt")
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(c.foreground))
            axis.setTextPen(pg.mkPen(c.foreground))
        self.colorbar.setColorMap(pg.colormap.get(c.colormap))
        self.colorbar.axis.setTextPen(pg.mkPen(c.foreground))
        self._redraw()
