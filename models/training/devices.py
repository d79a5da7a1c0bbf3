"""The devices this machine can train on (each CUDA GPU, Apple MPS, the CPU) and the precisions each supports.

Plain dataclasses so the GUI and the CLI can list them without knowing torch. ``accelerator`` and ``index``
map one to one onto ``TrainSpec.accelerator`` / ``TrainSpec.device_index``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Accelerator = Literal["cuda", "mps", "cpu"]
Precision = Literal["32", "16-mixed", "bf16-mixed"]


@dataclass(frozen=True)
class DeviceInfo:
    """One device a run can use.

    Attributes:
        accelerator: ``cuda``, ``mps`` or ``cpu`` (the ``TrainSpec.accelerator`` value).
        index: Device index within its accelerator (``TrainSpec.device_index``); 0 for MPS and CPU.
        name: Human-readable name, e.g. ``NVIDIA GeForce RTX 4090`` or the CPU model.
        memory_mb: Total device memory in MiB (system RAM for the CPU when known, else None).
        precisions: The ``TrainSpec.precision`` values this device supports, best default first.
        capability: CUDA compute capability as ``"8.9"``; empty for other devices.
    """

    accelerator: Accelerator
    index: int
    name: str
    memory_mb: int | None
    precisions: tuple[Precision, ...]
    capability: str = ""

    @property
    def label(self) -> str:
        """Short text for a device chooser: ``CUDA 0 · NVIDIA A100 · 80 GB``."""
        head = {"cuda": f"CUDA {self.index}", "mps": "Apple GPU (MPS)", "cpu": "CPU"}[self.accelerator]
        parts = [head, self.name] if self.name and self.accelerator != "mps" else [head]
        if self.memory_mb:
            parts.append(f"{self.memory_mb / 1024:.0f} GB")
        return " · ".join(parts)


def list_devices() -> list[DeviceInfo]:
    """Every usable device, fastest kind first: CUDA GPUs, then MPS, then the CPU (always present)."""
    import torch  # local: importing this module must stay cheap

    # The same rule fit() validates against, so the GUI never offers a precision a run would reject.
    from models.training.hardware import mps_available, supported_precisions

    def precisions(accelerator: str, index: int = 0) -> tuple[Precision, ...]:
        return tuple(supported_precisions(accelerator, index))  # type: ignore[arg-type]

    devices: list[DeviceInfo] = []
    if torch.cuda.is_available():
        for index in range(torch.cuda.device_count()):
            props = torch.cuda.get_device_properties(index)
            devices.append(
                DeviceInfo(
                    "cuda",
                    index,
                    props.name,
                    int(props.total_memory // 2**20),
                    precisions("cuda", index),
                    f"{props.major}.{props.minor}",
                )
            )
    if mps_available():
        devices.append(DeviceInfo("mps", 0, "Apple GPU", None, precisions("mps")))
    devices.append(DeviceInfo("cpu", 0, _cpu_name(), _system_memory_mb(), precisions("cpu")))
    return devices


def find_device(devices: list[DeviceInfo], accelerator: str, index: int = 0) -> DeviceInfo | None:
    """The device a ``TrainSpec`` names (``auto`` = the first, i.e. the fastest), or None if absent."""
    if accelerator == "auto":
        return devices[0] if devices else None
    for device in devices:
        if device.accelerator == accelerator and device.index == index:
            return device
    return None


def _cpu_name() -> str:
    import platform

    try:  # /proc/cpuinfo has the marketing name on Linux; platform.processor() is often empty there
        with open("/proc/cpuinfo", encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine() or "CPU"


def _system_memory_mb() -> int | None:
    import os

    try:
        return int(os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") // 2**20)
    except (AttributeError, ValueError, OSError):
        return None
