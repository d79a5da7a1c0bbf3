"""Validated editors generated from pydantic field info (type, bounds, choices, optional).

``make_editor(annotation, field)`` returns a :class:`FieldEditor`: int -> spin box within the field's
ge/gt/le/lt bounds, float -> a spin box that shows small numbers in scientific form, bool -> check box,
Literal -> combo box, ``X | None`` -> a check box that enables the inner editor, ``int | Literal[...]`` ->
a combo box with the literal choices plus a number, ``list[int]`` -> comma-separated integers.
"""

from __future__ import annotations

import math
import types
import typing
from typing import Any, Literal

from annotated_types import Ge, Gt, Le, Lt
from pydantic.fields import FieldInfo
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop.panels.form_widgets import SciSpinBox

INT_MAX = 2**31 - 1


def _bounds(field: FieldInfo | None) -> dict[str, float]:
    out: dict[str, float] = {}
    for meta in field.metadata if field else ():
        if isinstance(meta, Ge):
            out["ge"] = meta.ge  # type: ignore[assignment]
        elif isinstance(meta, Gt):
            out["gt"] = meta.gt  # type: ignore[assignment]
        elif isinstance(meta, Le):
            out["le"] = meta.le  # type: ignore[assignment]
        elif isinstance(meta, Lt):
            out["lt"] = meta.lt  # type: ignore[assignment]
    return out


class FieldEditor(QWidget):
    """Base of every editor: ``value()``, ``set_value()`` (silent) and ``changed`` on user edits."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self._silent = False

    def _emit(self, *_: Any) -> None:
        if not self._silent:
            self.changed.emit()

    def value(self) -> Any:  # pragma: no cover - abstract
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        self._silent = True
        try:
            self._set(value)
        finally:
            self._silent = False

    def _set(self, value: Any) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class IntEditor(FieldEditor):
    def __init__(self, field: FieldInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        b = _bounds(field)
        self.spin = QSpinBox()
        lo = int(b["ge"]) if "ge" in b else int(b["gt"]) + 1 if "gt" in b else -INT_MAX
        hi = int(b["le"]) if "le" in b else int(b["lt"]) - 1 if "lt" in b else INT_MAX
        self.spin.setRange(lo, hi)
        self.spin.setKeyboardTracking(False)
        self.spin.setAccelerated(True)
        self.layout_.addWidget(self.spin)
        self.spin.valueChanged.connect(self._emit)

    def value(self) -> int:
        return self.spin.value()

    def _set(self, value: Any) -> None:
        self.spin.setValue(int(value))


class FloatEditor(FieldEditor):
    def __init__(self, field: FieldInfo | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        b = _bounds(field)
        tiny = 1e-9
        lo = b["ge"] if "ge" in b else b["gt"] + tiny if "gt" in b else -1e12
        hi = b["le"] if "le" in b else b["lt"] - 1e-6 if "lt" in b else 1e12
        self.spin = SciSpinBox(lo, hi, factor=None)  # steps of a size that fits the default (below)
        default = field.default if field is not None and isinstance(field.default, float) else 0.1
        unit = hi <= 1.0 and lo >= 0.0
        magnitude = 10 ** math.floor(math.log10(abs(default))) if default else 0.1
        self.spin.setSingleStep(0.05 if unit and default >= 0.01 else magnitude)
        self.layout_.addWidget(self.spin)
        self.spin.valueChanged.connect(self._emit)

    def value(self) -> float:
        return float(self.spin.value())

    def _set(self, value: Any) -> None:
        self.spin.setValue(float(value))


class BoolEditor(FieldEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox()
        self.layout_.addWidget(self.check)
        self.check.toggled.connect(self._emit)

    def value(self) -> bool:
        return self.check.isChecked()

    def _set(self, value: Any) -> None:
        self.check.setChecked(bool(value))


class ChoiceEditor(FieldEditor):
    """Literal choices; ``none_label`` adds a first entry meaning None."""

    def __init__(self, choices: list[Any], none_label: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox()
        if none_label is not None:
            self.combo.addItem(none_label, None)
        for choice in choices:
            self.combo.addItem(str(choice), choice)
        self.layout_.addWidget(self.combo)
        self.combo.currentIndexChanged.connect(self._emit)

    def value(self) -> Any:
        return self.combo.currentData()

    def _set(self, value: Any) -> None:
        index = self.combo.findData(value)
        self.combo.setCurrentIndex(max(0, index))


class TextEditor(FieldEditor):
    """Free text; empty means None when ``optional``."""

    def __init__(self, optional: bool, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.layout_.addWidget(self.edit)
        self.edit.editingFinished.connect(self._finished)
        self._last = ""

    def _finished(self) -> None:
        if self.edit.text() != self._last:
            self._last = self.edit.text()
            self._emit()

    def value(self) -> str | None:
        text = self.edit.text().strip()
        return (text or None) if self.optional else text

    def _set(self, value: Any) -> None:
        self._last = "" if value is None else str(value)
        self.edit.setText(self._last)


class IntListEditor(FieldEditor):
    """Comma-separated integers such as ``1, 0`` or ``-1, 64``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText("1, 0")
        self.layout_.addWidget(self.edit)
        self.edit.editingFinished.connect(self._emit)

    def value(self) -> list[int] | str:
        parts = [p.strip() for p in self.edit.text().replace(";", ",").split(",") if p.strip()]
        try:
            return [int(p) for p in parts]
        except ValueError:
            return self.edit.text()  # let validation report it

    def _set(self, value: Any) -> None:
        self.edit.setText(", ".join(str(v) for v in value or []))


