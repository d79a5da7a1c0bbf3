"""RunBuffer: the GUI-side store of one run's curves, filled from training events or from a run folder.

Events arrive on the GUI thread (queued signal) many times a second; appending to a buffer is cheap, and the
plots redraw from it on a timer (DESIGN.md §3). The same structure holds a finished run read back from its
``metrics.csv`` and ``evaluation.json``, so live and saved runs are drawn by the same code.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

from desktop.sample_store import SampleStore
from models.training.events import EpochEnd, RunFinished, RunStarted, StepProgress  # torch-free: plain data
from models.training.metrics_log import read_metrics_csv

#: Smoothing of the step loss (exponential moving average with TensorBoard's de-biasing).
SMOOTHING = 0.8


class Growing:
    """A float64 array that grows by doubling, so appending is amortised O(1) and views are free."""

    def __init__(self, capacity: int = 256) -> None:
        self._data = np.empty(capacity)
        self._n = 0

    def append(self, value: float) -> None:
        if self._n == len(self._data):
            self._data = np.concatenate([self._data, np.empty(len(self._data))])
        self._data[self._n] = value
        self._n += 1

    def view(self) -> np.ndarray:
        return self._data[: self._n]

    def __len__(self) -> int:
        return self._n


class RunBuffer:
    """Curves, progress and the latest evaluation of one run.

    Attributes:
        version: Increases on every change; a plot redraws only when it differs from what it last drew.
        steps_version / epochs_version: Increase when step data (loss, rate) or epoch data (metrics, ROC,
            confusion) change, so a view redraws only the plots whose data moved.
        task: ``classification``, ``regression``, ``forecasting`` or ``generation`` ("" until known).
        class_names: Class names in label order.
        step_x / step_loss / step_smooth: Per reported step (x in fractional epochs).
        lr_x / lr_y: The learning rate over the run (per step when live, per logged change when saved).
        epoch_x: Epoch numbers (1-based, the x of per-epoch metrics); ``epoch_metrics[name]`` aligned to it.
        roc, confusion, predictions: The latest ROC curves, confusion matrix and regression pairs.
        curves_split: The split those come from: "validation" while training (the last epoch), or the split of
            the saved evaluation ("test", else "validation") for a run read from its folder.
        evaluation: The final evaluation (evaluation.json) once the run has one.
        progress: The latest progress figures (epoch, batch, batches, samples_per_s, eta_s, device_memory_mb).
        samples: Generation runs: the sample grids, the after-training strips and the warnings.
        max_epochs / start_epoch: The epoch this session trains up to, and the epochs done before it (a resumed
            run: its earlier epochs are read back from metrics.csv, so the curves show the whole run).
        epochs_completed / epochs_planned / stop_reason / message: How the run ended (``RunFinished`` or
            status.json; ``stop_reason`` as in :class:`models.training.events.RunFinished`); None/0/"" before.
    """

    def __init__(self) -> None:
        self.version = 0
        self.steps_version = 0
        self.epochs_version = 0
        self.run_dir = ""
        self._monitor: tuple[str, str] | None = None  # (run folder, its early-stopping metric), read once
        self.task = ""
        self.class_names: list[str] = []
        self.max_epochs = 0
        self.start_epoch = 0
        self.device = ""
        self.precision = ""
        self.status = ""
        self.epochs_completed: int | None = None
        self.epochs_planned = 0
        self.stop_reason = ""
        self.message = ""
        self.step_x, self.step_loss, self.step_smooth = Growing(), Growing(), Growing()
        self.lr_x, self.lr_y = Growing(), Growing()
        self.epoch_x: list[float] = []
        self.epoch_metrics: dict[str, list[float]] = {}
        self.epoch_lr: list[float] = []
        self.roc: list[dict[str, Any]] = []
        self.confusion: list[list[int]] | None = None
        self.predictions: list[list[float]] | None = None
        self.curves_split = "validation"
        self.evaluation: dict[str, Any] | None = None
        self.progress: dict[str, float | None] = {}
        self.samples = SampleStore()  # generation runs: sample grids and warnings
        self._ema = 0.0
        self._ema_n = 0

    # -- live events -------------------------------------------------------------------------------------
    def add_event(self, event: Any) -> None:
        """Append one ``models.training.events`` event (others are ignored)."""
        if isinstance(event, RunStarted):
            self.run_dir, self.task = event.run_dir, event.task
            self.class_names = list(event.class_names)
            self.max_epochs, self.start_epoch = event.max_epochs, event.start_epoch
            self.device, self.precision, self.status = event.device, event.precision, "running"
            self.progress = {"epoch": event.start_epoch, "batch": 0, "batches": event.steps_per_epoch}
            if event.start_epoch > 0 and not self.epoch_x:  # a resumed run: its curves start at epoch 1
                self._read_metrics_csv(Path(event.run_dir) / "metrics.csv", before_epoch=event.start_epoch)
                self.steps_version += 1
                self.epochs_version += 1
        elif isinstance(event, StepProgress):
            x = event.epoch + event.batch / max(1, event.batches)
            self._add_step(x, event.loss)
            self._add_lr(x, event.lr)
            self.steps_version += 1
            self.progress = {
                "epoch": event.epoch,
                "batch": event.batch,
                "batches": event.batches,
                "samples_per_s": event.samples_per_s,
                "eta_s": event.eta_s,
                "device_memory_mb": event.device_memory_mb,
            }
        elif isinstance(event, EpochEnd):
            self._add_epoch(event.epoch + 1, event.metrics, event.lr)
            self.epochs_version += 1
            if event.roc:
                self.roc = [{"label": c.label, "fpr": c.fpr, "tpr": c.tpr, "auc": c.auc} for c in event.roc]
            if event.confusion is not None:
                self.confusion = event.confusion
            if event.predictions is not None:
                self.predictions = event.predictions
        elif isinstance(event, RunFinished):
            self.status = event.status
            self.epochs_completed, self.epochs_planned = event.epochs_completed, event.epochs_planned
            self.stop_reason, self.message = event.stop_reason, event.message
            # The live curves stay the last validation epoch's; the final evaluation is kept alongside.
            self.evaluation = event.evaluation or None
        elif not self.samples.add_event(event):
            return
        self.version += 1

    def _add_lr(self, x: float, lr: float) -> None:
        self.lr_x.append(x)
        self.lr_y.append(lr)

    def _add_step(self, x: float, loss: float) -> None:
        self.step_x.append(x)
        self.step_loss.append(loss)
        if math.isfinite(loss):
            self._ema = SMOOTHING * self._ema + (1 - SMOOTHING) * loss
            self._ema_n += 1
        debiased = self._ema / (1 - SMOOTHING**self._ema_n) if self._ema_n else float("nan")
        self.step_smooth.append(debiased)

    def _add_epoch(self, x: float, metrics: dict[str, float], lr: float | None) -> None:
        n = len(self.epoch_x)
        self.epoch_x.append(float(x))
        for key in set(self.epoch_metrics) | set(metrics):
            series = self.epoch_metrics.setdefault(key, [math.nan] * n)
            series.append(float(metrics.get(key, math.nan)))
        self.epoch_lr.append(math.nan if lr is None else float(lr))

    def _add_evaluation(self, evaluation: dict[str, Any]) -> None:
        self.evaluation = evaluation
        self.curves_split = "test" if evaluation.get("split") == "test" else "validation"
        if evaluation.get("class_names"):
            self.class_names = list(evaluation["class_names"])
        if evaluation.get("task"):
            self.task = evaluation["task"]
        self.roc = list(evaluation.get("roc") or self.roc)
        if evaluation.get("confusion") is not None:
            self.confusion = evaluation["confusion"]
        if evaluation.get("predictions"):
            self.predictions = evaluation["predictions"]

    # -- reading -----------------------------------------------------------------------------------------
    def metric(self, name: str) -> np.ndarray:
        """One per-epoch metric aligned with :attr:`epoch_x` (NaN where absent)."""
        values = self.epoch_metrics.get(name)
        return np.asarray(values if values is not None else [math.nan] * len(self.epoch_x), dtype=float)

    def epochs(self) -> np.ndarray:
        return np.asarray(self.epoch_x, dtype=float)

    def epochs_done(self) -> int:
        """Epochs completed so far (the whole run's, a resumed run's earlier epochs included)."""
        if self.epochs_completed is not None:
            return self.epochs_completed
        return max(self.start_epoch, int(self.epoch_x[-1]) if self.epoch_x else 0)

    def epochs_target(self) -> int:
        """The epoch this run trains (or trained) up to: the session's ``max_epochs`` (a saved run: the plan's
        epochs, or the epochs it has when its status.json predates that record); 0 when unknown."""
        return self.max_epochs or self.epochs_planned or self.epochs_done()

    def early_stopping_monitor(self) -> str:
        """The metric early stopping watched (from the run's experiment.yaml; the spec's default if unreadable).

        Read once per run folder: the Results header asks on every redraw after an early stop.
        """
        if self._monitor is not None and self._monitor[0] == self.run_dir:
            return self._monitor[1]
        import yaml

        try:
            data = yaml.safe_load((Path(self.run_dir) / "experiment.yaml").read_text(encoding="utf-8"))
            monitor = data["train"]["early_stopping"]["monitor"]
        except (OSError, ValueError, yaml.YAMLError, KeyError, TypeError):
            monitor = None
        monitor = monitor if isinstance(monitor, str) and monitor else "val_loss"
        self._monitor = (self.run_dir, monitor)
        return monitor

    # -- saved runs --------------------------------------------------------------------------------------
    @classmethod
    def from_run_dir(cls, run_dir: str | Path) -> RunBuffer:
        """Read a run folder's metrics.csv, status.json and evaluation.json (any may be missing)."""
        run_dir = Path(run_dir)
        buf = cls()
        buf.run_dir = str(run_dir)
        status = _read_json(run_dir / "status.json") or {}
        buf.status, buf.task = str(status.get("status", "")), str(status.get("task", ""))
        done, planned = status.get("epochs_completed"), status.get("epochs_planned")
        buf.epochs_completed = done if isinstance(done, int) and not isinstance(done, bool) else None
        buf.epochs_planned = planned if isinstance(planned, int) and not isinstance(planned, bool) else 0
        buf.stop_reason = str(status.get("stop_reason") or "")
        buf.message = str(status.get("message") or "")
        buf._read_metrics_csv(run_dir / "metrics.csv")
        evaluation = _read_json(run_dir / "evaluation.json")
        if evaluation:
            buf._add_evaluation(evaluation)
        if buf.task == "generation":
            buf.samples = SampleStore.from_run_dir(run_dir, status.get("warnings"))
        buf.version = buf.steps_version = buf.epochs_version = 1
        return buf

    def _read_metrics_csv(self, path: Path, before_epoch: int | None = None) -> None:
        """Add the curves of ``metrics.csv``; ``before_epoch``: only its first epochs (a resumed run's history:
        rows of later epochs were lost with their checkpoint and are trained again)."""
        log = read_metrics_csv(path)
        spe = log.steps_per_epoch
        end = math.inf if before_epoch is None else float(before_epoch)
        for step, loss in log.step_loss:
            if (step + 1) / spe <= end:
                self._add_step((step + 1) / spe, loss)
        for step, lr in log.lr:
            if step / spe < end:
                self._add_lr(step / spe, lr)
        kept = [lr for step, lr in log.lr if step / spe < end]
        if kept and log.epochs:  # the last rate holds to the end of the run (or of the epochs read)
            self._add_lr(min(end, log.epochs[-1]["epoch"] + 1.0), kept[-1])
        for metrics in log.epochs:
            if metrics["epoch"] < end:
                self._add_epoch(metrics["epoch"] + 1, {k: v for k, v in metrics.items() if k != "epoch"}, None)


def _read_json(path: Path) -> dict[str, Any] | None:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
