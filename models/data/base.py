"""Data contracts shared by every source: DataInfo, DataSummary, splitting and the in-memory DataModule.

Every source builds a :class:`DanluDataModule` that is *loaded eagerly* (``build_datamodule`` returns it
ready), so the network can be shaped from :attr:`DanluDataModule.info` before any Trainer exists.
"""

from __future__ import annotations

import math
import multiprocessing
import os
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

import lightning as L
import numpy as np
import torch
from sklearn.model_selection import train_test_split
from torch.utils.data import DataLoader, Dataset, TensorDataset

from models.errors import DataError
from models.spec.data import DataSpec, SplitSpec
from models.spec.train import TaskKind

Modality = Literal["image", "sequence", "tabular", "text", "forecast"]


@dataclass(frozen=True)
class DataInfo:
    """What the network and the task need to know about a dataset.

    Attributes:
        task: classification, regression or forecasting.
        modality: image ``[C,H,W]``, sequence ``[T,F]``, tabular ``[F]``, text ``[T]`` (int64),
            forecast ``[T,F]``.
        input_shape: Per-sample input shape (no batch axis).
        input_dtype: ``float32`` or ``int64`` (token ids).
        num_outputs: Classes for classification, targets for regression (horizon x channels for forecasting).
        class_names: Class names in label order (empty for regression).
        vocab_size: Vocabulary size for token inputs (index 0 is padding, 1 unknown).
    """

    task: TaskKind
    modality: Modality
    input_shape: tuple[int, ...]
    input_dtype: Literal["float32", "int64"] = "float32"
    num_outputs: int = 1
    class_names: tuple[str, ...] = ()
    vocab_size: int | None = None

    @property
    def num_classes(self) -> int:
        return len(self.class_names)


@dataclass
class SkippedItem:
    """A file or row that was not used, and why."""

    path: str
    reason: str


