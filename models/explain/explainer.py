"""Explanations of a run's predictions: one code path for ``danlu explain``, the Predict panel and the report.

``Explainer(run_dir)`` loads the run once (like :class:`models.predict.Predictor`, whose input reading it
shares); ``explain(inputs, method, target)`` returns one plain :class:`Explanation` per sample (numpy
arrays, no tensors), which :mod:`models.explain.render` draws.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import torch

from models.data.base import DataInfo
from models.errors import DataError
from models.explain.methods import (
    METHODS,
    ExplainError,
    available_methods,
    find_cam_layer,
    gradcam,
    integrated_gradients,
)
from models.predict_inputs import PredictInput, Sample
from models.spec.experiment import Experiment

if TYPE_CHECKING:
    from models.predict import Predictor


@dataclass
class Explanation:
    """Why the network gave one sample its output, as plain data.

    Attributes:
        input: The sample's name (file, ``file row 3``, ``array 1``).
        method: ``gradcam`` or ``ig``.
        modality: ``image``, ``sequence``, ``forecast``, ``tabular`` or ``text``.
        target: The explained class (or output) index; ``target_label`` its name.
        predicted: The predicted class index (None for regression); ``predicted_label`` its name.
        probability: The target's probability (classification), else its predicted value.
        heat: Images: ``[H, W]`` in [0, 1] (Grad-CAM) or the absolute attribution summed over channels, scaled
            to [0, 1]. Sequences: ``[T]`` absolute attribution per step. Tabular and text: ``[F]``/``[T]``
            signed attribution per feature/token.
        display: What to draw the heat on: the image as ``H x W x C`` uint8, the series ``[T, F]`` as the
            network saw it, the feature values ``[F]``; None for text.
        labels: Feature names (tabular) or tokens (text).
        layer: The layer Grad-CAM weighed ("" for Integrated Gradients).
    """

    input: str
    method: str
    modality: str
    target: int
    target_label: str
    predicted: int | None
    predicted_label: str
    probability: float
    heat: np.ndarray
    display: np.ndarray | None = None
    labels: list[str] = field(default_factory=list)
    layer: str = ""

    def title(self) -> str:
        from models.explain.methods import METHOD_TITLES

        where = f" at {self.layer}" if self.layer else ""
        what = (
            f"'{self.target_label}' (p = {self.probability:.2f})" if self.predicted is not None else self.target_label
        )
        guess = (
            "" if self.predicted is None or self.predicted == self.target else f"; predicted '{self.predicted_label}'"
        )
        return f"{METHOD_TITLES[self.method]} for {what}{where}{guess}"


def _label(names: Sequence[str], k: int) -> str:
    return names[k] if 0 <= k < len(names) else str(k)


def resolve_target(target: str | int | None, info: DataInfo) -> int | None:
    """A class name or index (or output index for regression) as an index; None = the predicted class.

    Raises:
        DataError: not a class (or output) of this run; the message lists them.
    """
    if target is None or target == "":
        return None
    names = list(info.class_names)
    if isinstance(target, str) and target in names:
        return names.index(target)
    try:
        k = int(target)
    except (TypeError, ValueError):
        k = -1
    if 0 <= k < info.num_outputs:
        return k
    choices = ", ".join(names) if names else f"outputs 0..{info.num_outputs - 1}"
    raise DataError(f"--target {target!r} is not a class of this run; choose one of {choices}")


class Explainer:
    """Explanations of one run's network; shares a loaded :class:`models.predict.Predictor` (the GUI's).

    Args:
        predictor: The run, loaded (its network, input reader and experiment are used as they are).
    """

    def __init__(self, predictor: Predictor) -> None:
        self.predictor = predictor
        self.network = predictor.network
        self.info: DataInfo = predictor.info
        self.experiment: Experiment = predictor.experiment

    @classmethod
    def open(cls, run_dir: str | Path, which: str = "best") -> Explainer:
        """Load a run's ``best`` or ``last`` checkpoint (CheckpointError when it has none usable)."""
        from models.predict import Predictor

        return cls(Predictor(run_dir, which))

    def methods(self) -> list[str]:
        """Methods that can explain this run's network, the preferred first."""
        return available_methods(self.network, self.experiment.network, self.info)

    def explain(
        self, inputs: Sequence[PredictInput], method: str | None = None, target: str | int | None = None
    ) -> list[Explanation]:
        """Explain every sample of ``inputs`` (files, folders, arrays, as ``danlu predict`` reads them)."""
        return [self.explain_sample(s, method, target) for s in self.predictor.reader.read(list(inputs))]

    def explain_sample(self, sample: Sample, method: str | None = None, target: str | int | None = None) -> Explanation:
        """Explain one prepared sample.

        Raises:
            ExplainError: the method does not fit this network (the message names the one that does).
            DataError: the target is not a class of this run.
        """
        method = method or self.methods()[0]
        if method not in METHODS:
            raise ExplainError(f"--method {method!r} is not known; choose one of {', '.join(METHODS)}")
        x = sample.x
        with torch.no_grad():
            out = self.network(x.unsqueeze(0)).float()[0]
        names = list(self.info.class_names)
        classification = self.info.task == "classification"
        predicted = int(out.argmax()) if classification else None
        chosen = resolve_target(target, self.info)
        k = chosen if chosen is not None else (predicted if predicted is not None else 0)
        score = float(out.softmax(-1)[k]) if classification else float(out[k])
        layer = ""
        if method == "gradcam":
            cam = find_cam_layer(self.network, self.experiment.network, self.info)
            heat, layer = gradcam(self.network, cam, x, k), cam.label
        else:
            heat = self._ig_heat(integrated_gradients(self.network, x, k))
        return Explanation(
            input=sample.name,
            method=method,
            modality=self.info.modality,
            target=k,
            target_label=_label(names, k) if classification else f"output {k}",
            predicted=predicted,
            predicted_label=_label(names, predicted) if predicted is not None else "",
            probability=score,
            heat=heat,
            display=self._display(x),
            labels=self._labels(x),
            layer=layer,
        )

    def _ig_heat(self, attr: np.ndarray) -> np.ndarray:
        m = self.info.modality
        if m == "image":
            heat = np.abs(attr).sum(0)
            top = float(heat.max())
            return heat / top if top > 0 else heat
        if m in ("sequence", "forecast"):
            return np.abs(attr).sum(-1)  # [T, F] -> how much each step mattered
        return attr

    def _display(self, x: torch.Tensor) -> np.ndarray | None:
        m = self.info.modality
        if m == "image":
            spec = self.experiment.data.image
            c = x.shape[0]
            mean = np.asarray(spec.mean or [0.0] * c, dtype=np.float32).reshape(-1, 1, 1)
            std = np.asarray(spec.std or [1.0] * c, dtype=np.float32).reshape(-1, 1, 1)
            pixels = np.clip((x.numpy() * std + mean) * 255.0 + 0.5, 0, 255).astype(np.uint8)
            return np.moveaxis(pixels, 0, -1)
        if m == "text":
            return None
        return x.numpy()

    def _labels(self, x: torch.Tensor) -> list[str]:
        m = self.info.modality
        if m == "tabular":
            return feature_names(self.experiment, x.shape[0])
        if m == "text":
            vocab = list(self.experiment.data.text.vocab or [])
            return [vocab[t - 2] if 2 <= t < len(vocab) + 2 else ("<pad>" if t == 0 else "<unk>") for t in x.tolist()]
        return []


def feature_names(experiment: Experiment, count: int) -> list[str]:
    """Names of the encoded tabular features where Danlu knows them (built-in sets), else ``feature i``."""
    spec = experiment.data
    if spec.source == "builtin" and spec.name in ("breast_cancer", "diabetes"):
        from sklearn import datasets

        loader = datasets.load_breast_cancer if spec.name == "breast_cancer" else datasets.load_diabetes
        names = [str(n) for n in loader().feature_names]
        if len(names) == count:
            return names
    return [f"feature {i}" for i in range(count)]


__all__ = ["ExplainError", "Explainer", "Explanation", "resolve_target"]
