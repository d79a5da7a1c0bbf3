"""Built-in datasets that ship with the install (no download ever): sklearn sets and generated series."""

from __future__ import annotations

import numpy as np

from models.data.base import ArrayDataModule, DataInfo, split_indices
from models.spec.data import DataSpec

WAVE_CLASSES = ("sine", "square", "sawtooth", "triangle")


def make_waveforms(n_per_class: int = 150, length: int = 64, seed: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Noisy periodic shapes, one class per shape; ``X`` is ``[N, T, 1]``. Deterministic by ``seed``."""
    rng = np.random.default_rng(seed)
    t = np.linspace(0, 1, length, dtype=np.float64)
    xs, ys = [], []
    for label in range(len(WAVE_CLASSES)):
        freq = rng.uniform(1.5, 4.0, size=(n_per_class, 1))
        phase = rng.uniform(0, 1, size=(n_per_class, 1))
        u = (freq * t[None, :] + phase) % 1.0
        wave = [np.sin(2 * np.pi * u), np.where(u < 0.5, 1.0, -1.0), 2 * u - 1, 4 * np.abs(u - 0.5) - 1][label]
        amp = rng.uniform(0.7, 1.3, size=(n_per_class, 1))
        xs.append(amp * wave + rng.normal(0, 0.25, size=wave.shape))
        ys.append(np.full(n_per_class, label))
    x = np.concatenate(xs)[..., None].astype(np.float32)
    return x, np.concatenate(ys).astype(np.int64)


def make_sine_series(length: int = 2400, seed: int = 0) -> np.ndarray:
    """A seasonal series with trend and noise, ``[T, 1]``, for forecasting."""
    rng = np.random.default_rng(seed)
    t = np.arange(length, dtype=np.float64)
    y = np.sin(2 * np.pi * t / 50) + 0.5 * np.sin(2 * np.pi * t / 180) + t / length + rng.normal(0, 0.1, length)
    return y[:, None].astype(np.float32)


def windows(series: np.ndarray, window: int, horizon: int) -> tuple[np.ndarray, np.ndarray]:
    """Sliding supervised windows: ``X [N, window, C]`` and flattened targets ``y [N, horizon*C]``."""
    n = len(series) - window - horizon + 1
    idx = np.arange(window)[None, :] + np.arange(max(0, n))[:, None]
    x = series[idx]
    tgt = series[np.arange(horizon)[None, :] + np.arange(max(0, n))[:, None] + window]
    return x.astype(np.float32), tgt.reshape(len(tgt), -1).astype(np.float32)


def chronological_splits(n: int, val: float, test: float) -> dict[str, np.ndarray]:
    """Contiguous train | val | test blocks in time order (no shuffling across the boundary)."""
    n_test, n_val = int(round(n * test)), int(round(n * val))
    n_train = n - n_val - n_test
    return {
        "train": np.arange(n_train),
        "val": np.arange(n_train, n_train + n_val),
        "test": np.arange(n_train + n_val, n),
    }


def _standardise(
    x: np.ndarray, train_ix: np.ndarray, axis: tuple[int, ...]
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    mean = x[train_ix].mean(axis=axis, keepdims=True)
    std = x[train_ix].std(axis=axis, keepdims=True) + 1e-8
    return ((x - mean) / std).astype(np.float32), mean, std


class BuiltinDataModule(ArrayDataModule):
    """``source: builtin`` — digits, breast_cancer, diabetes, waveforms, sine_forecast."""

    def __init__(self, spec: DataSpec, batch_size: int = 64, num_workers: int | None = None) -> None:
        super().__init__(spec, batch_size, num_workers)
        getattr(self, f"_load_{spec.name}")()

    def describe(self) -> str:
        return f"builtin:{self.spec.name}"

    def _classification(self, info: DataInfo, x: np.ndarray, y: np.ndarray, notes: list[str]) -> np.ndarray:
        tr, va, te = split_indices(len(y), y, self.spec.split)
        self._pending = (info, x, y, {"train": tr, "val": va, "test": te}, notes)
        return tr

    def _finish(self, x: np.ndarray) -> None:
        info, _, y, splits, notes = self._pending
        self._set_arrays(info, x, y, splits, notes)

    def _load_digits(self) -> None:
        from sklearn.datasets import load_digits

        d = load_digits()
        x = (d.images / 16.0).astype(np.float32)[:, None, :, :]
        y = d.target.astype(np.int64)
        info = DataInfo(
            "classification", "image", (1, 8, 8), num_outputs=10, class_names=tuple(str(c) for c in range(10))
        )
        tr = self._classification(info, x, y, ["8x8 grayscale digits from scikit-learn, scaled to [0, 1]"])
        mean, std = float(x[tr].mean()), float(x[tr].std())
        self._resolved = self.spec.model_copy(deep=True)
        self._resolved.image.mean, self._resolved.image.std = [mean], [std]
        self._finish(((x - mean) / std).astype(np.float32))

    def _load_breast_cancer(self) -> None:
        from sklearn.datasets import load_breast_cancer

        d = load_breast_cancer()
        y = d.target.astype(np.int64)
        info = DataInfo(
            "classification",
            "tabular",
            (d.data.shape[1],),
            num_outputs=2,
            class_names=tuple(str(c) for c in d.target_names),
        )
        tr = self._classification(info, d.data, y, ["30 numeric features standardised on the train split"])
        self._finish(_standardise(d.data, tr, (0,))[0])

    def _load_waveforms(self) -> None:
        x, y = make_waveforms(seed=self.spec.split.seed)
        info = DataInfo(
            "classification", "sequence", x.shape[1:], num_outputs=len(WAVE_CLASSES), class_names=WAVE_CLASSES
        )
        self._classification(info, x, y, ["synthetic noisy waveforms, 64 steps, 1 channel"])
        self._finish(x)

    def _load_diabetes(self) -> None:
        from sklearn.datasets import load_diabetes

        d = load_diabetes()
        tr, va, te = split_indices(len(d.target), None, self.spec.split)
        x = _standardise(d.data, tr, (0,))[0]
        y, mean, std = _standardise(d.target[:, None], tr, (0,))
        info = DataInfo("regression", "tabular", (x.shape[1],), num_outputs=1)
        note = f"target standardised on the train split (mean {mean.item():.1f}, std {std.item():.1f})"
        self._set_arrays(info, x, y, {"train": tr, "val": va, "test": te}, ["10 features standardised", note])

    def _load_sine_forecast(self) -> None:
        fc = self.spec.forecast
        series = make_sine_series(seed=self.spec.split.seed)
        x, y = windows(series, fc.window, fc.horizon)
        info = DataInfo("forecasting", "forecast", x.shape[1:], num_outputs=y.shape[1])
        splits = chronological_splits(len(x), self.spec.split.val, self.spec.split.test)
        self._set_arrays(
            info,
            x,
            y,
            splits,
            [
                f"synthetic seasonal series, {len(series)} steps; "
                f"window {fc.window}, horizon {fc.horizon}; chronological splits"
            ],
        )

    def resolved_spec(self) -> DataSpec:
        return getattr(self, "_resolved", self.spec)
