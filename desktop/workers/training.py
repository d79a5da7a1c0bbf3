"""Training off the GUI thread (DESIGN.md §3): TrainingWorker runs ``fit()`` on a QThread; TrainingController
owns it from the GUI side, buffers its events and exposes run/pause/stop.

The worker never touches a widget: ``fit()`` calls the sink on the training thread, the sink emits a Qt
signal, and Qt queues it to the GUI thread where the controller appends the event to a :class:`RunBuffer`.
Stop and pause are ``threading.Event`` objects the core polls between batches (cooperative: no terminate).
"""

from __future__ import annotations

import threading
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QThread, Signal, Slot

from desktop.errors import error_text
from desktop.run_buffer import RunBuffer
from models.training.events import EpochEnd, LogMessage, RunFinished, RunStarted  # torch-free: plain data
from models.vocab import metric_order


class TrainingWorker(QObject):
    """Runs one ``models.training.fit`` call; lives on its own QThread.

    Signals:
        event(object): a training event (emitted on the worker thread; queued to the receiver's thread).
        failed(str, str): fit raised; (plain message, traceback details).
        done(object): fit returned (RunResult) or failed (None); always the last signal.
    """

    event = Signal(object)
    failed = Signal(str, str)
    done = Signal(object)

    def __init__(
        self,
        experiment: Any,
        runs_dir: str | None,
        resume_from: str | None = None,
        extra_epochs: int | None = None,
        limit_batches: int | float | None = None,
    ) -> None:
        super().__init__()
        self.experiment = experiment  # a deep copy: the GUI may keep editing its own
        self.runs_dir = runs_dir
        self.resume_from = resume_from
        self.extra_epochs = extra_epochs
        self.limit_batches = limit_batches
        self.stop = threading.Event()
        self.pause = threading.Event()

    @Slot()
    def run(self) -> None:
        result = None
        try:
            from models.training import fit

            result = fit(
                self.experiment,
                sink=self.event.emit,
                stop=self.stop,
                pause=self.pause,
                resume_from=self.resume_from,
                extra_epochs=self.extra_epochs,
                runs_dir=self.runs_dir,
                devices=1,
                progress_bar=False,
                limit_batches=self.limit_batches,
            )
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the user, never kill the thread
            self.failed.emit(error_text(exc), traceback.format_exc())
        self.done.emit(result)


