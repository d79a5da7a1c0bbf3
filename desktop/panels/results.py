"""ResultsPanel: the live view of the current run: progress figures on top, every plot below.

Events are appended to the controller's RunBuffer as they arrive; this panel redraws from it on a 15 Hz
timer (never per event), so a fast model cannot flood the event loop (DESIGN.md §3).
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import vocab_text
from desktop.panels.panel_common import ElidedLabel
from desktop.panels.results_view import ResultsView
from desktop.run_buffer import RunBuffer
from desktop.workers.training import TrainingController
from desktop.workspace import Workspace
from models.vocab import METRICS

REDRAW_HZ = 10


def format_duration(seconds: float | None) -> str:
    """``75`` -> ``1:15``; ``3725`` -> ``1:02:05``; unknown -> ``–``."""
    if seconds is None or not math.isfinite(seconds) or seconds < 0:
        return "–"
    seconds = int(round(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class StatCard(QFrame):
    """A small figure with a caption (samples/s, ETA, ...)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statCard")
        self.value = QLabel("–")
        self.value.setObjectName("statValue")
        caption = QLabel(name)
        caption.setObjectName("statName")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(caption)

    def set(self, text: str) -> None:
        self.value.setText(text)


class ProgressRow:
    """A progress bar with its figures in a label beside it ("epoch 2 of 6").

    The bar draws no text of its own: QProgressBar repaints synchronously on every value change while its
    text shows a value, which costs a full-window paint per call; here the bar is only scheduled for repaint.
    """

    def __init__(self, text_format: str) -> None:
        self.format = text_format
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumHeight(12)
        self.label = QLabel()
        self.label.setMinimumWidth(120)
        self.set(0, 1)

    def set(self, value: int, maximum: int, text: str | None = None) -> None:
        """Show ``value`` of ``maximum``; ``text`` replaces the label's usual "epoch 2 of 6"."""
        maximum = max(1, int(maximum))
        value = max(0, min(int(value), maximum))
        text = self.format.format(value=value, maximum=maximum) if text is None else text
        if (value, maximum, text) == (self.bar.value(), self.bar.maximum(), self.label.text()):
            return
        self.bar.setMaximum(maximum)
        self.bar.setValue(value)
        self.bar.update()
        self.label.setText(text)

    def value(self) -> int:
        return self.bar.value()


