"""GUI responsiveness while the desktop app loads its engine and trains the default CNN.

Prints one JSON object:
  startup: seconds from process start to the window's first paint (`python -m desktop`, median of --starts),
    and to the engine being ready (torch and Lightning imported: Train possible once the data has loaded);
  panels_build: event-loop gaps while the panels are built after the window shows (pyqtgraph imported);
  engine_load / training: event-loop gaps seen by a 10 ms QTimer probe (p50, p99, max in ms) while torch and
    Lightning import in the background, and while the GUI trains digits + lenet (live plots on);
  throughput: train samples/s of the GUI run against headless ``fit()`` on the same experiment (ratio).
  results_first_paint_ms: switching to the Results page until it has painted (target <= 100 ms);
  idle / training_subprocess: the same probe with nothing running (what the machine allows), and while the
    same training runs as a separate ``danlu fit`` process instead of the GUI's worker thread;
  study: the same probe while the Studies page runs a study (SGD against Adam x --study-seeds seeds, the same
    epochs), built and started through its widgets, its trials table and plots updating live.
Targets: startup <= 1.5 s; p99 gap <= 25 ms and max <= 100 ms; GUI/headless samples/s >= 0.95.

Usage: python benchmarks/gui_responsiveness.py [--epochs 6] [--starts 3] [--repeats 3]
Runs offscreen in temporary runs/settings folders; nothing of the user's is touched.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PROBE_MS = 10
START_LIMIT_S = 300


def measure_startup(env: dict[str, str], runs: int) -> dict[str, Any]:
    """Wall time from spawning ``python -m desktop`` to the window's first paint, and to the engine ready."""
    times, ready = [], []
    for _ in range(runs):
        started = time.time()
        proc = subprocess.Popen(
            [sys.executable, "-m", "desktop"],
            cwd=ROOT,
            env={**env, "DANLU_REPORT_SHOWN": "1"},
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
        )
        # A start whose engine fails (or hangs) leaves the window open: the timer ends it after START_LIMIT_S.
        watchdog = threading.Timer(START_LIMIT_S, proc.kill)
        watchdog.start()
        try:
            for line in proc.stdout:  # type: ignore[union-attr]
                if line.startswith("DANLU_WINDOW_SHOWN"):
                    times.append(float(line.split()[1]) - started)
                elif line.startswith("DANLU_ENGINE_READY"):
                    ready.append(float(line.split()[1]) - started)
                    break
        finally:
            watchdog.cancel()
            proc.kill()
            proc.wait()
    if not times:
        return {"median_s": None, "runs": [], "error": f"no window within {START_LIMIT_S} s"}
    return {
        "median_s": round(statistics.median(times), 3),
        "min_s": round(min(times), 3),
        "runs": [round(t, 3) for t in times],
        "engine_ready_median_s": round(statistics.median(ready), 2) if ready else None,
        "engine_ready_runs": [round(t, 2) for t in ready],
    }


