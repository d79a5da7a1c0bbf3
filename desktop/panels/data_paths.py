"""Paths in the data panel: a path field with a Browse button, and the source kind a dropped path suggests."""

from __future__ import annotations

from pathlib import Path

from desktop.path_row import PathRow  # noqa: F401 - re-exported for the data panel

#: Sources whose path is a folder (the others are files).
FOLDER_SOURCES = {"image_folder"}
SEQUENCE_SUFFIXES = {".ts", ".npz", ".npy", ".tsv", ".arff", ".txt"}


def guess_source(path: str, current: str) -> str:
    """The most likely source kind for a dropped file or folder (the current kind wins when it fits)."""
    p = Path(path)
    if p.is_dir():
        return "image_folder"
    suffix = p.suffix.lower()
    if suffix in SEQUENCE_SUFFIXES:
        return "sequence"
    if suffix == ".csv":
        csv_kinds = {"image_csv", "tabular", "sequence", "forecasting", "text"}
        return current if current in csv_kinds else "tabular"
    return current
