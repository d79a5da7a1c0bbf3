"""LogPanel: what happened, in order (run events, warnings, errors with their details), in a dock."""

from __future__ import annotations

import html
import time

from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

LEVEL_COLOURS = {"info": None, "warning": "#E69F00", "error": "#D55E00"}
MAX_LINES = 5000


class LogView(QPlainTextEdit):
    """The log's text: it keeps following new lines through a resize when it was at the bottom.

    A narrower view wraps lines into more rows, so the scroll range grows while the position stays: without
    this the view was no longer at the bottom, and QPlainTextEdit only follows appended lines from there.
    """

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        bar = self.verticalScrollBar()
        following = bar.value() >= bar.maximum()
        super().resizeEvent(event)
        if following:
            bar.setValue(bar.maximum())


class LogPanel(QWidget):
    """A read-only, bounded log with coloured levels and a Clear button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = LogView()
        self.view.setObjectName("logView")
        self.view.setReadOnly(True)
        self.view.setMaximumBlockCount(MAX_LINES)  # old lines go first: memory stays bounded
        self.view.setPlaceholderText(self.tr("Messages from loading, training and errors appear here."))
        # Three lines at least, not Qt's default of about five: the window must fit a 1280x720 screen.
        self.view.setMinimumHeight(self.view.fontMetrics().lineSpacing() * 3 + 12)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(self.view.clear)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(clear)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def append(self, level: str, text: str, details: str = "") -> None:
        """Add a line (``level`` is info, warning or error); ``details`` (a traceback) follows, indented."""
        stamp = time.strftime("%H:%M:%S")
        colour = LEVEL_COLOURS.get(level)
        style = f' style="color:{colour}"' if colour else ""  # info lines follow the theme's text colour
        names = {"info": self.tr("info"), "warning": self.tr("warning"), "error": self.tr("error")}
        body = html.escape(text).replace("\n", "<br>")
        self.view.appendHtml(f"<span{style}>{stamp}  {names.get(level, level)}: {body}</span>")
        if details:
            self.view.appendHtml(f"<pre{style}>{html.escape(details.rstrip())}</pre>")

    def text(self) -> str:
        return self.view.toPlainText()
