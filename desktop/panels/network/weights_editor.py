"""Pretrained weights in the network editor: the backbone's ``weights`` field and "Import weights…".

The field is a list of the weights library's files for the backbone's architecture, plus "none (random)"
and any file chosen by path. Importing reads, hash-checks and key-checks the file (``models.network``'s
weights library, the code ``danlu weights import`` runs) off the GUI thread, then copies it into the library.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from desktop.errors import error_text
from desktop.panels.fields import FieldEditor
from desktop.panels.panel_common import run_for, show_error


def _weight_files() -> str:
    """The file dialogs' filter for weight files, in the UI language."""
    return QCoreApplication.translate("WeightsEditor", "Weights (*.pth *.pt *.safetensors);;All files (*)")


def import_weights_dialog(parent: QWidget, on_done: Callable[[Any], None] | None = None) -> None:
    """Ask for a weights file and import it into the library in the background.

    ``on_done(entry)`` runs on the GUI thread with the :class:`LibraryEntry` once the file is in the library;
    a file that is unusable gets an error dialog saying exactly why.
    """
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("WeightsEditor", "Import pretrained weights"), "", _weight_files()
    )
    if not path:
        return

    def job() -> Any:
        from models.network.weights_library import import_weights

        return import_weights(path)

    def failed(exc: BaseException, details: str) -> None:
        show_error(
            parent, QCoreApplication.translate("WeightsEditor", "Cannot import the weights"), error_text(exc), details
        )

    run_for(parent, job, on_done or (lambda _entry: None), failed)


class WeightsEditor(FieldEditor):
    """``none``, a library file of the backbone's architecture, or a file chosen by path.

    Args:
        arch: The backbone's architecture: the library files of other architectures are not offered.
    """

    def __init__(self, arch: str = "resnet18", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.arch = arch
        self.combo = QComboBox()
        self.combo.setMinimumContentsLength(8)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.browse = QPushButton(QCoreApplication.translate("WeightsEditor", "File…"))
        self.browse.setToolTip(
            QCoreApplication.translate(
                "WeightsEditor", "Use a .pth or .safetensors file where it is (not copied into the library)"
            )
        )
        self.import_button = QPushButton(QCoreApplication.translate("WeightsEditor", "Import…"))
        self.import_button.setToolTip(
            QCoreApplication.translate("WeightsEditor", "Check a weights file and copy it into the weights library")
        )
        # The list on top and its two buttons under it: the inspector is a narrow column.
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        buttons = QHBoxLayout()
        buttons.addWidget(self.browse)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        column.addWidget(self.combo)
        column.addLayout(buttons)
        self.layout_.addLayout(column, 1)
        self._value = "none"
        self._fill()
        self.combo.currentIndexChanged.connect(self._picked)
        self.browse.clicked.connect(self._browse)
        self.import_button.clicked.connect(lambda: import_weights_dialog(self, self._imported))

    def _fill(self) -> None:
        from models.network.weights_library import list_weights

        self.combo.blockSignals(True)
        self.combo.clear()
        self.combo.addItem(QCoreApplication.translate("WeightsEditor", "none (random initialisation)"), "none")
        for entry in list_weights(self.arch):
            size = f"{entry.size_bytes / 2**20:.0f} MiB"
            self.combo.addItem(f"{entry.name}  ({size})", entry.name)
            self.combo.setItemData(self.combo.count() - 1, f"SHA-256 {entry.sha256}", Qt.ItemDataRole.ToolTipRole)
        if self.combo.findData(self._value) < 0:
            self.combo.addItem(self._value, self._value)  # a path, or a file the library no longer holds
        self.combo.setCurrentIndex(self.combo.findData(self._value))
        self.combo.blockSignals(False)

    def set_arch(self, arch: str) -> None:
        """Offer the library files of ``arch`` (the layer's architecture changed)."""
        if arch != self.arch:
            self.arch = arch
            self._fill()

    def _picked(self) -> None:
        self._value = self.combo.currentData()
        self._emit()

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("WeightsEditor", "Choose a weights file"), "", _weight_files()
        )
        if path:
            self._value = path
            self._fill()
            self._emit()

    def _imported(self, entry: Any) -> None:
        if entry.arch == self.arch:
            self._value = entry.name
        self._fill()
        self._emit()

    def value(self) -> str:
        return self._value

    def _set(self, value: Any) -> None:
        self._value = str(value or "none")
        self._fill()
