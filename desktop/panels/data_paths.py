"""Paths in the data panel: a path field with a Browse button, and the source kind a dropped path suggests."""

from __future__ import annotations

from desktop.path_row import PathRow  # noqa: F401 - re-exported for the data panel
from models.vocab import DATA_SOURCES, source_for_path

#: Sources whose path is a folder (the others are files).
FOLDER_SOURCES = {e.name for e in DATA_SOURCES.values() if e.takes == "folder"}


def guess_source(path: str, current: str) -> str:
    """The most likely source kind for a dropped file or folder (the current kind wins when it fits)."""
    return source_for_path(path, current) or current
