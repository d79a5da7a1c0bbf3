"""ExportDialog: export a run to ONNX, TorchScript or safetensors and show the parity check's result.

The export runs off the GUI thread (``run_in_background``) through the same ``models.export.export_run`` as
``danlu export``; its progress lines arrive through a queued signal. Nothing is kept when the parity check
fails, and the dialog says so.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QTextOption
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import error_text
from desktop.path_row import PathRow
from desktop.workers.background import run_in_background

#: (format id, label, file filter) in the order shown.
FORMATS = (
    ("onnx", "ONNX (.onnx)", QT_TRANSLATE_NOOP("ExportDialog", "ONNX model (*.onnx)")),
    ("torchscript", "TorchScript (.pt)", QT_TRANSLATE_NOOP("ExportDialog", "TorchScript archive (*.pt)")),
    (
        "safetensors",
        QT_TRANSLATE_NOOP("ExportDialog", "safetensors (.safetensors, weights only)"),
        QT_TRANSLATE_NOOP("ExportDialog", "safetensors weights (*.safetensors)"),
    ),
)
_EXT = {"onnx": ".onnx", "torchscript": ".pt", "safetensors": ".safetensors"}


class ResultText(QTextEdit):
    """Read-only, selectable text that looks like a label, wraps anywhere (a long path has no spaces to break
    at) and is always exactly as tall as its text, so the dialog grows to show all of it.

    Signals:
        heightChanged(int): the text now needs this height (it was re-wrapped or replaced).
    """

    heightChanged = Signal(int)  # noqa: N815 - Qt signal naming

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setAcceptRichText(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)  # the dialog's background, like a label
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(0)
        self.document().documentLayout().documentSizeChanged.connect(self._fit)
        self._fit()

    def setText(self, text: str) -> None:  # noqa: N802 - QLabel's name, so callers need not care
        self.setPlainText(text)

    def text(self) -> str:
        return self.toPlainText()

    def _fit(self, *_: Any) -> None:
        margins = self.contentsMargins()
        height = math.ceil(self.document().size().height()) + margins.top() + margins.bottom()
        if height != self.height():
            self.setFixedHeight(height)
            self.heightChanged.emit(height)


class _Progress(QObject):
    """Created on the GUI thread; ``line`` emitted from the export thread is queued back to it."""

    line = Signal(str)


class ExportDialog(QDialog):
    """Choose format, checkpoint and destination; export; see the parity result.

    Signals:
        exported(object): the :class:`models.export.ExportResult` of a successful export.
        failed(str): the message of a failed export (nothing was written).
    """

    exported = Signal(object)
    failed = Signal(str)

    def __init__(self, run_dir: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_dir = Path(run_dir)
        self.result: Any = None
        self._busy = False
        self._dest_edited = False
        self.setWindowTitle(self.tr("Export {run}").format(run=self.run_dir.name))
        self.setMinimumWidth(560)

        self.format = QComboBox()
        for fmt, label, _ in FORMATS:
            self.format.addItem(self.tr(label), fmt)
        self.checkpoint = QComboBox()
        self.checkpoint.addItem(self.tr("Best (lowest validation loss or chosen monitor)"), "best")
        self.checkpoint.addItem(self.tr("Last (end of training)"), "last")
        ckpts = self.run_dir / "checkpoints"
        self.checkpoint.model().item(1).setEnabled((ckpts / "last.ckpt").is_file())  # type: ignore[attr-defined]
        dest_row = PathRow("")
        self.destination = dest_row.edit
        dest_row.browse.clicked.connect(self._browse)
        form = QFormLayout()
        form.addRow(self.tr("Format"), self.format)
        form.addRow(self.tr("Checkpoint"), self.checkpoint)
        form.addRow(self.tr("Save as"), dest_row)

        note = QLabel(
            self.tr(
                "A JSON file with the input shape, preprocessing and class names is written beside "
                "the model. The export is compared with the trained model on 32 validation "
                "samples before it is kept."
            )
        )
        note.setWordWrap(True)
        note.setProperty("role", "hint")
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # indeterminate while exporting
        self.progress.hide()
        self.status = ResultText()  # the saved paths: shown whole, selectable
        self.parity = QLabel()
        self.parity.setWordWrap(True)
        self.parity.setObjectName("parityResult")
        self.parity.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.show_button = self.buttons.addButton(self.tr("Show in folder"), QDialogButtonBox.ButtonRole.ActionRole)
        self.show_button.setEnabled(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.start_export)
        self.show_button.clicked.connect(self._reveal)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.parity)
        layout.addWidget(self.buttons)

        self._progress = _Progress(self)
        self._progress.line.connect(self.status.setText)
        self._grow_timer = QTimer(self, singleShot=True, interval=0)  # once the new text is laid out
        self._grow_timer.timeout.connect(self._grow)
        self.status.heightChanged.connect(self._grow_timer.start)
        self.format.currentIndexChanged.connect(self._update_default_destination)
        self.checkpoint.currentIndexChanged.connect(self._update_default_destination)
        self.destination.textEdited.connect(lambda _text: setattr(self, "_dest_edited", True))
        self._update_default_destination()

    # -- choices -------------------------------------------------------------------------------------------
    def selected_format(self) -> str:
        return str(self.format.currentData())

    def selected_checkpoint(self) -> str:
        return str(self.checkpoint.currentData())

    def set_destination(self, path: str | Path) -> None:
        """Use ``path`` as the destination (as if typed by the user)."""
        self.destination.setText(str(path))
        self._dest_edited = True

    def _update_default_destination(self, *_: Any) -> None:
        fmt = self.selected_format()
        if self._dest_edited and self.destination.text():
            text = self.destination.text()  # keep the user's name, follow the format's extension
            stem, dot, ext = text.rpartition(".")
            if dot and "." + ext in _EXT.values():
                self.destination.setText(stem + _EXT[fmt])
            return
        from models.export.exporter import default_destination

        self.destination.setText(str(default_destination(self.run_dir, fmt, self.selected_checkpoint())))

    def _browse(self) -> None:
        fmt = self.selected_format()
        filt = next(f for key, _, f in FORMATS if key == fmt)
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.destination.text(), self.tr(filt))
        if path:
            self.set_destination(path)

    # -- export --------------------------------------------------------------------------------------------
    def start_export(self) -> None:
        """Export in the background with the chosen options (the dialog stays responsive)."""
        if self._busy:
            return
        from models.export import export_run

        run_dir, fmt, which = self.run_dir, self.selected_format(), self.selected_checkpoint()
        out = self.destination.text().strip() or None
        emit = self._progress.line.emit
        self._set_busy(True)
        self.parity.clear()
        self.status.setText(self.tr("Exporting…"))
        run_in_background(
            lambda: export_run(run_dir, fmt, which=which, out=out, progress=emit), self._done, self._error
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        self.progress.setVisible(busy)
        for w in (self.export_button, self.format, self.checkpoint, self.destination):
            w.setEnabled(not busy)

    def _done(self, result: Any) -> None:
        self._set_busy(False)
        self.result = result
        p = result.parity
        if p.skipped:
            text = self.tr("Parity not checked: {reason}").format(reason=p.skipped)
            colour = "#8a5a00"
        else:
            text = self.tr(
                "Parity passed: max |difference| {diff:.3g} over {n} samples ({backend}, tolerance {tol:g})"
            ).format(diff=p.max_abs_diff, n=p.samples, backend=p.backend, tol=p.tolerance)
            colour = "#007a55"
        self.parity.setText(text)
        self._grow_timer.start()
        self.parity.setStyleSheet(f"color: {colour}; font-weight: 600;")
        self.status.setText(
            self.tr("Saved {model}\nand {meta}\nSHA-256 {sha}").format(
                model=result.model_path, meta=result.metadata_path, sha=result.sha256
            )
        )
        self.show_button.setEnabled(True)
        self.exported.emit(result)

    def _error(self, exc: BaseException, _details: str) -> None:
        self._set_busy(False)
        message = error_text(exc)
        from models.export import ParityError

        if isinstance(exc, ParityError):
            self.parity.setText(self.tr("Parity FAILED: {message}").format(message=message))
        else:
            self.parity.setText(self.tr("Export failed: {message}").format(message=message))
        self.parity.setStyleSheet("color: #c0392b; font-weight: 600;")
        self.status.setText(self.tr("Nothing was written."))
        self._grow_timer.start()
        self.failed.emit(message)

    def _grow(self) -> None:
        """Grow (never shrink) to show every line of the result at the current width; the user may still
        make the dialog larger, never so small that texts overlap."""
        layout = self.layout()
        layout.activate()
        width = self.width()
        need = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        need = max(need, layout.totalMinimumSize().height())
        self.setMinimumHeight(need)
        if need > self.height():
            self.resize(width, need)

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._grow_timer.start()  # narrower: the texts wrap to more lines

    def _reveal(self) -> None:
        if self.result is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(self.result.model_path).parent)))

    def reject(self) -> None:
        if not self._busy:  # an export in flight finishes first (it cannot be cut off half-written)
            super().reject()
