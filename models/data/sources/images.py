"""``source: image_folder`` (one sub-folder per class) and ``source: image_csv`` (``path,label`` rows).

Loading steps: scan (headers only) -> choose size and channels (unless set) -> split (stratified, by seed; a
given ``test_path`` is the test split) -> decode a sample of train images to compute the per-channel
mean/std (unless set) and, for datasets of up to ``VERIFY_ALL_BELOW`` images, decode every file once so
corrupt ones are reported and left out before training.
"""

from __future__ import annotations

import math

import numpy as np
import torch

from models.data.augment import build_augment
from models.data.base import (
    DanluDataModule,
    DataInfo,
    DataSummary,
    SkippedItem,
    add_class_report,
    default_num_workers,
    split_indices,
)
from models.data.csvio import natural_sorted
from models.data.images import ImageFileDataset, choose_channels, choose_size, decode_image, to_display
from models.data.imagescan import ImageIndex, scan_image_csv, scan_image_folder
from models.errors import DataError
from models.spec.data import DataSpec

#: Datasets up to this many images are decoded once at load time so every corrupt file is reported.
VERIFY_ALL_BELOW = 2000
#: Train images decoded to estimate the normalisation statistics of larger datasets.
STATS_SAMPLE = 1000
#: Below this many source pixels per epoch, decoding in the main process beats starting worker processes.
WORKER_PIXELS = 30_000_000


def scan_source(spec: DataSpec, path: str) -> ImageIndex:
    """Scan ``path`` as the spec's source kind (folder or CSV index)."""
    if spec.source == "image_csv":
        return scan_image_csv(path, spec.target_column)
    return scan_image_folder(path)


def resolve_geometry(spec: DataSpec, index: ImageIndex) -> tuple[list[int], int]:
    """The ``[H, W]`` size and channel count: from the spec, else chosen from the scanned headers."""
    size = spec.image.size or choose_size(np.asarray(index.sizes, dtype=np.float64).reshape(-1, 2))
    if len(size) != 2 or min(size) < 1:
        raise DataError(f"data.image.size must be [height, width] with positive values, got {size}")
    return [int(size[0]), int(size[1])], int(spec.image.channels or choose_channels(index.modes))


