"""Validated editors generated from pydantic field info (type, bounds, choices, optional).

``make_editor(annotation, field)`` returns a :class:`FieldEditor`: int -> spin box within the field's
ge/gt/le/lt bounds, float -> a spin box that shows small numbers in scientific form (log steps on request),
bool -> check box, Literal (or explicit choices) -> combo box, ``X | None`` -> a check box that enables the
inner editor, ``int | Literal[...]`` -> a combo box with the literal choices plus a number, ``list[int]`` and
``list[str]`` -> comma-separated values. Every editor has ``value()``, a silent ``set_value()`` and a
``changed`` signal for user edits. The forms (``desktop.panels.spec_form``) and the layer inspector use them.
"""

from __future__ import annotations

import math
import re
import types
import typing
from collections.abc import Iterable, Mapping
from typing import Any, Literal

from annotated_types import Ge, Gt, Le, Lt
from pydantic.fields import FieldInfo
from PySide6.QtCore import Signal
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

INT_MAX = 2**31 - 1
UNSET: Any = object()


class UnknownChoiceError(ValueError):
    """A value that a choice editor does not offer: a choice list and the spec disagree (a missing entry)."""


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


def same_value(a: Any, b: Any) -> bool:
    """Equality that keeps ``True`` apart from ``1`` and ``None`` apart from everything else."""
    if isinstance(a, bool) or isinstance(b, bool) or a is None or b is None:
        return type(a) is type(b) and a == b
    return bool(a == b)


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

    def edit(self, value: Any) -> None:
        """Set ``value`` as a user's edit would: ``changed`` follows (scripts, screenshots and tests)."""
        self.set_value(value)
        self.changed.emit()

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


