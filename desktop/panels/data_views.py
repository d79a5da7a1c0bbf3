"""Read-only views of a DataSummary: key facts, class counts as bars, and the table of skipped files."""

from __future__ import annotations

from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core_texts import core_text
from desktop.panels.panel_common import series_color
from desktop.plots.base import ThemedPlot


class SummaryFacts(QWidget):
    """The dataset at a glance: source, task, input shape, split sizes, classes, value range, notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        for key, title in (
            ("source", self.tr("Source")),
            ("task", self.tr("Task")),
            ("shape", self.tr("Input shape")),
            ("sizes", self.tr("Samples")),
            ("classes", self.tr("Classes")),
            ("range", self.tr("Value range")),
            ("notes", self.tr("Notes")),
        ):
            label = QLabel("—")
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.labels[key] = label
            self.form.addRow(title, label)

    def clear(self) -> None:
        for label in self.labels.values():
            label.setText("—")

    def show_summary(self, summary: Any) -> None:
        """Fill the facts from a ``models.data.DataSummary``."""
        shape = "[" + ", ".join(str(d) for d in summary.input_shape) + "]"
        layout = {
            "image": self.tr("channels, height, width"),
            "sequence": self.tr("time steps, features"),
            "forecast": self.tr("time steps, features"),
            "tabular": self.tr("features"),
            "text": self.tr("tokens"),
        }.get(summary.modality, "")
        sizes = summary.split_sizes
        total = sum(sizes.values())
        tasks = {
            "classification": self.tr("classification"),
            "regression": self.tr("regression"),
            "forecasting": self.tr("forecasting"),
        }
        modalities = {
            "image": self.tr("images"),
            "sequence": self.tr("sequences"),
            "tabular": self.tr("table"),
            "text": self.tr("text"),
            "forecast": self.tr("time series"),
        }
        self.labels["source"].setText(str(summary.source))
        self.labels["task"].setText(
            f"{tasks.get(summary.task, summary.task)} · {modalities.get(summary.modality, summary.modality)}"
        )
        self.labels["shape"].setText(f"{shape}  ({layout}, {summary.input_dtype})" if layout else shape)
        text = self.tr("{total} = {train} train + {val} validation + {test} test")
        self.labels["sizes"].setText(
            text.format(total=total, train=sizes.get("train", 0), val=sizes.get("val", 0), test=sizes.get("test", 0))
        )
        names = list(summary.class_names)
        shown = ", ".join(names[:12]) + (" …" if len(names) > 12 else "")
        none = self.tr("none (regression targets)")
        self.labels["classes"].setText(f"{len(names)}: {shown}" if names else none)
        rng = list(summary.value_range)
        self.labels["range"].setText(f"{rng[0]:.4g} … {rng[1]:.4g}" if len(rng) == 2 else "—")
        self.labels["notes"].setText("\n".join(core_text(n) for n in summary.notes) or "—")


class ClassCountsChart(QWidget):
    """Samples per class and split as grouped bars (pyqtgraph ``BarGraphItem``), class names on the x axis."""

    SPLITS = ("train", "val", "test")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot = ThemedPlot(y_label=self.tr("samples"), legend=False, grid=(False, True), compact=True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.legend = self.plot.getPlotItem().addLegend(offset=(-10, 6), colCount=3)
        titles = {"train": self.tr("train"), "val": self.tr("validation"), "test": self.tr("test")}
        width = 0.8 / len(self.SPLITS)
        self.bars: dict[str, pg.BarGraphItem] = {}
        for i, split in enumerate(self.SPLITS):
            bar = pg.BarGraphItem(
                x=[], height=[], width=width, brush=series_color(i), pen=pg.mkPen(None), name=titles[split]
            )
            self.plot.addItem(bar)  # the legend picks the bar up by its name
            self.bars[split] = bar
        self.plot.themeChanged.connect(self._recolour)
        self.empty = QLabel(self.tr("Class counts appear here for classification datasets."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.plot)
        lay.addWidget(self.empty)
        self.show_counts([], {})

    def _recolour(self) -> None:
        for i, bar in enumerate(self.bars.values()):
            bar.setOpts(brush=series_color(i))

    def show_counts(self, class_names: list[str], counts: dict[str, list[int]]) -> None:
        """Draw ``counts[split][class]``; an empty ``class_names`` shows the explanation instead."""
        has = bool(class_names and counts)
        self.plot.setVisible(has)
        self.empty.setVisible(not has)
        if not has:
            return
        x = np.arange(len(class_names), dtype=float)
        width = 0.8 / len(self.SPLITS)
        top = 1
        for i, split in enumerate(self.SPLITS):
            h = np.asarray(counts.get(split) or [0] * len(class_names), dtype=float)
            self.bars[split].setOpts(x=x + (i - 1) * width, height=h, width=width)
            top = max(top, float(h.max()) if h.size else 0)
        step = max(1, len(class_names) // 20)  # keep labels readable with many classes
        ticks = [(float(i), class_names[i]) for i in range(0, len(class_names), step)]
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setXRange(-0.6, len(class_names) - 0.4, padding=0)
        self.plot.setYRange(0, top * 1.2, padding=0)  # room for the legend


class SkippedTable(QTableWidget):
    """Files or rows that were not used, with the reason for each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([self.tr("File or row"), self.tr("Reason")])
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.horizontalHeader().setStretchLastSection(True)
        self.setColumnWidth(0, 320)
        self.verticalHeader().setVisible(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)

    def show_skipped(self, skipped: list[Any]) -> None:
        self.setRowCount(len(skipped))
        for row, item in enumerate(skipped):
            for col, text in enumerate((str(item.path), core_text(str(item.reason)))):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.setItem(row, col, cell)
