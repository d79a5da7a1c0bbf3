"""Fixed cost per epoch of ``danlu fit`` on a tiny sequence set, against a plain PyTorch loop.

A ~50-series set (generated: two classes of noisy length-150 series, 70 series in all, so the train split
holds 50), the ``fcn1d`` template, batch 16 (4 optimiser steps an epoch), 200 epochs. Both variants use the
same DataModule loaders (same batches) and the same network; each epoch is one training pass and one
validation pass (the plain loop computes the validation loss, Danlu everything it computes: metrics, ROC,
confusion matrix, loggers, checkpoints, events). Runs are interleaved (a, c, a, c, ...) so drift in machine
load hits both alike; timing covers the epochs only.

Prints JSON: samples/s of both (median), ratio c/a (target >= 0.90), the fixed cost per epoch beyond the loop
in ms, the torch thread count and the machine's load. ``--profile FILE`` also writes a cProfile of one Danlu
run (``python -m pstats FILE``).

Usage: python benchmarks/small_data_overhead.py [--epochs 200] [--reps 2] [--threads 1] [--profile out.prof]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import statistics
import tempfile
import warnings
from pathlib import Path

import numpy as np
import torch
from workloads import danlu_fit, machine_load, plain_loop

from models.data import build_datamodule
from models.network import make_template
from models.spec import DataSpec, Experiment, TrainSpec

warnings.filterwarnings("ignore")
BATCH = 16


def write_dataset(folder: Path, n: int = 70, length: int = 150, seed: int = 0) -> Path:
    rng = np.random.default_rng(seed)
    t = np.linspace(0, 1, length)
    y = np.arange(n) % 2
    phase = rng.uniform(0, 2 * np.pi, size=(n, 1))
    x = np.where(y[:, None] == 0, np.sin(6 * np.pi * t + phase), np.sign(np.sin(6 * np.pi * t + phase)))
    x = (x + rng.normal(0, 0.6, size=x.shape))[..., None].astype(np.float32)
    path = folder / "tiny.npz"
    np.savez(path, X=x, y=y)
    return path


def threads_option(threads: int) -> dict[str, int]:
    """``cpu_threads`` where TrainSpec has it (the script also measures older checkouts: PYTHONPATH=OLD)."""
    return {"cpu_threads": threads} if "cpu_threads" in TrainSpec.model_fields else {}


def danlu_fit_profiled(exp: Experiment, epochs: int, runs_dir: str, profile: Path) -> None:
    profiler = cProfile.Profile()
    profiler.runcall(danlu_fit, exp, epochs, runs_dir)
    profiler.dump_stats(profile)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=200)
    parser.add_argument("--reps", type=int, default=2)
    parser.add_argument("--threads", type=int, default=1, help="torch threads for both variants")
    parser.add_argument("--profile", type=Path, help="write a cProfile of one extra Danlu run here")
    args = parser.parse_args()
    load_before = machine_load()
    with tempfile.TemporaryDirectory() as tmp:
        data = DataSpec(source="sequence", name=None, path=str(write_dataset(Path(tmp))))
        dm = build_datamodule(data, BATCH, 0)
        exp = Experiment(
            name="small",
            data=data,
            network=make_template("fcn1d", dm.info),
            train=TrainSpec(epochs=args.epochs, batch_size=BATCH, accelerator="cpu", **threads_option(args.threads)),
        )
        torch.set_num_threads(args.threads)
        results: dict[str, list[float]] = {"plain_pytorch": [], "danlu_fit": []}
        cpu: dict[str, list[float]] = {"plain_pytorch": [], "danlu_fit": []}
        runs_dir = str(Path(tmp) / "runs")
        plain_loop(exp, 3)  # warm-up
        for _ in range(args.reps):
            for name, rate in (
                ("plain_pytorch", plain_loop(exp, args.epochs)),
                ("danlu_fit", danlu_fit(exp, args.epochs, runs_dir)),
            ):
                results[name].append(rate[0])
                cpu[name].append(rate[1])
        if args.profile:
            danlu_fit_profiled(exp, args.epochs, runs_dir, args.profile)
        train_n = len(dm.train_set)
    med = {k: statistics.median(v) for k, v in results.items()}
    cpu_med = {k: statistics.median(v) for k, v in cpu.items()}
    per_epoch = {k: train_n / v for k, v in med.items()}  # seconds per epoch
    cpu_epoch = {k: train_n / v for k, v in cpu_med.items()}
    print(
        json.dumps(
            {
                "benchmark": "small_data_overhead",
                "device": "cpu",
                "torch_threads": args.threads,
                "model": "fcn1d",
                "train_samples": train_n,
                "batch_size": BATCH,
                "epochs": args.epochs,
                "reps": args.reps,
                "samples_per_s_median": {k: round(v, 1) for k, v in med.items()},
                "samples_per_s_all": {k: [round(x, 1) for x in v] for k, v in results.items()},
                "ratio_c_over_a": round(med["danlu_fit"] / med["plain_pytorch"], 3),
                "target_c_over_a": 0.90,
                "epoch_ms": {k: round(v * 1000, 2) for k, v in per_epoch.items()},
                "fixed_cost_per_epoch_ms": round((per_epoch["danlu_fit"] - per_epoch["plain_pytorch"]) * 1000, 2),
                # CPU seconds of this process: what the work costs, whatever else the machine runs
                "cpu_samples_per_s_median": {k: round(v, 1) for k, v in cpu_med.items()},
                "cpu_ratio_c_over_a": round(cpu_med["danlu_fit"] / cpu_med["plain_pytorch"], 3),
                "cpu_fixed_cost_per_epoch_ms": round((cpu_epoch["danlu_fit"] - cpu_epoch["plain_pytorch"]) * 1000, 2),
                "load_before": load_before,
                "load_after": machine_load(),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
