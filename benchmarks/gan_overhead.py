"""GAN training step time in Danlu's fit() against a plain PyTorch loop with two optimisers.

The same DCGAN (the ``dcgan`` template's generator and discriminator, no EMA) on the same data (built-in
digits), the same algorithm (one discriminator and one generator Adam step per batch, non-saturating loss):

  (a) a hand-written loop over the train split,
  (b) ``models.training.fit`` with every callback, logger, checkpoint and event it uses in the GUI and CLI.

The step figure is training throughput over the train split (samples/s), measured in (b) from its own
progress events (epoch start to the epoch's last batch), so it excludes the per-epoch validation; the run
figure adds (b)'s per-epoch validation (quality measurement, sample grids, checkpoints) for comparison.
Runs interleaved (a, b, a, b, ...) so drift in machine load hits both alike; the first epoch of each is a
warm-up and not counted. Prints JSON (target: step ratio b/a >= 0.9).

Usage: python benchmarks/gan_overhead.py [--epochs 4] [--reps 3] [--batch-size 64] [--threads 1]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import tempfile
import time
import warnings
from typing import Any

import torch

from models.data import build_datamodule
from models.defaults import experiment_for
from models.network.gan import generation_info
from models.spec import DataSpec, Experiment
from models.tasks.generation import build_discriminator, build_generator
from models.tasks.generation_nets import discriminator_loss, generator_loss
from models.training import fit
from models.training.events import EpochEnd, StepProgress

warnings.filterwarnings("ignore")


def plain_loop(exp: Experiment, epochs: int) -> float:
    """Samples/s of a hand-written two-optimiser loop (epochs after the first)."""
    dm = build_datamodule(exp.data, exp.train.batch_size, 0)
    torch.manual_seed(0)
    info = generation_info(dm.info)
    g, d = build_generator(exp, info), build_discriminator(exp, info)
    opt_g = torch.optim.Adam(g.parameters(), lr=2e-4, betas=(0.5, 0.999))
    opt_d = torch.optim.Adam(d.parameters(), lr=2e-4, betas=(0.5, 0.999))
    latent = exp.train.gan.latent_dim
    samples, start = 0, 0.0
    for epoch in range(epochs):
        if epoch == 1:
            samples, start = 0, time.perf_counter()
        for x, _ in dm.train_dataloader():
            real = x * 2 - 1  # any fixed scaling costs the same as Danlu's
            fake = g(torch.randn(len(x), latent))
            loss_d = discriminator_loss("non_saturating", d(real), d(fake.detach()))
            opt_d.zero_grad(set_to_none=True)
            loss_d.backward()
            opt_d.step()
            loss_g = generator_loss("non_saturating", d(fake))
            opt_g.zero_grad(set_to_none=True)
            loss_g.backward()
            opt_g.step()
            samples += len(x)
    return samples / (time.perf_counter() - start)


def danlu_fit(exp: Experiment, epochs: int, runs_dir: str) -> tuple[float, float]:
    """(step samples/s over the epochs after the first, run samples/s including validation)."""
    rates: list[float] = []
    ends: list[float] = []

    def sink(event: Any) -> None:
        if isinstance(event, StepProgress) and event.batch == event.batches:
            rates.append(event.samples_per_s)
        elif isinstance(event, EpochEnd):
            ends.append(time.perf_counter())

    fit(exp.model_copy(update={"train": exp.train.model_copy(update={"epochs": epochs})}), sink=sink, runs_dir=runs_dir)
    train_n = len(build_datamodule(exp.data, exp.train.batch_size, 0).train_set)
    step = statistics.mean(rates[1:])
    run = train_n * (len(ends) - 1) / (ends[-1] - ends[0])
    return step, run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=4)
    parser.add_argument("--reps", type=int, default=3)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--threads", type=int, default=1, help="torch intra-op threads for both (see DESIGN.md §3)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    exp = experiment_for(DataSpec(source="builtin", name="digits"), "dcgan", name="bench")
    gan = exp.train.gan.model_copy(update={"ema_decay": 0.0, "feature_epochs": 1})
    train = exp.train.model_copy(update={"batch_size": args.batch_size, "accelerator": "cpu", "gan": gan})
    exp = exp.model_copy(update={"train": train})
    results: dict[str, list[float]] = {"plain_pytorch": [], "danlu_fit_step": [], "danlu_fit_run": []}
    with tempfile.TemporaryDirectory() as runs_dir:
        os.environ["DANLU_RUNS_DIR"] = runs_dir
        plain_loop(exp, 2)  # warm-up: first-call costs (allocator, kernels) hit neither variant
        for _ in range(args.reps):
            results["plain_pytorch"].append(plain_loop(exp, args.epochs))
            step, run = danlu_fit(exp, args.epochs, runs_dir)
            results["danlu_fit_step"].append(step)
            results["danlu_fit_run"].append(run)
    med = {k: statistics.median(v) for k, v in results.items()}
    print(
        json.dumps(
            {
                "benchmark": "gan_overhead",
                "device": "cpu",
                "torch_threads": torch.get_num_threads(),
                "model": "dcgan",
                "dataset": "digits",
                "epochs": args.epochs,
                "reps": args.reps,
                "batch_size": args.batch_size,
                "samples_per_s_median": med,
                "samples_per_s_all": results,
                "ratio_step": med["danlu_fit_step"] / med["plain_pytorch"],
                "ratio_run": med["danlu_fit_run"] / med["plain_pytorch"],
                "target_ratio_step": 0.9,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
