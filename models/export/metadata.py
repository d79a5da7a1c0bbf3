"""The sidecar metadata written beside every export: what goes in, what comes out, how to preprocess.

A user who has only the exported file and its ``.json`` sidecar can reproduce Danlu's predictions: the
input shape, dtype and layout, the channel order and normalisation, the class names, the task, the run and
checkpoint it came from, and the SHA-256 of the model file itself.
"""

from __future__ import annotations

import hashlib
import json
import platform
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from models.data.base import DataInfo
from models.errors import DanluError
from models.spec.backbone_input import backbone_preprocessing
from models.spec.data import DataSpec
from models.spec.experiment import Experiment

METADATA_VERSION = 1
SIDECAR_SUFFIX = ".json"

_LAYOUT = {"image": "NCHW", "sequence": "NTF", "forecast": "NTF", "tabular": "NF", "text": "NT"}


def sidecar_path(model_path: Path) -> Path:
    """``model.onnx`` -> ``model.onnx.json`` (the full name is kept, so exports of one run never collide)."""
    return model_path.with_name(model_path.name + SIDECAR_SUFFIX)


def sha256_file(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def checkpoint_meta(checkpoint: Path, ckpt: dict[str, Any]) -> dict[str, Any]:
    """What the sidecar records about the checkpoint an export came from (``ckpt``: its loaded content)."""
    return {
        "epoch": ckpt.get("epoch"),
        "global_step": ckpt.get("global_step"),
        "checkpoint_sha256": sha256_file(checkpoint),
    }


def preprocessing(spec: DataSpec, info: DataInfo) -> dict[str, Any]:
    """How raw inputs become the network's input tensor, as plain data (mirrors the training pipeline)."""
    out: dict[str, Any] = {"modality": info.modality, "layout": _LAYOUT.get(info.modality, "N...")}
    if info.modality == "image":
        channels = info.input_shape[0]
        out.update(
            {
                "channels": channels,
                "channel_order": "RGB" if channels == 3 else "grayscale (L)",
                "size_hw": list(info.input_shape[1:]),
                "scale": "pixel values / 255 -> [0, 1]"
                + (" (the built-in digits, 0..16, were scaled to [0, 1])" if _is_builtin(spec, "digits") else ""),
                "mean": spec.image.mean,
                "std": spec.image.std,
                "formula": "x = (scaled - mean[c]) / std[c] per channel" if spec.image.mean else "x = scaled",
            }
        )
    elif info.modality in ("sequence", "forecast"):
        out.update({"length": info.input_shape[0], "features": info.input_shape[1], "time_axis": 1, "feature_axis": 2})
        if info.modality == "sequence":
            seq = spec.sequence
            out.update(
                {"length_mode": seq.length_mode, "znormalize_each_series": seq.znormalize, "impute_missing": seq.impute}
            )
        else:
            fc = spec.forecast
            out.update({"window": fc.window, "horizon": fc.horizon, "value_columns": fc.value_columns})
    elif info.modality == "tabular":
        out.update(
            {
                "features": info.input_shape[0],
                "target_column": spec.target_column,
                "standardised": "features standardised with the train split's mean and std",
            }
        )
    elif info.modality == "text":
        txt = spec.text
        out.update(
            {
                "max_length": txt.max_length,
                "tokenizer": txt.tokenizer,
                "vocab_size": info.vocab_size,
                "padding_id": 0,
                "unknown_id": 1,
            }
        )
    return out


def _is_builtin(spec: DataSpec, name: str) -> bool:
    return spec.source == "builtin" and spec.name == name


def output_description(info: DataInfo) -> dict[str, Any]:
    if info.task == "classification":
        return {
            "shape": ["batch", info.num_outputs],
            "kind": "logits",
            "postprocess": "softmax over the last axis gives the probabilities of class_names, in order",
        }
    if info.task == "forecasting":
        return {
            "shape": ["batch", info.num_outputs],
            "kind": "values",
            "postprocess": "horizon x channels, flattened (step-major)",
        }
    return {"shape": ["batch", info.num_outputs], "kind": "values", "postprocess": "none"}


def build_metadata(
    *,
    fmt: str,
    model_file: Path,
    experiment: Experiment,
    info: DataInfo,
    run_dir: Path,
    checkpoint: Path,
    checkpoint_meta: dict[str, Any],
    format_details: dict[str, Any],
    parity: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything the sidecar holds except the file hash (added once the file exists; see :func:`finish`)."""
    import torch

    import models

    return {
        "danlu_export": METADATA_VERSION,
        "format": fmt,
        "model_file": model_file.name,
        "task": info.task,
        "input": {
            "shape": ["batch", *info.input_shape],
            "dtype": info.input_dtype,
            "layout": _LAYOUT.get(info.modality, "N..."),
        },
        "output": output_description(info),
        "class_names": list(info.class_names),
        "preprocessing": {**preprocessing(experiment.data, info), **backbone_preprocessing(experiment.network)},
        "source": {
            "experiment_name": experiment.name,
            "run": run_dir.name,
            "run_dir": str(run_dir),
            "checkpoint": checkpoint.name,
            **checkpoint_meta,
            "network_template": experiment.network.template,
            "layers": [layer.type for layer in experiment.network.layers],
        },
        "experiment": experiment.to_dict(),
        "format_details": format_details,
        "parity": parity,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
        "versions": {"danlu": models.__version__, "torch": torch.__version__, "python": platform.python_version()},
    }


def embedded(metadata: dict[str, Any]) -> dict[str, Any]:
    """The part stored inside the model file itself (no hash or parity: they describe the file)."""
    keys = ("danlu_export", "format", "task", "input", "output", "class_names", "preprocessing", "source")
    return {k: metadata[k] for k in keys if k in metadata}


def finish(metadata: dict[str, Any], model_path: Path) -> dict[str, Any]:
    """Add the export's own hash and size, computed from the file as written."""
    return {**metadata, "sha256": sha256_file(model_path), "size_bytes": model_path.stat().st_size}


def read_sidecar(path: str | Path) -> dict[str, Any]:
    """Read a sidecar (given the model file or the sidecar itself)."""
    path = Path(path)
    if path.suffix != SIDECAR_SUFFIX:
        path = sidecar_path(path)
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise DanluError(f"{path}: cannot read the export metadata ({err})") from None
