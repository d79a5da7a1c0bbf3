"""Weights files in torchvision's official format (random values, exact keys), written for tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

import torch


def official_state(arch: str, seed: int = 0) -> dict[str, torch.Tensor]:
    """The state dict of torchvision's ``arch`` with its ImageNet head: exactly the official file's keys."""
    from torchvision import models as tvm

    torch.manual_seed(seed)
    model = getattr(tvm, arch)(weights=None)
    with torch.no_grad():  # batch-norm statistics as a trained network has them, so loading them is visible
        for name, buf in model.named_buffers():
            if name.endswith("running_mean"):
                buf.uniform_(-0.5, 0.5)
            elif name.endswith("running_var"):
                buf.uniform_(0.5, 2.0)
    return model.state_dict()


def official_file(folder: Path, arch: str, seed: int = 0) -> Path:
    """``<arch>-<sha256 prefix>.pth`` as torchvision names its downloads (saved with ``torch.save``)."""
    tmp = folder / f"{arch}.tmp"
    torch.save(official_state(arch, seed), tmp)
    digest = hashlib.sha256(tmp.read_bytes()).hexdigest()
    path = folder / f"{arch}-{digest[:8]}.pth"
    tmp.rename(path)
    return path


def safetensors_file(folder: Path, arch: str, seed: int = 0) -> Path:
    from safetensors.torch import save_file

    path = folder / f"{arch}.safetensors"
    save_file({k: v.contiguous() for k, v in official_state(arch, seed).items()}, str(path))
    return path
