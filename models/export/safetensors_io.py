"""safetensors export: the weights only, which load into the network that ``experiment.yaml`` builds.

``save_model``/``load_model`` (rather than ``save_file``) handle weights shared between layers. The
metadata header holds the same plain data as the sidecar, as strings (the format allows nothing else).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from torch import nn

from models.errors import CheckpointError


def export_safetensors(network: nn.Module, path: Path, metadata: dict[str, Any] | None = None) -> dict[str, Any]:
    """Write the network's parameters and persistent buffers to ``path``."""
    from safetensors.torch import save_model

    header = {"format": "pt", "danlu": json.dumps(metadata or {}, sort_keys=True)}
    save_model(network, str(path), metadata=header)
    return {
        "tensors": len(network.state_dict()),
        "loads_with": "safetensors.torch.load_model(build_network(experiment.network, info), path)",
    }


def load_weights(network: nn.Module, path: Path) -> nn.Module:
    """Load a safetensors file into ``network`` strictly.

    Raises:
        CheckpointError: names the missing, unexpected or mis-shaped tensors when the file belongs to
            another network.
    """
    from safetensors.torch import load_model

    try:
        missing, unexpected = load_model(network, str(path), strict=False)
    except RuntimeError as err:  # size mismatches arrive here
        raise CheckpointError(f"{path}: the weights do not fit this network ({_short(err)})") from None
    if missing or unexpected:
        parts = []
        if missing:
            parts.append(f"missing {', '.join(sorted(missing)[:5])}")
        if unexpected:
            parts.append(f"unexpected {', '.join(sorted(unexpected)[:5])}")
        raise CheckpointError(f"{path}: the weights belong to another network ({'; '.join(parts)})")
    return network.eval()


def read_metadata(path: Path) -> dict[str, Any]:
    """The ``danlu`` metadata stored in a safetensors header."""
    from safetensors import safe_open

    with safe_open(str(path), framework="pt") as fh:
        return json.loads((fh.metadata() or {}).get("danlu", "{}"))


def _short(err: BaseException) -> str:
    lines = [ln.strip() for ln in str(err).splitlines() if ln.strip()]
    return "; ".join(lines[1:4] or lines[:1])
