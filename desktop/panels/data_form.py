"""The data source form: which dataset, where it lives, and its source-specific options.

A row table bound to DataSpec paths (:mod:`desktop.panels.spec_form`): rows of other sources are hidden and
write their "does not apply" value (no path for a built-in set, no built-in name for a file). The form never
writes the experiment itself: the data panel dumps it together with the split and augmentation forms.
Each source kind remembers its own path, so switching the kind never loads a folder as a table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QGroupBox, QLabel, QVBoxLayout, QWidget

from desktop.i18n import vocab_text
from desktop.panels.data_paths import FOLDER_SOURCES, PathRow, guess_source
from desktop.panels.fields import FieldEditor, IntTupleEditor, OptionalEditor
from desktop.panels.form_widgets import new_form
from desktop.panels.spec_form import Row, SpecForm
from models.spec.data import DataSpec
from models.vocab import BUILTINS, DATA_SOURCES, data_source

#: Sources read from a table with a label column (the registry knows modalities, not columns).
TARGET_SOURCES = {"image_csv", "tabular", "sequence", "text"}


def _reads(modality: str) -> Any:
    """Whether the source being edited reads ``modality`` files (the built-in sets take no options)."""
    return lambda d: data_source(d.source).modality == modality


def _either_task(d: Any) -> bool:
    """Whether the source's files may hold classes or numbers (the task is then a choice)."""
    return d.source != "builtin" and {"classification", "regression"} <= data_source(d.source).tasks


class PathEditor(FieldEditor):
    """A path field with a Browse button (``row.browse``); empty is None; ``changed`` when committed."""

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.row = PathRow(placeholder)
        self.line = self.row.edit
        self.layout_.addWidget(self.row)
        self.row.committed.connect(self._emit)

    def value(self) -> str | None:
        return self.row.text()

    def _set(self, value: Any) -> None:
        self.row.set_text(value)


