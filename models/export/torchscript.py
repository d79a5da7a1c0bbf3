"""TorchScript export: tracing by default, scripting when the tracer reports data-dependent Python branches.

Tracing records the operations of one forward pass, which is right for Danlu's catalogue (its modules
fix every option at construction). If the tracer warns that a tensor steered Python control flow, the
trace may have frozen a value, so scripting is tried; if scripting fails too, the trace is kept and the
parity check (run with a different batch size) decides.
"""

from __future__ import annotations

import contextlib
import io
import json
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import torch
from torch import nn

EXTRA_FILE = "danlu.json"


def export_torchscript(
    network: nn.Module, example: torch.Tensor, path: Path, metadata: dict[str, Any] | None = None
) -> dict[str, Any]:
    """Write ``network`` as a TorchScript archive to ``path``.

    Args:
        network: The network in eval mode.
        example: A batch of real inputs used for tracing.
        path: The destination file.
        metadata: Plain data stored as the archive's extra file ``danlu.json``.

    Returns:
        What the metadata records about this export (the method used).
    """
    module, method = _compile(network, example)
    extra = {EXTRA_FILE: json.dumps(metadata or {}, sort_keys=True)}
    with _jit_deprecation_quiet():
        torch.jit.save(module, str(path), _extra_files=extra)
    return {"method": method, "torch_version": torch.__version__}


def _compile(network: nn.Module, example: torch.Tensor) -> tuple[torch.jit.ScriptModule, str]:
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", torch.jit.TracerWarning)
        traced = torch.jit.trace(network, example, check_trace=False)
    if not any(issubclass(w.category, torch.jit.TracerWarning) for w in caught):
        return traced, "trace"
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return torch.jit.script(network), "script"
    except Exception:  # noqa: BLE001 - scripting is the fallback; the trace is checked for parity instead
        return traced, "trace"


def try_layer(module: nn.Module, args: tuple[Any, ...]) -> None:
    """Trace and save one layer on its own (to name the layer that breaks a whole-network export)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        torch.jit.save(torch.jit.trace(module.eval(), args, check_trace=False), io.BytesIO())


@contextlib.contextmanager
def _jit_deprecation_quiet() -> Iterator[None]:
    """torch 2.14 marks ``torch.jit.save/load`` deprecated (FutureWarning); the format is still what
    TorchScript consumers (libtorch in C++, older runtimes) load, so the warning is not the user's concern."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)
        yield


def torchscript_runner(path: Path) -> Callable[[torch.Tensor], torch.Tensor]:
    """A function running the saved archive loaded back with ``torch.jit.load`` on the CPU."""
    with _jit_deprecation_quiet():
        module = torch.jit.load(str(path), map_location="cpu")
    module.eval()

    def run(x: torch.Tensor) -> torch.Tensor:
        with torch.no_grad():
            return module(x)

    return run


def read_metadata(path: Path) -> dict[str, Any]:
    """The ``danlu.json`` stored inside a TorchScript archive."""
    extra = {EXTRA_FILE: ""}
    with _jit_deprecation_quiet():
        torch.jit.load(str(path), map_location="cpu", _extra_files=extra)
    return json.loads(extra[EXTRA_FILE] or "{}")
