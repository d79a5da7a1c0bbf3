"""Data sources. ``build_datamodule(spec, ...)`` returns a loaded DataModule for any DataSpec.

Sources (``DataSpec.source``): ``builtin`` (digits, breast_cancer, diabetes, waveforms, sine_forecast),
``image_folder``, ``image_csv``, ``sequence`` (.ts, UCR .tsv/.csv, .npz/.npy, long CSV), ``tabular``,
``forecasting`` and ``text``; :data:`models.vocab.DATA_SOURCES` names each one's DanluDataModule class.

DataLoaders (:meth:`DanluDataModule._loader`): in-memory sources load in the main process (fastest);
image files use ``min(4, cpus - 1)`` workers with ``persistent_workers`` and a ``forkserver`` (or
``spawn``) multiprocessing context, never plain ``fork``, which is unsafe in a GUI process with threads;
a frozen app must call ``multiprocessing.freeze_support()`` first. ``pin_memory`` is on when CUDA is present.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from models.data.base import DanluDataModule, DataInfo, DataSummary, SkippedItem
from models.errors import DataError
from models.spec.data import DataSpec
from models.vocab import DATA_SOURCES

#: DataModule factory for each ``DataSpec.source``, imported on first use from its registry entry
#: (:data:`models.vocab.DATA_SOURCES`, ``datamodule``); an entry set here first wins (tests, plug-ins).
SOURCES: dict[str, Callable[..., DanluDataModule]] = {}


def datamodule_class(kind: str) -> Callable[..., DanluDataModule]:
    """The DanluDataModule class of a source kind (imported from its registry entry on first use).

    Raises:
        DataError: the kind is not a known source.
    """
    if kind not in SOURCES:
        entry = DATA_SOURCES.get(kind)
        if entry is None or not entry.datamodule:
            raise DataError(f"data.source {kind!r} is not supported yet")
        module, _, name = entry.datamodule.partition(":")
        SOURCES[kind] = getattr(importlib.import_module(module), name)
    return SOURCES[kind]


def build_datamodule(spec: DataSpec, batch_size: int = 64, num_workers: int | None = None) -> DanluDataModule:
    """Load the dataset described by ``spec`` and return its DataModule (splits ready, info known).

    Raises:
        DataError: the path, a file, a column or the split cannot be used; the message says which and why.
    """
    return datamodule_class(spec.source)(spec, batch_size=batch_size, num_workers=num_workers)


def inspect(spec: DataSpec) -> DataSummary:
    """Load and summarise a dataset (what ``danlu data inspect`` prints)."""
    return build_datamodule(spec, num_workers=0).summary()


def __getattr__(name: str) -> object:
    # Preview helpers import torchvision; load them on first use.
    if name in ("preview_augmentations", "sample_thumbnails", "sample_series"):
        from models.data import previews

        return getattr(previews, name)
    raise AttributeError(f"module 'models.data' has no attribute {name!r}")


__all__ = [
    "DanluDataModule",
    "DataInfo",
    "DataSummary",
    "SkippedItem",
    "build_datamodule",
    "datamodule_class",
    "inspect",
    "SOURCES",
    "preview_augmentations",
    "sample_thumbnails",
    "sample_series",
]