@dataclass
class DataSummary:
    """What a user sees before training: sizes, classes, shape, range and what was skipped."""

    source: str
    task: str
    modality: str
    input_shape: list[int]
    input_dtype: str
    split_sizes: dict[str, int]
    class_names: list[str] = field(default_factory=list)
    class_counts: dict[str, list[int]] = field(default_factory=dict)
    class_weights: list[float] = field(default_factory=list)
    value_range: list[float] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    examples_per_class: dict[str, list[int]] = field(default_factory=dict)
    num_outputs: int = 0
    vocab_size: int | None = None
    imbalance_ratio: float | None = None

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON-safe data (numpy scalars become Python numbers, NaN/inf become None).

        ``examples_per_class`` holds positions in the train split (``dm.train_set[i]``), up to 16 a class.
        """
        return _json_safe(asdict(self))


def _json_safe(obj: Any) -> Any:
    if isinstance(obj, dict):
        return {str(k): _json_safe(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_json_safe(v) for v in obj]
    if isinstance(obj, np.generic):
        obj = obj.item()
    if isinstance(obj, float) and not math.isfinite(obj):
        return None
    return obj


def add_class_report(
    summary: DataSummary, class_names: list[str] | tuple[str, ...], labels: dict[str, np.ndarray]
) -> None:
    """Fill class counts, weights, imbalance and preview positions from the labels of each split.

    Args:
        summary: The summary to fill.
        class_names: Class names in label order.
        labels: Integer labels of each split (``train`` required), in split order.
    """
    k = len(class_names)
    for name, y in labels.items():
        summary.class_counts[name] = np.bincount(np.asarray(y, dtype=np.int64), minlength=k).tolist()
    train_counts = np.asarray(summary.class_counts["train"])
    summary.class_weights = class_weights_from_counts(train_counts).tolist()
    ytr = np.asarray(labels["train"])
    for c, cname in enumerate(class_names):
        summary.examples_per_class[str(cname)] = np.flatnonzero(ytr == c)[:16].tolist()
    present = train_counts[train_counts > 0]
    if len(present):
        summary.imbalance_ratio = round(float(present.max() / present.min()), 3)
    missing = [str(class_names[c]) for c in np.flatnonzero(train_counts == 0)]
    if missing:
        summary.notes.append(f"class(es) {', '.join(map(repr, missing))} have no train sample")
    if summary.imbalance_ratio and summary.imbalance_ratio >= 3:
        big, small = (
            int(np.argmax(train_counts)),
            int(np.argmin(np.where(train_counts > 0, train_counts, 1 << 62))),
        )
        summary.notes.append(
            f"class imbalance: {class_names[big]!r} has {train_counts[big]} train samples, "
            f"{class_names[small]!r} {train_counts[small]} ({summary.imbalance_ratio:.1f}x); "
            "consider the loss weighted_cross_entropy (class weights are listed)"
        )


def split_indices(
    n: int, labels: np.ndarray | None, split: SplitSpec, has_test: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Deterministic (by ``split.seed``) train/val/test index arrays, stratified when labels are given.

    Args:
        n: Number of samples.
        labels: Class labels for stratification, or None.
        split: Fractions and seed.
        has_test: A test set is given separately: only val is split off.
    """
    idx = np.arange(n)
    test_frac = 0.0 if has_test else split.test
    strat = labels if (labels is not None and split.stratify and _can_stratify(labels, split)) else None

    def cut(ix: np.ndarray, frac: float, y: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
        if frac <= 0 or len(ix) < 2:
            return ix, ix[:0]
        k = max(1, int(round(frac * len(ix))))
        return train_test_split(ix, test_size=k, random_state=split.seed, shuffle=True, stratify=y)

    rest, test = cut(idx, test_frac, strat)
    rel_val = split.val / max(1e-9, 1.0 - test_frac)
    train, val = cut(rest, rel_val, None if strat is None else labels[rest])
    return np.sort(train), np.sort(val), np.sort(test)


def _can_stratify(labels: np.ndarray, split: SplitSpec) -> bool:
    _, counts = np.unique(labels, return_counts=True)
    return counts.min() >= 3 and len(labels) * min(x for x in (split.val, split.test, 1) if x > 0) >= len(counts)


def class_weights_from_counts(counts: np.ndarray) -> np.ndarray:
    """Inverse-frequency weights normalised to mean 1 (empty classes get weight 0)."""
    counts = np.asarray(counts, dtype=np.float64)
    w = np.where(counts > 0, counts.sum() / np.maximum(counts, 1) / max(1, (counts > 0).sum()), 0.0)
    return (w / w[w > 0].mean()).astype(np.float32) if (w > 0).any() else w.astype(np.float32)


def default_num_workers(in_memory: bool) -> int:
    """In-memory tensors load fastest in the main process; files benefit from a few workers."""
    if in_memory:
        return 0
    return max(0, min(4, (os.cpu_count() or 1) - 1))


#: Modules the forkserver imports once, so each DataLoader worker forks with torch loaded (~0.2 s a worker
#: instead of re-importing torch in every worker, which takes seconds).
WORKER_PRELOAD = ["torch", "models.data.images", "models.data.augment"]


def loader_context() -> Any:
    """A multiprocessing context safe in a GUI process (threads) and a frozen app: never plain fork.

    ``forkserver`` where available (Linux, macOS), else ``spawn`` (Windows). Both re-import the main module in
    workers, so a script must guard its entry point with ``if __name__ == "__main__":`` and a frozen app must
    call ``multiprocessing.freeze_support()`` first.
    """
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(WORKER_PRELOAD)  # no effect once the server runs; harmless to repeat
        return ctx
    return multiprocessing.get_context("spawn")


class DanluDataModule(L.LightningDataModule):
    """Base DataModule: holds the three split datasets, the DataInfo and the summary.

    Subclasses load everything in ``__init__`` (through :meth:`_set_splits`); ``setup`` is a no-op so every
    DDP rank sees the same, deterministic splits.
    """

    in_memory = True

    def __init__(self, spec: DataSpec, batch_size: int = 64, num_workers: int | None = None) -> None:
        super().__init__()
        self.spec = spec
        self.batch_size = batch_size
        self.num_workers = default_num_workers(self.in_memory) if num_workers is None else num_workers
        self.info: DataInfo
        self.train_set: Dataset
        self.val_set: Dataset
        self.test_set: Dataset
        self.train_labels: np.ndarray | None = None
        self._summary: DataSummary

    def _set_splits(self, info: DataInfo, train: Dataset, val: Dataset, test: Dataset, summary: DataSummary) -> None:
        self.info, self.train_set, self.val_set, self.test_set, self._summary = (
            info,
            train,
            val,
            test,
            summary,
        )
        for name, ds in (("train", train), ("validation", val)):
            if len(ds) == 0:  # type: ignore[arg-type]
                raise DataError(f"{self.describe()}: the {name} split is empty; add data or change the split fractions")

    def describe(self) -> str:
        return self.spec.path or f"builtin:{self.spec.name}"

    def summary(self) -> DataSummary:
        return self._summary

    def class_weights(self) -> torch.Tensor:
        """Inverse-frequency class weights from the train split (for the weighted cross-entropy)."""
        if not self.info.class_names:
            raise DataError("class weights need a classification dataset")
        counts = self._summary.class_counts.get("train") or [1] * self.info.num_classes
        return torch.from_numpy(class_weights_from_counts(np.asarray(counts)))

    def resolved_spec(self) -> DataSpec:
        """The DataSpec with values computed from the data (e.g. normalisation statistics) filled in."""
        return self.spec

    def setup(self, stage: str | None = None) -> None:  # noqa: D102 - loaded in __init__
        return None

    def _loader(self, ds: Dataset, shuffle: bool) -> DataLoader:
        workers = self.num_workers
        kwargs: dict[str, Any] = {}
        if workers > 0:
            kwargs.update(persistent_workers=True, multiprocessing_context=loader_context())
        return DataLoader(
            ds,
            batch_size=self.batch_size,
            shuffle=shuffle,
            num_workers=workers,
            pin_memory=torch.cuda.is_available(),
            drop_last=False,
            **kwargs,
        )

    def train_dataloader(self) -> DataLoader:
        return self._loader(self.train_set, shuffle=True)

    def val_dataloader(self) -> DataLoader:
        return self._loader(self.val_set, shuffle=False)

    def test_dataloader(self) -> DataLoader:
        return self._loader(self.test_set if len(self.test_set) else self.val_set, shuffle=False)  # type: ignore[arg-type]


def array_summary(
    source: str,
    info: DataInfo,
    x: np.ndarray,
    y: np.ndarray,
    splits: dict[str, np.ndarray],
    notes: list[str] | None = None,
    skipped: list[SkippedItem] | None = None,
) -> DataSummary:
    """Build a DataSummary for in-memory arrays split by index."""
    finite = x[np.isfinite(x)] if x.dtype.kind == "f" else x
    summary = DataSummary(
        source=source,
        task=info.task,
        modality=info.modality,
        input_shape=list(info.input_shape),
        input_dtype=info.input_dtype,
        split_sizes={k: int(len(v)) for k, v in splits.items()},
        class_names=list(info.class_names),
        value_range=[float(finite.min()), float(finite.max())] if finite.size else [math.nan, math.nan],
        notes=notes or [],
        skipped=skipped or [],
        num_outputs=info.num_outputs,
        vocab_size=info.vocab_size,
    )
    if info.class_names:
        add_class_report(summary, info.class_names, {k: y[ix].astype(np.int64) for k, ix in splits.items()})
    return summary


class ArrayDataModule(DanluDataModule):
    """In-memory arrays split by index; used by built-ins, tabular, sequence, forecasting and text sources."""

    def _set_arrays(
        self,
        info: DataInfo,
        x: np.ndarray,
        y: np.ndarray,
        splits: dict[str, np.ndarray],
        notes: list[str] | None = None,
        skipped: list[SkippedItem] | None = None,
    ) -> None:
        xt = torch.as_tensor(x, dtype=torch.int64 if info.input_dtype == "int64" else torch.float32)
        yt = torch.as_tensor(y, dtype=torch.int64 if info.task == "classification" else torch.float32)
        sets = {
            k: TensorDataset(xt[torch.as_tensor(v, dtype=torch.long)], yt[torch.as_tensor(v, dtype=torch.long)])
            for k, v in splits.items()
        }
        self.arrays = (x, y)
        self.split_index = splits
        if info.task == "classification":
            self.train_labels = np.asarray(y)[splits["train"]].astype(np.int64)
        train: Dataset = sets["train"]
        if info.modality == "image" and self.spec.augment.enabled:
            from models.data.augment import NormalizedAugment, TransformedDataset, build_augment

            resolved = self.resolved_spec().image
            augment = build_augment(self.spec.augment, list(info.input_shape[1:]), info.input_shape[0])
            if augment is not None:  # in-memory images are stored normalised: augment in [0, 1] space
                train = TransformedDataset(
                    train,
                    NormalizedAugment(
                        augment,
                        resolved.mean or [0.0] * info.input_shape[0],
                        resolved.std or [1.0] * info.input_shape[0],
                    ),
                )
        self._set_splits(
            info,
            train,
            sets["val"],
            sets["test"],
            array_summary(self.describe(), info, x, y, splits, notes, skipped),
        )
