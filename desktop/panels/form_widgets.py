"""Small editor widgets shared by the training panel: scientific spin box, optional value, labelled rows.

Every editor carries its explanation as a tooltip, and the row label repeats it with the default value, so
each option explains itself (hover) without a manual.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)


class SciSpinBox(QDoubleSpinBox):
    """A spin box for values spanning decades (learning rates, decays, epsilons): keeps tiny values exact and
    shows them readably (``3e-04``); the one number editor of the training options and the layer fields.

    Args:
        minimum, maximum: Bounds.
        factor: The arrow keys multiply or divide by this (a log-scale step that never crosses zero); None:
            they add ``singleStep()`` like a plain spin box.
    """

    def __init__(
        self, minimum: float = 0.0, maximum: float = 1e12, factor: float | None = 2.0, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setDecimals(12)  # the text is ours; decimals only bounds the internal rounding
        self.setRange(minimum, maximum)
        self.factor = factor
        self.setKeyboardTracking(False)

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt API
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt API
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        stripped = text.strip().replace(",", ".")
        if stripped in ("", "-", "+", ".", "e", "-."):
            return QValidator.State.Intermediate, text, pos
        try:
            value = float(stripped)
        except ValueError:
            # "1e" or "1e-" are on their way to a number
            ok = stripped.endswith(("e", "e-", "e+", "E", "E-", "E+"))
            return (QValidator.State.Intermediate if ok else QValidator.State.Invalid), text, pos
        inside = self.minimum() <= value <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate), text, pos

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt API
        if self.factor is None:
            super().stepBy(steps)
            return
        value = self.value()
        if value <= 0:
            value = max(self.minimum(), 1e-6) if steps > 0 else 0.0
        else:
            value *= self.factor**steps
        self.setValue(min(self.maximum(), max(self.minimum(), value)))


class OptionalValue(QWidget):
    """A checkbox that enables a numeric editor: the value is ``None`` when unchecked.

    Signals:
        changed: the check state or the value changed.
    """

    changed = Signal()

    def __init__(self, editor: QSpinBox | QDoubleSpinBox, check_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text)
        self.editor = editor
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(editor, 1)
        self.check.toggled.connect(editor.setEnabled)
        self.check.toggled.connect(self.changed)
        editor.valueChanged.connect(self.changed)
        editor.setEnabled(False)

    def value(self) -> float | int | None:
        return self.editor.value() if self.check.isChecked() else None

    def set_value(self, value: float | int | None) -> None:
        self.check.setChecked(value is not None)
        if value is not None:
            self.editor.setValue(value)

    def setToolTip(self, text: str) -> None:  # noqa: N802 - Qt API
        super().setToolTip(text)
        self.check.setToolTip(text)
        self.editor.setToolTip(text)


def int_box(minimum: int, maximum: int, step: int = 1) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    box.setKeyboardTracking(False)
    box.setAccelerated(True)
    return box


def float_box(minimum: float, maximum: float, step: float, decimals: int = 3) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(minimum, maximum)
    box.setSingleStep(step)
    box.setDecimals(decimals)
    box.setKeyboardTracking(False)
    return box


def combo(items: dict[str, str]) -> QComboBox:
    """A combo box of ``{value: label}``; the value is the item data."""
    box = QComboBox()
    for value, label in items.items():
        box.addItem(label, value)
    return box


def set_combo(box: QComboBox, value: object) -> None:
    index = box.findData(value)
    if index >= 0:
        box.setCurrentIndex(index)


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
