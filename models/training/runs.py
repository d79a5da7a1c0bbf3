"""Run folders: the store of every run (DESIGN.md §4). Plain files any tool can read.

``<runs_dir>/<YYYYmmdd-HHMMSS>-<name>/``: experiment.yaml, status.json, metrics.csv, TensorBoard events,
checkpoints/{best,last}.ckpt, evaluation.json, exports/.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from models.errors import DanluError
from models.io import atomic_write_json

RUN_DIR_ENV = "DANLU_RUN_DIR"  # set by the CLI so every DDP rank writes the same folder
RUNS_DIR_ENV = "DANLU_RUNS_DIR"


def default_runs_dir() -> Path:
    """``$DANLU_RUNS_DIR``, else the user's data directory (platformdirs) / runs."""
    env = os.environ.get(RUNS_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("danlu", appauthor=False)) / "runs"


def _slug(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-")[:40] or "run"


class RunFolder:
    """Paths and small JSON files of one run folder."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @classmethod
    def create(cls, runs_dir: Path, name: str) -> RunFolder:
        """A new, uniquely named run folder (timestamp + name)."""
        runs_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        base = f"{stamp}-{_slug(name)}"
        for i in range(1000):
            candidate = runs_dir / (base if i == 0 else f"{base}-{i}")
            try:
                candidate.mkdir()
                return cls(candidate)
            except FileExistsError:
                continue
        raise DanluError(f"{runs_dir}: cannot create a new run folder")

    @classmethod
    def open(cls, path: str | Path) -> RunFolder:
        run = cls(path)
        if not run.experiment_path.is_file():
            raise DanluError(
                f"{run.path}: not a run folder (no experiment.yaml); pick a folder under the runs directory"
            )
        return run

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def experiment_path(self) -> Path:
        return self.path / "experiment.yaml"

    @property
    def checkpoints(self) -> Path:
        return self.path / "checkpoints"

    def checkpoint(self, which: str = "best") -> Path:
        return self.checkpoints / f"{which}.ckpt"

    @property
    def metrics_csv(self) -> Path:
        return self.path / "metrics.csv"

    @property
    def evaluation_path(self) -> Path:
        return self.path / "evaluation.json"

    @property
    def status_path(self) -> Path:
        return self.path / "status.json"

    def read_status(self) -> dict[str, Any]:
        try:
            return json.loads(self.status_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"status": "unknown"}

    def write_status(self, **fields: Any) -> dict[str, Any]:
        status = self.read_status() if self.status_path.exists() else {"created": time.time()}
        status.update(fields, updated=time.time())
        atomic_write_json(self.status_path, status)
        return status

    def read_evaluation(self) -> dict[str, Any] | None:
        try:
            return json.loads(self.evaluation_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None


@dataclass(frozen=True)
class RunInfo:
    """One row of the runs list."""

    path: str
    name: str
    created: float
    status: str
    dataset: str
    network: str
    task: str
    epochs_completed: int
    monitor: str
    best_metric: float | None
    has_checkpoint: bool
    test_metric: str = ""  # the evaluation's headline metric (acc, r2) and its value, and the baseline's
    test_score: float | None = None
    baseline_score: float | None = None
    baseline_note: str = ""  # the baseline's model, or why it was skipped


def list_runs(runs_dir: str | Path | None = None) -> list[RunInfo]:
    """Every run folder under ``runs_dir``, newest first. Unreadable folders are skipped."""
    root = Path(runs_dir) if runs_dir else default_runs_dir()
    if not root.is_dir():
        return []
    out = []
    for child in root.iterdir():
        run = RunFolder(child)
        if not run.experiment_path.is_file():
            continue
        st = run.read_status()
        out.append(
            RunInfo(
                path=str(child),
                name=child.name,
                created=float(st.get("created", child.stat().st_mtime)),
                status=str(st.get("status", "unknown")),
                dataset=str(st.get("dataset", "")),
                network=str(st.get("network", "")),
                task=str(st.get("task", "")),
                epochs_completed=int(st.get("epochs_completed", 0)),
                monitor=str(st.get("monitor", "")),
                best_metric=st.get("best_metric"),
                has_checkpoint=run.checkpoint("last").is_file(),
                test_metric=str(st.get("test_metric") or ""),
                test_score=st.get("test_score"),
                baseline_score=st.get("baseline_score"),
                baseline_note=f"skipped: {st['baseline_skipped']}"
                if st.get("baseline_skipped")
                else str(st.get("baseline_model") or ""),
            )
        )
    return sorted(out, key=lambda r: r.created, reverse=True)


def delete_run(path: str | Path) -> None:
    """Delete a run folder (only something that is really a run folder)."""
    run = RunFolder.open(path)
    shutil.rmtree(run.path)
