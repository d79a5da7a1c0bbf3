"""Workloads shared by the training benchmarks: generated datasets, a plain PyTorch loop, and a timed fit().

Not a test module and never imported by Danlu itself; the benchmark scripts beside it import it by name.
"""

from __future__ import annotations

import contextlib
import os
import time
from pathlib import Path
from typing import Any

import numpy as np
import torch
import torch.nn.functional as F

from models.data import build_datamodule
from models.network import build_network
from models.spec import Experiment
from models.training import fit
from models.training.events import EpochEnd, RunStarted


def write_image_folder(root: Path, n: int = 10_000, side: int = 28, classes: int = 10, seed: int = 0) -> Path:
    """``n`` grayscale PNGs in ``classes`` sub-folders: a bar at a class-specific angle, random shift, noise."""
    from PIL import Image

    rng = np.random.default_rng(seed)
    yy, xx = np.mgrid[0:side, 0:side] - (side - 1) / 2
    for c in range(classes):
        (root / f"class{c}").mkdir(parents=True, exist_ok=True)
    for i in range(n):
        c = i % classes
        angle = np.pi * c / classes
        dx, dy = rng.normal(0, side / 10, size=2)
        dist = np.abs((xx - dx) * np.sin(angle) - (yy - dy) * np.cos(angle))
        img = 255 * np.exp(-(dist**2) / 4) + rng.normal(0, 40, size=(side, side))
        Image.fromarray(np.clip(img, 0, 255).astype(np.uint8)).save(root / f"class{c}" / f"{i:05d}.png")
    return root


def write_sequences(path: Path, n: int = 10_000, length: int = 64, channels: int = 8, classes: int = 5) -> Path:
    """An ``.npz`` of noisy sine mixtures whose frequency depends on the class."""
    rng = np.random.default_rng(0)
    y = np.arange(n) % classes
    t = np.linspace(0, 1, length)[None, :, None]
    freq = (2 + 2 * y)[:, None, None] * (1 + 0.1 * np.arange(channels))[None, None, :]
    x = np.sin(2 * np.pi * freq * t + rng.uniform(0, 6.3, size=(n, 1, channels)))
    np.savez(path, X=(x + rng.normal(0, 0.5, size=x.shape)).astype(np.float32), y=y)
    return path


def autocast(precision: str, device: str) -> Any:
    if precision == "16-mixed":
        return torch.autocast(device, dtype=torch.float16)
    if precision == "bf16-mixed":
        return torch.autocast(device, dtype=torch.bfloat16)
    return contextlib.nullcontext()


def plain_loop(exp: Experiment, epochs: int, device: str = "cpu", precision: str = "32") -> tuple[float, float]:
    """Train samples/s of a hand-written loop (same loaders, network, optimiser; a validation pass per epoch).

    Returns:
        Samples per wall-clock second and per CPU second of this process (the latter hardly moves with the
        load other programs put on a shared machine).
    """
    spec = exp.train
    dm = build_datamodule(exp.data, int(spec.batch_size), spec.num_workers)
    torch.manual_seed(0)
    net = build_network(exp.network, dm.info).to(device)
    opt = torch.optim.Adam(net.parameters(), lr=spec.optimizer.lr)
    scaler = torch.amp.GradScaler(device, enabled=precision == "16-mixed")
    train, val = dm.train_dataloader(), dm.val_dataloader()
    start, cpu = time.perf_counter(), time.process_time()
    for _ in range(epochs):
        net.train()
        for x, y in train:
            x, y = x.to(device, non_blocking=True), y.to(device, non_blocking=True)
            opt.zero_grad(set_to_none=True)
            with autocast(precision, device):
                loss = F.cross_entropy(net(x), y)
            scaler.scale(loss).backward()
            scaler.step(opt)
            scaler.update()
        net.eval()
        with torch.no_grad(), autocast(precision, device):
            for x, y in val:
                F.cross_entropy(net(x.to(device)), y.to(device))
    if device == "cuda":
        torch.cuda.synchronize()
    samples = len(dm.train_set) * epochs
    return samples / (time.perf_counter() - start), samples / max(1e-9, time.process_time() - cpu)


def danlu_fit(exp: Experiment, epochs: int, runs_dir: str | Path) -> tuple[float, float]:
    """Train samples/s (wall clock, CPU) of ``fit()`` from the run's start to its last epoch end (no evaluation)."""
    marks: dict[str, tuple[float, float]] = {}
    train_n = len(build_datamodule(exp.data, 64, 0).train_set)

    def sink(event: object) -> None:
        if isinstance(event, (RunStarted, EpochEnd)):
            marks["start" if isinstance(event, RunStarted) else "end"] = (time.perf_counter(), time.process_time())

    fit(exp.model_copy(update={"train": exp.train.model_copy(update={"epochs": epochs})}), sink=sink, runs_dir=runs_dir)
    (wall0, cpu0), (wall1, cpu1) = marks["start"], marks["end"]
    return train_n * epochs / (wall1 - wall0), train_n * epochs / max(1e-9, cpu1 - cpu0)


def machine_load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]
