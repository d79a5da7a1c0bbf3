"""Generated images: a pixel-exact image view, and the epoch-by-epoch sample grid with its slider.

Each view owns one ``pg.ImageItem`` created once; new grids arrive with ``setImage`` from the Results
panel's redraw timer (never per event).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSlider, QVBoxLayout, QWidget

from desktop import theme
from desktop.sample_store import SampleStore


class SampleImage(pg.GraphicsLayoutWidget):
    """One 8-bit image (grey ``[H, W]`` or colour ``[H, W, 3]``), scaled to fit with square pixels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = self.addViewBox(lockAspect=True, invertY=True, enableMouse=False)
        self.box.setMenuEnabled(False)
        self.item = pg.ImageItem(axisOrder="row-major")
        self.box.addItem(self.item)
        self.shown: np.ndarray | None = None
        self.setMinimumSize(120, 80)
        theme.notifier.changed.connect(self._apply_theme)
        self._apply_theme(theme.current())

    def _apply_theme(self, name: str) -> None:
        self.setBackground(theme.colors(name).background)

    def set_image(self, grid: np.ndarray | None) -> None:
        """Show ``grid`` (None: empty); the view refits only when the image size changes."""
        if grid is None:
            self.item.clear()
            self.shown = None
            return
        resized = self.shown is None or self.shown.shape[:2] != grid.shape[:2]
        self.item.setImage(grid, levels=(0, 255), autoLevels=False)
        self.shown = grid
        if resized:
            self.box.autoRange(padding=0.01)


class SampleGridView(QWidget):
    """The fixed latent batch as the generator drew it after each epoch, with a slider through the epochs.

    While the slider is at its right end the view follows the run (the newest epoch grid, or a live grid
    from within the current epoch); moving it back shows an earlier epoch and stays there.
    """

    shownChanged = Signal(int)  # the epoch index now shown (-1: a live grid)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.image = SampleImage()
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, 0)
        self.slider.setEnabled(False)
        self.slider.setToolTip(self.tr("Move to see the samples after an earlier epoch."))
        self.label = QLabel(self.tr("Samples appear after the first epoch."))
        self.label.setMinimumWidth(140)
        row = QHBoxLayout()
        row.addWidget(self.slider, 1)
        row.addWidget(self.label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.image, 1)
        layout.addLayout(row)
        self.store = SampleStore()
        self.following = True
        self._drawn = -1
        self.slider.valueChanged.connect(self._slid)

    def clear(self) -> None:
        self.store = SampleStore()
        self.following = True
        self._drawn = -1
        self.slider.blockSignals(True)
        self.slider.setRange(0, 0)
        self.slider.blockSignals(False)
        self.slider.setEnabled(False)
        self.image.set_image(None)
        self.label.setText(self.tr("Samples appear after the first epoch."))

    def update_from(self, store: SampleStore) -> None:
        """Take the run's grids (cheap when nothing changed; called by the redraw timer)."""
        if store is self.store and store.version == self._drawn:
            return
        self.store, self._drawn = store, store.version
        last = len(store) - 1
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, last))
        if self.following:
            self.slider.setValue(max(0, last))
        self.slider.blockSignals(False)
        self.slider.setEnabled(last > 0)
        if self.following:
            self._show_latest()
        elif self.slider.value() > last:
            self._show(last)

    def _show_latest(self) -> None:
        if self.store.live is not None:
            self.image.set_image(self.store.live)
            epoch = self.store.epochs[-1] + 1 if len(self.store) else 1
            self.label.setText(self.tr("epoch {n} (in progress)").format(n=epoch))
            self.shownChanged.emit(-1)
        elif len(self.store):
            self._show(len(self.store) - 1)

    def _show(self, index: int) -> None:
        self.image.set_image(self.store.grid(index))
        self.label.setText(
            self.tr("epoch {n} of {total}").format(n=self.store.epochs[index], total=self.store.epochs[-1])
        )
        self.shownChanged.emit(index)

    def _slid(self, value: int) -> None:
        self.following = value >= len(self.store) - 1
        if self.following:
            self._show_latest()
        elif len(self.store):
            self._show(value)
