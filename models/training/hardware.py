"""Which accelerator a run uses and which precisions it supports; validated before any Trainer exists."""

from __future__ import annotations

import torch

from models.errors import SpecError
from models.spec.train import TrainSpec


def mps_available() -> bool:
    backend = getattr(torch.backends, "mps", None)
    return bool(backend and backend.is_available())


def supported_precisions(accelerator: str, index: int = 0) -> list[str]:
    """Precisions a device can train with: fp16 mixed needs CUDA; bf16 needs a bf16-capable GPU or the CPU."""
    if accelerator == "cuda":
        out = ["32", "16-mixed"]
        if torch.cuda.is_available() and index < torch.cuda.device_count():
            major, _ = torch.cuda.get_device_capability(index)
            if major >= 8:
                out.append("bf16-mixed")
        return out
    if accelerator == "mps":
        return ["32", "16-mixed"]
    return ["32", "bf16-mixed"]


def resolve_accelerator(spec: TrainSpec) -> str:
    """``auto`` -> cuda, mps or cpu; an explicit choice must be present on this machine."""
    if spec.accelerator == "auto":
        if torch.cuda.is_available():
            return "cuda"
        return "mps" if mps_available() else "cpu"
    if spec.accelerator == "cuda" and not torch.cuda.is_available():
        raise SpecError(
            "train.accelerator: 'cuda' was chosen but no CUDA GPU is available here; choose 'auto' or 'cpu'"
        )
    if spec.accelerator == "mps" and not mps_available():
        raise SpecError(
            "train.accelerator: 'mps' was chosen but Apple MPS is not available here; choose 'auto' or 'cpu'"
        )
    return spec.accelerator


def validate_hardware(spec: TrainSpec, devices: int = 1) -> str:
    """Check accelerator, device index and precision together; returns the resolved accelerator."""
    acc = resolve_accelerator(spec)
    if acc == "cuda" and devices == 1 and spec.device_index >= torch.cuda.device_count():
        raise SpecError(
            f"train.device_index: GPU {spec.device_index} does not exist "
            f"(this machine has {torch.cuda.device_count()}); choose 0..{torch.cuda.device_count() - 1}"
        )
    allowed = supported_precisions(acc, spec.device_index)
    if spec.precision not in allowed:
        where = f"{acc} GPU {spec.device_index}" if acc == "cuda" else acc
        raise SpecError(
            f"train.precision: {spec.precision!r} is not supported on {where}; choose one of {', '.join(allowed)}"
        )
    return acc
