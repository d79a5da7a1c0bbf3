"""Small pieces the data, network and predict panels share: error dialogs, status lines, plot styling.

Nothing here owns experiment state; these are presentation helpers only.

Import note: panels take ``ValidationError`` from ``pydantic_core``, not ``pydantic``. With PySide6 6.12, a
module that imports the ``pydantic`` package only partly (its lazy top level) and then Qt, before
``pydantic.fields`` is loaded, dies in a circular import: shiboken's import hook inspects the half-initialised
pydantic module. ``pydantic_core.ValidationError`` is the same class and does not touch the ``pydantic`` package.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import numpy as np
import shiboken6
from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QScrollArea, QSizePolicy, QWidget

from desktop import theme
from desktop.workers.background import run_in_background

ERROR_BG = QColor("#fde2e1")
ERROR_FG = QColor("#a61b1b")


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> QMessageBox:
    """Show a non-blocking error dialog: a plain message, the technical details expandable.

    The dialog is window-modal and opened with ``open()`` (not ``exec()``), so a failing background job never
    blocks the event loop, and tests can find and close the dialog.
    """
    box = QMessageBox(QMessageBox.Icon.Critical, title, message, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("danluErrorDialog")
    box.setTextFormat(Qt.TextFormat.PlainText)
    if details and details.strip() != message.strip():
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


def run_for(
    owner: QWidget,
    fn: Callable[[], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException, str], None] | None = None,
) -> None:
    """``run_in_background`` whose callbacks are dropped once ``owner`` is deleted (a panel closed mid-job)."""

    def done(result: Any) -> None:
        if shiboken6.isValid(owner):
            on_done(result)

    def failed(exc: BaseException, details: str) -> None:
        if on_error is not None and shiboken6.isValid(owner):
            on_error(exc, details)

    run_in_background(fn, done, failed)


class StatusLine(QWidget):
    """A one-line status: a coloured dot and a message (idle, busy, ok or error)."""

    _COLOURS = {"idle": "#9aa0a6", "busy": "#E69F00", "ok": "#009E73", "error": "#D55E00"}

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.dot = QLabel("●")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        lay.addWidget(self.dot, 0, Qt.AlignmentFlag.AlignTop)
        lay.addWidget(self.text, 1)
        self.kind = "idle"
        self.set("idle", "")

    def set(self, kind: str, message: str) -> None:
        """Show ``message`` with the colour of ``kind`` (idle, busy, ok, error)."""
        self.kind = kind
        self.dot.setStyleSheet(f"color: {self._COLOURS.get(kind, '#9aa0a6')}; font-size: 14px;")
        self.text.setText(message)


class VerticalScrollArea(QScrollArea):
    """Scrolls vertically only, and is never narrower than its content (a splitter squeezed it, cutting off
    the right edge of the forms on a 1280x720 screen)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        hint = super().minimumSizeHint()
        inner = self.widget()
        if inner is None:
            return hint
        bar = self.verticalScrollBar().sizeHint().width()
        frame = 2 * self.frameWidth()
        return QSize(max(hint.width(), inner.minimumSizeHint().width() + bar + frame), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's minimum width changed (rows shown, longer choices)
        return super().eventFilter(watched, event)


def scrolled(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless, vertically scrolling area: on a small screen (1280x720) it scrolls instead
    of raising the window's minimum height past the screen."""
    area = VerticalScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    return area


class ElidedLabel(QLabel):
    """A one-line label (a folder path, a run's headline) that shows "/home/…/runs" when narrow instead of
    widening the window past a laptop screen.

    ``text()`` stays the whole text; set it as the tool tip too where it matters. ``mode`` says where the dots
    go (the middle of a path, the end of a sentence).
    """

    def __init__(
        self, text: str = "", mode: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle, parent: QWidget | None = None
    ) -> None:
        super().__init__(text, parent)
        self.mode = mode

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt API
        return QSize(self.fontMetrics().horizontalAdvance("/…/xxxxxxxx"), super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt API
        rect = self.contentsRect()
        shown = self.fontMetrics().elidedText(self.text(), self.mode, rect.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter, rect, int(self.alignment()), self.palette(), self.isEnabled(), shown, self.foregroundRole()
        )


def series_color(i: int) -> str:
    """The ``i``-th series colour of the current theme."""
    series = theme.colors().series
    return series[i % len(series)]


def array_to_qimage(arr: Any) -> QImage:
    """Convert an image array ``[H,W]``, ``[H,W,C]`` or ``[C,H,W]`` (uint8 or float) to a QImage for display.

    Floats are rescaled to the full 0-255 range per image (normalised inputs are not in [0, 1]).
    """
    a = np.asarray(arr)
    if a.ndim == 3 and a.shape[0] in (1, 3, 4) and a.shape[-1] not in (1, 3, 4):
        a = np.moveaxis(a, 0, -1)
    if a.ndim == 3 and a.shape[-1] == 1:
        a = a[..., 0]
    if a.dtype != np.uint8:
        a = a.astype(np.float32)
        lo, hi = float(np.nanmin(a)), float(np.nanmax(a))
        a = np.nan_to_num((a - lo) / (hi - lo) if hi > lo else np.zeros_like(a))
        a = (a * 255).round().astype(np.uint8)
    a = np.ascontiguousarray(a)
    if a.ndim == 2:
        img = QImage(a.data, a.shape[1], a.shape[0], a.strides[0], QImage.Format.Format_Grayscale8)
    elif a.shape[-1] == 3:
        img = QImage(a.data, a.shape[1], a.shape[0], a.strides[0], QImage.Format.Format_RGB888)
    else:
        img = QImage(a.data, a.shape[1], a.shape[0], a.strides[0], QImage.Format.Format_RGBA8888)
    return img.copy()  # detach from the numpy buffer


def thumbnail(arr: Any, size: int) -> QPixmap:
    """A square-fitting pixmap of an image array; small images are enlarged without blurring."""
    img = array_to_qimage(arr)
    mode = (
        Qt.TransformationMode.FastTransformation
        if max(img.width(), img.height()) < size
        else Qt.TransformationMode.SmoothTransformation
    )
    return QPixmap.fromImage(img.scaled(size, size, Qt.AspectRatioMode.KeepAspectRatio, mode))
