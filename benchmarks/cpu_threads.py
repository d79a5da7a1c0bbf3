"""Training step time against torch's intra-op thread count, with and without a competing CPU load.

One optimiser step of the ``fcn1d`` template (batch 16, 150 steps x 1 channel, two classes: forward, backward,
Adam) and of ``lenet`` (batch 64, 28x28), median over ``--steps`` steps, for every thread count from 1 to
the physical cores, first as the machine is, then with one busy-looping process per physical core started
beside it (the competing load: a GUI thread, loader workers, another program). Prints JSON with the
machine's load average and what ``train.cpu_threads: auto`` chooses (CLI and desktop app).

Usage: python benchmarks/cpu_threads.py [--steps 40]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import statistics
import time
import warnings

import torch
import torch.nn.functional as F
from workloads import machine_load

from models.data.base import DataInfo
from models.network import build_network, make_template
from models.training.threads import choose_threads, physical_cores

warnings.filterwarnings("ignore")


def _spin(stop: multiprocessing.synchronize.Event) -> None:  # type: ignore[name-defined]
    x = 0
    while not stop.is_set():
        for _ in range(100_000):
            x += 1


def step_ms(model: str, threads: int, steps: int) -> float:
    torch.set_num_threads(threads)
    if model == "fcn1d":
        info = DataInfo(task="classification", modality="sequence", input_shape=(150, 1), num_outputs=2,
                        class_names=("a", "b"))  # fmt: skip
        x, y = torch.randn(16, 150, 1), torch.randint(0, 2, (16,))
    else:
        info = DataInfo(task="classification", modality="image", input_shape=(1, 28, 28), num_outputs=10,
                        class_names=tuple("0123456789"))  # fmt: skip
        x, y = torch.randn(64, 1, 28, 28), torch.randint(0, 10, (64,))
    torch.manual_seed(0)
    net = build_network(make_template(model, info), info)
    opt = torch.optim.Adam(net.parameters())
    times = []
    for i in range(steps + 3):
        start = time.perf_counter()
        opt.zero_grad(set_to_none=True)
        F.cross_entropy(net(x), y).backward()
        opt.step()
        if i >= 3:  # warm-up steps excluded
            times.append((time.perf_counter() - start) * 1000)
    return round(statistics.median(times), 2)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=40)
    args = parser.parse_args()
    cores = physical_cores()
    rows = []
    for competing in (0, cores):
        ctx = multiprocessing.get_context("spawn")
        stop = ctx.Event()
        spinners = [ctx.Process(target=_spin, args=(stop,), daemon=True) for _ in range(competing)]
        for p in spinners:
            p.start()
        time.sleep(0.5 if competing else 0)
        try:
            for model in ("fcn1d", "lenet"):
                for threads in range(1, cores + 1):
                    rows.append(
                        {
                            "model": model,
                            "threads": threads,
                            "competing_processes": competing,
                            "step_ms": step_ms(model, threads, args.steps),
                            "load": machine_load(),
                        }
                    )
        finally:
            stop.set()
            for p in spinners:
                p.join(5)
    print(
        json.dumps(
            {
                "benchmark": "cpu_threads",
                "physical_cores": cores,
                "auto_cli": choose_threads("auto", reserved=0).threads,
                "auto_desktop": choose_threads("auto", reserved=1).threads,
                "rows": rows,
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
