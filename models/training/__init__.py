"""Training engine shared by the CLI and the GUI: fit, evaluate, run folders, checkpoints.

The names below are imported on first use (PEP 562), so ``import models.training.events`` (plain-data events)
or ``from models.training import list_runs`` (run folders) does not load torch and Lightning; ``fit``,
``evaluate`` and the checkpoint loaders do (seconds): the GUI imports them after its window shows.
"""

from __future__ import annotations

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

#: Public name -> the submodule that defines it.
_EXPORTS = {
    "TrainedModel": "checkpoints",
    "load_checkpoint": "checkpoints",
    "load_trained": "checkpoints",
    "evaluate": "evaluate",
    "evaluate_network": "evaluate",
    "RunResult": "fit",
    "fit": "fit",
    "RunFolder": "runs",
    "RunInfo": "runs",
    "default_runs_dir": "runs",
    "delete_run": "runs",
    "list_runs": "runs",
}

if TYPE_CHECKING:
    from models.training.checkpoints import TrainedModel, load_checkpoint, load_trained
    from models.training.evaluate import evaluate, evaluate_network
    from models.training.fit import RunResult, fit
    from models.training.runs import RunFolder, RunInfo, default_runs_dir, delete_run, list_runs


def _export(name: str) -> Any:
    return getattr(importlib.import_module(f"{__name__}.{_EXPORTS[name]}"), name)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = _export(name)
    globals()[name] = value  # once: later look-ups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_EXPORTS))


class _Package(types.ModuleType):
    """``fit`` and ``evaluate`` name a submodule and the function it defines; the package attribute must stay
    the function (``from models.training import fit``), although importing the submodule binds the module
    there. A value a test or a caller sets (``monkeypatch``) is kept; the submodule binding is not."""

    def _function(self, name: str) -> Any:
        value = self.__dict__.get(name)
        return _export(name) if value is None or isinstance(value, types.ModuleType) else value

    def _set(self, name: str, value: Any) -> None:
        self.__dict__[name] = None if isinstance(value, types.ModuleType) else value

    fit = property(lambda self: self._function("fit"), lambda self, value: self._set("fit", value))
    evaluate = property(lambda self: self._function("evaluate"), lambda self, value: self._set("evaluate", value))


sys.modules[__name__].__class__ = _Package

__all__ = [
    "RunFolder",
    "RunInfo",
    "RunResult",
    "TrainedModel",
    "default_runs_dir",
    "delete_run",
    "evaluate",
    "evaluate_network",
    "fit",
    "list_runs",
    "load_checkpoint",
    "load_trained",
]
