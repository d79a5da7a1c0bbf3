"""RunsPanel: every run folder (name, date, dataset, network, best metric, status); open one to see its
saved curves, ROC and confusion matrix; select several to overlay a metric; resume; delete; reveal.

Run folders are the store (DESIGN.md §4): this panel only reads them (``list_runs``, metrics.csv,
evaluation.json) and deletes them through the core's ``delete_run``.
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import theme
from desktop.errors import error_text
from desktop.i18n import vocab_text
from desktop.panels.panel_common import ElidedLabel, scrolled
from desktop.panels.results_view import ResultsView
from desktop.plots.base import ThemedPlot
from desktop.run_buffer import RunBuffer
from desktop.settings import Settings
from desktop.workers.training import TrainingController
from desktop.workspace import Workspace
from models.vocab import METRICS, TASKS, metrics_for

STATUS_COLOURS = {"finished": "#009E73", "stopped": "#E69F00", "failed": "#D55E00", "running": "#0072B2"}


def shared_metrics(buffers: list[RunBuffer]) -> list[str]:
    """The metrics every run logs, in the registry's order: those of its task (of its saved columns when the
    task is unknown), so runs of one task are never offered another task's metrics."""
    shared = list(METRICS)
    for buf in buffers:
        own = {m.name for m in metrics_for(buf.task)} if buf.task in TASKS else set(buf.epoch_metrics)
        shared = [name for name in shared if name in own]
    return shared or ["val_loss"]


