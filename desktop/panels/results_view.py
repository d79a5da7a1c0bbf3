"""ResultsView: every plot of one run (loss, metrics, learning rate, ROC, confusion matrix, scatter), drawn
from a :class:`RunBuffer`. Used live by the Results panel and for saved runs by the Runs panel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.panels.gan_results import GanResultsView
from desktop.plots import ConfusionPlot, LossPlot, LrPlot, MetricPlot, RocPlot, ScatterPlot
from desktop.run_buffer import RunBuffer


class ResultsView(QWidget):
    """A grid of plots; :meth:`draw` copies a buffer into them (only when its version changed).

    Classification shows accuracy/F1/AUROC, ROC curves and the confusion matrix; regression and forecasting
    show MSE/MAE, R² and predicted against actual values; generation (GANs) shows its own view
    (:class:`~desktop.panels.gan_results.GanResultsView`).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.loss = LossPlot()
        self.metrics = MetricPlot(
            self.tr("Validation metrics"),
            self.tr("score"),
            [
                ("val_acc", self.tr("accuracy")),
                ("val_f1", self.tr("F1 (macro)")),
                ("val_auroc", self.tr("AUROC (macro)")),
            ],
            y_range=(0, 1),
            legend_corner="bottom-right",
        )
        self.errors = MetricPlot(
            self.tr("Validation errors"),
            self.tr("error"),
            [("val_mse", self.tr("MSE")), ("val_mae", self.tr("MAE"))],
        )
        self.r2 = MetricPlot(self.tr("Coefficient of determination"), "R²", [("val_r2", "R²")])
        self.lr = LrPlot()
        self.roc = RocPlot()
        self.confusion = ConfusionPlot()
        self.scatter = ScatterPlot()
        self.gan = GanResultsView()
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(8)
        grid.addWidget(self.loss, 0, 0)
        grid.addWidget(self.metrics, 0, 1)
        grid.addWidget(self.errors, 0, 1)
        grid.addWidget(self.lr, 0, 2)
        grid.addWidget(self.roc, 1, 0)
        grid.addWidget(self.r2, 1, 0)
        grid.addWidget(self.confusion, 1, 1, 1, 2)
        grid.addWidget(self.scatter, 1, 1, 1, 2)
        grid.addWidget(self.gan, 0, 0, 2, 3)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        # The bottom row holds the square plots (ROC, confusion matrix): on a short window they need the height
        # more than the curves above do.
        grid.setRowStretch(0, 2)
        grid.setRowStretch(1, 3)
        self.drawn_version = self._drawn_steps = self._drawn_epochs = -1
        self._x_range_for = 0
        self._live = False
        self._pending_clear: list[QWidget] = []
        self._epoch_parts: list[Callable[[], None]] = []
        self.task = ""
        self.set_task("classification")

    def set_task(self, task: str) -> None:
        """Show the plots that fit ``task``."""
        if task == self.task:
            return
        self.task = task
        classification, generation = task == "classification", task == "generation"
        for widget in (self.metrics, self.roc, self.confusion):
            widget.setVisible(classification)
        for widget in (self.errors, self.r2, self.scatter):
            widget.setVisible(not classification and not generation)
        for widget in (self.loss, self.lr):
            widget.setVisible(not generation)
        self.gan.setVisible(generation)

    def clear(self, staggered: bool = False) -> None:
        """Empty every plot; ``staggered`` empties the per-epoch plots one per draw (a run is starting: one
        frame repainting all eight plots would stall the event loop for a moment)."""
        self.loss.clear_data()
        self.lr.clear_data()
        self.gan.clear()
        later = [self.metrics, self.errors, self.r2, self.roc, self.confusion, self.scatter]
        self._pending_clear = later if staggered else []
        self._epoch_parts = []
        if not staggered:
            for plot in later:
                plot.clear_data()
        self.drawn_version = self._drawn_steps = self._drawn_epochs = -1
        self._x_range_for = 0
        self._live = False
        for plot in (self.loss, self.lr):
            plot.follow_live(False)
        for plot in (self.loss, self.lr, self.metrics, self.errors, self.r2):
            plot.getPlotItem().enableAutoRange(axis="x")

    def draw(self, buf: RunBuffer, force: bool = False, complete: bool = False) -> bool:
        """Copy ``buf`` into the plots whose data changed; returns False when nothing changed.

        Per-epoch plots are updated one per call (the live timer calls ten times a second); ``complete``
        finishes every pending update now (the run ended), ``force`` redraws everything (a saved run).

        Painting is the expensive part of a live plot (and it holds the GIL the training thread needs), so
        step data only touches the loss and rate curves, and the ROC and confusion plots change once per epoch.
        """
        if self._pending_clear:
            self._pending_clear.pop(0).clear_data()
        if buf.version == self.drawn_version and not force and not self._epoch_parts:
            return False
        if buf.task:
            self.set_task(buf.task)
        if self.task == "generation":  # its own view: losses, scores, quality and the sample grids
            self.drawn_version = buf.version
            self.gan.draw(buf, force=force or complete)
            return True
        if complete:
            while self._prepare(buf):  # the run has ended: no later tick will come
                pass
        elif not force and self._prepare(buf):
            return True  # item creation took this frame; the data follows on the next tick
        self.drawn_version = buf.version
        live = buf.status == "running"
        if live != self._live:
            self._live = live
            for plot in (self.loss, self.lr):
                plot.follow_live(live)
            if not live:  # the run ended: show exactly the epochs it has
                for plot in (self.metrics, self.errors, self.r2):
                    plot.getPlotItem().enableAutoRange(axis="x")
        if buf.max_epochs and buf.max_epochs != self._x_range_for:
            # A live run: the x axis spans the planned epochs, so it does not re-layout on every update.
            self._x_range_for = buf.max_epochs
            for plot in (self.loss, self.lr):
                plot.getPlotItem().setXRange(0, buf.max_epochs, padding=0.02)
            for plot in (self.metrics, self.errors, self.r2):
                plot.getPlotItem().setXRange(1, max(2, buf.max_epochs), padding=0.04)
        if force or buf.steps_version != self._drawn_steps:
            self._drawn_steps = buf.steps_version
            self.loss.set_steps(buf.step_x.view(), buf.step_loss.view(), buf.step_smooth.view())
            self.lr.set_live(buf.lr_x.view(), buf.lr_y.view())
        if force or buf.epochs_version != self._drawn_epochs:
            self._drawn_epochs = buf.epochs_version
            while self._pending_clear:  # new epoch data: finish emptying first
                self._pending_clear.pop(0).clear_data()
            self._epoch_parts = self._epoch_drawers(buf)
        # One plot per frame: repainting the curves, the ROC and the confusion matrix in one frame stalled
        # the event loop ~50 ms at every epoch end.
        for _ in range(len(self._epoch_parts) if force or complete else min(1, len(self._epoch_parts))):
            self._epoch_parts.pop(0)()
        return True

    def prepare_classes(self, class_names: list[str]) -> None:
        """Create the per-class items before a run (creating 100+ items mid-run would stall a frame)."""
        if len(class_names) >= 2:
            self.confusion.prepare(class_names)
            self.roc.prepare(1 if len(class_names) == 2 else len(class_names))

    def _prepare(self, buf: RunBuffer) -> bool:
        """Create the per-class items once the classes are known, one plot per frame (no long frame)."""
        if self.task != "classification" or not buf.class_names:
            return False
        binary = len(buf.class_names) == 2  # binary ROC: one curve, for the positive class
        return self.confusion.prepare(buf.class_names) or self.roc.prepare(1 if binary else len(buf.class_names))

    def _epoch_drawers(self, buf: RunBuffer) -> list[Callable[[], None]]:
        """The per-epoch plot updates, in the order they are shown (curves first)."""
        if self.task == "classification":
            return [
                lambda: self._draw_epoch_curves(buf),
                lambda: self._draw_roc(buf),
                lambda: self._draw_confusion(buf),
            ]
        return [lambda: self._draw_epoch_curves(buf), lambda: self._draw_scatter(buf)]

    def _split_name(self, buf: RunBuffer) -> str:
        return self.tr("test split") if buf.curves_split == "test" else self.tr("validation")

    def _draw_epoch_curves(self, buf: RunBuffer) -> None:
        x = buf.epochs()
        self.loss.set_epochs(x, buf.metric("train_loss"), buf.metric("val_loss"))
        plot = self.metrics if self.task == "classification" else self.errors
        for key in plot.curves:
            plot.set_series(key, x, buf.metric(key))
        if self.task != "classification":
            self.r2.set_series("val_r2", x, buf.metric("val_r2"))

    def _draw_roc(self, buf: RunBuffer) -> None:
        self.roc.set_title(self.tr("ROC ({split})").format(split=self._split_name(buf)))
        if buf.roc:
            self.roc.set_curves(buf.roc)

    def _draw_confusion(self, buf: RunBuffer) -> None:
        self.confusion.set_title(self.tr("Confusion matrix ({split})").format(split=self._split_name(buf)))
        if buf.confusion is not None:
            self.confusion.set_matrix(buf.confusion, buf.class_names)

    def _draw_scatter(self, buf: RunBuffer) -> None:
        self.scatter.set_title(self.tr("Predicted vs actual ({split})").format(split=self._split_name(buf)))
        if buf.predictions:
            self.scatter.set_pairs(buf.predictions)