class DataSourceForm(QGroupBox):
    """Source kind, built-in name or path(s), target column and the per-source options.

    Attributes:
        form: The :class:`SpecForm` over DataSpec; ``form["source"]`` is the source kind's editor.

    Signals:
        changed: the user changed a value (the panel dumps and commits).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dataset"), parent)
        self.form = SpecForm(DataSpec, root="data", parent=self)
        self.layout_ = new_form()
        self.form.add_rows(self.layout_, self.rows())
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.hint.setVisible(False)
        lay = QVBoxLayout(self)
        lay.addLayout(self.layout_)
        lay.addWidget(self.hint)
        self._source = self.current_source()
        self._paths: dict[str, tuple[str | None, str | None]] = {}  # each source kind's last paths
        self.path, self.test_path = self.form["path"], self.form["test_path"]
        self.path.row.browse.clicked.connect(lambda: self._browse(self.path))
        self.test_path.row.browse.clicked.connect(lambda: self._browse(self.test_path))
        self.form.changed.connect(self._edited)
        self.form.update_states(DataSpec())
        self._update_placeholder()

    def rows(self) -> list[Row]:
        """The form's row table."""
        builtin = lambda d: d.source == "builtin"  # noqa: E731
        images, sequences, forecasts, texts = _reads("image"), _reads("sequence"), _reads("forecast"), _reads("text")
        return [
            Row(
                "source",
                self.tr("Source"),
                self.tr("What kind of data: a built-in set, images, a table, sequences, a series or text."),
                choices=lambda _d: [(e.name, vocab_text(e.label)) for e in DATA_SOURCES.values()],
            ),
            Row(
                "name",
                self.tr("Built-in"),
                self.tr("Data sets that ship with Danlu (no download)."),
                choices=lambda _d: [(e.name, vocab_text(e.label)) for e in BUILTINS.values()],
                applies=builtin,
                off=None,
                hide=True,
            ),
            Row(
                "path",
                self.tr("Path"),
                self.tr("The data file or folder (or the train part when a test set is given)."),
                editor=lambda _a, _f: PathEditor(self.tr("Choose or drop a file or folder")),
                applies=lambda d: not builtin(d),
                off=None,
                hide=True,
            ),
            Row(
                "test_path",
                self.tr("Test set"),
                self.tr("A separate test set, kept as the test split."),
                editor=lambda _a, _f: PathEditor(self.tr("Optional: a separate test set")),
                applies=lambda d: not builtin(d),
                off=None,
                hide=True,
            ),
            Row(
                "target_column",
                self.tr("Target column"),
                self.tr("The column to predict."),
                placeholder=self.tr("automatic (target, label, class, y or the last)"),
                applies=lambda d: d.source in TARGET_SOURCES,
                off=None,
                hide=True,
            ),
            Row(
                "task",
                self.tr("Task"),
                self.tr("Classes or numbers: decided from the target values unless chosen."),
                labels={
                    "auto": self.tr("automatic (from the target values)"),
                    "classification": self.tr("classification"),
                    "regression": self.tr("regression"),
                },
                applies=_either_task,
                off="auto",
                hide=True,
            ),
            Row(
                "image.size",
                self.tr("Image size"),
                self.tr("Height × width every image is resized to (unset: the data's own size)."),
                editor=lambda _a, _f: OptionalEditor(IntTupleEditor(2, 4, 4096), [64, 64], "", self.tr("Resize to")),
                applies=images,
                hide=True,
            ),
            Row(
                "image.channels",
                self.tr("Channels"),
                self.tr("Grayscale or colour (automatic: from the images)."),
                labels={None: self.tr("automatic"), 1: self.tr("grayscale (1)"), 3: self.tr("colour (3)")},
                applies=images,
                hide=True,
            ),
            Row(
                "sequence.format",
                self.tr("Format"),
                self.tr("The sequence file format."),
                labels={
                    "auto": self.tr("automatic (by extension)"),
                    "ts": "sktime .ts",
                    "ucr": self.tr("UCR (label first, tab/comma separated)"),
                    "npz": "NumPy .npz",
                    "long_csv": self.tr("long CSV (id, time, values)"),
                },
                applies=sequences,
                hide=True,
            ),
            Row(
                "sequence.length_mode",
                self.tr("Unequal lengths"),
                self.tr("How series of different lengths are made equal."),
                labels={"pad": self.tr("pad / truncate"), "resample": self.tr("resample")},
                applies=sequences,
                hide=True,
            ),
            Row(
                "sequence.length",
                self.tr("Length"),
                self.tr("Steps per series (unset: the longest)."),
                applies=sequences,
                hide=True,
                fallback=128,
                check_text=self.tr("Fixed length"),
            ),
            Row(
                "sequence.znormalize",
                "",
                self.tr("Each series to mean 0 and standard deviation 1."),
                applies=sequences,
                hide=True,
                check_text=self.tr("z-normalise each series"),
            ),
            Row(
                "sequence.impute",
                "",
                self.tr("Missing values are filled from their neighbours."),
                applies=sequences,
                hide=True,
                check_text=self.tr("fill missing values"),
            ),
            Row(
                "sequence.id_column",
                self.tr("Series id column"),
                self.tr("Long CSV: the series id."),
                applies=sequences,
                hide=True,
            ),
            Row(
                "sequence.time_column",
                self.tr("Time column"),
                self.tr("Long CSV: the time step."),
                applies=sequences,
                hide=True,
            ),
            Row(
                "forecast.window",
                self.tr("Window (past steps)"),
                self.tr("Steps the network sees."),
                applies=forecasts,
                hide=True,
            ),
            Row(
                "forecast.horizon",
                self.tr("Horizon (steps ahead)"),
                self.tr("Steps to predict."),
                applies=forecasts,
                hide=True,
            ),
            Row(
                "forecast.value_columns",
                self.tr("Value columns"),
                self.tr("Comma-separated columns to forecast."),
                placeholder=self.tr("all numeric columns"),
                applies=forecasts,
                hide=True,
            ),
            Row(
                "forecast.time_column",
                self.tr("Time column"),
                self.tr("Orders the rows (not a value)."),
                placeholder=self.tr("none"),
                applies=forecasts,
                hide=True,
            ),
            Row(
                "forecast.normalize",
                "",
                self.tr("With the mean and standard deviation of the training block."),
                applies=forecasts,
                hide=True,
                check_text=self.tr("standardise each column"),
            ),
            Row(
                "text.text_column",
                self.tr("Text column"),
                self.tr("The column holding the text."),
                applies=texts,
                hide=True,
            ),
            Row(
                "text.tokenizer",
                self.tr("Tokens"),
                self.tr("Split the text into words or characters."),
                labels={"word": self.tr("words"), "char": self.tr("characters")},
                applies=texts,
                hide=True,
            ),
            Row(
                "text.max_length",
                self.tr("Max length"),
                self.tr("Tokens per text (longer ones are cut)."),
                applies=texts,
                hide=True,
            ),
            Row(
                "text.min_freq",
                self.tr("Min token count"),
                self.tr("Rarer tokens become unknown."),
                applies=texts,
                hide=True,
            ),
            Row(
                "text.max_vocab",
                self.tr("Max vocabulary"),
                self.tr("The most frequent tokens kept."),
                applies=texts,
                hide=True,
            ),
            Row(
                "text.lowercase",
                "",
                self.tr("Treat upper and lower case alike."),
                applies=texts,
                hide=True,
                check_text=self.tr("lower-case the text"),
            ),
        ]

    # -- reading and writing -----------------------------------------------------------------------------
    def current_source(self) -> str:
        return str(self.form["source"].value())

    def set_spec(self, spec: DataSpec) -> None:
        """Show ``spec`` in the widgets without reporting an edit."""
        self.form.load(spec)
        self._source = spec.source
        self._update_placeholder()
        self.show_hint("")

    def show_hint(self, message: str) -> None:
        """Say under the form what the data still needs ("" hides it)."""
        self.hint.setText(message)
        self.hint.setVisible(bool(message))

    def set_path(self, path: str) -> None:
        """Use a dropped or chosen path: switch to the source that fits it and report the edit."""
        self.form["source"].set_value(guess_source(path, self.current_source()))
        self._source = self.current_source()
        self.path.set_value(path)
        self._edited()

    def friendly(self, message: str) -> str:
        """A validation message in the words of this form ("needs a path" -> what to do)."""
        if "needs a path" in message:
            if self.current_source() in FOLDER_SOURCES:
                return self.tr("Choose a folder (or drop one here) to load it.")
            return self.tr("Choose a file (or drop one here) to load it.")
        return message.split(": ", 1)[-1] if message.startswith("data") else message

    # -- reactions ---------------------------------------------------------------------------------------
    def _edited(self) -> None:
        source = self.current_source()
        if source != self._source:  # each kind its own paths: a folder of images is not a table
            self._paths[self._source] = (self.path.value(), self.test_path.value())
            path, test_path = self._paths.get(source, (None, None))
            self.path.set_value(path)
            self.test_path.set_value(test_path)
            self._source = source
            self._update_placeholder()
        self.changed.emit()

    def _update_placeholder(self) -> None:
        folder = self.current_source() in FOLDER_SOURCES
        self.path.line.setPlaceholderText(
            self.tr("Choose or drop a folder") if folder else self.tr("Choose or drop a file")
        )

    def _browse(self, editor: PathEditor) -> None:
        src = self.current_source()
        start = editor.value() or str(Path.home())
        if src in FOLDER_SOURCES:
            path = QFileDialog.getExistingDirectory(self, self.tr("Choose an image folder"), start)
        else:
            entry = data_source(src)
            filters = entry.dialog_filter(vocab_text(entry.file_types), self.tr("All files"))
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a data file"), start, filters)
        if path:
            editor.set_value(path)
            self._edited()