class ResultsPanel(QWidget):
    """Live progress and plots of the run the controller is running (or ran last)."""

    def __init__(self, state: Workspace, controller: TrainingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.controller = controller
        self.buffer: RunBuffer = controller.buffer
        self.view = ResultsView()

        # Elided, not widening the page: a long run name made the window wider than a 1280 px screen.
        self.title = ElidedLabel(self.tr("No run yet: press Train."), Qt.TextElideMode.ElideRight)
        self.title.setProperty("role", "heading")
        self.epoch_bar = ProgressRow(self.tr("epoch {value} of {maximum}"))
        self.step_bar = ProgressRow(self.tr("batch {value} of {maximum}"))
        self.cards = {
            "speed": StatCard(self.tr("samples/s")),
            "eta": StatCard(self.tr("time left")),
            "loss": StatCard(self.tr("last loss")),
            "best": StatCard(self.tr("best validation")),
            "memory": StatCard(self.tr("GPU memory")),
        }
        bars = QGridLayout()
        for row, progress in enumerate((self.epoch_bar, self.step_bar)):
            bars.addWidget(progress.label, row, 0)
            bars.addWidget(progress.bar, row, 1)
        header = QHBoxLayout()
        header.addLayout(bars, 2)
        for card in self.cards.values():
            header.addWidget(card)
        self.cards["memory"].hide()  # CUDA only

        # -- export/report hook (export engineer): opens desktop/dialogs/ for the finished run -------------
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setToolTip(
            self.tr("Export this run's model (ONNX, TorchScript, safetensors), checked against the trained model.")
        )
        self.report_button = QPushButton(self.tr("Open report"))
        self.report_button.setToolTip(self.tr("Write this run's HTML report and open it in the browser."))
        self.export_button.clicked.connect(self.export_run)
        self.report_button.clicked.connect(self.open_report)
        title_row = QHBoxLayout()
        title_row.addWidget(self.title, 1)
        title_row.addWidget(self.export_button)
        title_row.addWidget(self.report_button)
        self._update_run_buttons()
        # -- end of hook ----------------------------------------------------------------------------------

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addLayout(header)
        layout.addWidget(self.view, 1)

        self.timer = QTimer(self)
        self.timer.setInterval(1000 // REDRAW_HZ)
        self.timer.timeout.connect(self.redraw)
        controller.runStarted.connect(self._run_started)
        state.dataLoaded.connect(lambda info, _summary: self.view.prepare_classes(list(info.class_names)))
        controller.activeChanged.connect(self._active_changed)

    def set_planned_lr(self, points: list[tuple[float, float]]) -> None:
        """Show the planned schedule next to the live rate (empty for a resumed run)."""
        self.view.lr.set_preview(points)

    def _run_started(self, buffer: RunBuffer) -> None:
        self.buffer = buffer
        self.view.clear(staggered=True)
        self.title.setText(self.tr("Starting…"))
        # No "epoch 0 of N" while the run loads its data: the counts appear with the run's first event.
        self.epoch_bar.set(0, self.epoch_bar.bar.maximum(), "")
        self.step_bar.set(0, self.step_bar.bar.maximum(), "")
        for card in self.cards.values():
            card.set("–")
        self.timer.start()
        self._update_run_buttons()

    def show_run(self, run_dir: str) -> None:
        """Show a saved run (a study's trial) as it ended; the next run that starts replaces it."""
        self._run_started(RunBuffer.from_run_dir(run_dir))
        if not self.controller.active:
            self.timer.stop()
        self.redraw(complete=True)

    def _active_changed(self, active: bool) -> None:
        if not active:
            self.timer.stop()
            self.redraw(complete=True)  # the final state, including the evaluation, all at once
        self._update_run_buttons()

    # -- export/report hook ----------------------------------------------------------------------------------
    def _finished_run(self) -> str:
        """The run folder of the last run once it is no longer training and has a checkpoint, else ""."""
        from pathlib import Path

        run_dir = self.buffer.run_dir
        if not run_dir or self.controller.active:
            return ""
        ckpts = Path(run_dir) / "checkpoints"
        return run_dir if (ckpts / "last.ckpt").is_file() or (ckpts / "best.ckpt").is_file() else ""

    def _update_run_buttons(self) -> None:
        ready = bool(self._finished_run())
        self.export_button.setEnabled(ready)
        self.report_button.setEnabled(ready)

    def export_run(self) -> None:
        """Open the export dialog for the run shown here."""
        from PySide6.QtCore import Qt

        from desktop.dialogs.export_dialog import ExportDialog

        run_dir = self._finished_run()
        if run_dir:
            dialog = ExportDialog(run_dir, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.open()

    def open_report(self) -> None:
        """Write and open the HTML report of the run shown here."""
        from desktop.dialogs.report import open_report

        run_dir = self._finished_run()
        if run_dir:
            open_report(run_dir, self)

    def redraw(self, complete: bool = False) -> None:
        """Copy new events into the plots and figures (called by the timer; cheap when nothing changed)."""
        buf = self.buffer
        if not self.view.draw(buf, complete=complete):
            return
        p = buf.progress
        if buf.epochs_target():
            self.epoch_bar.set(buf.epochs_done(), buf.epochs_target(), self._epoch_text(buf))
        if p.get("batches"):
            self.step_bar.set(int(p.get("batch") or 0), int(p["batches"] or 1))
        if p.get("samples_per_s") is not None:
            self.cards["speed"].set(f"{p['samples_per_s']:,.0f}")
        self.cards["eta"].set(format_duration(p.get("eta_s")) if buf.status == "running" else "0:00")
        if len(buf.step_loss):
            self.cards["loss"].set(f"{buf.step_loss.view()[-1]:.4f}")
        best = self._best_validation(buf)
        if best:
            self.cards["best"].set(best)
        memory = p.get("device_memory_mb")
        self.cards["memory"].setVisible(memory is not None)
        if memory is not None:
            self.cards["memory"].set(f"{memory:,.0f} MB")
        self.title.setText(self._title(buf))

    def _epoch_text(self, buf: RunBuffer) -> str:
        """Where the run is: "epoch 3 of 10" (the one in progress, counted from 1), or how it ended ("stopped
        early at epoch 2 of 10 (validation loss stopped improving)")."""
        done, target = buf.epochs_done(), buf.epochs_target()
        if buf.status == "running":
            return self.tr("epoch {value} of {maximum}").format(value=min(done + 1, target), maximum=target)
        reason = buf.stop_reason
        if reason == "early_stopping":
            monitor = buf.early_stopping_monitor()
            metric = METRICS.get(monitor)
            return self.tr("stopped early at epoch {value} of {maximum} ({metric} stopped improving)").format(
                value=done, maximum=target, metric=vocab_text(metric.label) if metric else monitor
            )
        if buf.status == "stopped":
            why = self.tr("by a signal") if reason == "signal" else self.tr("by you") if reason == "user" else ""
            text = self.tr("stopped at epoch {value} of {maximum}").format(value=done, maximum=target)
            return f"{text} ({why})" if why else text
        if buf.status == "failed":
            if done < target:
                return self.tr("failed in epoch {value} of {maximum}").format(value=done + 1, maximum=target)
            return self.tr("failed after epoch {value} of {maximum}").format(value=done, maximum=target)
        return self.tr("epoch {value} of {maximum}").format(value=done, maximum=target)

    def _best_validation(self, buf: RunBuffer) -> str:
        for key, label in (
            ("val_fd", self.tr("FD")),
            ("val_acc", self.tr("acc")),
            ("val_r2", "R²"),
            ("val_loss", self.tr("loss")),
        ):
            better = max if METRICS[key].maximise else min
            values = [v for v in buf.epoch_metrics.get(key, []) if math.isfinite(v)]
            if values:
                return f"{label} {better(values):.4f}"
        return ""

    def _title(self, buf: RunBuffer) -> str:
        name = buf.run_dir.replace("\\", "/").rsplit("/", 1)[-1] if buf.run_dir else ""
        status: dict[str, Any] = {
            "running": self.tr("Paused") if self.controller.paused else self.tr("Training"),
            "finished": self.tr("Finished"),
            "stopped": self.tr("Stopped (checkpoint kept)"),
            "failed": self.tr("Failed"),
        }
        text = status.get(buf.status, buf.status)
        metrics = (buf.evaluation or {}).get("metrics") or {}
        split = (buf.evaluation or {}).get("split", "test")
        split_name = self.tr("test") if split == "test" else self.tr("validation")
        for key, label in (("acc", self.tr("accuracy")), ("r2", "R²"), ("fd", self.tr("classifier-feature FD"))):
            value = metrics.get(key)
            if isinstance(value, (int, float)):
                text += " · " + self.tr("{split} {metric} {value:.4f}").format(
                    split=split_name, metric=label, value=value
                )
                break
        text += self._baseline_text(buf.evaluation)
        return f"{text} · {name}" if name else text

    def _baseline_text(self, evaluation: dict[str, Any] | None) -> str:
        """ " · network 0.99 - baseline 0.93" (the classic scikit-learn model on the same splits); tooltip: which."""
        from models.baseline import headline  # plain Python: no torch

        base = (evaluation or {}).get("baseline") or {}
        pair = headline(evaluation)
        if pair is None:
            self.title.setToolTip(self.tr("Baseline skipped: {why}").format(why=base["skipped"]) if base else "")
            return ""
        _, network, baseline = pair
        self.title.setToolTip(
            self.tr("Baseline: {model}, trained on the same train split in {s:.1f} s.").format(
                model=base.get("model", ""), s=float(base.get("seconds", 0.0))
            )
        )
        return " · " + self.tr("network {network:.2f} - baseline {baseline:.2f}").format(
            network=network, baseline=baseline
        )
