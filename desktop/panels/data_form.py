"""The data source form: which dataset, where it lives, and its source-specific options.

The form turns its widgets into a :class:`DataSpec` and reports it through ``specEdited``; it never writes
the experiment itself (the panel does, through ExperimentState). Split and augmentation controls live in
``data_options.py``.
"""

from __future__ import annotations

from pathlib import Path

from pydantic_core import ValidationError  # not pydantic: see desktop/panels/panel_common.py
from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.panels.data_paths import FOLDER_SOURCES, PathRow, guess_source
from models.spec.data import BUILTIN_NAMES, DataSpec


class DataSourceForm(QGroupBox):
    """Source kind, built-in name or path(s), target column and the per-source options.

    Signals:
        specEdited(object): the widgets describe a valid DataSpec (passed along).
        specInvalid(str): the widgets do not describe a valid DataSpec yet; the message says what is missing.
    """

    specEdited = Signal(object)
    specInvalid = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Dataset"), parent)
        self._base = DataSpec()
        self._updating = False
        self.sources = {
            "builtin": self.tr("Built-in dataset"),
            "image_folder": self.tr("Image folder (one sub-folder per class)"),
            "image_csv": self.tr("Image list (CSV: file, label)"),
            "tabular": self.tr("Table (CSV)"),
            "sequence": self.tr("Sequences (.ts, UCR, .npz, long CSV)"),
            "forecasting": self.tr("Time series to forecast (CSV)"),
            "text": self.tr("Text (CSV)"),
        }
        self.builtins = {
            "digits": self.tr("Digits: 8×8 handwritten digits, 10 classes"),
            "breast_cancer": self.tr("Breast cancer: 30 features, 2 classes"),
            "diabetes": self.tr("Diabetes: 10 features, regression"),
            "waveforms": self.tr("Waveforms: 64-step signals, 4 classes"),
            "sine_forecast": self.tr("Sine forecast: seasonal series, forecasting"),
        }
        self.source = QComboBox()
        for key, label in self.sources.items():
            self.source.addItem(label, key)
        self.builtin = QComboBox()
        for key in BUILTIN_NAMES:
            self.builtin.addItem(self.builtins.get(key, key), key)
        self.path = PathRow(self.tr("Choose or drop a file or folder"))
        self.test_path = PathRow(self.tr("Optional: a separate test set"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("automatic (target, label, class, y or the last)"))
        self.task = QComboBox()
        for key, label in (
            ("auto", self.tr("automatic (from the target values)")),
            ("classification", self.tr("classification")),
            ("regression", self.tr("regression")),
        ):
            self.task.addItem(label, key)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("hint")
        self.hint.setVisible(False)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("Source"), self.source)
        self.form.addRow(self.tr("Built-in"), self.builtin)
        self.form.addRow(self.tr("Path"), self.path)
        self.form.addRow(self.tr("Test set"), self.test_path)
        self.form.addRow(self.tr("Target column"), self.target)
        self.form.addRow(self.tr("Task"), self.task)
        self.options = QStackedWidget()
        self._pages = {
            "none": self._add_page(QWidget()),
            "image": self._add_page(self._image_page()),
            "sequence": self._add_page(self._sequence_page()),
            "forecast": self._add_page(self._forecast_page()),
            "text": self._add_page(self._text_page()),
        }
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        lay.addWidget(self.options)
        lay.addWidget(self.hint)

        self.source.currentIndexChanged.connect(self._source_changed)
        self.builtin.currentIndexChanged.connect(self._edited)
        self.path.committed.connect(self._edited)
        self.test_path.committed.connect(self._edited)
        self.path.browse.clicked.connect(lambda: self._browse(self.path))
        self.test_path.browse.clicked.connect(lambda: self._browse(self.test_path))
        self.target.editingFinished.connect(self._edited)
        self.task.currentIndexChanged.connect(self._edited)
        self._align_labels()
        self._update_visibility()

    def _align_labels(self) -> None:
        """One label column for the main form and every option page, so the fields line up."""
        forms = [self.form, *(self.options.widget(i).layout() for i in range(self.options.count()))]
        labels = [
            item.widget()
            for form in forms
            if isinstance(form, QFormLayout)
            for row in range(form.rowCount())
            if (item := form.itemAt(row, QFormLayout.ItemRole.LabelRole)) is not None and item.widget()
        ]
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    # -- option pages ------------------------------------------------------------------------------------
    def _add_page(self, page: QWidget) -> int:
        return self.options.addWidget(page)

    def _page_form(self) -> tuple[QWidget, QFormLayout]:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        return page, form

    def _spin(self, lo: int, hi: int, value: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(lo, hi)
        spin.setValue(value)
        spin.setKeyboardTracking(False)  # one edit per finished number, not per keystroke
        spin.valueChanged.connect(self._edited)
        return spin

    def _combo(self, items: dict[str, str]) -> QComboBox:
        combo = QComboBox()
        for key, label in items.items():
            combo.addItem(label, key)
        combo.currentIndexChanged.connect(self._edited)
        return combo

    def _line(self, placeholder: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.editingFinished.connect(self._edited)
        return edit

    def _check(self, text: str) -> QCheckBox:
        box = QCheckBox(text)
        box.toggled.connect(self._edited)
        return box

    def _image_page(self) -> QWidget:
        page, form = self._page_form()
        self.resize_on = self._check(self.tr("Resize to"))
        self.img_h, self.img_w = self._spin(4, 4096, 64), self._spin(4, 4096, 64)
        row = QHBoxLayout()
        row.addWidget(self.resize_on)
        row.addWidget(self.img_h)
        row.addWidget(QLabel("×"))
        row.addWidget(self.img_w)
        row.addStretch(1)
        self.channels = self._combo(
            {"auto": self.tr("automatic"), "1": self.tr("grayscale (1)"), "3": self.tr("colour (3)")}
        )
        form.addRow(self.tr("Image size"), row)
        form.addRow(self.tr("Channels"), self.channels)
        return page

    def _sequence_page(self) -> QWidget:
        page, form = self._page_form()
        self.seq_format = self._combo(
            {
                "auto": self.tr("automatic (by extension)"),
                "ts": "sktime .ts",
                "ucr": self.tr("UCR (label first, tab/comma separated)"),
                "npz": "NumPy .npz",
                "long_csv": self.tr("long CSV (id, time, values)"),
            }
        )
        self.length_mode = self._combo({"pad": self.tr("pad / truncate"), "resample": self.tr("resample")})
        self.length_on = self._check(self.tr("Fixed length"))
        self.length = self._spin(2, 1_000_000, 128)
        row = QHBoxLayout()
        row.addWidget(self.length_on)
        row.addWidget(self.length)
        row.addStretch(1)
        self.znorm = self._check(self.tr("z-normalise each series"))
        self.impute = self._check(self.tr("fill missing values"))
        self.id_column = self._line("series_id")
        self.time_column = self._line("time")
        form.addRow(self.tr("Format"), self.seq_format)
        form.addRow(self.tr("Unequal lengths"), self.length_mode)
        form.addRow(self.tr("Length"), row)
        form.addRow("", self.znorm)
        form.addRow("", self.impute)
        form.addRow(self.tr("Series id column"), self.id_column)
        form.addRow(self.tr("Time column"), self.time_column)
        return page

    def _forecast_page(self) -> QWidget:
        page, form = self._page_form()
        self.window = self._spin(2, 100_000, 32)
        self.horizon = self._spin(1, 10_000, 1)
        self.value_columns = self._line(self.tr("all numeric columns"))
        self.fc_time_column = self._line(self.tr("none"))
        self.fc_normalize = self._check(self.tr("standardise each column"))
        self.fc_normalize.setToolTip(self.tr("With the mean and standard deviation of the training block."))
        form.addRow(self.tr("Window (past steps)"), self.window)
        form.addRow(self.tr("Horizon (steps ahead)"), self.horizon)
        form.addRow(self.tr("Value columns"), self.value_columns)
        form.addRow(self.tr("Time column"), self.fc_time_column)
        form.addRow("", self.fc_normalize)
        return page

    def _text_page(self) -> QWidget:
        page, form = self._page_form()
        self.text_column = self._line("text")
        self.tokenizer = self._combo({"word": self.tr("words"), "char": self.tr("characters")})
        self.max_length = self._spin(2, 100_000, 128)
        self.min_freq = self._spin(1, 1_000_000, 1)
        self.max_vocab = self._spin(10, 10_000_000, 20000)
        self.lowercase = self._check(self.tr("lower-case the text"))
        form.addRow(self.tr("Text column"), self.text_column)
        form.addRow(self.tr("Tokens"), self.tokenizer)
        form.addRow(self.tr("Max length"), self.max_length)
        form.addRow(self.tr("Min token count"), self.min_freq)
        form.addRow(self.tr("Max vocabulary"), self.max_vocab)
        form.addRow("", self.lowercase)
        return page

    # -- reading and writing -----------------------------------------------------------------------------
    def current_source(self) -> str:
        return str(self.source.currentData())

    def set_spec(self, spec: DataSpec) -> None:
        """Show ``spec`` in the widgets without reporting an edit."""
        self._updating = True
        try:
            self._base = spec.model_copy(deep=True)
            self.source.setCurrentIndex(self.source.findData(spec.source))
            if spec.name in BUILTIN_NAMES:
                self.builtin.setCurrentIndex(self.builtin.findData(spec.name))
            self.path.set_text(spec.path)
            self.test_path.set_text(spec.test_path)
            self.target.setText(spec.target_column or "")
            self.task.setCurrentIndex(max(0, self.task.findData(spec.task)))
            img, seq, fc, txt = spec.image, spec.sequence, spec.forecast, spec.text
            self.resize_on.setChecked(img.size is not None)
            if img.size:
                self.img_h.setValue(img.size[0])
                self.img_w.setValue(img.size[-1])
            channels = str(img.channels) if img.channels else "auto"
            self.channels.setCurrentIndex(self.channels.findData(channels))
            self.seq_format.setCurrentIndex(self.seq_format.findData(seq.format))
            self.length_mode.setCurrentIndex(self.length_mode.findData(seq.length_mode))
            self.length_on.setChecked(seq.length is not None)
            if seq.length:
                self.length.setValue(seq.length)
            self.znorm.setChecked(seq.znormalize)
            self.impute.setChecked(seq.impute)
            self.id_column.setText(seq.id_column)
            self.time_column.setText(seq.time_column)
            self.window.setValue(fc.window)
            self.horizon.setValue(fc.horizon)
            self.value_columns.setText(", ".join(fc.value_columns or []))
            self.fc_time_column.setText(fc.time_column or "")
            self.fc_normalize.setChecked(fc.normalize)
            self.text_column.setText(txt.text_column)
            self.tokenizer.setCurrentIndex(self.tokenizer.findData(txt.tokenizer))
            self.max_length.setValue(txt.max_length)
            self.min_freq.setValue(txt.min_freq)
            self.max_vocab.setValue(txt.max_vocab)
            self.lowercase.setChecked(txt.lowercase)
        finally:
            self._updating = False
        self._update_visibility()
        self.hint.clear()
        self.hint.setVisible(False)

    def build_spec(self) -> DataSpec:
        """The DataSpec the widgets describe (split and augmentation kept from the last spec shown).

        Raises:
            ValidationError: the widgets do not describe a valid spec (e.g. a file source without a path).
        """
        data = self._base.model_dump(mode="json")
        src = self.current_source()
        data.update(
            source=src,
            name=self.builtin.currentData() if src == "builtin" else None,
            path=None if src == "builtin" else self.path.text(),
            test_path=None if src == "builtin" else self.test_path.text(),
            target_column=self.target.text().strip() or None if src != "builtin" else None,
            task=self.task.currentData() if src in ("tabular", "sequence") else "auto",
        )
        size = [self.img_h.value(), self.img_w.value()] if self.resize_on.isChecked() else None
        channels = self.channels.currentData()
        data["image"].update(size=size, channels=None if channels == "auto" else int(channels))
        data["sequence"].update(
            format=self.seq_format.currentData(),
            length_mode=self.length_mode.currentData(),
            length=self.length.value() if self.length_on.isChecked() else None,
            znormalize=self.znorm.isChecked(),
            impute=self.impute.isChecked(),
            id_column=self.id_column.text().strip() or "series_id",
            time_column=self.time_column.text().strip() or "time",
        )
        cols = [c.strip() for c in self.value_columns.text().split(",") if c.strip()]
        data["forecast"].update(
            window=self.window.value(),
            horizon=self.horizon.value(),
            value_columns=cols or None,
            time_column=self.fc_time_column.text().strip() or None,
            normalize=self.fc_normalize.isChecked(),
        )
        data["text"].update(
            text_column=self.text_column.text().strip() or "text",
            tokenizer=self.tokenizer.currentData(),
            max_length=self.max_length.value(),
            min_freq=self.min_freq.value(),
            max_vocab=self.max_vocab.value(),
            lowercase=self.lowercase.isChecked(),
        )
        return DataSpec.model_validate(data)

    def set_path(self, path: str) -> None:
        """Use a dropped or chosen path: switch to the source that fits it and report the edit."""
        kind = guess_source(path, self.current_source())
        self._updating = True
        self.source.setCurrentIndex(self.source.findData(kind))
        self._updating = False
        self.path.set_text(path)
        self._update_visibility()
        self._edited()

    # -- reactions ---------------------------------------------------------------------------------------
    def _source_changed(self) -> None:
        self._update_visibility()
        self._edited()

    def _update_visibility(self) -> None:
        src = self.current_source()
        builtin = src == "builtin"
        rows = (
            (self.builtin, builtin),
            (self.path, not builtin),
            (self.test_path, not builtin),
            (self.target, src in {"image_csv", "tabular", "sequence", "text"}),
            (self.task, src in {"tabular", "sequence"}),
        )
        for widget, visible in rows:
            self.form.setRowVisible(widget, visible)
        page = {
            "image_folder": "image",
            "image_csv": "image",
            "sequence": "sequence",
            "forecasting": "forecast",
            "text": "text",
        }.get(src, "none")
        self.options.setCurrentIndex(self._pages[page])
        for i in range(self.options.count()):  # only the page shown takes room (no gap below short pages)
            policy = QSizePolicy.Policy.Preferred if i == self._pages[page] else QSizePolicy.Policy.Ignored
            self.options.widget(i).setSizePolicy(policy, policy)
        self.options.adjustSize()
        self.options.setVisible(page != "none")
        self.img_h.setEnabled(self.resize_on.isChecked())
        self.img_w.setEnabled(self.resize_on.isChecked())
        self.length.setEnabled(self.length_on.isChecked())
        folder = src in FOLDER_SOURCES
        self.path.edit.setPlaceholderText(
            self.tr("Choose or drop a folder") if folder else self.tr("Choose or drop a file")
        )

    def _edited(self) -> None:
        if self._updating:
            return
        self._update_visibility()
        try:
            spec = self.build_spec()
        except ValidationError as err:
            msg = self._friendly(err)
            self.hint.setText(msg)
            self.hint.setVisible(True)
            self.specInvalid.emit(msg)
            return
        self.hint.clear()
        self.hint.setVisible(False)
        self.specEdited.emit(spec)

    def _friendly(self, err: ValidationError) -> str:
        first = err.errors()[0]
        if "needs a path" in first["msg"]:
            if self.current_source() in FOLDER_SOURCES:
                return self.tr("Choose a folder (or drop one here) to load it.")
            return self.tr("Choose a file (or drop one here) to load it.")
        return first["msg"].removeprefix("Value error, ")

    def _browse(self, row: PathRow) -> None:
        src = self.current_source()
        start = row.text() or str(Path.home())
        if src in FOLDER_SOURCES:
            path = QFileDialog.getExistingDirectory(self, self.tr("Choose an image folder"), start)
        else:
            filters = {
                "image_csv": self.tr("CSV files (*.csv *.tsv);;All files (*)"),
                "tabular": self.tr("CSV files (*.csv *.tsv);;All files (*)"),
                "sequence": self.tr("Sequence files (*.ts *.tsv *.csv *.npz *.txt *.arff);;All files (*)"),
                "forecasting": self.tr("CSV files (*.csv);;All files (*)"),
                "text": self.tr("CSV files (*.csv *.tsv);;All files (*)"),
            }.get(src, self.tr("All files (*)"))
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a data file"), start, filters)
        if path:
            row.set_text(path)
            self._edited()
