"""Paths in the data panel: a path field with a Browse button, and the source kind a dropped path suggests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget

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


class PathRow(QWidget):
    """A line edit with a Browse button; ``committed`` fires when the user finishes typing or picks a path."""

    committed = Signal()

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.browse = QPushButton(self.tr("Browse…"))
        lay.addWidget(self.edit, 1)
        lay.addWidget(self.browse)
        self.edit.editingFinished.connect(self.committed)

    def text(self) -> str | None:
        return self.edit.text().strip() or None

    def set_text(self, text: str | None) -> None:
        self.edit.setText(text or "")
