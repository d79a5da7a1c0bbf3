"""Will the network fit in memory? Estimated from the shape summary's parameter count, before anything is built.

A 2.5e9-parameter layer used to be refused only by the allocator, after the run folder was created and left
``running``. Only parameters, gradients and the optimiser's state are counted (activations depend on the batch
and are not), so the check refuses only networks that cannot possibly train.
"""

from __future__ import annotations

from typing import Any

from models.errors import SpecError
from models.spec.train import TrainSpec

BYTES_PER_VALUE = 4  # float32 weights (mixed precision keeps float32 master weights too)


class NetworkTooLargeError(SpecError):
    """The network's parameters alone need more memory than the device has free."""


def optimizer_copies(spec: TrainSpec) -> int:
    """Values the optimiser keeps per parameter (Adam: two moments; SGD with momentum: one; ...)."""
    opt = spec.optimizer
    if opt.name in ("adam", "adamw"):
        return 2
    if opt.name == "rmsprop":
        return 2 if opt.momentum > 0 else 1
    if opt.name == "adagrad":
        return 1
    return 1 if opt.momentum > 0 else 0


def training_bytes(params: int, spec: TrainSpec) -> int:
    """Weights, gradients and optimiser state of ``params`` parameters."""
    return params * BYTES_PER_VALUE * (2 + optimizer_copies(spec))


def available_bytes(accelerator: str, index: int = 0) -> int | None:
    """Free memory of the device a run trains on (None when unknown)."""
    if accelerator == "cuda":
        import torch

        return int(torch.cuda.mem_get_info(index)[0])
    try:  # Linux: what can be allocated without swapping
        with open("/proc/meminfo", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    try:
        import psutil  # type: ignore[import-untyped]

        return int(psutil.virtual_memory().available)
    except ImportError:
        return None


def check_fits_in_memory(summary: Any, spec: TrainSpec, accelerator: str, processes_per_device: int = 1) -> None:
    """Refuse a network whose parameters cannot fit in the device's free memory.

    Args:
        summary: The network's shape summary (``models.network.summarize``).
        spec: The training options (the optimiser decides how many copies of the weights exist).
        accelerator: ``cuda``, ``mps`` or ``cpu``.
        processes_per_device: Copies of the network sharing the memory (CPU DDP runs one per process).

    Raises:
        NetworkTooLargeError: naming the largest layer, the parameter count and both sizes.
    """
    free = available_bytes(accelerator, spec.device_index)
    needed = training_bytes(summary.params, spec) * processes_per_device
    if free is None or needed <= free:
        return
    rows = summary.rows
    leaves = [r for r in rows if r.params and not any(o.index.startswith(r.index + ".") for o in rows)]
    biggest = max(leaves, key=lambda r: r.params)
    where = "the GPU" if accelerator == "cuda" else "this machine"
    name = f" '{biggest.name}'" if biggest.name else ""
    raise NetworkTooLargeError(
        f"the network is too large to train here: its {summary.params:,} parameters need ~{_gb(needed)} "
        f"(weights, gradients and {spec.optimizer.name} state) but {where} has {_gb(free)} free; "
        f"layer {biggest.index} ({biggest.type}{name}) alone has {biggest.params:,} parameters "
        f"({_gb(biggest.params * BYTES_PER_VALUE)} of weights): make it smaller, or reduce its input first "
        "(pooling, a smaller layer before it)"
    )


def _gb(nbytes: int) -> str:
    return f"{nbytes / 1e9:.1f} GB"
