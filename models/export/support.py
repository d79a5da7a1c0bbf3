"""Find the layer that a format cannot express, so the error names it instead of a tracer internal.

When a whole-network export fails, each top-level layer is exported on its own with the input it receives
in a real forward pass; the first one that fails is the culprit. Layers are the network's children
``"0"``, ``"1"``, ... in spec order, so the index maps straight to ``network.layers[i]`` in the experiment.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import torch
from torch import nn


def layer_label(index: int, layer_types: Sequence[str]) -> str:
    """``layers[3] (lstm)`` (or ``layers[3]`` when the type is unknown)."""
    kind = layer_types[index] if 0 <= index < len(layer_types) else ""
    return f"layers[{index}] ({kind})" if kind else f"layers[{index}]"


@torch.no_grad()
def layer_inputs(network: nn.Module, example: torch.Tensor) -> list[tuple[str, nn.Module, tuple[Any, ...]]]:
    """Run ``example`` through ``network`` and record each top-level child with the arguments it received."""
    seen: list[tuple[str, nn.Module, tuple[Any, ...]]] = []
    handles = []
    for name, child in network.named_children():

        def hook(module: nn.Module, args: tuple[Any, ...], name: str = name) -> None:
            seen.append((name, module, tuple(a.detach() if isinstance(a, torch.Tensor) else a for a in args)))

        handles.append(child.register_forward_pre_hook(hook))
    try:
        network(example)
    except Exception:  # noqa: BLE001 - a failing forward leaves the layers seen so far, enough to search
        pass
    finally:
        for h in handles:
            h.remove()
    return seen


def find_failing_layer(
    network: nn.Module, example: torch.Tensor, attempt: Callable[[nn.Module, tuple[Any, ...]], None]
) -> tuple[int, str] | None:
    """The index and error text of the first top-level layer for which ``attempt(layer, args)`` raises.

    Some layers export on their own but not after others (e.g. a pooling that needs a length the exporter
    no longer knows); for those, the shortest failing prefix of a sequential network names the layer.
    Returns None when no layer can be singled out.
    """
    for name, module, args in layer_inputs(network, example):
        try:
            attempt(module, args)
        except Exception as err:  # noqa: BLE001 - any exporter failure counts; its text is reported
            index = int(name) if name.isdigit() else -1
            return index, first_line(err)
    if isinstance(network, nn.Sequential) and len(network) > 1:
        return _shortest_failing_prefix(network, example, attempt)
    return None


def _shortest_failing_prefix(
    network: nn.Sequential, example: torch.Tensor, attempt: Callable[[nn.Module, tuple[Any, ...]], None]
) -> tuple[int, str] | None:
    """Binary search for the first ``i`` such that ``network[: i + 1]`` fails (a longer prefix fails too)."""

    def fails(i: int) -> str | None:
        try:
            attempt(nn.Sequential(*list(network)[: i + 1]), (example,))
        except Exception as err:  # noqa: BLE001 - see find_failing_layer
            return first_line(err)
        return None

    last = fails(len(network) - 1)
    if last is None:
        return None
    lo, hi, message = 0, len(network) - 1, last
    while lo < hi:
        mid = (lo + hi) // 2
        found = fails(mid)
        if found is None:
            lo = mid + 1
        else:
            hi, message = mid, found
    return lo, message


def first_line(err: BaseException) -> str:
    """The first non-empty line of an exception message, shortened: exporter messages can be pages long."""
    text = next((ln.strip() for ln in str(err).splitlines() if ln.strip()), type(err).__name__)
    for noise in (" Please feel free to request support", " [Caused by"):  # torch.onnx boilerplate
        text = text.split(noise)[0].rstrip()
    return text if len(text) <= 300 else text[:297] + "..."
