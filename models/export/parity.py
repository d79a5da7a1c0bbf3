"""Parity check: the exported model must reproduce the trained PyTorch model's outputs on real samples."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any

import numpy as np
import torch
from torch.utils.data import Dataset

from models.export.errors import ParityError

#: Largest absolute difference accepted between exported and PyTorch outputs in fp32.
DEFAULT_TOLERANCE = 1e-4
#: Number of samples the check runs on (from the validation split first).
DEFAULT_SAMPLES = 32

Runner = Callable[[torch.Tensor], np.ndarray | torch.Tensor]


@dataclass(frozen=True)
class ParityResult:
    """Outcome of one parity check.

    Attributes:
        backend: What ran the exported model (``onnxruntime``, ``torch.jit.load``, ``safetensors``).
        samples: How many samples were compared.
        max_abs_diff: Largest absolute difference over every output of every sample (None when skipped).
        tolerance: The accepted maximum.
        passed: True when the check ran and stayed within the tolerance.
        skipped: Why the check could not run (e.g. onnxruntime not installed); empty when it ran.
    """

    backend: str
    samples: int
    max_abs_diff: float | None
    tolerance: float
    passed: bool
    skipped: str = ""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    def describe(self) -> str:
        """One line for the CLI and the export dialog."""
        if self.skipped:
            return f"parity not checked: {self.skipped}"
        verdict = "passed" if self.passed else "FAILED"
        return (
            f"parity {verdict}: max |difference| {self.max_abs_diff:.3g} over {self.samples} samples "
            f"({self.backend}, tolerance {self.tolerance:g})"
        )


def parity_inputs(splits: list[Dataset], count: int = DEFAULT_SAMPLES) -> torch.Tensor:
    """Stack ``count`` inputs, taken from the first split and then the following ones when it is short.

    Args:
        splits: Datasets yielding ``(x, y)``, in order of preference (validation, test, train).
        count: How many samples to take.
    """
    xs: list[torch.Tensor] = []
    for ds in splits:
        for i in range(len(ds)):  # type: ignore[arg-type]
            if len(xs) >= count:
                break
            xs.append(torch.as_tensor(ds[i][0]))
    if not xs:
        raise ParityError("no samples are available for the parity check (every split is empty)")
    return torch.stack(xs)


@torch.no_grad()
def check_parity(
    reference: torch.nn.Module,
    candidate: Runner,
    inputs: torch.Tensor,
    backend: str,
    tolerance: float = DEFAULT_TOLERANCE,
) -> ParityResult:
    """Run both models on ``inputs`` as one batch and compare every output.

    The batch size differs from the one used while exporting, so a batch axis that was frozen by mistake
    fails here rather than on the user's machine.

    Raises:
        ParityError: the outputs differ by more than ``tolerance``, or their shapes differ.
    """
    reference.eval()
    expected = reference(inputs).detach().float().cpu().numpy()
    got = candidate(inputs)
    got = got.detach().float().cpu().numpy() if isinstance(got, torch.Tensor) else np.asarray(got, np.float32)
    if got.shape != expected.shape:
        raise ParityError(
            f"{backend}: the exported model returns shape {list(got.shape)} for "
            f"{len(inputs)} samples, the trained model {list(expected.shape)}"
        )
    diff = float(np.max(np.abs(got - expected))) if expected.size else 0.0
    if not np.isfinite(diff):
        diff = float("inf")
    result = ParityResult(backend, len(inputs), diff, tolerance, diff <= tolerance)
    if not result.passed:
        raise ParityError(f"{result.describe()}; the export was not written")
    return result


def skipped(backend: str, reason: str, tolerance: float = DEFAULT_TOLERANCE) -> ParityResult:
    """A result for a check that could not run (e.g. its optional runtime is missing)."""
    return ParityResult(backend, 0, None, tolerance, False, reason)
