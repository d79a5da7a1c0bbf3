"""Open a run's HTML report: build it off the GUI thread with ``models.report``, then open it in the browser."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop.errors import error_text
from desktop.workers.background import run_in_background


def open_report(
    run_dir: str | Path,
    parent: QWidget | None = None,
    on_done: Callable[[Path], None] | None = None,
    on_error: Callable[[str], None] | None = None,
) -> None:
    """Write ``<run>/report.html`` in the background and open it with the system's browser.

    Args:
        run_dir: The run folder.
        parent: Parent of the error message box.
        on_done: Called with the report path once it is written and opened (GUI thread).
        on_error: Called with the message instead of showing a message box.
    """
    from models.report import build_report

    def done(path: Any) -> None:
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            show_report_location(Path(path), parent)  # no browser (a minimal desktop): never fail silently
        if on_done is not None:
            on_done(Path(path))

    def failed(exc: BaseException, _details: str) -> None:
        message = error_text(exc)
        if on_error is not None:
            on_error(message)
        else:
            QMessageBox.warning(  # translate() spelt out: lupdate misreads an alias as tr(source, comment)
                parent,
                QCoreApplication.translate("Report", "Report"),
                QCoreApplication.translate("Report", "The report could not be written:\n{message}").format(
                    message=message
                ),
            )

    run_in_background(lambda: build_report(run_dir), done, failed)


def show_report_location(path: Path, parent: QWidget | None = None) -> QMessageBox:
    """Say where the report was written when no browser could be opened (the path can be selected and copied).

    Not modal: the report exists, nothing waits for an answer.
    """
    box = QMessageBox(  # translate() spelt out: lupdate misreads an alias as tr(source, comment)
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Report", "Report"),
        QCoreApplication.translate(
            "Report", "The report was written, but no browser could be opened to show it. Open this file in a browser:"
        )
        + f"\n\n{path}",
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("danluReportLocation")
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box
