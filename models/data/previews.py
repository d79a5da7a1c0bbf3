"""Pictures of a dataset for the GUI: augmentation previews, image thumbnails and series per class.

All functions are cheap (no Trainer) and return plain numpy arrays: images as uint8 ``H x W x C``,
series as float ``[T, F]``.
"""

from __future__ import annotations

import numpy as np
import torch

from models.data.augment import build_augment
from models.data.base import DanluDataModule
from models.data.images import decode_image, to_display
from models.errors import DataError
from models.spec.data import DataSpec


def _train_positions_by_class(dm: DanluDataModule) -> dict[str, np.ndarray]:
    labels = dm.train_labels
    if labels is None or not dm.info.class_names:
        return {"all": np.arange(len(dm.train_set))}  # type: ignore[arg-type]
    return {name: np.flatnonzero(labels == c) for c, name in enumerate(dm.info.class_names)}


def _raw_image(dm: DanluDataModule, i: int) -> torch.Tensor:
    """Train image ``i`` as float ``[C, H, W]`` in [0, 1] (or uint8), before augmentation/normalisation."""
    if hasattr(dm, "raw_tensor"):
        return dm.raw_tensor(i)  # type: ignore[attr-defined]
    arrays = getattr(dm, "arrays", None)
    if arrays is None or dm.info.modality != "image":
        raise DataError(f"{dm.describe()} is not an image dataset")
    x = torch.as_tensor(arrays[0][dm.split_index["train"][i]], dtype=torch.float32)  # type: ignore[attr-defined]
    img = dm.resolved_spec().image
    c = x.shape[0]
    mean = torch.tensor(img.mean or [0.0] * c).view(-1, 1, 1)
    std = torch.tensor(img.std or [1.0] * c).view(-1, 1, 1)
    return (x * std + mean).clamp(0, 1)


def sample_thumbnails(dm: DanluDataModule, per_class: int = 8) -> dict[str, list[np.ndarray]]:
    """Up to ``per_class`` train images of each class as uint8 ``H x W x C`` arrays (no augmentation).

    Works for the image sources and the built-in digits.

    Raises:
        DataError: the dataset is not an image dataset.
    """
    if dm.info.modality != "image":
        raise DataError(f"{dm.describe()} is a {dm.info.modality} dataset; thumbnails need images")
    return {
        name: [to_display(_raw_image(dm, int(i))) for i in ix[:per_class]]
        for name, ix in _train_positions_by_class(dm).items()
    }


def sample_series(dm: DanluDataModule, per_class: int = 3) -> dict[str, list[np.ndarray]]:
    """Up to ``per_class`` train series of each class as float ``[T, F]`` arrays (as the network sees them).

    Regression and forecasting datasets return one group, ``all`` (forecast windows of the train block).

    Raises:
        DataError: the samples are not sequences.
    """
    if dm.info.modality not in ("sequence", "forecast"):
        raise DataError(f"{dm.describe()} is a {dm.info.modality} dataset; series plots need sequences")
    out: dict[str, list[np.ndarray]] = {}
    for name, ix in _train_positions_by_class(dm).items():
        out[name] = [np.asarray(dm.train_set[int(i)][0], dtype=np.float32) for i in ix[:per_class]]
    return out


def preview_augmentations(spec: DataSpec, n: int = 8, seed: int = 0) -> list[np.ndarray]:
    """``n`` augmented train images as uint8 ``H x W x C`` arrays, deterministic by ``seed``.

    The augmentation of ``spec.augment`` is applied even when ``spec.augment.enabled`` is false, so a user
    can see the effect before switching it on. For image folders and CSV indexes only the file list is
    scanned (headers, no statistics); built-in image sets are loaded in memory.

    Raises:
        DataError: the spec is not an image dataset or has no image.
    """
    aug_spec = spec.augment.model_copy(update={"enabled": True})
    gen = np.random.default_rng(seed)
    if spec.source in ("image_folder", "image_csv"):
        from models.data.sources.images import resolve_geometry, scan_source

        assert spec.path is not None
        index = scan_source(spec, spec.path)
        size, channels = resolve_geometry(spec, index)
        picks = gen.choice(len(index.paths), size=n, replace=len(index.paths) < n)
        imgs = []
        for i in picks:
            try:
                imgs.append(decode_image(index.paths[int(i)], channels, (size[0], size[1])))
            except Exception:  # noqa: BLE001 - a corrupt file is simply not previewed
                continue
        shape = (channels, size[0], size[1])
    else:
        from models.data import build_datamodule

        dm = build_datamodule(
            spec.model_copy(update={"augment": spec.augment.model_copy(update={"enabled": False})}),
            num_workers=0,
        )
        if dm.info.modality != "image":
            raise DataError(f"{dm.describe()} is a {dm.info.modality} dataset; augmentation applies to images")
        count = len(dm.train_set)  # type: ignore[arg-type]
        picks = gen.choice(count, size=n, replace=count < n)
        imgs = [_raw_image(dm, int(i)) for i in picks]
        shape = tuple(dm.info.input_shape)
    if not imgs:
        raise DataError(f"{spec.path}: no image could be decoded for the preview")
    augment = build_augment(aug_spec, list(shape[1:]), shape[0])
    with torch.random.fork_rng(devices=[]):
        torch.manual_seed(seed)
        return [to_display(augment(img) if augment is not None else img) for img in imgs]