class GapProbe:
    """A 10 ms QTimer; every gap between two ticks is recorded (a frozen event loop shows as a long gap)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.gaps: list[float] = []
        self.marks: dict[str, int] = {}
        self._last = time.perf_counter()
        self.timer = QTimer()
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    def _tick(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self._last) * 1000)
        self._last = now

    def mark(self, name: str) -> None:
        self.marks[name] = len(self.gaps)

    def stats(self, start: str, end: str) -> dict[str, float]:
        gaps = sorted(self.gaps[self.marks[start] : self.marks[end]])
        if not gaps:
            return {"samples": 0}
        pick = lambda q: gaps[min(len(gaps) - 1, int(q * len(gaps)))]  # noqa: E731
        return {
            "p50_ms": round(pick(0.50), 1),
            "p99_ms": round(pick(0.99), 1),
            "max_ms": round(gaps[-1], 1),
            "samples": len(gaps),
        }


def wait(app: object, condition: object, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError("benchmark step timed out")
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.002)


def epoch_rate(stamps: list[float], samples_per_epoch: int) -> float:
    """Train samples/s between the first and the last epoch end (start-up and evaluation excluded)."""
    if len(stamps) < 2:
        return float("nan")
    return samples_per_epoch * (len(stamps) - 1) / (stamps[-1] - stamps[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--starts", type=int, default=3)
    parser.add_argument("--repeats", type=int, default=3, help="GUI and headless runs, alternated")
    parser.add_argument(
        "--switch-interval", type=float, default=None, help="GIL switch interval while training (s); 0: Python's"
    )
    parser.add_argument("--no-gc-freeze", action="store_true", help="do not freeze the GC after the engine loads")
    parser.add_argument("--idle-s", type=float, default=5.0, help="seconds of probing an idle window (the floor)")
    parser.add_argument("--study-seeds", type=int, default=2, help="seeds per configuration of the study phase")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="danlu-bench-"))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DANLU_RUNS_DIR": str(tmp / "runs"),
        "XDG_CONFIG_HOME": str(tmp / "config"),
        "DANLU_LANGUAGE": "en",
        "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")]),
    }
    startup = measure_startup(env, args.starts)
    os.environ.update({k: env[k] for k in ("QT_QPA_PLATFORM", "DANLU_RUNS_DIR", "XDG_CONFIG_HOME", "DANLU_LANGUAGE")})
    sys.path.insert(0, str(ROOT))

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    import desktop  # noqa: F401 - applies the shiboken guard
    from desktop import engine, theme
    from desktop.workers.training import TrainingController

    if args.switch_interval is not None:
        TrainingController.SWITCH_INTERVAL_S = args.switch_interval or None
    engine.FREEZE_GC = not args.no_gc_freeze
    from desktop.main_window import PAGES, MainWindow
    from desktop.workspace import Workspace

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp / "config"))
    app = QApplication.instance() or QApplication([])
    theme.apply_theme(app, "light")
    # As the app does it: the window first, then the panels one per event-loop turn, then the engine.
    window = MainWindow(Workspace(), start_engine=True, defer_panels=True)
    window.resize(1440, 900)
    probe = GapProbe()
    window.show()
    probe.mark("panels_start")
    wait(app, lambda: len(window.panels) == len(PAGES) and hasattr(window, "training"), 120)
    probe.mark("engine_start")
    wait(app, lambda: window.state.engine_ready, 300)
    probe.mark("engine_ready")
    wait(app, lambda: window.state.info is not None and window.state.network_ok, 120)
    window.training.epochs.edit(args.epochs)
    app.processEvents()
    shown = time.perf_counter()
    window.show_page("results")  # its first paint: layout and every plot's axes, before any data
    app.processEvents()
    results_first_paint_ms = round((time.perf_counter() - shown) * 1000, 1)

    from models.training import fit

    experiment = window.state.snapshot()
    train_size = window.state.summary.split_sizes["train"]
    finished: list[object] = []
    stamps: list[float] = []
    window.controller.runFinished.connect(finished.append)
    window.controller.eventReceived.connect(
        lambda e: stamps.append(time.perf_counter()) if type(e).__name__ == "EpochEnd" else None
    )
    gui_rates, headless_rates = [], []
    for repeat in range(args.repeats):  # alternate GUI and headless runs: a busy machine affects both alike
        stamps.clear()
        finished.clear()
        if repeat == 0:
            probe.mark("train_start")
        window.training.train()
        wait(app, lambda: bool(finished), 1800)
        if repeat == 0:
            probe.mark("train_end")
        gui_rates.append(epoch_rate(list(stamps), train_size))
        stamps.clear()
        fit(
            experiment,
            sink=lambda e: stamps.append(time.perf_counter()) if type(e).__name__ == "EpochEnd" else None,
            runs_dir=tmp / "runs-headless",
        )
        headless_rates.append(epoch_rate(list(stamps), train_size))
    # The floor this machine allows: the same probe with nothing running in this process ...
    settle = time.monotonic() + 0.5  # the headless fit above blocked this loop: that gap is not "idle"
    wait(app, lambda: time.monotonic() > settle, 60)
    probe.mark("idle_start")
    until = time.monotonic() + args.idle_s
    wait(app, lambda: time.monotonic() > until, args.idle_s + 60)
    probe.mark("idle_end")
    # ... and with the same training in a separate `danlu fit` process (the GUI thread then shares no GIL).
    exp_path = tmp / "subprocess.yaml"
    exp_path.write_text(experiment.to_yaml(), encoding="utf-8")
    probe.mark("subprocess_start")
    child = subprocess.Popen(
        [sys.executable, "-m", "models.cli", "fit", str(exp_path), "--out", str(tmp / "runs-subprocess")],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait(app, lambda: child.poll() is not None, 1800)
    probe.mark("subprocess_end")
    study = run_study(app, window, probe, args.study_seeds)
    window.shutdown()
    gui_rate, headless_rate = statistics.median(gui_rates), statistics.median(headless_rates)
    print(
        json.dumps(
            {
                "startup": {**startup, "target_s": 1.5},
                "panels_build": probe.stats("panels_start", "engine_start"),
                "engine_load": {
                    **probe.stats("engine_start", "engine_ready"),
                    "seconds": round(window.engine.seconds, 2),
                },
                "training": probe.stats("train_start", "train_end"),
                "idle": probe.stats("idle_start", "idle_end"),
                "training_subprocess": probe.stats("subprocess_start", "subprocess_end"),
                "study": {**probe.stats("study_start", "study_end"), **study},
                "results_first_paint_ms": results_first_paint_ms,
                "targets": {"p99_ms": 25, "max_ms": 100, "throughput_ratio": 0.95},
                "settings": {
                    "switch_interval_s": TrainingController.SWITCH_INTERVAL_S,
                    "gc_freeze": engine.FREEZE_GC,
                    "torch_threads_in_training": _training_threads(window.state.snapshot()),
                    "load": [round(x, 2) for x in os.getloadavg()],
                },
                "throughput": {
                    "gui_samples_per_s": round(gui_rate, 1),
                    "headless_samples_per_s": round(headless_rate, 1),
                    "ratio": round(gui_rate / headless_rate, 3),
                    "epochs": args.epochs,
                    "runs_each": args.repeats,
                    "experiment": f"builtin digits + lenet, batch 64, {'CUDA' if _cuda() else 'CPU'}",
                },
            },
            indent=2,
        )
    )
    os._exit(0)  # skip Qt/pyqtgraph teardown of the benchmark's window


def run_study(app: object, window: object, probe: GapProbe, seeds: int) -> dict[str, object]:
    """Build and run a two-configuration study on the Studies page, as a user would; probe the loop meanwhile."""
    panel = window.panels["studies"]  # type: ignore[attr-defined]
    finished: list[object] = []
    window.controller.studyFinished.connect(finished.append)  # type: ignore[attr-defined]
    window.show_page("studies")  # type: ignore[attr-defined]
    panel.builder.path.setEditText("train.optimizer.name")
    panel.builder.add_button.click()
    panel.builder.table.item(0, 1).setText("sgd,adam")
    panel.builder.seeds.setValue(seeds)
    app.processEvents()  # type: ignore[attr-defined]
    probe.mark("study_start")
    started = time.perf_counter()
    panel.run_button.click()
    wait(app, lambda: bool(finished), 3600)
    probe.mark("study_end")
    result = finished[0]
    return {
        "trials_run": getattr(result, "trials_run", None),
        "seeds": seeds,
        "seconds": round(time.perf_counter() - started, 1),
    }


def _training_threads(experiment: object) -> int:
    from models.training.threads import choose_threads

    return choose_threads(experiment.train.cpu_threads).threads  # type: ignore[attr-defined]


def _cuda() -> bool:
    import torch

    return torch.cuda.is_available()


if __name__ == "__main__":
    main()
