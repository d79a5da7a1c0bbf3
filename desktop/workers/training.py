"""Training off the GUI thread (DESIGN.md §3): TrainingWorker runs ``fit()`` on a QThread; TrainingController
owns it from the GUI side, buffers its events and exposes run/pause/stop.

The worker never touches a widget: ``fit()`` calls the sink on the training thread, the sink emits a Qt
signal, and Qt queues it to the GUI thread where the controller appends the event to a :class:`RunBuffer`.
Stop and pause are ``threading.Event`` objects the core polls between batches (cooperative: no terminate).
"""

from __future__ import annotations

import sys
import threading
import traceback
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QElapsedTimer, QObject, QThread, Signal, Slot

from desktop.core_texts import core_text
from desktop.errors import error_text
from desktop.run_buffer import RunBuffer
from desktop.status_texts import trial_state_text
from models.study.events import StudyFinished, TrialFinished, TrialStarted  # torch-free: plain data
from models.training.events import EpochEnd, LogMessage, RunFinished, RunStarted  # torch-free: plain data
from models.vocab import metric_order


class EngineWorker(QObject):
    """Runs one long engine call on its own QThread: :meth:`work` is the call (a run, or a study).

    Signals:
        event(object): an engine event (emitted on the worker thread; queued to the receiver's thread).
        failed(str, str): the call raised; (plain message, traceback details).
        done(object): the call returned (its result) or failed (None); always the last signal.
    """

    event = Signal(object)
    failed = Signal(str, str)
    done = Signal(object)
    is_study = False

    def __init__(self) -> None:
        super().__init__()
        self.resume_from: str | None = None
        self.stop = threading.Event()
        self.pause = threading.Event()

    def work(self) -> Any:
        raise NotImplementedError

    @Slot()
    def run(self) -> None:
        result = None
        try:
            result = self.work()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the user, never kill the thread
            self.failed.emit(error_text(exc), traceback.format_exc())
        self.done.emit(result)


class TrainingWorker(EngineWorker):
    """Runs one ``models.training.fit`` call (see :class:`EngineWorker` for its signals)."""

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

    def work(self) -> Any:
        from models.training import fit

        return fit(
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


class TrainingController(QObject):
    """The GUI's handle on training: start, resume, pause, stop, and the live :class:`RunBuffer`.

    Signals:
        runStarted(object): a run began; carries its fresh RunBuffer (plots bind to it).
        runFinished(object): the run ended; carries the RunResult, or None when it failed.
        studyFinished(object): a study ended; carries the StudyRun, or None when it failed. (Each of its
            runs starts with runStarted and a fresh RunBuffer, so the Results page shows the trial in flight.)
        runFailed(str, str): a run failed; (plain message, details) for the error dialog and the log.
        activeChanged(bool): a run started (True) or ended (False).
        pausedChanged(bool): the run was paused (True) or resumed (False).
        logMessage(str, str): (level, text) for the log panel.
        eventReceived(object): every training event, after it was added to the buffer.
    """

    #: Python's GIL switch interval while a run is active (None: the interpreter's 5 ms). 1 ms was measured
    #: (benchmarks/gui_responsiveness.py --switch-interval) and made no difference beyond run-to-run noise to
    #: the GUI's event-loop gaps (p99 54 vs 56 ms, load 2-5), so it is off; the benchmark keeps the option.
    SWITCH_INTERVAL_S: float | None = None

    runStarted = Signal(object)  # noqa: N815 - Qt signal naming
    runFinished = Signal(object)  # noqa: N815
    studyFinished = Signal(object)  # noqa: N815
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
        self._worker: EngineWorker | None = None
        self._saved_switch = sys.getswitchinterval()

    # -- state -------------------------------------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._worker is not None

    @property
    def study_running(self) -> bool:
        """True while the active worker runs a study (trials one after another)."""
        return self._worker is not None and self._worker.is_study

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

    def start_study(
        self, spec: Any, folder: str | Path, n_trials: int | None = None, timeout: float | None = None
    ) -> None:
        """Run (or continue) the study ``spec`` in ``folder``, one trial after another, on the training thread."""
        from desktop.workers.study import StudyWorker

        worker = StudyWorker(spec, str(folder), n_trials, timeout, limit_batches=self.limit_batches)
        self._launch(worker)

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
    def _launch(self, worker: EngineWorker) -> None:
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
        self._saved_switch = sys.getswitchinterval()
        if self.SWITCH_INTERVAL_S is not None:
            sys.setswitchinterval(self.SWITCH_INTERVAL_S)
        self.activeChanged.emit(True)
        self.runStarted.emit(self.buffer)
        thread.start()

    @Slot(object)
    def _on_event(self, event: Any) -> None:
        if isinstance(event, RunStarted) and self.buffer.run_dir:  # the next run of a study: a buffer of its own
            self.buffer = RunBuffer()
            self.runStarted.emit(self.buffer)
        self.buffer.add_event(event)
        self.eventReceived.emit(event)
        if isinstance(event, TrialStarted | TrialFinished | StudyFinished):
            self._log_study_event(event)
        elif isinstance(event, LogMessage) and event.level != "error":  # errors come through _on_failed with details
            self.logMessage.emit(event.level, core_text(event.text))
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
            self.logMessage.emit("info", text + (f" {core_text(event.message)}" if event.message else ""))

    def _log_study_event(self, event: TrialStarted | TrialFinished | StudyFinished) -> None:
        if isinstance(event, TrialStarted):
            params = ", ".join(f"{k} = {v}" for k, v in event.params.items())
            self.logMessage.emit("info", self.tr("Trial {n}: {params}").format(n=event.number, params=params))
        elif isinstance(event, TrialFinished):
            shown = f"{event.value:.4g}" if event.value is not None else event.message
            level = "warning" if event.state == "failed" else "info"
            state = trial_state_text(event.state)
            text = self.tr("Trial {n} {state}: {shown}").format(n=event.number, state=state, shown=shown)
            self.logMessage.emit(level, text)
        else:
            self.logMessage.emit(
                "info",
                self.tr("Study {status}: {message}").format(
                    status=self._study_status(event.status), message=core_text(event.message)
                ),
            )

    def _study_status(self, status: str) -> str:
        """A study's end status (:data:`models.study.events.StudyStatus`) in the UI language."""
        return {
            "finished": self.tr("finished"),
            "stopped": self.tr("stopped"),
            "timeout": self.tr("timed out"),
            "budget_reached": self.tr("budget reached"),
        }.get(status, status)

    @Slot(str, str)
    def _on_failed(self, message: str, details: str) -> None:
        self.buffer.status = "failed"
        self.buffer.version += 1
        self.logMessage.emit("error", message)
        self.runFailed.emit(message, details)

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        study = self.study_running
        self.last_result = result
        thread = self._thread
        self._thread = self._worker = None
        sys.setswitchinterval(self._saved_switch)
        if thread is not None:
            thread.quit()
            thread.wait(5000)
        self.activeChanged.emit(False)
        if study:
            self.studyFinished.emit(result)
        else:
            self.runFinished.emit(result)