class OptionalEditor(FieldEditor):
    """``X | None``: a check box turns the inner editor on (checked) or leaves the value automatic (None)."""

    def __init__(self, inner: FieldEditor, fallback: Any, off_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.inner, self.fallback = inner, fallback
        self.check = QCheckBox()
        self.check.setToolTip(off_text)
        self.layout_.addWidget(self.check)
        self.layout_.addWidget(inner, 1)
        self.check.toggled.connect(self._toggled)
        inner.changed.connect(self._emit)
        self._set(None)

    def _toggled(self, on: bool) -> None:
        self.inner.setEnabled(on)
        self._emit()

    def value(self) -> Any:
        return self.inner.value() if self.check.isChecked() else None

    def _set(self, value: Any) -> None:
        self.check.setChecked(value is not None)
        self.inner.setEnabled(value is not None)
        self.inner.set_value(self.fallback if value is None else value)


class NumberOrChoiceEditor(FieldEditor):
    """``int | Literal["same"]``: a combo with the literal choices and "number", plus the number."""

    def __init__(
        self, number: FieldEditor, choices: list[Any], number_label: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.number = number
        self.combo = QComboBox()
        self.combo.addItem(number_label, "__number__")
        for c in choices:
            self.combo.addItem(str(c), c)
        self.layout_.addWidget(self.combo)
        self.layout_.addWidget(number, 1)
        self.combo.currentIndexChanged.connect(self._combo)
        number.changed.connect(self._emit)

    def _combo(self) -> None:
        self.number.setEnabled(self.combo.currentData() == "__number__")
        self._emit()

    def value(self) -> Any:
        data = self.combo.currentData()
        return self.number.value() if data == "__number__" else data

    def _set(self, value: Any) -> None:
        index = self.combo.findData(value) if isinstance(value, str) else 0
        self.combo.setCurrentIndex(max(0, index))
        self.number.setEnabled(index <= 0)
        if not isinstance(value, str):
            self.number.set_value(value)


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def make_editor(annotation: Any, field: FieldInfo | None, texts: dict[str, str] | None = None) -> FieldEditor:
    """An editor for a pydantic field with ``annotation`` (the field's type) and its ``FieldInfo``.

    Args:
        annotation: The field's type.
        field: Its FieldInfo (bounds in ``metadata``, the default).
        texts: Translated labels: ``auto`` (None meaning automatic), ``inherit`` (None meaning the network
            default), ``number``, ``none`` (empty text).
    """
    texts = texts or {}
    if _is_union(annotation):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        optional = len(args) < len(typing.get_args(annotation))
        literals = [a for a in args if typing.get_origin(a) is Literal]
        others = [a for a in args if typing.get_origin(a) is not Literal]
        if optional and len(args) == 1:
            inner_tp = args[0]
            if inner_tp is str:
                return TextEditor(optional=True, placeholder=texts.get("none", ""))
            if typing.get_origin(inner_tp) is Literal:
                return ChoiceEditor(list(typing.get_args(inner_tp)), none_label=texts.get("inherit", "—"))
            inner = make_editor(inner_tp, field, texts)
            fallback = _fallback(inner_tp, field)
            return OptionalEditor(inner, fallback, texts.get("auto", ""))
        if literals and len(others) == 1:
            choices = [c for lit in literals for c in typing.get_args(lit)]
            number = make_editor(others[0], field, texts)
            return NumberOrChoiceEditor(number, choices, texts.get("number", "#"))
        raise TypeError(f"no editor for {annotation!r}")
    if typing.get_origin(annotation) is Literal:
        return ChoiceEditor(list(typing.get_args(annotation)))
    if annotation is bool:
        return BoolEditor()
    if annotation is int:
        return IntEditor(field)
    if annotation is float:
        return FloatEditor(field)
    if annotation is str:
        return TextEditor(optional=False)
    if typing.get_origin(annotation) is list and typing.get_args(annotation) == (int,):
        return IntListEditor()
    raise TypeError(f"no editor for {annotation!r}")


def _fallback(tp: Any, field: FieldInfo | None) -> Any:
    """The value an optional editor shows when switched on: the lower bound, or 1."""
    b = _bounds(field)
    if tp is int:
        return int(b.get("ge", b.get("gt", 0) + 1)) if b else 1
    if tp is float:
        return float(b.get("ge", b.get("gt", 0.0)))
    return None
