"""Predictions from a trained run: one code path for ``danlu predict`` and the GUI's Predict panel.

``predict(run_dir, inputs, top_k, which)`` loads the run once, reads every input with the training
preprocessing (:mod:`models.predict_inputs`) and returns plain :class:`Prediction` objects: the top-k classes
with probabilities for classification, the predicted values for regression and forecasting.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import torch

from models.errors import DataError
from models.predict_inputs import InputReader, PredictInput, Sample

#: Samples per forward pass.
BATCH = 64


@dataclass(frozen=True)
class ClassScore:
    label: str
    index: int
    probability: float


@dataclass
class Prediction:
    """The prediction for one input.

    Attributes:
        input: The file (``file row 3`` / ``file sample 2`` for multi-sample files, ``array 1`` for arrays).
        top_k: Classification: the k most probable classes, most probable first.
        value: Regression/forecasting: the predicted values, in the data's own units where the run's
            standardisation is known (forecasting, tabular regression), else in the standardised units the
            network was trained on.
    """

    input: str
    top_k: list[ClassScore] = field(default_factory=list)
    value: list[float] | None = None

    @property
    def label(self) -> str | None:
        """The most probable class (None for regression)."""
        return self.top_k[0].label if self.top_k else None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"input": self.input}
        if self.top_k:
            out["label"] = self.label
            out["top_k"] = [asdict(c) for c in self.top_k]
        if self.value is not None:
            out["value"] = self.value
        return out


class Predictor:
    """A run loaded once for repeated predictions (the GUI keeps one per selected run).

    Args:
        run_dir: The run folder.
        which: ``best`` or ``last`` checkpoint.

    Raises:
        CheckpointError: the run has no usable checkpoint.
    """

    def __init__(self, run_dir: str | Path, which: str = "best") -> None:
        from models.training.checkpoints import load_trained

        self.trained = load_trained(run_dir, which)
        if self.trained.info.task == "generation":
            raise DataError(
                f"{run_dir}: is a generation (GAN) run: it draws images instead of predicting; use danlu generate"
            )
        self.network = self.trained.network.float().cpu().eval()
        self.info = self.trained.info
        self.experiment = self.trained.experiment
        self.reader = InputReader(self.experiment.data, self.info)

    @property
    def class_names(self) -> tuple[str, ...]:
        return self.info.class_names

    def expects(self) -> str:
        """A sentence saying which inputs this run takes."""
        return self.reader.expects()

    def predict(self, inputs: Sequence[PredictInput], top_k: int = 3) -> list[Prediction]:
        """Predict every sample of ``inputs`` (files, folders, arrays; see :class:`InputReader`)."""
        return self.predict_samples(self.reader.read(list(inputs)), top_k)

    @torch.inference_mode()
    def predict_samples(self, samples: list[Sample], top_k: int = 3) -> list[Prediction]:
        if top_k < 1:
            raise DataError(f"--top-k must be at least 1, got {top_k}")
        out: list[Prediction] = []
        for start in range(0, len(samples), BATCH):
            chunk = samples[start : start + BATCH]
            x = torch.stack([s.x for s in chunk])
            y = self.network(x).float()
            out.extend(self._to_predictions(chunk, y, top_k))
        return out

    def _to_predictions(self, chunk: list[Sample], y: torch.Tensor, top_k: int) -> list[Prediction]:
        if self.info.task == "classification":
            probs = y.softmax(-1)
            k = min(top_k, probs.shape[-1])
            p, ix = probs.topk(k, dim=-1)
            names = self.class_names
            return [
                Prediction(
                    s.name,
                    [
                        ClassScore(names[j] if j < len(names) else str(j), int(j), float(q))
                        for q, j in zip(p[i].tolist(), ix[i].tolist())
                    ],
                )
                for i, s in enumerate(chunk)
            ]
        values = y.numpy().astype(np.float64)
        fc = self.experiment.data.forecast
        if self.info.task == "forecasting" and fc.normalize and fc.mean and fc.std:
            channels = len(fc.mean)
            values = values.reshape(len(values), -1, channels) * np.asarray(fc.std) + np.asarray(fc.mean)
            values = values.reshape(len(values), -1)
        scale = self._target_scale()
        if scale is not None:  # the network predicts standardised targets; report them in the data's units
            values = values * scale[1] + scale[0]
        return [Prediction(s.name, value=[float(v) for v in values[i]]) for i, s in enumerate(chunk)]

    def _target_scale(self) -> tuple[np.ndarray, np.ndarray] | None:
        if not hasattr(self, "_scale"):
            self._scale = self.reader.target_scale()
        return self._scale


def predict(
    run_dir: str | Path, inputs: Sequence[PredictInput], top_k: int = 3, which: str = "best"
) -> list[Prediction]:
    """Predict ``inputs`` with a run's ``best`` (or ``last``) checkpoint.

    Args:
        run_dir: The run folder.
        inputs: Image files or folders, sequence/tabular/text files, or in-memory arrays.
        top_k: Classes listed per input (classification).
        which: ``best`` or ``last``.

    Raises:
        DataError: an input of the wrong type or shape (the message names the file).
        CheckpointError: the run has no usable checkpoint.
    """
    return Predictor(run_dir, which).predict(inputs, top_k)


__all__ = ["ClassScore", "Prediction", "Predictor", "predict"]
