"""Overhead of Danlu's training engine against a plain PyTorch loop and a plain Lightning Trainer.

The same CNN (the ``lenet`` template) on the same data (built-in digits) for the same number of epochs,
each epoch = one pass over the train split plus one over the validation split:

  (a) a hand-written PyTorch loop, (b) a bare ``lightning.Trainer`` (no logger, checkpoint or callbacks),
  (c) ``models.training.fit`` with every callback, logger and checkpoint it uses in the GUI and CLI.

Runs interleaved (a, b, c, a, b, c, ...) so drift in machine load hits all three alike. Timing covers the
epochs only (setup and final evaluation excluded). Prints JSON: samples/s per variant and the ratios c/a and
c/b (target c/a >= 0.95).

Usage: python benchmarks/train_overhead.py [--epochs 3] [--reps 3] [--batch-size 64]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
import warnings

import lightning as L
import torch
import torch.nn.functional as F

from models.data import build_datamodule
from models.network import build_network, make_template
from models.spec import DataSpec, Experiment, TrainSpec
from models.training import fit
from models.training.events import EpochEnd, RunStarted

warnings.filterwarnings("ignore")


def plain_loop(exp: Experiment, epochs: int) -> float:
    dm = build_datamodule(exp.data, exp.train.batch_size, 0)
    torch.manual_seed(0)
    net = build_network(exp.network, dm.info)
    opt = torch.optim.Adam(net.parameters(), lr=exp.train.optimizer.lr)
    train, val = dm.train_dataloader(), dm.val_dataloader()
    start = time.perf_counter()
    for _ in range(epochs):
        net.train()
        for x, y in train:
            opt.zero_grad(set_to_none=True)
            loss = F.cross_entropy(net(x), y)
            loss.backward()
            opt.step()
        net.eval()
        with torch.no_grad():
            for x, y in val:
                F.cross_entropy(net(x), y)
    return len(dm.train_set) * epochs / (time.perf_counter() - start)


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
    dm = build_datamodule(exp.data, exp.train.batch_size, 0)
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


def danlu_fit(exp: Experiment, epochs: int, runs_dir: str) -> float:
    marks: dict[str, float] = {}
    train_n = len(build_datamodule(exp.data, exp.train.batch_size, 0).train_set)

    def sink(event):
        if isinstance(event, RunStarted):
            marks["start"] = time.perf_counter()
        elif isinstance(event, EpochEnd):
            marks["end"] = time.perf_counter()

    fit(exp.model_copy(update={"train": exp.train.model_copy(update={"epochs": epochs})}), sink=sink, runs_dir=runs_dir)
    return train_n * epochs / (marks["end"] - marks["start"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()
    data = DataSpec(source="builtin", name="digits")
    dm = build_datamodule(data, num_workers=0)
    exp = Experiment(
        name="bench",
        data=data,
        network=make_template("lenet", dm.info),
        train=TrainSpec(batch_size=args.batch_size, accelerator="cpu"),
    )
    results: dict[str, list[float]] = {"plain_pytorch": [], "plain_lightning": [], "danlu_fit": []}
    with tempfile.TemporaryDirectory() as runs_dir:
        os.environ["DANLU_RUNS_DIR"] = runs_dir
        plain_loop(exp, 1)  # warm-up: first-call costs (allocator, kernels) hit no variant
        for _ in range(args.reps):
            results["plain_pytorch"].append(plain_loop(exp, args.epochs))
            results["plain_lightning"].append(bare_lightning(exp, args.epochs))
            results["danlu_fit"].append(danlu_fit(exp, args.epochs, runs_dir))
    med = {k: statistics.median(v) for k, v in results.items()}
    print(
        json.dumps(
            {
                "benchmark": "train_overhead",
                "device": "cpu",
                "torch_threads": torch.get_num_threads(),
                "model": "lenet",
                "dataset": "digits",
                "epochs": args.epochs,
                "reps": args.reps,
                "batch_size": args.batch_size,
                "samples_per_s_median": med,
                "samples_per_s_all": results,
                "ratio_c_over_a": med["danlu_fit"] / med["plain_pytorch"],
                "ratio_c_over_b": med["danlu_fit"] / med["plain_lightning"],
                "target_c_over_a": 0.95,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
