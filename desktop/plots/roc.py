"""RocPlot: one ROC curve per class (binary: one curve) with the AUC in the legend, and the chance line."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop import theme
from desktop.plots.base import ThemedPlot

#: Above this many classes the legend would cover the plot: the curves stay, the legend lists the first ones.
MAX_LEGEND_ROWS = 20


class RocPlot(ThemedPlot):
    """ROC curves (true positive rate against false positive rate), one per class, AUC in the legend.

    Curve items are created when the number of curves changes (once per run, when the classes are known)
    and only updated with ``setData`` afterwards.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("RocPlot", "ROC"),
            QCoreApplication.translate("RocPlot", "false positive rate"),
            QCoreApplication.translate("RocPlot", "true positive rate"),
            parent,
            legend_corner="bottom-right",
            legend_columns=2,
        )
        item = self.getPlotItem()
        self.chance = item.plot([0, 1], [0, 1])
        self.curves: list[pg.PlotDataItem] = []
        item.setXRange(0, 1, padding=0.02)
        item.setYRange(0, 1.0, padding=0.02)
        item.setAspectLocked(False)
        self.apply_theme()

    def recolor(self) -> None:
        self.chance.setPen(pg.mkPen(theme.colors().muted, width=1, style=Qt.PenStyle.DashLine))
        for i, curve in enumerate(self.curves):
            curve.setPen(self.series_pen(i, 1.8))

    def set_curves(self, curves: Sequence[object]) -> None:
        """Show ``curves``: objects (or dicts) with ``label``, ``fpr``, ``tpr`` and ``auc``."""
        rows = [_as_dict(c) for c in curves]
        if len(rows) != len(self.curves):
            self._make_curves(len(rows))
        if self.legend is not None:
            self.legend.show()
        for curve, row in zip(self.curves, rows):
            curve.setData(row["fpr"], row["tpr"])
            label = self.legend.getLabel(curve) if self.legend is not None else None
            text = f"{row['label']}  AUC {row['auc']:.3f}"
            if label is not None and label.text != text:
                label.setText(text)
        self.fit_legend()  # the AUC texts set the legend's width

    def prepare(self, count: int) -> bool:
        """Create ``count`` curve items ahead of the first data; True when it did the work now."""
        if count == len(self.curves) or count <= 0:
            return False
        self._make_curves(count)
        return True

    def legend_texts(self) -> list[str]:
        """The legend entries as shown (one per curve with its AUC, up to :data:`MAX_LEGEND_ROWS`)."""
        if self.legend is None:
            return []
        return [label.text for _, label in self.legend.items]

    def clear_data(self) -> None:
        """Empty the curves but keep the items (a new run of the same classes reuses them)."""
        for curve in self.curves:
            curve.setData([], [])
        if self.legend is not None:
            self.legend.hide()
            self._legend_hidden = False

    def _make_curves(self, n: int) -> None:
        item = self.getPlotItem()
        for curve in self.curves:
            item.removeItem(curve)  # also removes its legend row
        self.curves = []
        for i in range(n):
            curve = pg.PlotDataItem()
            item.addItem(curve)
            if self.legend is not None and i < MAX_LEGEND_ROWS:
                self.legend.addItem(curve, "")
            self.curves.append(curve)
        self.recolor()


def _as_dict(curve: object) -> dict:
    if isinstance(curve, dict):
        return curve
    return {"label": curve.label, "fpr": curve.fpr, "tpr": curve.tpr, "auc": curve.auc}