class ImageFolderData(DanluDataModule):
    """Image classification from files; decoding is lazy (in DataLoader workers)."""

    in_memory = False

    def __init__(self, spec: DataSpec, batch_size: int = 64, num_workers: int | None = None) -> None:
        super().__init__(spec, batch_size, num_workers)
        assert spec.path is not None
        index = scan_source(spec, spec.path)
        test_index = scan_source(spec, spec.test_path) if spec.test_path else None
        notes = list(index.notes)
        classes = natural_sorted(sorted(set(index.label_names)))
        if len(classes) < 2:
            raise DataError(
                f"{spec.path}: only one class ({classes[0]!r}) has readable images; classification "
                "needs at least two classes (one sub-folder or label value per class)"
            )
        skipped = list(index.skipped)
        if test_index is not None:
            notes += [f"test set ({spec.test_path}): {n}" for n in test_index.notes]
            skipped += test_index.skipped
            unknown = np.asarray([n not in classes for n in test_index.label_names])
            for i in np.flatnonzero(unknown):
                skipped.append(
                    SkippedItem(
                        test_index.paths[i],
                        f"class {test_index.label_names[i]!r} of the test set is not among the training classes",
                    )
                )
            test_index.keep(~unknown)
        size, channels = resolve_geometry(spec, index)
        self.size, self.channels, self.class_names = size, channels, classes

        labels = index.labels_for(classes)
        tr, va, te = split_indices(len(labels), labels, spec.split, has_test=test_index is not None)
        parts = {"train": tr, "val": va, "test": te}
        files = {k: [index.paths[i] for i in v] for k, v in parts.items()}
        ys = {k: labels[v] for k, v in parts.items()}
        if test_index is not None:
            files["test"], ys["test"] = list(test_index.paths), test_index.labels_for(classes)

        bad, mean, std, value_range = self._verify_and_measure(files, ys)
        for k, bad_ix in bad.items():
            keep = np.ones(len(files[k]), dtype=bool)
            keep[list(bad_ix)] = False
            skipped += [SkippedItem(files[k][i], reason) for i, reason in bad_ix.items()]
            files[k] = [f for f, ok in zip(files[k], keep) if ok]
            ys[k] = ys[k][keep]
        self._resolved = spec.model_copy(deep=True)
        self._resolved.image.size, self._resolved.image.channels = size, channels  # type: ignore[assignment]
        self._resolved.image.mean, self._resolved.image.std = mean, std
        self.augment = build_augment(spec.augment, size, channels)
        sets = {
            k: ImageFileDataset(
                files[k],
                ys[k],
                channels,
                (size[0], size[1]),
                mean,
                std,
                self.augment if k == "train" else None,
            )
            for k in files
        }
        self.train_labels = ys["train"]
        if num_workers is None:
            pixels = float(np.prod(np.asarray(index.sizes, dtype=np.float64), axis=1).sum())
            self.num_workers = default_num_workers(in_memory=pixels < WORKER_PIXELS)
        info = DataInfo(
            "classification",
            "image",
            (channels, size[0], size[1]),
            num_outputs=len(classes),
            class_names=tuple(classes),
        )
        notes += [
            index.mode_note(),
            f"resized to {size[0]}x{size[1]}, {channels} channel(s); normalised with the train-split "
            f"mean {[round(m, 4) for m in mean]} and std {[round(s, 4) for s in std]}",
        ]
        if self.augment is not None:
            notes.append(f"train-split augmentation: {self.augment.description}")
        notes.append(
            f"DataLoader workers: {self.num_workers}"
            + (
                " (small dataset: decoding in the main process is faster than starting workers)"
                if self.num_workers == 0 and num_workers is None
                else ""
            )
        )
        summary = DataSummary(
            source=self.describe(),
            task="classification",
            modality="image",
            input_shape=list(info.input_shape),
            input_dtype="float32",
            split_sizes={k: len(v) for k, v in files.items()},
            class_names=classes,
            value_range=value_range,
            skipped=skipped,
            notes=notes,
            num_outputs=len(classes),
        )
        add_class_report(summary, classes, ys)
        self._set_splits(info, sets["train"], sets["val"], sets["test"], summary)

    def _verify_and_measure(
        self, files: dict[str, list[str]], ys: dict[str, np.ndarray]
    ) -> tuple[dict[str, dict[int, str]], list[float], list[float], list[float]]:
        """Decode the verification set; return bad files per split, mean, std and the normalised range."""
        total = sum(len(v) for v in files.values())
        rng = np.random.default_rng(self.spec.split.seed)
        todo: dict[str, np.ndarray] = {}
        for k, v in files.items():
            if total <= VERIFY_ALL_BELOW:
                todo[k] = np.arange(len(v))
            elif k == "train":
                todo[k] = np.sort(rng.permutation(len(v))[:STATS_SAMPLE])
        bad: dict[str, dict[int, str]] = {k: {} for k in files}
        s1 = np.zeros(self.channels)
        s2 = np.zeros(self.channels)
        lo, hi, count = np.full(self.channels, 255.0), np.zeros(self.channels), 0
        size = (self.size[0], self.size[1])
        for k, ix in todo.items():
            for i in ix:
                try:
                    img = decode_image(files[k][i], self.channels, size)
                except Exception as err:  # noqa: BLE001 - reported per file, never fatal
                    bad[k][int(i)] = f"cannot be decoded ({type(err).__name__}: {err})"
                    continue
                if k == "train":
                    a = img.reshape(self.channels, -1).double().numpy() / 255.0
                    s1 += a.mean(1)
                    s2 += (a * a).mean(1)
                    lo, hi, count = np.minimum(lo, a.min(1)), np.maximum(hi, a.max(1)), count + 1
        if len(bad["train"]) == len(files["train"]):
            raise DataError(f"{self.spec.path}: no train image can be decoded (see the skipped list)")
        if self.spec.image.mean and self.spec.image.std:
            mean, std = list(self.spec.image.mean), list(self.spec.image.std)
            if len(mean) != self.channels or len(std) != self.channels:
                raise DataError(
                    f"data.image.mean/std have {len(mean)}/{len(std)} values but the images have "
                    f"{self.channels} channel(s); clear them to recompute"
                )
        else:
            mean_a = s1 / max(count, 1)
            mean = [float(m) for m in mean_a]
            std = [float(max(math.sqrt(max(v, 0.0)), 1e-3)) for v in s2 / max(count, 1) - mean_a**2]
        m, s = np.asarray(mean), np.asarray(std)
        value_range = [float(((lo - m) / s).min()), float(((hi - m) / s).max())] if count else []
        return bad, mean, std, value_range

    def resolved_spec(self) -> DataSpec:
        return self._resolved

    def thumbnail(self, i: int, split: str = "train") -> np.ndarray:
        """Sample ``i`` of a split as a uint8 ``H x W x C`` array (eval preprocessing, not normalised)."""
        ds: ImageFileDataset = getattr(self, f"{split}_set")
        try:
            return to_display(ds.raw(i))
        except Exception:  # noqa: BLE001 - a corrupt file shows as a black tile in a preview
            return np.zeros((self.size[0], self.size[1], self.channels), dtype=np.uint8)

    def raw_tensor(self, i: int, split: str = "train") -> torch.Tensor:
        """The uint8 ``[C, H, W]`` image ``i`` of a split (for augmentation previews)."""
        return getattr(self, f"{split}_set").raw(i)
