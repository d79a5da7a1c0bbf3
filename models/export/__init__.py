"""Export a trained run to ONNX, TorchScript or safetensors, with a sidecar and a parity check.

Formats:

* ``onnx``: TorchScript-based ``torch.onnx.export`` (no onnxscript needed), opset 20, dynamic batch axis;
  checked by ``onnx.checker`` and, when the optional ``onnxruntime`` is installed, for parity with it.
* ``torchscript``: traced, or scripted when tracing reports data-dependent branches (LSTM/GRU, Transformer
  encoders); checked after ``torch.jit.load``.
* ``safetensors``: the weights only; checked by loading them into the network ``experiment.yaml`` builds.

Every template exports to every format. A layer a format cannot express raises
:class:`UnsupportedLayerError`: "layer layers[3] (adaptive_avgpool1d) cannot be exported to onnx: ...
Choose another format, or replace this layer and train again" (e.g. ``adaptive_avgpool1d`` to a size that
does not divide its input has no ONNX operator).
"""

from models.export.errors import ExportError, ParityError, UnsupportedLayerError
from models.export.exporter import EXTENSIONS, FORMATS, ExportResult, default_destination, export_run
from models.export.metadata import read_sidecar, sidecar_path
from models.export.parity import ParityResult

__all__ = [
    "EXTENSIONS",
    "FORMATS",
    "ExportError",
    "ExportResult",
    "ParityError",
    "ParityResult",
    "UnsupportedLayerError",
    "default_destination",
    "export_run",
    "read_sidecar",
    "sidecar_path",
]
