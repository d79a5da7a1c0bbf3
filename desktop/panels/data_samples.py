"""Sample views of the data panel: image thumbnails per class, sequence plots per class, augmentation preview.

The arrays are produced off the GUI thread by the data core (``sample_thumbnails``, ``sample_series``,
``preview_augmentations``); these widgets only turn plain numpy arrays into pixmaps and curves.
"""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.panels.panel_common import series_color, thumbnail


def placeholder(text: str) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setObjectName("placeholder")
    return label


class ScrollGrid(QScrollArea):
    """A scroll area whose content is rebuilt on every ``show_*`` call."""

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_text = empty_text
        self.set_message(empty_text)

    def set_message(self, text: str) -> None:
        self.setWidget(placeholder(text))

    def fresh(self) -> tuple[QWidget, QGridLayout]:
        content = QWidget()
        grid = QGridLayout(content)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        grid.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.setWidget(content)
        return content, grid


class SampleGrid(ScrollGrid):
    """One row per class: the class name, then a few thumbnails of its training images."""

    SIZE = 64

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Image samples appear here once an image dataset is loaded."), parent)
        self.count = 0

    def show_samples(self, samples: dict[str, list[Any]]) -> None:
        """Show ``{class name: [image array, ...]}``."""
        _, grid = self.fresh()
        self.count = 0
        for row, (name, images) in enumerate(samples.items()):
            title = QLabel(f"<b>{name}</b>")
            title.setMinimumWidth(40)
            title.setMaximumWidth(140)
            title.setToolTip(name)
            grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignVCenter)
            for col, img in enumerate(images, start=1):
                cell = QLabel()
                cell.setPixmap(thumbnail(img, self.SIZE))
                cell.setFixedSize(self.SIZE + 4, self.SIZE + 4)
                cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
                cell.setFrameShape(QFrame.Shape.StyledPanel)
                shape = "×".join(str(s) for s in np.asarray(img).shape)
                cell.setToolTip(f"{name} ({shape})")
                grid.addWidget(cell, row, col)
                self.count += 1
        if not samples:
            self.set_message(self.empty_text)


class SeriesGrid(QWidget):
    """One small plot per class with a few of its training series overlaid (every feature channel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = pg.GraphicsLayoutWidget()
        self.view.ci.setSpacing(8)
        self.empty = placeholder(self.tr("Sequence plots appear here once a sequence dataset is loaded."))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)
        lay.addWidget(self.empty)
        self.plots: list[pg.PlotItem] = []
        self._last: dict[str, list[Any]] = {}
        theme.notifier.changed.connect(self._restyle)
        self.show_series({})

    def _restyle(self, *_: Any) -> None:
        self.show_series(self._last)

    def show_series(self, series: dict[str, list[Any]]) -> None:
        """Show ``{class name: [array [T, F], ...]}``."""
        self._last = series
        colors = theme.colors()
        self.view.setBackground(colors.background)
        self.view.clear()
        self.plots = []
        self.view.setVisible(bool(series))
        self.empty.setVisible(not series)
        cols = 1 if len(series) == 1 else 2 if len(series) <= 6 else 3
        for i, (name, items) in enumerate(series.items()):
            plot = self.view.addPlot(row=i // cols, col=i % cols)
            plot.setTitle(str(name), color=colors.foreground, size="10pt")
            plot.setMenuEnabled(False)
            plot.hideButtons()
            plot.setMouseEnabled(x=False, y=False)
            for axis in ("left", "bottom"):
                plot.getAxis(axis).setPen(pg.mkPen(colors.foreground))
                plot.getAxis(axis).setTextPen(pg.mkPen(colors.foreground))
            for arr in items:
                a = np.asarray(arr, dtype=float)
                a = a[:, None] if a.ndim == 1 else a.reshape(a.shape[0], -1)
                for f in range(min(a.shape[1], 4)):  # more channels would be unreadable at this size
                    pen = pg.mkPen(series_color(i if a.shape[1] == 1 else f), width=1.2)
                    pen.setColor(pg.mkColor(pen.color().name() + "b0"))
                    plot.plot(np.arange(a.shape[0]), a[:, f], pen=pen)
            self.plots.append(plot)
        if cols > 1:
            self.view.setMinimumHeight(170 * ((len(series) + cols - 1) // cols))


class AugmentPreview(QWidget):
    """A grid of augmented training images: what the network sees in training with these settings.

    Signals:
        reshuffleRequested: the user asked for other random samples.
    """

    reshuffleRequested = Signal()
    SIZE = 84
    COLUMNS = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.shuffle = QPushButton(self.tr("Other samples"))
        self.shuffle.clicked.connect(self.reshuffleRequested)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        top.addWidget(self.shuffle)
        self.scroll = ScrollGrid(self.tr("The preview appears here for image datasets."))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 4, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.scroll, 1)
        self.count = 0

    def set_message(self, text: str) -> None:
        self.count = 0
        self.scroll.set_message(text)

    def show_preview(self, images: list[Any], enabled: bool = True) -> None:
        """Show augmented image arrays; ``enabled`` False says the settings are not switched on yet."""
        self.caption.setText(
            self.tr("Random augmented training images, as the network sees them in training.")
            if enabled
            else self.tr("Augmentation is off. With the settings on the left, training images would look like this.")
        )
        self.count = 0
        if not images:
            self.scroll.set_message(self.scroll.empty_text)
            return
        _, grid = self.scroll.fresh()
        for k, img in enumerate(images):
            cell = QLabel()
            cell.setPixmap(thumbnail(img, self.SIZE))
            cell.setFixedSize(self.SIZE + 4, self.SIZE + 4)
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setFrameShape(QFrame.Shape.StyledPanel)
            grid.addWidget(cell, k // self.COLUMNS, k % self.COLUMNS)
            self.count += 1
