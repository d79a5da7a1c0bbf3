"""ResultsView: every plot of one run (loss, metrics, learning rate, ROC, confusion matrix, scatter), drawn
from a :class:`RunBuffer`. Used live by the Results panel and for saved runs by the Runs panel.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QWidget

from desktop.plots import ConfusionPlot, LossPlot, LrPlot, MetricPlot, RocPlot, ScatterPlot
from desktop.run_buffer import RunBuffer


class ResultsView(QWidget):
    """A grid of plots; :meth:`draw` copies a buffer into them (only when its version changed).

    Classification shows accuracy/F1/AUROC, ROC curves and the confusion matrix; regression and forecasting
    show MSE/MAE, R² and predicted against actual values.
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
        for column in range(3):
            grid.setColumnStretch(column, 1)
        grid.setRowStretch(0, 1)
        grid.setRowStretch(1, 1)
        self.drawn_version = -1
        self.task = ""
        self.set_task("classification")

    def set_task(self, task: str) -> None:
        """Show the plots that fit ``task``."""
        if task == self.task:
            return
        self.task = task
        classification = task == "classification"
        for widget in (self.metrics, self.roc, self.confusion):
            widget.setVisible(classification)
        for widget in (self.errors, self.r2, self.scatter):
            widget.setVisible(not classification)

    def clear(self) -> None:
        for plot in (
            self.loss,
            self.metrics,
            self.errors,
            self.r2,
            self.lr,
            self.roc,
            self.confusion,
            self.scatter,
        ):
            plot.clear_data()
        self.drawn_version = -1

    def draw(self, buf: RunBuffer, force: bool = False) -> bool:
        """Copy ``buf`` into the plots; returns False (and does nothing) when it has not changed."""
        if buf.version == self.drawn_version and not force:
            return False
        self.drawn_version = buf.version
        if buf.task:
            self.set_task(buf.task)
        x = buf.epochs()
        self.loss.set_data(
            buf.step_x.view(),
            buf.step_loss.view(),
            buf.step_smooth.view(),
            x,
            buf.metric("train_loss"),
            buf.metric("val_loss"),
        )
        plot = self.metrics if self.task == "classification" else self.errors
        for key in plot.curves:
            plot.set_series(key, x, buf.metric(key))
        if self.task != "classification":
            self.r2.set_series("val_r2", x, buf.metric("val_r2"))
        self.lr.set_live(buf.lr_x.view(), buf.lr_y.view())
        split = self.tr("test split") if buf.curves_split == "test" else self.tr("validation")
        self.roc.set_title(self.tr("ROC ({split})").format(split=split))
        self.confusion.set_title(self.tr("Confusion matrix ({split})").format(split=split))
        self.scatter.set_title(self.tr("Predicted vs actual ({split})").format(split=split))
        if self.task == "classification":
            if buf.roc:
                self.roc.set_curves(buf.roc)
            if buf.confusion is not None:
                self.confusion.set_matrix(buf.confusion, buf.class_names)
        elif buf.predictions:
            self.scatter.set_pairs(buf.predictions)
        return True
