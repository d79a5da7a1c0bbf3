"""A line edit with a Browse… button: the path field of the data panel and the dialogs."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


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
