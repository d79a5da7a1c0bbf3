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
        self._cells_for = 0  # the class count the cells were made for

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
        self.cells = pg.ItemGroup()  # the count texts; hidden as one while there is no matrix
        self.plot.addItem(self.cells)
        self.colorbar = pg.ColorBarItem(values=(0, 1), width=14, interactive=False, colorMap=theme.colors().colormap)
        self.colorbar.setImageItem(self.image, insert_in=self.plot)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)
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
        self.plot.setTitle(title, color=theme.colors().foreground, size="10pt")

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

    # -- internals ---------------------------------------------------------------------------------------
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
