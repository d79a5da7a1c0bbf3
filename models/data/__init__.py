"""Data sources. ``build_datamodule(spec, ...)`` returns a loaded DataModule for any DataSpec."""

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
    try:  # the file-based sources live in their own modules
        from models.data import sources  # noqa: F401
    except ImportError:
        pass


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
    return build_datamodule(spec).summary()


__all__ = ["DanluDataModule", "DataInfo", "DataSummary", "SkippedItem", "build_datamodule", "inspect", "SOURCES"]
