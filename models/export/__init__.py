"""Export a trained run to ONNX, TorchScript or safetensors, with a sidecar and a parity check."""

from models.export.errors import ExportError, ParityError, UnsupportedLayerError
from models.export.exporter import EXTENSIONS, FORMATS, ExportResult, default_destination, export_run
from models.export.metadata import read_sidecar, sidecar_path
from models.export.parity import ParityResult

__all__ = ["EXTENSIONS", "FORMATS", "ExportError", "ExportResult", "ParityError", "ParityResult",
           "UnsupportedLayerError", "default_destination", "export_run", "read_sidecar", "sidecar_path"]
