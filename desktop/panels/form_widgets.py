"""Labelled form rows shared by the forms: every editor carries its explanation as a tooltip, and the row label
repeats it with the default value, so each option explains itself (hover) without a manual. The editors
themselves are in :mod:`desktop.panels.fields`.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QWidget,
)


def add_row(form: QFormLayout, label: str, widget: QWidget, help_text: str, default: object = None) -> QLabel:
    """Add ``label: widget``; ``help_text`` and the default become the tooltip of both. Returns the label."""
    tip = (
        help_text
        if default is None
        else QCoreApplication.translate("FormWidgets", "{help}\nDefault: {default}").format(
            help=help_text, default=_fmt(default)
        )
    )
    caption = QLabel(label)
    caption.setToolTip(tip)
    caption.setBuddy(widget)
    widget.setToolTip(tip)
    form.addRow(caption, widget)
    return caption


def hint(text: str) -> QLabel:
    """A muted one-line explanation under a group's title."""
    label = QLabel(text)
    label.setProperty("role", "hint")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def new_form() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(10)
    form.setVerticalSpacing(6)
    return form


def _fmt(value: object) -> str:
    if value is None:
        return QCoreApplication.translate("FormWidgets", "automatic")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("FormWidgets", "on")
            if value
            else QCoreApplication.translate("FormWidgets", "off")
        )
    if isinstance(value, float) and value != 0 and (abs(value) < 1e-3 or abs(value) >= 1e5):
        return f"{value:.0e}" if math.isfinite(value) else str(value)
    return str(value)
