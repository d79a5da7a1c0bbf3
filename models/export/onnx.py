"""ONNX export with a dynamic batch axis, checked by ``onnx.checker`` and (when installed) onnxruntime.

Exporter choice: torch 2.14 defaults to the ``torch.export``-based exporter, which needs ``onnxscript``
(and ``onnx_ir``) at run time. The TorchScript-based exporter (``dynamo=False``) needs neither, handles
every layer of the catalogue (LSTM/GRU and Transformer encoders included) and is several times faster, so
Danlu uses it and keeps the dependency list short. Its newest opset is 20.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import sys
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import torch
from torch import nn

#: Opset written into every export: the newest the TorchScript-based exporter supports.
ONNX_OPSET = 20
INPUT_NAME, OUTPUT_NAME = "input", "output"


def export_onnx(
    network: nn.Module,
    example: torch.Tensor,
    path: Path,
    metadata: dict[str, Any] | None = None,
    opset: int = ONNX_OPSET,
) -> dict[str, Any]:
    """Write ``network`` as ONNX to ``path``: input ``input`` and output ``output`` with a dynamic batch axis.

    Args:
        network: The network in eval mode.
        example: A batch of real inputs used to trace the graph.
        path: The destination file.
        metadata: Plain data stored as the model's ``danlu`` metadata property (JSON), so the preprocessing
            travels inside the file as well as in the sidecar.
        opset: The ONNX opset version.

    Returns:
        What the metadata records about this export (exporter, opset, names).
    """
    import onnx

    buffer = io.BytesIO()
    _to_onnx(network, (example,), buffer, opset)
    model = onnx.load_model_from_string(buffer.getvalue())
    if metadata:
        entry = model.metadata_props.add()
        entry.key, entry.value = "danlu", json.dumps(metadata, sort_keys=True)
    onnx.checker.check_model(model, full_check=True)
    Path(path).write_bytes(model.SerializeToString())
    return {
        "exporter": "torch.onnx (TorchScript-based)",
        "opset": opset,
        "input_name": INPUT_NAME,
        "output_name": OUTPUT_NAME,
        "dynamic_axes": {"input": [0], "output": [0]},
    }


def _to_onnx(module: nn.Module, args: tuple[Any, ...], target: Any, opset: int = ONNX_OPSET) -> None:
    n_in = len(args)
    names = [INPUT_NAME] if n_in == 1 else [f"{INPUT_NAME}{i}" for i in range(n_in)]
    with warnings.catch_warnings(), _native_stderr_silenced():
        # The exporter warns about its own deprecation and about traced Python branches; the parity check
        # (with another batch size) is the real guard against a graph that froze a value.
        warnings.simplefilter("ignore")
        torch.onnx.export(
            module,
            args,
            target,
            dynamo=False,
            opset_version=opset,
            input_names=names,
            output_names=[OUTPUT_NAME],
            do_constant_folding=True,
            dynamic_axes={**{n: {0: "batch"} for n in names}, OUTPUT_NAME: {0: "batch"}},
        )


@contextlib.contextmanager
def _native_stderr_silenced() -> Iterator[None]:
    """Send the exporter's C++ log (it dumps the whole graph on failure) to /dev/null while exporting.

    The error itself still reaches the caller as an exception with a one-line message.
    """
    torch._C._jit_set_onnx_log_output_stream("stderr")  # by default the dump would land on stdout
    try:
        sys.stderr.flush()
        saved = os.dup(2)
    except (OSError, ValueError):  # no usable file descriptor 2 (e.g. a frozen GUI app): nothing to silence
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def try_layer(module: nn.Module, args: tuple[Any, ...]) -> None:
    """Export one layer on its own (used to name the layer that breaks a whole-network export)."""
    _to_onnx(module.eval(), args, io.BytesIO())


def onnxruntime_available() -> bool:
    try:
        import onnxruntime  # noqa: F401
    except ImportError:
        return False
    return True


def onnx_runner(path: Path) -> Callable[[torch.Tensor], np.ndarray]:
    """A function running the ONNX file with onnxruntime on the CPU (call only when it is installed)."""
    import onnxruntime as ort

    options = ort.SessionOptions()
    options.log_severity_level = 3  # errors only: its warnings about unused initialisers are noise here
    session = ort.InferenceSession(str(path), options, providers=["CPUExecutionProvider"])
    name = session.get_inputs()[0].name

    def run(x: torch.Tensor) -> np.ndarray:
        return session.run(None, {name: x.detach().cpu().numpy()})[0]

    return run
