"""Data sources. ``build_datamodule(spec, ...)`` returns a loaded DataModule for any DataSpec.

Sources (``DataSpec.source``): ``builtin`` (digits, breast_cancer, diabetes, waveforms, sine_forecast),
``image_folder``, ``image_csv``, ``sequence`` (.ts, UCR .tsv/.csv, .npz/.npy, long CSV), ``tabular``,
``forecasting`` and ``text``; each module in :mod:`models.data.sources` registers itself in :data:`SOURCES`.

DataLoaders (:meth:`DanluDataModule._loader`): in-memory sources load in the main process (fastest);
image files use ``min(4, cpus - 1)`` workers with ``persistent_workers`` and a ``forkserver`` (or
``spawn``) multiprocessing context, never plain ``fork``, which is unsafe in a GUI process with threads;
a frozen app must call ``multiprocessing.freeze_support()`` first. ``pin_memory`` is on when CUDA is present.
"""

from __future__ import annotations

from collections.abc import Callable

from models.data.base import DanluDataModule, DataInfo, DataSummary, SkippedItem
from models.errors import DataError
from models.spec.data import DataSpec

#: DataModule factory for each ``DataSpec.source``; sources register themselves here.
SOURCES: dict[str, Callable[..., DanluDataModule]] = {}


def _register_defaults() -> None:
    from models.data.builtin import BuiltinDataModule

    SOURCES.setdefault("builtin", BuiltinDataModule)
    from models.data import sources  # noqa: F401 - registers the file-based sources


def build_datamodule(spec: DataSpec, batch_size: int = 64, num_workers: int | None = None) -> DanluDataModule:
    """Load the dataset described by ``spec`` and return its DataModule (splits ready, info known).

    Raises:
        DataError: the path, a file, a column or the split cannot be used; the message says which and why.
    """
    _register_defaults()
    factory = SOURCES.get(spec.source)
    if factory is None:
        raise DataError(f"data.source {spec.source!r} is not supported yet")
    return factory(spec, batch_size=batch_size, num_workers=num_workers)


def inspect(spec: DataSpec) -> DataSummary:
    """Load and summarise a dataset (what ``danlu data inspect`` prints)."""
    return build_datamodule(spec, num_workers=0).summary()


def __getattr__(name: str) -> object:
    # Preview and prediction helpers import torchvision; load them on first use.
    if name in ("preview_augmentations", "sample_thumbnails", "sample_series"):
        from models.data import previews

        return getattr(previews, name)
    if name in ("load_image_for_prediction", "load_sequence_file_for_prediction", "prediction_inputs"):
        from models.data import predict

        return getattr(predict, name)
    raise AttributeError(f"module 'models.data' has no attribute {name!r}")


__all__ = [
    "DanluDataModule",
    "DataInfo",
    "DataSummary",
    "SkippedItem",
    "build_datamodule",
    "inspect",
    "SOURCES",
    "preview_augmentations",
    "sample_thumbnails",
    "sample_series",
    "load_image_for_prediction",
    "load_sequence_file_for_prediction",
    "prediction_inputs",
]
