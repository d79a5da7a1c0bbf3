"""Loggers writing into the run folder: ``metrics.csv`` (kept across resumes) and TensorBoard events."""

from __future__ import annotations

import csv
import io
import logging
from pathlib import Path
from typing import Any

from lightning.pytorch.loggers import Logger, TensorBoardLogger
from lightning.pytorch.utilities import rank_zero_only

from models.io import atomic_write
from models.training.interval import Interval


class _NoCloudAdvert(logging.Filter):
    """Drops Lightning's tip to install its cloud logger (printed at every fit since 2.6): Danlu works offline."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "litlogger" not in record.getMessage()


def quiet_cloud_advert() -> None:
    """Keep Lightning's cloud-logging advertisement out of the CLI output and the app's log (idempotent)."""
    log = logging.getLogger("lightning.pytorch.utilities.rank_zero")
    if not any(isinstance(f, _NoCloudAdvert) for f in log.filters):
        log.addFilter(_NoCloudAdvert())


class RunCSVLogger(Logger):
    """Writes ``<run>/metrics.csv`` in Lightning's CSV layout (one row per logging call, sorted columns, a
    ``step`` column), keeping the rows of earlier sessions when a run is resumed.

    Built on Lightning's public ``Logger`` interface (Lightning's own CSV writer deletes an existing
    metrics.csv). Rows are flushed at most every ``FLUSH_EVERY_S`` and at the end.

    Args:
        run_dir: The run folder.
        resume_step: The global step of the checkpoint a resumed run continues from: earlier rows logged at or
            after it (epochs trained after that checkpoint and lost, e.g. to a kill -9) are dropped, since
            they are trained again.
    """

    FLUSH_EVERY_S = 2.0

    def __init__(self, run_dir: str | Path, resume_step: int | None = None) -> None:
        super().__init__()
        self._dir = Path(run_dir)
        self.path = self._dir / "metrics.csv"
        self._resume_step = resume_step
        self._keys: list[str] | None = None  # the file's header, read on the first write
        self._rows: list[dict[str, Any]] = []
        self._flush_every = Interval(self.FLUSH_EVERY_S)

    @property
    def name(self) -> str:
        return ""

    @property
    def version(self) -> str:
        return ""

    @property
    def save_dir(self) -> str:
        return str(self._dir)

    @property
    def log_dir(self) -> str:
        return str(self._dir)

    @rank_zero_only
    def log_hyperparams(self, params: Any, *args: Any, **kwargs: Any) -> None:  # noqa: D102
        return None  # experiment.yaml holds them

    @rank_zero_only
    def log_metrics(self, metrics: dict[str, Any], step: int | None = None) -> None:  # noqa: D102
        row = {k: v.item() if hasattr(v, "item") else v for k, v in metrics.items()}
        row["step"] = len(self._rows) if step is None else step
        self._rows.append(row)

    @rank_zero_only
    def save(self) -> None:  # noqa: D102 - called after every logging call: write only every few seconds
        if self._rows and self._flush_every.due():
            self._write()

    @rank_zero_only
    def finalize(self, status: str) -> None:  # noqa: D102
        self._write()

    def _write(self) -> None:
        if self._keys is None:  # the first write of this session takes over the earlier sessions' rows
            self._keys, old = self._read()
            kept = [row for row in old if not self._logged_after_resume(row)]
            if len(kept) != len(old):
                self._rewrite(kept)
        new_keys = {k for row in self._rows for k in row} - set(self._keys)
        if new_keys or not self.path.is_file():  # a new column: the header changes, so the file is rewritten
            self._keys = sorted({*self._keys, *new_keys})
            self._rewrite(self._read()[1] + self._rows)
        else:
            with self.path.open("a", newline="", encoding="utf-8") as fh:
                csv.DictWriter(fh, fieldnames=self._keys).writerows(self._rows)
        self._rows = []

    def _rewrite(self, rows: list[dict[str, Any]]) -> None:
        with atomic_write(self.path, durable=False) as fh:
            text = io.TextIOWrapper(fh, encoding="utf-8", newline="")
            writer = csv.DictWriter(text, fieldnames=self._keys or [])
            writer.writeheader()
            writer.writerows(rows)
            text.flush()
            text.detach()  # atomic_write closes the file

    def _read(self) -> tuple[list[str], list[dict[str, str]]]:
        try:
            with self.path.open(newline="", encoding="utf-8") as fh:
                reader = csv.DictReader(fh)
                rows = list(reader)
                return list(reader.fieldnames or []), rows
        except FileNotFoundError:
            return [], []

    def _logged_after_resume(self, row: dict[str, str]) -> bool:
        try:
            return self._resume_step is not None and int(float(row.get("step") or -1)) >= self._resume_step
        except ValueError:
            return False


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


def run_loggers(run_dir: str | Path, resume_step: int | None = None) -> list[Logger]:
    """CSV always; TensorBoard event files when the optional ``tensorboard`` package is installed.

    ``resume_step``: the global step of the checkpoint a resumed run continues from (see RunCSVLogger).
    """
    loggers: list[Logger] = [RunCSVLogger(run_dir, resume_step)]
    try:
        import tensorboard  # noqa: F401
    except ImportError:
        return loggers
    loggers.append(
        _ThrottledTensorBoardLogger(save_dir=str(run_dir), name="tensorboard", version="", default_hp_metric=False)
    )
    return loggers
