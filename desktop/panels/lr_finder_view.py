"""The learning-rate finder group: runs ``find_lr`` in the background, plots loss against rate, applies it."""

from __future__ import annotations

import threading
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop import theme
from desktop.errors import error_text
from desktop.panels.form_widgets import hint
from desktop.plots.base import ThemedPlot
from desktop.state import ExperimentState
from desktop.workers.background import run_in_background


class LrFinderPlot(ThemedPlot):
    """Smoothed loss against the learning rate (log axis), with the suggested rate marked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            self.tr("Loss against learning rate"),
            self.tr("learning rate"),
            self.tr("loss"),
            parent,
            legend=False,
        )
        item = self.getPlotItem()
        item.setLogMode(x=True, y=False)
        self.curve = item.plot()
        self.marker = pg.InfiniteLine(angle=90, movable=False)
        self.marker.setVisible(False)
        item.addItem(self.marker)
        self.setMinimumHeight(180)
        self.apply_theme()

    def recolor(self) -> None:
        self.curve.setPen(self.series_pen(0, 2))
        self.marker.setPen(pg.mkPen(theme.colors().series[1], width=1.5, style=Qt.PenStyle.DashLine))

    def show_result(self, lrs: list[float], losses: list[float], suggestion: float | None) -> None:
        # As Lightning's own plot: the first points are dominated by the smoothing's start-up, the last one
        # by the divergence that ended the search.
        keep = slice(10, -1) if len(lrs) > 20 else slice(None)
        self.curve.setData(np.asarray(lrs, dtype=float)[keep], np.asarray(losses, dtype=float)[keep])
        self.marker.setVisible(suggestion is not None)
        if suggestion is not None:
            self.marker.setValue(np.log10(suggestion))  # the x axis is in log10 units in log mode


class LrFinderBox(QGroupBox):
    """Find a good learning rate with a short range test, see the curve, apply the suggestion in one click.

    Signals:
        busyChanged(bool): a search started (True) or ended (False); training waits for it.
    """

    busyChanged = Signal(bool)  # noqa: N815 - Qt signal naming

    def __init__(self, state: ExperimentState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Learning-rate finder"), parent)
        self.state = state
        self.suggestion: float | None = None
        self.num_training = 100  # rates tried (one batch each)
        self.result: Any = None
        self._stop: threading.Event | None = None
        self._allowed = False
        self.find_button = QPushButton(self.tr("Find learning rate"))
        self.find_button.setToolTip(
            self.tr(
                "Trains briefly while raising the rate from 1e-6 to 1, and "
                "suggests the rate where the loss falls fastest."
            )
        )
        self.find_button.clicked.connect(self._find_or_stop)
        self.apply_button = QPushButton(self.tr("Use suggestion"))
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply_suggestion)
        self.status = QLabel(self.tr("Not run yet."))
        self.status.setProperty("role", "hint")
        self.status.setWordWrap(True)
        self.plot = LrFinderPlot()
        buttons = QHBoxLayout()
        buttons.addWidget(self.find_button)
        buttons.addWidget(self.apply_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(
            hint(
                self.tr(
                    "A range test on a copy of the network: the experiment is not changed "
                    "until you apply the suggestion."
                )
            )
        )
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.plot, 1)

    @property
    def busy(self) -> bool:
        return self._stop is not None

    def set_allowed(self, allowed: bool, why: str = "") -> None:
        """Whether a search may start now (engine ready, data and network valid, no run active)."""
        self._allowed = allowed
        self.find_button.setEnabled(allowed or self.busy)
        if not allowed and not self.busy and why:
            self.find_button.setToolTip(why)

    def start(self) -> None:
        """Start the range test on a snapshot of the experiment, off the GUI thread."""
        if self.busy:
            return
        from models.training.lr_finder import find_lr

        stop = self._stop = threading.Event()
        experiment = self.state.snapshot()
        self.find_button.setText(self.tr("Stop"))
        self.apply_button.setEnabled(False)
        self.status.setText(self.tr("Searching… ({n} batches)").format(n=self.num_training))
        self.busyChanged.emit(True)
        n = self.num_training
        run_in_background(lambda: find_lr(experiment, stop=stop, num_training=n), self._done, self._failed)

    def stop(self) -> None:
        """Ask a running search to end after its current batch (it reports what it has)."""
        if self._stop is not None:
            self._stop.set()

    def apply_suggestion(self) -> None:
        if self.suggestion is None:
            return
        spec = self.state.experiment.train
        optimizer = spec.optimizer.model_copy(update={"lr": float(f"{self.suggestion:.3g}")})
        self.state.set_train(spec.model_copy(update={"optimizer": optimizer}))
        self.status.setText(self.tr("Learning rate set to {lr:.3g}.").format(lr=self.suggestion))

    def _find_or_stop(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self.status.setText(self.tr("Stopping…"))
        else:
            self.start()

    def _finish(self) -> None:
        self._stop = None
        self.find_button.setText(self.tr("Find learning rate"))
        self.find_button.setEnabled(self._allowed)
        self.busyChanged.emit(False)

    def _done(self, result: Any) -> None:
        self._finish()
        self.result = result
        self.suggestion = result.suggestion
        self.plot.show_result(result.lrs, result.losses, result.suggestion)
        self.apply_button.setEnabled(result.suggestion is not None)
        if result.suggestion is not None:
            self.apply_button.setText(self.tr("Use {lr:.3g}").format(lr=result.suggestion))
            self.status.setText(
                self.tr("Suggested learning rate: {lr:.3g} (steepest loss descent).").format(lr=result.suggestion)
            )
        else:
            self.status.setText(self.tr("No suggestion: the search was too short. Run it again without stopping."))

    def _failed(self, exc: BaseException, details: str) -> None:
        self._finish()
        from desktop.panels.panel_common import show_error

        message = error_text(exc)
        self.status.setText(self.tr("The search failed: {msg}").format(msg=message))
        show_error(self, self.tr("Learning-rate finder failed"), message, details)
