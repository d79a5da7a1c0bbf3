"""Danlu's desktop GUI (PySide6 + pyqtgraph); a client of ``models`` like the CLI."""

from desktop.qt_compat import immortalize_singletons

immortalize_singletons()  # before any Qt call: see qt_compat for the shiboken6 6.12 bug it neutralises
