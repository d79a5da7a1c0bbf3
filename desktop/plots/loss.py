"""LossPlot: training loss per step (raw and smoothed) and per epoch, validation loss per epoch."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop import theme
from desktop.plots.base import ThemedPlot


class LossPlot(ThemedPlot):
    """Loss against epochs: x is fractional (epoch 1.5 = half way through the second epoch).

    Items (created once): ``step_curve`` (raw step losses, faint), ``smooth_curve`` (their exponential moving
    average), ``epoch_curve`` (train loss per epoch) and ``val_curve`` (validation loss per epoch).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("LossPlot", "Loss"),
            QCoreApplication.translate("LossPlot", "epoch"),
            QCoreApplication.translate("LossPlot", "loss"),
            parent,
        )
        item = self.getPlotItem()
        self.step_curve = item.plot(name=QCoreApplication.translate("LossPlot", "train (step)"))
        self.smooth_curve = item.plot(name=QCoreApplication.translate("LossPlot", "train (smoothed)"))
        self.epoch_curve = item.plot(
            name=QCoreApplication.translate("LossPlot", "train (epoch mean)"), symbol="o", symbolSize=6
        )
        self.val_curve = item.plot(name=QCoreApplication.translate("LossPlot", "validation"), symbol="s", symbolSize=6)
        # Step curves grow without bound: draw only what is visible, one min/max pair per pixel.
        item.setDownsampling(auto=True, mode="peak")
        item.setClipToView(True)
        self.apply_theme()

    def recolor(self) -> None:
        c = theme.colors()
        self.step_curve.setPen(pg.mkPen(c.muted, width=1))
        self.smooth_curve.setPen(self.series_pen(0, 2))
        self.epoch_curve.setPen(self.series_pen(0, 1.5, style=pg.QtCore.Qt.PenStyle.DashLine))
        self.epoch_curve.setSymbolBrush(c.series[0])
        self.epoch_curve.setSymbolPen(c.series[0])
        self.val_curve.setPen(self.series_pen(1, 2))
        self.val_curve.setSymbolBrush(c.series[1])
        self.val_curve.setSymbolPen(c.series[1])

    def set_steps(self, step_x: np.ndarray, step_loss: np.ndarray, smooth: np.ndarray) -> None:
        """Replace the per-step curves (raw and smoothed loss)."""
        self.step_curve.setData(step_x, step_loss)
        self.smooth_curve.setData(step_x, smooth)
        self.grow_y(step_loss)

    def set_epochs(self, epoch_x: np.ndarray, train_epoch: np.ndarray, val_epoch: np.ndarray) -> None:
        """Replace the per-epoch curves; NaNs (epochs without the value) are left out."""
        self.epoch_curve.setData(*_finite(epoch_x, train_epoch))
        self.val_curve.setData(*_finite(epoch_x, val_epoch))
        self.grow_y(np.concatenate([train_epoch, val_epoch]))

    def set_data(
        self,
        step_x: np.ndarray,
        step_loss: np.ndarray,
        smooth: np.ndarray,
        epoch_x: np.ndarray,
        train_epoch: np.ndarray,
        val_epoch: np.ndarray,
    ) -> None:
        """Replace every curve's data (arrays may be empty)."""
        self.set_steps(step_x, step_loss, smooth)
        self.set_epochs(epoch_x, train_epoch, val_epoch)

    def clear_data(self) -> None:
        empty = np.empty(0)
        self.set_data(empty, empty, empty, empty, empty, empty)


def _finite(x: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    keep = np.isfinite(y)
    return x[keep], y[keep]