class CompareView(QWidget):
    """One metric of several runs overlaid (one curve per run, the run name in the legend)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metric_choice = QComboBox()
        self._offer(list(METRICS))
        self.metric_choice.currentIndexChanged.connect(self._draw)
        self.plot = ThemedPlot(self.tr("Compare runs"), self.tr("epoch"), self.tr("value"))
        self.plot.apply_theme()
        self.note = QLabel(self.tr("Select two or more runs in the table to overlay their curves."))
        self.note.setProperty("role", "hint")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Metric")))
        top.addWidget(self.metric_choice)
        top.addWidget(self.note, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.plot, 1)
        self.buffers: list[tuple[str, RunBuffer]] = []
        theme.notifier.changed.connect(self._draw)

    def set_runs(self, runs: list[tuple[str, RunBuffer]]) -> None:
        self.buffers = runs
        self._offer(shared_metrics([buf for _, buf in runs]))
        self._draw()

    def _offer(self, names: list[str]) -> None:
        """List ``names`` (label and name), keeping the chosen metric when it is still offered."""
        current = self.metric_choice.currentData()
        self.metric_choice.blockSignals(True)
        self.metric_choice.clear()
        for name in names:
            self.metric_choice.addItem(f"{vocab_text(METRICS[name].label)} ({name})", name)
        self.metric_choice.setCurrentIndex(max(0, self.metric_choice.findData(current)))
        self.metric_choice.blockSignals(False)

    def curve_names(self) -> list[str]:
        legend = self.plot.legend
        return [label.text for _, label in legend.items] if legend is not None else []

    def _draw(self, *_: Any) -> None:
        item = self.plot.getPlotItem()
        item.clear()  # the selection changed: one new curve per run (not a live path)
        key = self.metric_choice.currentData() or "val_loss"
        for i, (name, buf) in enumerate(self.buffers):
            values = buf.metric(key)
            keep = [math.isfinite(v) for v in values]
            x = [e for e, k in zip(buf.epoch_x, keep) if k]
            y = [v for v, k in zip(values, keep) if k]
            item.plot(
                x,
                y,
                name=name,
                pen=self.plot.series_pen(i, 2),
                symbol="o",
                symbolSize=5,
                symbolBrush=theme.colors().series[i % len(theme.colors().series)],
            )
        self.plot.set_title(self.tr("Compare runs: {metric}").format(metric=vocab_text(METRICS[key].label)))


class RunsPanel(QWidget):
    """The table of runs and the views of the selected ones.

    Signals:
        runOpened(str): a run was opened (its folder); Predict and "Train N more epochs" use it.
    """

    runOpened = Signal(str)  # noqa: N815 - Qt signal naming

    COLUMNS = ("name", "date", "dataset", "network", "best", "test", "epochs", "status")

    def __init__(
        self,
        state: Workspace,
        controller: TrainingController,
        settings: Settings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.controller = controller
        self.settings = settings
        self.runs: list[Any] = []
        self.opened = ""

        self.table = QTableWidget(0, len(self.COLUMNS))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Run"),
                self.tr("Date"),
                self.tr("Dataset"),
                self.tr("Network"),
                self.tr("Best"),
                self.tr("Test (baseline)"),
                self.tr("Epochs"),
                self.tr("Status"),
            ]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.table.itemDoubleClicked.connect(lambda *_: self.open_selected())

        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Show the run's saved curves, ROC and confusion matrix."))
        self.resume_epochs = QSpinBox()
        self.resume_epochs.setRange(1, 100_000)
        self.resume_epochs.setValue(5)
        self.resume_button = QPushButton(self.tr("Train more epochs"))
        self.resume_button.setToolTip(self.tr("Continue the selected run from its last checkpoint."))
        self.reveal_button = QPushButton(self.tr("Show folder"))
        self.reveal_button.setToolTip(self.tr("Open the run folder in the file manager."))
        self.delete_button = QPushButton(self.tr("Delete…"))
        # -- export/report hook (export engineer): opens desktop/dialogs/ ---------------------------------
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Export the run's model to ONNX, TorchScript or safetensors, checked against the trained model.")
        )
        self.report_button = QPushButton(self.tr("Open report"))
        self.report_button.setToolTip(
            self.tr("Write the run's HTML report (curves, ROC, confusion matrix, mistakes) and open it in the browser.")
        )
        self.export_button.clicked.connect(self.export_selected)
        self.report_button.clicked.connect(self.report_selected)
        # -- end of hook ----------------------------------------------------------------------------------
        self.refresh_button.clicked.connect(self.refresh)
        self.open_button.clicked.connect(self.open_selected)
        self.resume_button.clicked.connect(self.resume_selected)
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.folder_label = ElidedLabel()  # a long runs folder must not widen the window past a laptop screen
        self.folder_label.setProperty("role", "hint")

        buttons = QHBoxLayout()
        for widget in (
            self.refresh_button,
            self.open_button,
            self.resume_epochs,
            self.resume_button,
            self.reveal_button,
            self.export_button,
            self.report_button,
            self.delete_button,
        ):
            buttons.addWidget(widget)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_label)

        self.detail = ResultsView()
        self.compare = CompareView()
        self.tabs = QTabWidget()
        self.detail_area = scrolled(self.detail)  # the plots scroll on a small screen; the table keeps its rows
        self.tabs.addTab(self.detail_area, self.tr("Opened run"))
        self.tabs.addTab(self.compare, self.tr("Compare selected"))
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.table)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.tabs)
        # Up to five runs in view from the start (it was one until the splitter was dragged; see refresh), the
        # plots get the rest.
        self._fit_table_rows(0)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1, 10_000])  # the table at its minimum (its rows), not at Qt's default table height
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.addWidget(splitter)

        state.engineReady.connect(self.refresh)
        controller.activeChanged.connect(lambda _active: self.refresh())
        controller.runStarted.connect(lambda _buf: self.refresh())
        settings.runsDirChanged.connect(lambda _path: self.refresh())
        self._selection_changed()

    # -- listing -----------------------------------------------------------------------------------------
    @staticmethod
    def _test_text(run: Any) -> str:
        """ "acc 0.990 (0.930)": the network's test score and, in brackets, the scikit-learn baseline's."""
        if run.test_score is None:
            return ""
        text = f"{run.test_metric} {run.test_score:.3f}"
        return text + (f" ({run.baseline_score:.3f})" if run.baseline_score is not None else "")

    def refresh(self) -> None:
        """Re-read the runs folder (keeps the selection where the runs still exist)."""
        if not self.state.engine_ready:
            return
        from models.training import list_runs

        selected = set(self.selected_paths())
        folder = self.settings.resolved_runs_dir()
        self.folder_label.setText(str(folder))
        self.folder_label.setToolTip(str(folder))
        self.runs = list_runs(folder)
        self.table.setRowCount(len(self.runs))
        self._fit_table_rows(len(self.runs))
        for row, run in enumerate(self.runs):
            best = "" if run.best_metric is None else f"{run.monitor} {run.best_metric:.4f}"
            cells = (
                run.name,
                datetime.fromtimestamp(run.created).strftime("%Y-%m-%d %H:%M"),
                run.dataset,
                run.network,
                best,
                self._test_text(run),
                self._epochs_text(run),
                self._status_text(run),
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, run.path)
                item.setToolTip(run.path)
                if col == len(cells) - 1:
                    item.setForeground(theme_color(STATUS_COLOURS.get(run.status)))
                    item.setToolTip(run.message or run.path)
                if run.problem and col in (0, len(cells) - 1):
                    # Listed with what could be read; the flag says what is wrong (resume repairs the file).
                    item.setToolTip(f"{run.path}\n{run.problem}" if col == 0 else run.problem)
                    item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
                    if col:
                        item.setForeground(theme_color(STATUS_COLOURS["failed"]))
                self.table.setItem(row, col, item)
        self.table.clearSelection()
        for row, run in enumerate(self.runs):
            if run.path in selected:
                self.table.selectRow(row)
        self._selection_changed()

    def _fit_table_rows(self, count: int) -> None:
        """Make the table at least tall enough for ``count`` runs, two to five: five rows at 1280x720 with
        many runs, and more room for the opened run's plots when there are few."""
        rows = min(5, max(2, count))
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth() + 2
        self.table.setMinimumHeight(height + rows * self.table.verticalHeader().defaultSectionSize())

    def _status_text(self, run: Any) -> str:
        """The status and why the run ended ("finished (stopped early)", "stopped by you", "failed (diverged)");
        a damaged status.json is flagged."""
        reason = run.stop_reason
        if run.status == "finished" and reason == "early_stopping":
            text = self.tr("finished (stopped early)")
        elif run.status == "finished" and reason == "target":
            text = self.tr("finished (as asked)")  # fewer epochs than planned: "Train more" continues the plan
        elif run.status == "stopped" and reason == "user":
            text = self.tr("stopped by you")
        elif run.status == "stopped" and reason == "signal":
            text = self.tr("stopped (signal)")
        elif run.status == "failed" and run.message.startswith("training diverged"):  # LossGuard's message
            text = self.tr("failed (diverged)")
        else:
            text = {
                "finished": self.tr("finished"),
                "stopped": self.tr("stopped"),
                "failed": self.tr("failed"),
                "running": self.tr("running"),
                "unknown": self.tr("unknown"),
            }.get(run.status, run.status)
        if run.problem:
            text = self.tr("{status} · status.json damaged").format(status=text)
        return text

    def _epochs_text(self, run: Any) -> str:
        """ "2 of 10" when the run ended before its plan, else the epochs completed."""
        done, planned = run.epochs_completed, run.epochs_planned
        if planned > done and run.status != "running":
            return self.tr("{done} of {planned}").format(done=done, planned=planned)
        return str(done)

    def selected_paths(self) -> list[str]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.runs[r].path for r in rows if r < len(self.runs)]

    def select_run(self, path: str) -> None:
        """Select the row of ``path`` (tests and the "open last run" flow)."""
        for row, run in enumerate(self.runs):
            if run.path == path:
                self.table.selectRow(row)
                return

    def row_of(self, path: str) -> Any:
        return next((run for run in self.runs if run.path == path), None)

    # -- actions -----------------------------------------------------------------------------------------
    def open_selected(self) -> None:
        paths = self.selected_paths()
        if paths:
            self.open_run(paths[0])

    def open_run(self, path: str) -> None:
        """Show a run's saved curves, ROC and confusion matrix, and announce it (Predict, resume)."""
        self.opened = path
        self.detail.clear()
        self.detail.draw(RunBuffer.from_run_dir(path), force=True)
        self.tabs.setCurrentWidget(self.detail_area)
        self.tabs.setTabText(0, self.tr("Opened: {name}").format(name=path.replace("\\", "/").rsplit("/", 1)[-1]))
        self.runOpened.emit(path)

    def resume_selected(self) -> None:
        paths = self.selected_paths()
        if paths and not self.controller.active:
            self.controller.resume(paths[0], self.resume_epochs.value())

    def reveal_selected(self) -> None:
        for path in self.selected_paths()[:1]:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def export_selected(self) -> None:
        """Open the export dialog for the selected run (export hook)."""
        from desktop.dialogs.export_dialog import ExportDialog

        for path in self.selected_paths()[:1]:
            dialog = ExportDialog(path, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def report_selected(self) -> None:
        """Write and open the selected run's HTML report (export hook)."""
        from desktop.dialogs.report import open_report

        for path in self.selected_paths()[:1]:
            open_report(path, self)

    def delete_selected(self) -> None:
        paths = self.selected_paths()
        if not paths:
            return
        names = "\n".join(p.replace("\\", "/").rsplit("/", 1)[-1] for p in paths)
        if not self.confirm(
            self.tr("Delete runs"),
            self.tr("Delete these runs and all their files (checkpoints, curves, exports)?\n\n{names}").format(
                names=names
            ),
        ):
            return
        from desktop.panels.panel_common import show_error
        from models.training import delete_run

        for path in paths:
            if self.controller.active and self.controller.buffer.run_dir == path:
                continue  # never delete the run being trained
            try:
                delete_run(path)
            except Exception as exc:  # noqa: BLE001 - shown to the user; the other runs still go
                show_error(self, self.tr("Cannot delete the run"), error_text(exc))
        if self.opened in paths:
            self.opened = ""
            self.detail.clear()
        self.refresh()

    def confirm(self, title: str, text: str) -> bool:
        """Ask yes/no (tests replace this to answer without a dialog)."""
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _selection_changed(self) -> None:
        paths = self.selected_paths()
        busy = self.controller.active
        self.open_button.setEnabled(len(paths) == 1)
        self.reveal_button.setEnabled(len(paths) == 1)
        self.delete_button.setEnabled(bool(paths))
        run = self.row_of(paths[0]) if len(paths) == 1 else None
        self.resume_button.setEnabled(run is not None and run.has_checkpoint and not busy)
        self.export_button.setEnabled(run is not None and run.has_checkpoint)  # export hook
        self.report_button.setEnabled(run is not None)  # export hook
        if len(paths) >= 2:
            self.compare.set_runs([(p.replace("\\", "/").rsplit("/", 1)[-1], RunBuffer.from_run_dir(p)) for p in paths])
            self.compare.note.setText(self.tr("{n} runs overlaid.").format(n=len(paths)))
            self.tabs.setCurrentWidget(self.compare)


def theme_color(value: str | None) -> Any:
    from PySide6.QtGui import QBrush, QColor

    return QBrush(QColor(value or theme.colors().foreground))
