"""``danlu --self-test``: prove an install (source or packaged bundle) works end to end, offscreen.

It exercises what breaks when an app is frozen or installed wrongly, in the order a user would meet it:
Qt's platform plugin and a shown window, the built-in digits data set, one short training epoch with a
DataLoader worker process (the frozen executable re-entered as a worker), evaluation, an ONNX export with
its onnxruntime parity check and a TorchScript export (TorchScript reads Python source). It prints one JSON
report on stdout and returns 0 only when every stage passed.

The GUI widgets are not used: a broken panel must not hide a broken engine, and the engine stages run the
same core functions (``models.training.fit``, ``evaluate``, ``models.export.export_run``) as the app.
Everything is written into a temporary runs folder under the user's cache directory and removed afterwards,
never into the install folder.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import platform
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_T0 = time.perf_counter()  # as close to process start as an import gets: the window timing counts from here


@dataclass
class Stage:
    """One self-test step: its name, outcome, duration and what it found."""

    name: str
    ok: bool = False
    seconds: float = 0.0
    details: dict[str, Any] = field(default_factory=dict)
    error: str = ""

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"name": self.name, "ok": self.ok, "seconds": round(self.seconds, 3)}
        out.update(self.details)
        if self.error:
            out["error"] = self.error
        return out


def _cache_root() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("danlu", appauthor=False)) / "self-test"


def _stage_qt(state: dict[str, Any]) -> dict[str, Any]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, qVersion
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(["danlu", "-platform", os.environ["QT_QPA_PLATFORM"]])
    label = QLabel("Danlu self-test")
    label.show()
    QCoreApplication.processEvents()
    state["qt_app"], state["qt_label"] = app, label  # keep both alive for the rest of the run
    import pyqtgraph

    return {
        "platform": QApplication.platformName(),
        "qt": qVersion(),
        "pyqtgraph": pyqtgraph.__version__,
        "window_visible": label.isVisible(),
        "seconds_since_start": round(time.perf_counter() - _T0, 3),
    }


def _stage_data(state: dict[str, Any]) -> dict[str, Any]:
    from models.defaults import experiment_for
    from models.spec.data import DataSpec

    exp = experiment_for(DataSpec(source="builtin", name="digits"), name="self-test")
    exp.train.epochs = 1
    exp.train.accelerator = "cpu"  # the same answer on every machine; the device stage reports the GPU
    exp.train.num_workers = 1  # one worker process: proves the frozen executable can start DataLoader workers
    state["experiment"] = exp
    return {"dataset": "builtin:digits", "network": exp.network.template}


def _stage_fit(state: dict[str, Any]) -> dict[str, Any]:
    from models.training import fit

    result = fit(state["experiment"], runs_dir=state["runs_dir"], limit_batches=8)
    if result.status != "finished":
        raise RuntimeError(f"training ended with status {result.status!r}: {result.message}")
    state["run_dir"] = result.run_dir
    return {
        "status": result.status,
        "epochs": result.epochs_completed,
        "monitor": result.monitor,
        "best_metric": result.best_metric,
    }


def _stage_evaluate(state: dict[str, Any]) -> dict[str, Any]:
    from models.training import evaluate

    result = evaluate(state["run_dir"], split="test")
    return {
        "split": result["split"],
        "num_samples": result["num_samples"],
        "metrics": {k: round(float(v), 4) for k, v in result["metrics"].items()},
    }


def _export(state: dict[str, Any], fmt: str) -> dict[str, Any]:
    from models.export import export_run

    result = export_run(state["run_dir"], fmt)
    parity = result.parity
    if parity.skipped:
        raise RuntimeError(f"the {fmt} parity check did not run: {parity.skipped}")
    return {"file": result.model_path.name, "bytes": result.model_path.stat().st_size, "parity": parity.to_dict()}


def _stage_device(state: dict[str, Any]) -> dict[str, Any]:
    import torch

    out: dict[str, Any] = {"cuda_built": torch.version.cuda, "cuda_available": torch.cuda.is_available()}
    if out["cuda_available"]:
        x = torch.randn(256, 256, device="cuda")
        out.update(gpu=torch.cuda.get_device_name(0), matmul_ok=bool(torch.isfinite(x @ x).all().item()))
    return out


def _versions() -> dict[str, Any]:
    from importlib import metadata

    out: dict[str, Any] = {
        "python": platform.python_version(),
        "platform": platform.platform(),
        "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
    }
    for dist in (
        "danlu",
        "torch",
        "lightning",
        "torchmetrics",
        "torchvision",
        "onnx",
        "onnxruntime",
        "PySide6_Essentials",
        "numpy",
    ):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = None
    return out


STAGES: list[tuple[str, Callable[[dict[str, Any]], dict[str, Any]]]] = [
    ("qt", _stage_qt),
    ("data", _stage_data),
    ("fit", _stage_fit),
    ("evaluate", _stage_evaluate),
    ("export_onnx", lambda s: _export(s, "onnx")),
    ("export_torchscript", lambda s: _export(s, "torchscript")),
    ("device", _stage_device),
]


def _window_stage(check: Callable[[], int]) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A stage running the app's own window check (main window, every panel, engine load)."""

    def stage(state: dict[str, Any]) -> dict[str, Any]:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):  # stdout carries only the JSON report
            code = check()
        if code != 0:
            raise RuntimeError(f"window check failed: {out.getvalue().strip() or f'exit code {code}'}")
        return {"output": out.getvalue().strip(), "seconds_since_start": round(time.perf_counter() - _T0, 3)}

    return stage


def run_self_test(argv: Sequence[str] = (), window_check: Callable[[], int] | None = None) -> int:
    """Run every stage, print the JSON report on stdout and return the exit code (0 = all passed).

    Args:
        argv: Extra arguments; ``--keep`` keeps the temporary runs folder and names it in the report.
        window_check: The GUI's own check of its main window (desktop.app passes it); returns 0 when
            every panel was built. It runs as the ``window`` stage right after the Qt stage.
    """
    keep = "--keep" in argv
    stages: list[Stage] = []
    plan = list(STAGES)
    if window_check is not None:
        plan.insert(1, ("window", _window_stage(window_check)))
    root = _cache_root()
    root.mkdir(parents=True, exist_ok=True)
    runs_dir = Path(tempfile.mkdtemp(prefix="run-", dir=root))
    state: dict[str, Any] = {"runs_dir": runs_dir}
    for name, func in plan:
        stage = Stage(name)
        start = time.perf_counter()
        try:
            stage.details = func(state)
            stage.ok = True
        except Exception as err:  # noqa: BLE001 - every failure becomes part of the report
            stage.error = f"{type(err).__name__}: {err}"
            print(traceback.format_exc(), file=sys.stderr)
        stage.seconds = time.perf_counter() - start
        stages.append(stage)
        if not stage.ok:
            break  # later stages depend on earlier ones
    ok = len(stages) == len(plan) and all(s.ok for s in stages)
    report = {
        "ok": ok,
        "seconds": round(time.perf_counter() - _T0, 3),
        "versions": _versions(),
        "runs_dir": str(runs_dir) if keep else None,
        "stages": [s.to_dict() for s in stages],
    }
    if not keep:
        shutil.rmtree(runs_dir, ignore_errors=True)
    print(json.dumps(report, indent=2, default=str))
    sys.stdout.flush()
    return 0 if ok else 1


if __name__ == "__main__":
    from models.frozen import prepare_process

    prepare_process()
    sys.exit(run_self_test(sys.argv[1:]))