class TrainingController(QObject):
    """The GUI's handle on training: start, resume, pause, stop, and the live :class:`RunBuffer`.

    Signals:
        runStarted(object): a run began; carries its fresh RunBuffer (plots bind to it).
        runFinished(object): the run ended; carries the RunResult, or None when it failed.
        runFailed(str, str): a run failed; (plain message, details) for the error dialog and the log.
        activeChanged(bool): a run started (True) or ended (False).
        pausedChanged(bool): the run was paused (True) or resumed (False).
        logMessage(str, str): (level, text) for the log panel.
        eventReceived(object): every training event, after it was added to the buffer.
    """

    runStarted = Signal(object)  # noqa: N815 - Qt signal naming
    runFinished = Signal(object)  # noqa: N815
    runFailed = Signal(str, str)  # noqa: N815
    activeChanged = Signal(bool)  # noqa: N815
    pausedChanged = Signal(bool)  # noqa: N815
    logMessage = Signal(str, str)  # noqa: N815
    eventReceived = Signal(object)  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.buffer = RunBuffer()
        self.last_result: Any = None
        self.resuming = False  # whether the active (or last) run continues an earlier one
        self.limit_batches: int | float | None = None  # tests and benchmarks shorten epochs with this
        self._thread: QThread | None = None
        self._worker: TrainingWorker | None = None

    # -- state -------------------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._worker is not None

    @property
    def paused(self) -> bool:
        return self._worker is not None and self._worker.pause.is_set()

    # -- commands ----------------------------------------------------------------------------------------
    def start(self, experiment: Any, runs_dir: str | Path | None = None) -> None:
        """Train ``experiment`` (a snapshot) in a new run folder under ``runs_dir``."""
        self._launch(TrainingWorker(experiment, str(runs_dir) if runs_dir else None, limit_batches=self.limit_batches))

    def resume(self, run_dir: str | Path, extra_epochs: int) -> None:
        """Continue the run in ``run_dir`` from its ``last.ckpt`` for ``extra_epochs`` more epochs."""
        self._launch(
            TrainingWorker(
                None, None, resume_from=str(run_dir), extra_epochs=extra_epochs, limit_batches=self.limit_batches
            )
        )

    def set_paused(self, paused: bool) -> None:
        if self._worker is None or paused == self.paused:
            return
        if paused:
            self._worker.pause.set()
        else:
            self._worker.pause.clear()
        self.pausedChanged.emit(paused)
        self.logMessage.emit("info", self.tr("Training paused.") if paused else self.tr("Training resumed."))

    def stop(self) -> None:
        """Ask the run to stop after the current batch; it saves ``last.ckpt`` and reports ``stopped``."""
        if self._worker is None:
            return
        self._worker.stop.set()
        self._worker.pause.clear()  # a paused run must wake up to notice the stop
        self.logMessage.emit("info", self.tr("Stopping after the current batch…"))

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Process events until the active run has ended (e.g. on quit); False if it is still running."""
        timer = QElapsedTimer()
        timer.start()
        while self.active and timer.elapsed() < timeout_ms:
            QCoreApplication.processEvents()
            if self._thread is not None:
                self._thread.wait(20)
        QCoreApplication.processEvents()
        return not self.active

    # -- internals ---------------------------------------------------------------------------------------
    def _launch(self, worker: TrainingWorker) -> None:
        if self.active:
            raise RuntimeError("a run is already active")
        self.buffer = RunBuffer()
        self.last_result = None
        self.resuming = worker.resume_from is not None
        thread = QThread(self)
        thread.setObjectName("danlu-training")
        worker.moveToThread(thread)
        thread.started.connect(worker.run)
        worker.event.connect(self._on_event)
        worker.failed.connect(self._on_failed)
        worker.done.connect(self._on_done)
        worker.done.connect(thread.quit)
        thread.finished.connect(thread.deleteLater)
        thread.finished.connect(worker.deleteLater)
        self._thread, self._worker = thread, worker
        self.activeChanged.emit(True)
        self.runStarted.emit(self.buffer)
        thread.start()

    @Slot(object)
    def _on_event(self, event: Any) -> None:
        self.buffer.add_event(event)
        self.eventReceived.emit(event)
        if isinstance(event, LogMessage) and event.level != "error":  # errors come through _on_failed with details
            self.logMessage.emit(event.level, event.text)
        elif isinstance(event, RunStarted):
            self.logMessage.emit(
                "info",
                self.tr("Run started in {dir} on {device} ({precision}).").format(
                    dir=event.run_dir, device=event.device, precision=event.precision
                ),
            )
        elif isinstance(event, EpochEnd):
            shown = ", ".join(f"{k} {event.metrics[k]:.4g}" for k in sorted(event.metrics, key=metric_order))
            text = self.tr("Epoch {n}: {metrics}").format(n=event.epoch + 1, metrics=shown)
            self.logMessage.emit("info", text)
        elif isinstance(event, RunFinished) and event.status != "failed":
            status = {"finished": self.tr("finished"), "stopped": self.tr("stopped")}.get(event.status, event.status)
            text = self.tr("Run {status} after {n} epochs.").format(status=status, n=event.epochs_completed)
            self.logMessage.emit("info", text + (f" {event.message}" if event.message else ""))

    @Slot(str, str)
    def _on_failed(self, message: str, details: str) -> None:
        self.buffer.status = "failed"
        self.buffer.version += 1
        self.logMessage.emit("error", message)
        self.runFailed.emit(message, details)

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self.last_result = result
        thread = self._thread
        self._thread = self._worker = None
        if thread is not None:
            thread.quit()
            thread.wait(5000)
        self.activeChanged.emit(False)
        self.runFinished.emit(result)
