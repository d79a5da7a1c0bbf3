"""Checkpoint files written atomically; a full disk is reported as such, never left as a half-written file."""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import Any

import torch
from lightning.pytorch.plugins.io import TorchCheckpointIO

from models.errors import TrainingError
from models.io import atomic_write

_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}


class DiskFullError(TrainingError):
    """The disk (or quota) is full; names the file system and about how much space the write needed."""


class AtomicCheckpointIO(TorchCheckpointIO):
    """Lightning's checkpoint writer through :func:`models.io.atomic_write` (temp file, fsync, rename).

    A failed write leaves the previous checkpoint under the final name and no temp file; a full disk becomes a
    :class:`DiskFullError` ("no space left on /data (needed ~45 MB ...)") instead of a chained traceback.
    """

    def save_checkpoint(self, checkpoint: dict[str, Any], path: Any, storage_options: Any | None = None) -> None:
        if storage_options is not None:
            raise TypeError(f"{type(self).__name__} takes no storage_options")
        path = Path(path)
        try:
            with atomic_write(path) as fh:
                torch.save(checkpoint, fh)
        except OSError as err:
            if err.errno in _NO_SPACE:
                raise DiskFullError(no_space_message(path, _nbytes(checkpoint))) from None
            raise


def no_space_message(path: Path, needed: int) -> str:
    """``no space left on MOUNT (needed ~N MB to write PATH)``, with what to do."""
    mb = max(1, round(needed / 1e6))
    return (
        f"no space left on {mount_point(path)} (needed ~{mb} MB to write {path}); free some space, then resume "
        "the run (its earlier checkpoints are intact)"
    )


def mount_point(path: Path) -> str:
    """The mount point of the file system holding ``path`` (what ``df`` shows)."""
    current = Path(os.path.abspath(path))
    while not current.exists() and current != current.parent:
        current = current.parent
    while not os.path.ismount(current) and current != current.parent:
        current = current.parent
    return str(current)


def _nbytes(obj: Any) -> int:
    """Bytes of the tensors in a checkpoint (its size on disk, give or take a little metadata)."""
    if isinstance(obj, torch.Tensor):
        return obj.element_size() * obj.nelement()
    if isinstance(obj, dict):
        return sum(_nbytes(v) for v in obj.values())
    if isinstance(obj, (list, tuple)):
        return sum(_nbytes(v) for v in obj)
    return 0
