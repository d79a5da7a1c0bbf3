"""Forms bound to a spec: one :class:`Row` per value, named by its path; one load/dump for every form.

A form is a table of rows. Each row names a path in a spec model (``optimizer.lr``, ``image.size``), its
label and help; the editor comes from the field's type and bounds (:func:`desktop.panels.fields.make_editor`)
unless the row overrides it. ``applies`` says when the row has an effect (otherwise it is disabled, or hidden
with ``hide``; ``off`` is the value written while it does not apply; ``why_not`` tells the user why). Choice
lists come from the field's Literal, or from ``choices``, a callable of the spec being edited (e.g. the losses
of its task), so a registry can supply them. :class:`SpecForm` copies values between a spec and the editors by path:
``load(spec)`` shows a spec, ``dump(base)`` validates the edited values over ``base`` (``model_validate``:
GUI writes go through the same validation as a YAML file).

How a new field gets a row: add ``Row("section.field", tr("Label"), tr("Help"))`` to the form's table; for a
Literal add the labels of its values to the row's ``labels``. The round-trip tests cover every row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import ValidationError  # not pydantic: see desktop/panels/panel_common.py
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel

from desktop import spec_paths
from desktop.panels.fields import UNSET, ChoiceEditor, FieldEditor, UnknownChoiceError, make_editor, same_value
from desktop.panels.form_widgets import add_row
from models.spec.base import format_loc

KEEP: Any = object()
"""``Row.off`` default: a row that does not apply keeps its value (the editor is only disabled)."""


@dataclass(frozen=True)
class Row:
    """One editor of a form.

    Attributes:
        path: Where the value lives in the form's spec model (``optimizer.betas[0]``).
        label: The row's caption (translated).
        help: Tooltip of the caption and the editor; the field's default is added to it.
        editor: Builds the editor instead of the generated one: ``editor(annotation, field_info)``.
        choices: The values offered, from the spec being edited (values or ``(value, label)`` pairs); default:
            the field's Literal. A choice row whose value is no longer offered switches to the first choice.
        labels: Shown text of each choice value.
        applies: Whether the row has an effect for the spec being edited (default: always).
        off: The value written while the row does not apply (default :data:`KEEP`: keep the editor's value).
        hide: Hide the row while it does not apply (default: disable it).
        why_not: Why the row does not apply, put before its tooltip while it is disabled (e.g. a GAN keeps its
            learning rates constant, so the schedule is greyed out).
        editable: Choices are suggestions; any text is a value.
        log: A float that steps by factors (rates, decays).
        fallback: The value an optional editor shows when switched on.
        check_text: Text of the check box of a bool or optional value.
        placeholder: Shown in an empty text editor.
    """

    path: str
    label: str
    help: str = ""
    editor: Callable[[Any, FieldInfo | None], FieldEditor] | None = None
    choices: Callable[[Any], Iterable[Any]] | None = None
    labels: Mapping[Any, str] | None = None
    applies: Callable[[Any], bool] | None = None
    off: Any = KEEP
    hide: bool = False
    why_not: str = ""
    editable: bool = False
    log: bool = False
    fallback: Any = UNSET
    check_text: str = ""
    placeholder: str = ""

    def applies_to(self, spec: Any) -> bool:
        return self.applies is None or bool(self.applies(spec))


class SpecForm(QObject):
    """The editors of some rows of one spec model, with load and dump by path.

    Args:
        model: The spec model the paths are relative to (``TrainSpec``, ``DataSpec``).
        root: Prefix of the paths in messages (``train``).
        texts: Translated words of the generated editors (see ``make_editor``).

    Signals:
        changed: the user edited a value (the owner dumps, validates and applies).
    """

    changed = Signal()

    def __init__(
        self,
        model: type[BaseModel],
        root: str = "",
        texts: dict[str, str] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        # "number" names the choice beside a Literal (e.g. auto | number); a form may override any text
        self.model, self.root = model, root
        self.texts = {"number": self.tr("number"), "none": self.tr("none"), **(texts or {})}
        self.rows: dict[str, Row] = {}
        self.editors: dict[str, FieldEditor] = {}
        self.captions: dict[str, QLabel] = {}
        self._tips: dict[str, str] = {}  # each row's own tooltip (``why_not`` goes before it while disabled)
        self._layouts: dict[str, QFormLayout] = {}
        self._defaults = model()

    # -- building ----------------------------------------------------------------------------------------
    def add_rows(self, layout: QFormLayout, rows: Sequence[Row]) -> None:
        """Create the editors of ``rows`` and add them, labelled, to ``layout``."""
        for row in rows:
            if row.path in self.rows:
                raise ValueError(f"{self.model.__name__} form: {row.path} has two rows")
            annotation, info = spec_paths.field_at(self.model, row.path)
            if row.editor is not None:
                editor = row.editor(annotation, info)
            else:
                choices = list(row.choices(self._defaults)) if row.choices is not None else None
                editor = make_editor(
                    annotation,
                    info,
                    self.texts,
                    choices=choices,
                    labels=row.labels,
                    editable=row.editable,
                    log=row.log,
                    fallback=row.fallback,
                    check_text=row.check_text,
                    placeholder=row.placeholder,
                )
            default = spec_paths.get(self._defaults, row.path)
            shown = (row.labels or {}).get(default, default) if isinstance(default, str | int | None) else default
            self.captions[row.path] = add_row(layout, row.label, editor, row.help, shown)
            self._tips[row.path] = editor.toolTip()
            editor.changed.connect(self.changed)
            self.rows[row.path], self.editors[row.path], self._layouts[row.path] = row, editor, layout

    def __getitem__(self, path: str) -> FieldEditor:
        return self.editors[path]

    # -- spec <-> editors --------------------------------------------------------------------------------
    def load(self, spec: BaseModel) -> None:
        """Show ``spec`` in the editors (silently: no ``changed``).

        Raises:
            UnknownChoiceError: a value is not among its row's choices (the message names the path): a choice
                list lacks an entry. Never shown as another choice, which the next edit would save.
        """
        for path, row in self.rows.items():
            editor = self.editors[path]
            if row.choices is not None and isinstance(editor, ChoiceEditor):
                editor.set_choices(row.choices(spec))
            value = spec_paths.get(spec, path)
            if row.off is not KEEP and not row.applies_to(spec) and same_value(value, row.off):
                continue  # the "does not apply" value: the editor keeps what it showed
            try:
                editor.set_value(value)
            except UnknownChoiceError as err:
                raise UnknownChoiceError(f"{self._where(path)}: {err}") from None
        self.update_states(spec)

    def write(self, data: dict[str, Any]) -> None:
        """Write the edited values into ``data`` (a spec dump, changed in place) and update the rows' states.

        Choice rows whose value the other values no longer allow switch to their first choice; rows that do not
        apply write their ``off`` value.
        """
        for path, editor in self.editors.items():
            spec_paths.put(data, path, editor.value())
        view = spec_paths.View(data)
        for path, row in self.rows.items():
            editor = self.editors[path]
            if row.choices is not None and isinstance(editor, ChoiceEditor):
                editor.set_choices(row.choices(view))
                spec_paths.put(data, path, editor.value())
        for path, row in self.rows.items():
            if row.off is not KEEP and not row.applies_to(view):
                spec_paths.put(data, path, row.off)
        self.update_states(view)

    def dump(self, base: BaseModel) -> BaseModel:
        """``base`` with the edited values, validated.

        Raises:
            ValidationError: the values do not form a valid spec (see :meth:`message`).
        """
        data = base.model_dump()
        self.write(data)
        return self.model.model_validate(data, strict=False)

    def message(self, err: ValidationError) -> str:
        """The first problem of ``err`` as ``train.optimizer.lr: <what is wrong>``."""
        first = err.errors()[0]
        where = format_loc(first["loc"], self.root)
        return f"{where}: {first['msg'].removeprefix('Value error, ')}"

    def update_states(self, spec: Any) -> None:
        """Enable (or show) the rows that apply to ``spec``; disable (or hide) the others."""
        for path, row in self.rows.items():
            on = row.applies_to(spec)
            editor, caption = self.editors[path], self.captions[path]
            if row.hide:
                self._layouts[path].setRowVisible(editor, on)
            else:
                editor.setEnabled(on)
                caption.setEnabled(on)
            if row.why_not:
                tip = self._tips[path] if on else f"{row.why_not}\n\n{self._tips[path]}"
                editor.setToolTip(tip)
                caption.setToolTip(tip)

    def _where(self, path: str) -> str:
        return f"{self.root}.{path}" if self.root else path
