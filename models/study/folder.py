"""A study folder: ``study.yaml``, ``study.json``, the Optuna storage ``study.db`` and ``trials/``.

Every seed of every trial is an ordinary run folder ``trials/<number>-seed<k>/``, so Runs, Results,
export and predict work on it unchanged. ``study.json`` records which storage holds the trials (the
folder's own SQLite file unless ``--storage`` named a shared database).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from typing import Any

from models.errors import DanluError, SpecError
from models.io import atomic_write_json
from models.spec.study import StudySpec, load_study_spec, save_study_spec


def default_studies_dir() -> Path:
    """``<runs directory>/studies`` (see :func:`models.training.runs.default_runs_dir`)."""
    from models.training.runs import default_runs_dir

    return default_runs_dir() / "studies"


def folder_name(name: str) -> str:
    """A file-system-safe folder name for a study name."""
    return re.sub(r"[^A-Za-z0-9_.-]+", "-", name).strip("-")[:60] or "study"


class StudyFolder:
    """Paths and small files of one study folder."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)

    @classmethod
    def open(cls, path: str | Path) -> StudyFolder:
        """An existing study folder (it has a study.yaml)."""
        folder = cls(path)
        if not folder.spec_path.is_file():
            raise DanluError(f"{folder.path}: not a study folder (no study.yaml); give the folder `study run` wrote")
        return folder

    @property
    def spec_path(self) -> Path:
        return self.path / "study.yaml"

    @property
    def info_path(self) -> Path:
        return self.path / "study.json"

    @property
    def db_path(self) -> Path:
        return self.path / "study.db"

    @property
    def trials_dir(self) -> Path:
        return self.path / "trials"

    def trial_dir(self, number: int, seed: int) -> Path:
        return self.trials_dir / f"{number}-seed{seed}"

    def read_spec(self) -> StudySpec:
        return load_study_spec(self.spec_path)

    def write_spec(self, spec: StudySpec) -> None:
        save_study_spec(spec, self.spec_path)

    def read_info(self) -> dict[str, Any]:
        try:
            return json.loads(self.info_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def write_info(self, **fields: Any) -> None:
        info = self.read_info() or {"created": time.time()}
        info.update(fields, updated=time.time())
        atomic_write_json(self.info_path, info)

    def adopt(self, spec: StudySpec) -> None:
        """Make this folder the home of ``spec`` (its base inline), or check that it already is.

        Only the budget (``n_trials``, ``timeout``) may differ from the study the folder already holds.

        Raises:
            SpecError: the folder holds a different study.
        """
        if self.spec_path.is_file():
            held = self.read_spec()
            if same_study(held, spec):
                if held != spec:
                    self.write_spec(spec)
                return
            raise SpecError(
                f"{self.path} already holds a different study ({held.name!r}: another base, space, seeds, "
                "objective or search); continue it with `danlu study run "
                f"{self.path}`, or choose a new folder with --out"
            )
        self.path.mkdir(parents=True, exist_ok=True)
        self.write_spec(spec)


def identity(spec: StudySpec) -> dict[str, Any]:
    """What makes two study specs the same study (everything but the budget)."""
    return spec.model_dump(mode="json", exclude={"n_trials", "timeout"})


def same_study(a: StudySpec, b: StudySpec) -> bool:
    return identity(a) == identity(b)


def spec_fingerprint(spec: StudySpec) -> str:
    """A short hash of :func:`identity`, stored with the Optuna study so another spec cannot join it."""
    import hashlib

    return hashlib.sha256(json.dumps(identity(spec), sort_keys=True).encode()).hexdigest()[:16]
