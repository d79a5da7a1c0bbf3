"""SampleStore: the sample grids of a generation run, live from events or read back from its run folder.

Epoch grids are kept as arrays while few (the newest ``KEEP_IN_MEMORY``); older ones are read back from
their PNG when the slider reaches them, so a long run of colour images does not fill the memory.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np

from desktop.core_texts import core_text
from models.training.events import GeneratedSamples, LogMessage  # torch-free: plain data

#: Epoch grids held as arrays; older ones are re-read from their PNG on demand.
KEEP_IN_MEMORY = 32


class SampleStore:
    """Epoch grids (one per completed epoch), the latest live grid, the after-training strips and warnings.

    Attributes:
        version: Increases on every change (the view redraws only when it moved).
        epochs: Epoch number (1-based) of each epoch grid.
        live: The latest grid from within an epoch, or None.
        strips: ``interpolation`` and (conditional runs) ``classes`` grids, after training.
        class_accuracy: Per class, the latest share of samples classified as the class they were drawn for.
        warnings: Failure signs reported by the run (discriminator wins, collapse).
    """

    def __init__(self) -> None:
        self.version = 0
        self.epochs: list[int] = []
        self._grids: list[np.ndarray | None] = []
        self._paths: list[str] = []
        self.live: np.ndarray | None = None
        self.strips: dict[str, np.ndarray] = {}
        self.class_accuracy: list[float] | None = None
        self.warnings: list[str] = []

    def __len__(self) -> int:
        return len(self.epochs)

    def add_event(self, event: Any) -> bool:
        """Take a ``GeneratedSamples`` or warning ``LogMessage`` event; False for any other event."""
        if isinstance(event, LogMessage):
            if event.level != "warning":
                return False
            text = core_text(event.text)  # shown on the Results page as it is kept: in the UI language
            if text in self.warnings:
                return False
            self.warnings.append(text)
        elif not isinstance(event, GeneratedSamples):
            return False
        elif event.kind == "live":
            self.live = event.grid
        elif event.kind == "epoch":
            self._add(event.epoch + 1, event.grid, event.path or "")
            self.live = None
            if event.class_accuracy is not None:
                self.class_accuracy = list(event.class_accuracy)
        else:
            self.strips[event.kind] = event.grid
        self.version += 1
        return True

    def _add(self, epoch: int, grid: np.ndarray | None, path: str) -> None:
        self.epochs.append(epoch)
        self._grids.append(grid)
        self._paths.append(path)
        old = len(self._grids) - KEEP_IN_MEMORY - 1
        if old >= 0 and self._paths[old]:
            self._grids[old] = None

    def grid(self, index: int) -> np.ndarray | None:
        """The epoch grid at ``index`` (read from its PNG when not held), None when unreadable."""
        if not 0 <= index < len(self.epochs):
            return None
        grid = self._grids[index]
        if grid is None and self._paths[index]:
            grid = _read_png(self._paths[index])
        return grid

    @classmethod
    def from_run_dir(cls, run_dir: Path, warnings: list[str] | None = None) -> SampleStore:
        """The grids a generation run saved under ``samples/`` (read lazily) and its recorded warnings."""
        store = cls()
        folder = run_dir / "samples"
        for path in sorted(folder.glob("epoch-*.png")):
            try:
                store._add(int(path.stem.split("-")[1]), None, str(path))
            except (IndexError, ValueError):
                continue
        for kind in ("interpolation", "classes"):
            grid = _read_png(str(folder / f"{kind}.png"))
            if grid is not None:
                store.strips[kind] = grid
        store.warnings = [core_text(str(w)) for w in warnings or []]
        store.version = 1
        return store


def _read_png(path: str) -> np.ndarray | None:
    from models.sample_grids import load_png  # numpy and PIL only: no engine import

    try:
        return load_png(path)
    except (OSError, ValueError):
        return None
