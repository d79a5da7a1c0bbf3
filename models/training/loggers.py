"""Loggers writing into the run folder: ``metrics.csv`` (kept across resumes) and TensorBoard events."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from lightning.pytorch.loggers import CSVLogger, Logger, TensorBoardLogger
from lightning.pytorch.loggers.csv_logs import ExperimentWriter

from models.training.interval import Interval


class _AppendingWriter(ExperimentWriter):
    """Lightning's CSV writer deletes an existing metrics.csv; a resumed run must append to it instead."""

    def _check_log_dir_exists(self) -> None:
        path = Path(self.metrics_file_path)
        if path.is_file():
            with path.open(newline="", encoding="utf-8") as fh:
                self.metrics_keys = list(next(csv.reader(fh), []))


class RunCSVLogger(CSVLogger):
    """CSVLogger that writes ``<run>/metrics.csv`` directly and appends when the run is resumed."""

    def __init__(self, run_dir: str | Path) -> None:
        super().__init__(save_dir=str(run_dir), name="", version="")

    @property
    def experiment(self) -> Any:  # noqa: D102 - see CSVLogger.experiment
        if self._experiment is None:
            self._fs.makedirs(self.root_dir, exist_ok=True)
            self._experiment = _AppendingWriter(log_dir=self.log_dir)
        return self._experiment


class _ThrottledTensorBoardLogger(TensorBoardLogger):
    """TensorBoardLogger that flushes at most every few seconds (Lightning saves several times an epoch, and
    each save costs a flush and a file check: ~2.4 ms, a tenth of a small epoch's fixed cost).

    The event writer's own queue still writes in the background; ``finalize`` always flushes, so nothing is
    lost at the end of a run, and a live TensorBoard lags by at most ``FLUSH_EVERY_S``.
    """

    FLUSH_EVERY_S = 5.0

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._flush_every = Interval(self.FLUSH_EVERY_S)

    def save(self) -> None:  # noqa: D102 - see TensorBoardLogger.save
        if self._flush_every.due():
            super().save()

    def finalize(self, status: str) -> None:  # noqa: D102 - see TensorBoardLogger.finalize
        self._flush_every.expire()  # finalize's own save() must write
        super().finalize(status)


def run_loggers(run_dir: str | Path) -> list[Logger]:
    """CSV always; TensorBoard event files when the optional ``tensorboard`` package is installed."""
    loggers: list[Logger] = [RunCSVLogger(run_dir)]
    try:
        import tensorboard  # noqa: F401
    except ImportError:
        return loggers
    loggers.append(
        _ThrottledTensorBoardLogger(save_dir=str(run_dir), name="tensorboard", version="", default_hp_metric=False)
    )
    return loggers
