"""Overhead of Danlu's training engine against a plain PyTorch loop and a plain Lightning Trainer.

The same CNN (the ``lenet`` template), the same data loaders and the same number of epochs, each epoch = one
pass over the train split plus one over the validation split:

  (a) a hand-written PyTorch loop, (b) a bare ``lightning.Trainer`` (no logger, checkpoint or callbacks),
  (c) ``models.training.fit`` with every callback, logger and checkpoint it uses in the GUI and CLI.

Two workloads (rows): ``images28``, a realistic one (10,000 generated 28x28 grayscale PNGs in an image
folder, decoded by the loader as a user's files would be: epochs of several seconds), and ``digits``, the
built-in 8x8 set (epochs of ~0.1 s: the worst case for fixed per-epoch costs).

Runs interleaved (a, b, c, a, b, c, ...) so drift in machine load hits all three alike. Timing covers the
epochs only (setup and final evaluation excluded). Prints JSON: samples/s per variant and the ratios c/a and
c/b per row (target c/a >= 0.95 on images28), the torch thread count and the machine's load.

Usage: python benchmarks/train_overhead.py [--epochs 2] [--reps 3] [--batch-size 64] [--threads 1] [--only digits]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
import warnings
from pathlib import Path

import lightning as L
import torch
import torch.nn.functional as F
from workloads import danlu_fit, machine_load, plain_loop, write_image_folder

from models.data import build_datamodule
from models.network import build_network, make_template
from models.spec import DataSpec, Experiment, TrainSpec

warnings.filterwarnings("ignore")


class _Bare(L.LightningModule):
    def __init__(self, net: torch.nn.Module, lr: float) -> None:
        super().__init__()
        self.net, self.lr = net, lr

    def training_step(self, batch, _):
        x, y = batch
        return F.cross_entropy(self.net(x), y)

    def validation_step(self, batch, _):
        x, y = batch
        F.cross_entropy(self.net(x), y)

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.lr)


class _Timer(L.Callback):
    def on_train_start(self, *_):
        self.t0 = time.perf_counter()

    def on_train_end(self, *_):
        self.t1 = time.perf_counter()


def bare_lightning(exp: Experiment, epochs: int) -> float:
    dm = build_datamodule(exp.data, int(exp.train.batch_size), exp.train.num_workers)
    torch.manual_seed(0)
    timer = _Timer()
    trainer = L.Trainer(
        accelerator="cpu",
        devices=1,
        max_epochs=epochs,
        logger=False,
        enable_checkpointing=False,
        enable_progress_bar=False,
        enable_model_summary=False,
        num_sanity_val_steps=0,
        callbacks=[timer],
    )
    trainer.fit(_Bare(build_network(exp.network, dm.info), exp.train.optimizer.lr), datamodule=dm)
    return len(dm.train_set) * epochs / (timer.t1 - timer.t0)


def measure(data: DataSpec, args: argparse.Namespace, runs_dir: str) -> dict:
    dm = build_datamodule(data, num_workers=0)
    exp = Experiment(
        name="bench",
        data=data,
        network=make_template("lenet", dm.info),
        train=TrainSpec(batch_size=args.batch_size, epochs=args.epochs, accelerator="cpu", cpu_threads=args.threads),
    )
    results: dict[str, list[float]] = {"plain_pytorch": [], "plain_lightning": [], "danlu_fit": []}
    cpu: dict[str, list[float]] = {"plain_pytorch": [], "danlu_fit": []}
    plain_loop(exp, 1)  # warm-up: first-call costs (allocator, kernels, decoding caches) hit no variant
    for _ in range(args.reps):
        wall, cpu_rate = plain_loop(exp, args.epochs)
        results["plain_pytorch"].append(wall)
        cpu["plain_pytorch"].append(cpu_rate)
        results["plain_lightning"].append(bare_lightning(exp, args.epochs))
        wall, cpu_rate = danlu_fit(exp, args.epochs, runs_dir)
        results["danlu_fit"].append(wall)
        cpu["danlu_fit"].append(cpu_rate)
    med = {k: statistics.median(v) for k, v in results.items()}
    cpu_med = {k: statistics.median(v) for k, v in cpu.items()}
    return {
        "train_samples": len(dm.train_set),
        "loader_workers": dm.num_workers,
        "samples_per_s_median": {k: round(v, 1) for k, v in med.items()},
        "samples_per_s_all": {k: [round(x, 1) for x in v] for k, v in results.items()},
        "ratio_c_over_a": round(med["danlu_fit"] / med["plain_pytorch"], 3),
        "ratio_c_over_b": round(med["danlu_fit"] / med["plain_lightning"], 3),
        "cpu_samples_per_s_median": {k: round(v, 1) for k, v in cpu_med.items()},
        "cpu_ratio_c_over_a": round(cpu_med["danlu_fit"] / cpu_med["plain_pytorch"], 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--threads", type=int, default=1, help="torch intra-op threads for every variant")
    parser.add_argument("--only", choices=["images28", "digits"], help="one workload")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    load_before = machine_load()
    rows = {}
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["DANLU_RUNS_DIR"] = str(Path(tmp) / "runs")
        workloads = {
            "images28": lambda: DataSpec(
                source="image_folder", name=None, path=str(write_image_folder(Path(tmp) / "images28"))
            ),
            "digits": lambda: DataSpec(source="builtin", name="digits"),
        }
        for name, make in workloads.items():
            if args.only in (None, name):
                rows[name] = measure(make(), args, str(Path(tmp) / "runs"))
    print(
        json.dumps(
            {
                "benchmark": "train_overhead",
                "device": "cpu",
                "torch_threads": args.threads,
                "model": "lenet",
                "epochs": args.epochs,
                "reps": args.reps,
                "batch_size": args.batch_size,
                "rows": rows,
                "target_c_over_a": 0.95,
                "load_before": load_before,
                "load_after": machine_load(),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
