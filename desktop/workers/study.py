"""StudyWorker: runs ``models.study.engine.run_study`` on the training thread, one trial after another.

Like the TrainingWorker it is an :class:`~desktop.workers.training.EngineWorker`, so
the :class:`~desktop.workers.training.TrainingController` launches it on the same QThread machinery and each
trial's seeds stream their live curves to the Results page like any run. After every trial it also sends a
:class:`StudyReport` (the trials table, statistics and importances, read back from the study's storage on
this thread, so the GUI thread never waits for the database or for Optuna's importance evaluation).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.workers.training import EngineWorker


@dataclass(frozen=True)
class StudyReport:
    """A plain-data report of the study (``models.study.results.build_report``)."""

    report: dict[str, Any]


def read_report(folder: str | Path, study: Any = None) -> tuple[dict[str, Any], Any]:
    """The report of the study folder ``folder`` and the Optuna study it read (pass it back to reuse it)."""
    from models.spec.study import objective_direction
    from models.study.folder import StudyFolder
    from models.study.results import build_report
    from models.study.storage import open_study
    from models.study.trials import read_trials

    f = StudyFolder.open(folder)
    spec = f.read_spec()
    base = spec.load_base(f.path)
    direction = objective_direction(spec.objective, base.train.task)
    study = study or open_study(f, None, spec.name, None, None)
    budget = int(f.read_info().get("budget") or spec.planned_trials())
    report = build_report(f, spec.name, spec.objective.metric, direction, budget, read_trials(study), study)
    return report, study


class StudyWorker(EngineWorker):
    """Runs one study (or continues it) in ``folder`` (see :class:`EngineWorker` for its signals)."""

    is_study = True

    def __init__(
        self,
        spec: Any,
        folder: str,
        n_trials: int | None = None,
        timeout: float | None = None,
        limit_batches: int | float | None = None,
    ) -> None:
        super().__init__()
        self.spec = spec
        self.folder = folder
        self.n_trials = n_trials
        self.timeout = timeout
        self.limit_batches = limit_batches
        self._study: Any = None

    def _sink(self, event: Any) -> None:
        self.event.emit(event)
        if type(event).__name__ in ("TrialFinished", "StudyFinished"):
            try:
                report, self._study = read_report(self.folder, self._study)
            except Exception:  # noqa: BLE001 - the table catches up with the next trial; the study goes on
                return
            self.event.emit(StudyReport(report))

    def work(self) -> Any:
        from models.study.engine import run_study

        return run_study(
            self.spec,
            self.folder,
            n_trials=self.n_trials,
            timeout=self.timeout,
            stop=self.stop,
            pause=self.pause,
            sink=self._sink,
            devices=1,  # the GUI trains on one device (DESIGN.md §3)
            limit_batches=self.limit_batches,
        )
