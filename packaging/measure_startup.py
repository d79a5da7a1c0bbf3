"""Cold start of Danlu to a shown window (offscreen), frozen bundle next to the source install; prints JSON.

Each run starts the app with ``DANLU_REPORT_SHOWN=1`` (desktop.app prints ``DANLU_WINDOW_SHOWN <epoch>`` once
the main window is on screen), takes the time from ``Popen`` to that line and ends the process. The first
run after a build or install is the cold one (files not yet in the page cache); the median of the rest is
the warm start. The frozen app runs with an empty environment (like ``env -i``).

Usage: python packaging/measure_startup.py --frozen DIR/danlu [--source /path/to/venv/python] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

MARK = "DANLU_WINDOW_SHOWN"


def time_to_window(cmd: list[str], env: dict[str, str], timeout: float = 300.0) -> float:
    """Seconds from process start to the window-shown line; the process is ended afterwards."""
    start = time.time()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith(MARK):
                return float(line.split()[1]) - start
            if time.time() - start > timeout:
                break
        raise RuntimeError(f"{' '.join(cmd)}: no {MARK} line (exit code {proc.poll()})")
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def summarize(times: list[float]) -> dict[str, float | list[float]]:
    warm = times[1:] or times
    return {"first_s": times[0], "warm_median_s": round(statistics.median(warm), 3), "runs_s": times}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--frozen", type=Path, help="the bundle's danlu executable")
    parser.add_argument("--source", help="a Python with Danlu installed (runs `python -m desktop`)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as home:  # a fresh user: default settings, no last experiment
        base = {"QT_QPA_PLATFORM": "offscreen", "DANLU_REPORT_SHOWN": "1", "HOME": home}
        commands: dict[str, tuple[list[str], dict[str, str]]] = {}
        if args.frozen:
            commands["frozen"] = ([str(args.frozen)], base)
        if args.source:
            env = dict(base, PATH=os.environ.get("PATH", "/usr/bin:/bin"))
            commands["source"] = ([args.source, "-m", "desktop"], env)
        times: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):  # interleaved, so a busy moment on a shared machine hits both alike
            for name, (cmd, env) in commands.items():
                times[name].append(round(time_to_window(cmd, env), 3))
        report: dict[str, object] = {"cpu_count": os.cpu_count(), "load_average": round(os.getloadavg()[0], 2)}
        report.update({name: summarize(t) for name, t in times.items()})
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
