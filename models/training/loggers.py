"""Loggers writing into the run folder: ``metrics.csv`` (kept across resumes) and TensorBoard events."""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from lightning.pytorch.loggers import CSVLogger, Logger
from lightning.pytorch.loggers.csv_logs import ExperimentWriter


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


def run_loggers(run_dir: str | Path) -> list[Logger]:
    """CSV always; TensorBoard event files when the optional ``tensorboard`` package is installed."""
    loggers: list[Logger] = [RunCSVLogger(run_dir)]
    try:
        import tensorboard  # noqa: F401
    except ImportError:
        return loggers
    from lightning.pytorch.loggers import TensorBoardLogger

    loggers.append(TensorBoardLogger(save_dir=str(run_dir), name="tensorboard", version="", default_hp_metric=False))
    return loggers