class SciSpinBox(QDoubleSpinBox):
    """A double spin box that keeps tiny values (``1e-05``) exact and shows them readably.

    Args:
        factor: When given, the arrow keys multiply or divide by it (a log-scale step for values that span
            decades, such as learning rates) and never cross zero.
    """

    def __init__(self, factor: float | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDecimals(323)  # the text is ours; Qt rounds the value to this: keep every (normal) float exactly
        self.factor = factor

    def textFromValue(self, value: float) -> str:  # noqa: N802 - Qt override
        return f"{value:.6g}"

    def valueFromText(self, text: str) -> float:  # noqa: N802 - Qt override
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return self.value()

    def validate(self, text: str, pos: int) -> object:
        if re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", text.strip().replace(",", ".")):
            value = float(text.replace(",", "."))
            if self.minimum() <= value <= self.maximum():
                return QValidator.State.Acceptable, text, pos
        if re.fullmatch(r"[-+]?[\d.,]*([eE][-+]?\d*)?", text.strip()):
            return QValidator.State.Intermediate, text, pos
        return QValidator.State.Invalid, text, pos

    def stepBy(self, steps: int) -> None:  # noqa: N802 - Qt override
        if self.factor is None:
            super().stepBy(steps)
            return
        value = self.value()
        if value <= 0:
            value = max(self.minimum(), 1e-6) if steps > 0 else 0.0
        else:
            value *= self.factor**steps
        self.setValue(min(self.maximum(), max(self.minimum(), value)))


class FloatEditor(FieldEditor):
    """A float within the field's bounds; ``log`` steps by factors of 2 (rates and decays)."""

    def __init__(self, field: FieldInfo | None, log: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        b = _bounds(field)
        self.spin = SciSpinBox(2.0 if log else None)
        # exclusive bounds: the nearest float inside, so no valid value is clipped
        lo = b["ge"] if "ge" in b else math.nextafter(b["gt"], math.inf) if "gt" in b else -1e12
        hi = b["le"] if "le" in b else math.nextafter(b["lt"], -math.inf) if "lt" in b else 1e12
        self.spin.setRange(lo, hi)
        default = field.default if field is not None and isinstance(field.default, float) else 0.1
        unit = hi <= 1.0 and lo >= 0.0
        magnitude = 10 ** math.floor(math.log10(abs(default))) if default else 0.1
        self.spin.setSingleStep(0.05 if unit and default >= 0.01 else magnitude)
        self.spin.setKeyboardTracking(False)
        self.layout_.addWidget(self.spin)
        self.spin.valueChanged.connect(self._emit)

    def value(self) -> float:
        return float(self.spin.value())

    def _set(self, value: Any) -> None:
        self.spin.setValue(float(value))


class BoolEditor(FieldEditor):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(text)
        self.layout_.addWidget(self.check)
        self.check.toggled.connect(self._emit)

    def value(self) -> bool:
        return self.check.isChecked()

    def _set(self, value: Any) -> None:
        self.check.setChecked(bool(value))


class ChoiceEditor(FieldEditor):
    """A fixed list of choices (value, label); ``none_label`` adds a first entry meaning None.

    A value outside the list raises :class:`UnknownChoiceError` instead of silently showing another choice,
    unless ``editable`` (free text with suggestions: any text is a value, empty text the first choice).
    """

    def __init__(
        self,
        choices: Iterable[Any],
        none_label: str | None = None,
        labels: Mapping[Any, str] | None = None,
        editable: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.none_label, self.labels, self.editable = none_label, dict(labels or {}), editable
        self.combo = QComboBox()
        self.combo.setEditable(editable)
        self.layout_.addWidget(self.combo)
        self.set_choices(choices)
        self.combo.currentIndexChanged.connect(self._emit)
        if editable:
            self.combo.lineEdit().editingFinished.connect(self._emit)

    def set_choices(self, choices: Iterable[Any]) -> None:
        """Offer ``choices`` (values, or ``(value, label)`` pairs); keeps the current value when still offered."""
        items = [c if isinstance(c, tuple) else (c, self.labels.get(c, str(c))) for c in choices]
        if self.none_label is not None:
            items.insert(0, (None, self.none_label))
        if items == self.items():
            return
        current = self.value() if self.combo.count() else None
        silent, self._silent = self._silent, True
        try:
            self.combo.clear()
            for value, label in items:
                self.combo.addItem(label, value)
            index = self._find(current)
            if index >= 0:
                self.combo.setCurrentIndex(index)
            elif self.editable and current:
                self.combo.setEditText(str(current))  # typed text stays a value of its own
        finally:
            self._silent = silent

    def items(self) -> list[tuple[Any, str]]:
        return [(self.combo.itemData(i), self.combo.itemText(i)) for i in range(self.combo.count())]

    def choices(self) -> list[Any]:
        """The values offered, in order."""
        return [self.combo.itemData(i) for i in range(self.combo.count())]

    def _find(self, value: Any) -> int:
        return next((i for i in range(self.combo.count()) if same_value(self.combo.itemData(i), value)), -1)

    def value(self) -> Any:
        if self.editable:  # typed text is the value; a label typed in full is its item; empty is the first
            text = self.combo.currentText().strip()
            index = self.combo.findText(text) if text else 0
            return self.combo.itemData(index) if index >= 0 else text
        return self.combo.currentData()

    def _set(self, value: Any) -> None:
        index = self._find(value)
        if index >= 0:
            self.combo.setCurrentIndex(index)
        elif self.editable:
            self.combo.setEditText(str(value))
        else:
            offered = ", ".join(repr(v) for v in self.choices())
            raise UnknownChoiceError(f"{value!r} is not one of the choices offered ({offered})")


class TextEditor(FieldEditor):
    """Free text; empty means None when ``optional``, else ``empty`` (the field's default)."""

    def __init__(self, optional: bool, placeholder: str = "", empty: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional, self.empty = optional, empty
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder or empty)
        self.layout_.addWidget(self.line)
        self.line.editingFinished.connect(self._finished)
        self._last = ""

    def _finished(self) -> None:
        if self.line.text() != self._last:
            self._last = self.line.text()
            self._emit()

    def value(self) -> str | None:
        text = self.line.text().strip()
        return (text or None) if self.optional else (text or self.empty)

    def _set(self, value: Any) -> None:
        self._last = "" if value is None or (not self.optional and value == self.empty) else str(value)
        self.line.setText(self._last)


class ListEditor(FieldEditor):
    """Comma-separated values such as ``1, 0`` (``item=int``) or ``a, b`` (``item=str``); empty is None when
    ``optional``. Text that is not a list of ``item`` is passed on as text, so validation names the field."""

    def __init__(
        self, item: type = int, optional: bool = False, placeholder: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.item, self.optional = item, optional
        self.line = QLineEdit()
        self.line.setPlaceholderText(placeholder or ("1, 0" if item is int else ""))
        self.layout_.addWidget(self.line)
        self.line.editingFinished.connect(self._emit)

    def value(self) -> list[Any] | str | None:
        parts = [p.strip() for p in self.line.text().replace(";", ",").split(",") if p.strip()]
        if not parts and self.optional:
            return None
        try:
            return [self.item(p) for p in parts]
        except ValueError:
            return self.line.text()

    def _set(self, value: Any) -> None:
        self.line.setText(", ".join(str(v) for v in value or []))


class IntTupleEditor(FieldEditor):
    """A fixed number of integers side by side (``[H, W]``), each in ``[lo, hi]``."""

    def __init__(self, count: int, lo: int, hi: int, separator: str = "×", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spins: list[QSpinBox] = []
        for i in range(count):
            if i:
                self.layout_.addWidget(QLabel(separator))
            spin = QSpinBox()
            spin.setRange(lo, hi)
            spin.setKeyboardTracking(False)
            spin.valueChanged.connect(self._emit)
            self.layout_.addWidget(spin)
            self.spins.append(spin)
        self.layout_.addStretch(1)

    def value(self) -> list[int]:
        return [s.value() for s in self.spins]

    def _set(self, value: Any) -> None:
        for spin, v in zip(self.spins, value, strict=True):
            spin.setValue(int(v))


class OptionalEditor(FieldEditor):
    """``X | None``: a check box turns the inner editor on (checked) or leaves the value automatic (None)."""

    def __init__(
        self, inner: FieldEditor, fallback: Any, off_text: str, check_text: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.inner, self.fallback = inner, fallback
        self.check = QCheckBox(check_text)
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
        if value is not None or self.fallback is not None:
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
        self._show_number(self.combo.currentData() == "__number__")
        self._emit()

    def _show_number(self, shown: bool) -> None:
        # Hidden, not greyed, while a choice holds: a disabled box beside "auto" showed a stale "0" that read
        # as the value in use.
        self.number.setEnabled(shown)
        self.number.setHidden(not shown)

    def value(self) -> Any:
        data = self.combo.currentData()
        return self.number.value() if data == "__number__" else data

    def _set(self, value: Any) -> None:
        index = self.combo.findData(value) if isinstance(value, str) else 0
        if isinstance(value, str) and index < 0:
            raise UnknownChoiceError(f"{value!r} is neither a number nor one of the choices offered")
        self.combo.setCurrentIndex(max(0, index))
        self._show_number(index <= 0)
        if not isinstance(value, str):
            self.number.set_value(value)


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (typing.Union, types.UnionType)


def make_editor(
    annotation: Any,
    field: FieldInfo | None,
    texts: dict[str, str] | None = None,
    *,
    choices: Iterable[Any] | None = None,
    labels: Mapping[Any, str] | None = None,
    editable: bool = False,
    log: bool = False,
    fallback: Any = UNSET,
    check_text: str = "",
    placeholder: str = "",
) -> FieldEditor:
    """An editor for a pydantic field with ``annotation`` (the field's type) and its ``FieldInfo``.

    Args:
        annotation: The field's type.
        field: Its FieldInfo (bounds in ``metadata``, the default).
        texts: Translated labels: ``auto`` (None meaning automatic), ``inherit`` (None meaning the network
            default), ``number``, ``none`` (empty text).
        choices: Values to offer instead of the field's Literal (a str field with a fixed list).
        labels: Shown text of each choice value (missing ones show the value itself).
        editable: Choices are suggestions; any text is accepted.
        log: Floats step by factors of two.
        fallback: The value an optional editor shows when switched on (default: the lower bound, or 1).
        check_text: Text of the check box of a bool or an optional value.
        placeholder: Shown in an empty text or list editor.
    """
    texts = texts or {}
    if typing.get_origin(annotation) is typing.Annotated:  # ``Annotated[int, Field(ge=0, le=4)]`` in a union
        base, *extra = typing.get_args(annotation)
        inner_field = next((m for m in extra if isinstance(m, FieldInfo)), field)
        return make_editor(
            base,
            inner_field,
            texts,
            choices=choices,
            labels=labels,
            editable=editable,
            log=log,
            fallback=fallback,
            check_text=check_text,
            placeholder=placeholder,
        )
    none_label = (labels or {}).get(None)
    optional = _is_union(annotation) and type(None) in typing.get_args(annotation)
    if choices is not None:  # None is offered when it has a label
        return ChoiceEditor(choices, none_label=none_label, labels=labels, editable=editable)
    if _is_union(annotation):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        literals = [a for a in args if typing.get_origin(a) is Literal]
        others = [a for a in args if typing.get_origin(a) is not Literal]
        if optional and len(args) == 1:
            inner_tp = args[0]
            if inner_tp is str:
                return TextEditor(optional=True, placeholder=placeholder or texts.get("none", ""))
            if typing.get_origin(inner_tp) is list and typing.get_args(inner_tp) in ((int,), (str,)):
                item = typing.get_args(inner_tp)[0]
                return ListEditor(item, optional=True, placeholder=placeholder or texts.get("none", ""))
            if typing.get_origin(inner_tp) is Literal:
                none_label = none_label or texts.get("inherit", "—")
                return ChoiceEditor(list(typing.get_args(inner_tp)), none_label=none_label, labels=labels)
            inner = make_editor(inner_tp, field, texts, labels=labels, log=log)
            shown = _fallback(inner_tp, field) if fallback is UNSET else fallback
            return OptionalEditor(inner, shown, texts.get("auto", ""), check_text)
        if literals and len(others) == 1:
            literal_choices = [c for lit in literals for c in typing.get_args(lit)]
            number = make_editor(others[0], field, texts, log=log)
            return NumberOrChoiceEditor(number, literal_choices, texts.get("number", "#"))
        raise TypeError(f"no editor for {annotation!r}")
    if typing.get_origin(annotation) is Literal:
        return ChoiceEditor(list(typing.get_args(annotation)), labels=labels)
    if annotation is bool:
        return BoolEditor(check_text)
    if annotation is int:
        return IntEditor(field)
    if annotation is float:
        return FloatEditor(field, log=log)
    if annotation is str:
        default = field.default if field is not None and isinstance(field.default, str) else ""
        return TextEditor(optional=False, placeholder=placeholder, empty=default)
    if typing.get_origin(annotation) is list and typing.get_args(annotation) in ((int,), (str,)):
        return ListEditor(typing.get_args(annotation)[0], placeholder=placeholder)
    raise TypeError(f"no editor for {annotation!r}")


def _fallback(tp: Any, field: FieldInfo | None) -> Any:
    """The value an optional editor shows when switched on: the lower bound, or 1."""
    b = _bounds(field)
    if tp is int:
        return int(b.get("ge", b.get("gt", 0) + 1)) if b else 1
    if tp is float:
        return float(b["ge"]) if "ge" in b else 1.0
    return None
