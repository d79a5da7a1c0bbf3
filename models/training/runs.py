"""Run folders: the store of every run (DESIGN.md §4). Plain files any tool can read.

``<runs_dir>/<YYYYmmdd-HHMMSS>-<name>/``: experiment.yaml, status.json, metrics.csv, TensorBoard events,
checkpoints/{best,last}.ckpt, evaluation.json, exports/.
"""

from __future__ import annotations

import errno
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

RUN_DIR_ENV = "DANLU_RUN_DIR"  # set by fit() while Lightning launches DDP ranks, so they share one folder
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


_NUMBER = (int, float)
_OPTIONAL_NUMBER = (int, float, type(None))
_OPTIONAL_TEXT = (str, type(None))
#: The type of each field status.json holds (unknown fields are kept as they are).
_STATUS_FIELDS: dict[str, Any] = {
    "created": _NUMBER,
    "updated": _NUMBER,
    "status": str,
    "dataset": str,
    "network": str,
    "task": str,
    "epochs_completed": int,
    "epochs_planned": int,
    "stop_reason": str,
    "monitor": str,
    "best_metric": _OPTIONAL_NUMBER,
    "message": str,
    "test_metric": _OPTIONAL_TEXT,
    "test_score": _OPTIONAL_NUMBER,
    "baseline_score": _OPTIONAL_NUMBER,
    "baseline_model": str,
    "baseline_skipped": str,
}
_TYPE_NAMES: dict[Any, str] = {
    _NUMBER: "a number",
    _OPTIONAL_NUMBER: "a number or null",
    _OPTIONAL_TEXT: "text or null",
    str: "text",
    int: "a whole number",
}


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
    def create_at(cls, path: str | Path) -> RunFolder:
        """The run folder at exactly ``path``, which must not exist yet or be empty (a study's trial folder)."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        if any(path.iterdir()):
            raise DanluError(f"{path}: the folder is not empty; choose a new folder for the run")
        return cls(path)

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
        """status.json's fields; a damaged file or field is left out (see :meth:`status_problems`)."""
        return self.check_status()[0]

    def status_problems(self) -> list[str]:
        """What is wrong with status.json (empty when it is fine or absent)."""
        return self.check_status()[1]

    def check_status(self) -> tuple[dict[str, Any], list[str]]:
        """status.json's usable fields and what is wrong with the others (read once)."""
        try:
            text = self.status_path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {"status": "unknown"}, []
        except OSError as err:
            return {"status": "unknown"}, [f"status.json cannot be read ({err.strerror})"]
        try:
            raw = json.loads(text)
        except ValueError:
            return {"status": "unknown"}, ["status.json is not valid JSON (cut short?)"]
        if not isinstance(raw, dict):
            return {"status": "unknown"}, [f"status.json holds a {type(raw).__name__}, not an object"]
        status, problems = {}, []
        for key, value in raw.items():
            expected = _STATUS_FIELDS.get(key)
            if expected is None or (isinstance(value, expected) and not isinstance(value, bool)):
                status[key] = value
            else:
                problems.append(f"status.json: {key} is {value!r}, not {_TYPE_NAMES[expected]}")
        status.setdefault("status", "unknown")
        return status, problems

    def write_status(self, *, durable: bool = True, **fields: Any) -> dict[str, Any]:
        """Update status.json with ``fields`` (atomically; ``durable=False`` skips the fsync, see atomic_write).

        Damaged fields of the old file are dropped, so the next write repairs it.
        """
        status = self.read_status() if self.status_path.exists() else {"created": time.time()}
        status.setdefault("created", time.time())
        status.update(fields, updated=time.time())
        try:
            atomic_write_json(self.status_path, status, durable)
        except OSError as err:
            if err.errno != errno.ENOSPC or not self.status_path.is_file():
                raise
            self._rewrite_in_place(status)  # a full disk must not leave the run "running"
        return status

    def _rewrite_in_place(self, status: dict[str, Any]) -> None:
        """Overwrite status.json where it is: needs no new disk blocks (it is far smaller than one), unlike a
        temp file, so it still works on a full disk."""
        data = json.dumps(status, indent=2, allow_nan=False).encode("utf-8")
        with self.status_path.open("r+b") as fh:
            fh.write(data)
            fh.truncate()

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
    problem: str = ""  # what is wrong with the folder's status.json; empty when nothing is
    test_metric: str = ""  # the evaluation's headline metric (acc, r2) and its value, and the baseline's
    test_score: float | None = None
    baseline_score: float | None = None
    baseline_note: str = ""  # the baseline's model, or why it was skipped
    epochs_planned: int = 0  # the plan's epochs (0: not recorded)
    stop_reason: str = ""  # why the run ended (models.training.events.RunFinished); empty while running or unknown
    message: str = ""  # status.json's message (why it failed or stopped)


def list_runs(runs_dir: str | Path | None = None) -> list[RunInfo]:
    """Every run folder under ``runs_dir``, newest first.

    A folder with a damaged status.json is listed with what it could read and ``problem`` saying what is wrong;
    it never hides the other runs.
    """
    root = Path(runs_dir) if runs_dir else default_runs_dir()
    if not root.is_dir():
        return []
    out = []
    for child in root.iterdir():
        run = RunFolder(child)
        if not run.experiment_path.is_file():
            continue
        st, problems = run.check_status()
        try:
            created = float(st.get("created") or child.stat().st_mtime)
        except OSError:  # removed while listing
            continue
        out.append(
            RunInfo(
                path=str(child),
                name=child.name,
                created=created,
                status=st["status"],
                dataset=st.get("dataset", ""),
                network=st.get("network", ""),
                task=st.get("task", ""),
                epochs_completed=st.get("epochs_completed", 0),
                monitor=st.get("monitor", ""),
                best_metric=st.get("best_metric"),
                has_checkpoint=run.checkpoint("last").is_file(),
                problem="; ".join(problems),
                test_metric=st.get("test_metric") or "",
                test_score=st.get("test_score"),
                baseline_score=st.get("baseline_score"),
                baseline_note=f"skipped: {st['baseline_skipped']}"
                if st.get("baseline_skipped")
                else st.get("baseline_model", ""),
                epochs_planned=st.get("epochs_planned", 0),
                stop_reason=st.get("stop_reason", ""),
                message=st.get("message", ""),
            )
        )
    return sorted(out, key=lambda r: r.created, reverse=True)


def delete_run(path: str | Path) -> None:
    """Delete a run folder (only something that is really a run folder)."""
    run = RunFolder.open(path)
    shutil.rmtree(run.path)
