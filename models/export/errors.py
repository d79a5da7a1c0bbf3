"""Export errors: what the user can fix (exit 2) versus an export that did not match the model (exit 1)."""

from __future__ import annotations

from models.errors import DanluError, TrainingError


class ExportError(DanluError):
    """The run, the destination or a layer cannot be exported as asked; the message says what to change."""


class UnsupportedLayerError(ExportError):
    """A layer of the network has no equivalent in the chosen format.

    Attributes:
        layer: The layer as the user knows it, e.g. ``layers[3] (lstm)``.
        format: The export format (``onnx``, ``torchscript``, ``safetensors``).
    """

    def __init__(self, layer: str, fmt: str, detail: str) -> None:
        self.layer, self.format = layer, fmt
        super().__init__(
            f"layer {layer} cannot be exported to {fmt}: {detail}. "
            f"Choose another format, or replace this layer and train again"
        )


class ParityError(TrainingError):
    """The exported model's outputs differ from the trained PyTorch model's by more than the tolerance."""
