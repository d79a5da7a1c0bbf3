"""Data sources (``DataSpec.source``) and built-in datasets: labels, modality, what the path is, file types.

How to add a data source: touch
  1. its entry here (its kind becomes a choice of ``DataSpec.source``; ``datamodule`` names its class),
  2. its implementation: a DanluDataModule in ``models/data/sources/`` and, for a new modality, a reader in
     ``models/predict_inputs.py`` (``READERS``),
  3. its label's translation: context ``Vocab`` in ``resources/translations/danlu_runtime_zh_CN.ts``,
  4. a test (``tests/models/test_vocab.py`` checks every entry's class, reader and suffixes).
The CLI's ``SOURCE:PATH`` argument, a bare path's guess (CLI and dropped files), the GUI's source list and file
dialogs read this table.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from models.vocab.base import lookup

Takes = Literal["name", "file", "folder"]
_CLASSIFICATION = frozenset({"classification"})
_TABLE_TASKS = frozenset({"classification", "regression"})


@dataclass(frozen=True)
class DataSourceEntry:
    """One kind of data source.

    Attributes:
        name: The value of ``DataSpec.source`` (also :attr:`kind`).
        label: English label (the GUI translates it, context ``Vocab``).
        modality: ``image``, ``sequence``, ``tabular``, ``text`` or ``forecast``; None for ``builtin``, whose
            modality is its dataset's (:data:`BUILTINS`).
        takes: ``name`` (a built-in dataset), ``file`` or ``folder``.
        tasks: The tasks its datasets can be.
        file_types: English name of its files in a file dialog (``CSV files``); "" for folders and names.
        patterns: Glob patterns of its files in a file dialog.
        suffixes: Suffixes that make a bare path this source (each suffix is claimed by one source at most).
        datamodule: ``module:Class`` of its DanluDataModule (imported only when a dataset is loaded).
    """

    name: str
    label: str
    modality: str | None
    takes: Takes
    tasks: frozenset[str]
    file_types: str = ""
    patterns: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    datamodule: str = ""

    @property
    def kind(self) -> str:
        return self.name

    @property
    def reader(self) -> str | None:
        """The prediction reader (``models.predict_inputs.READERS`` key): the modality of its data."""
        return self.modality

    def accepts(self, path: str | Path) -> bool:
        """Whether ``path``'s suffix is one of this source's file types (folders: whether it takes folders)."""
        p = Path(path)
        if self.takes != "file" or p.is_dir():
            return self.takes == "folder" and p.is_dir()
        return p.suffix.lower() in {pattern.removeprefix("*").lower() for pattern in self.patterns}

    def dialog_filter(self, file_types: str | None = None, all_files: str = "All files") -> str:
        """Qt file-dialog filter, e.g. ``CSV files (*.csv *.tsv);;All files (*)`` (labels may be translated)."""
        patterns = " ".join(self.patterns) or "*"
        return f"{file_types or self.file_types} ({patterns});;{all_files} (*)"


@dataclass(frozen=True)
class BuiltinEntry:
    """A built-in dataset (``source: builtin``, ``name: ...``): shipped, needs no file."""

    name: str
    label: str
    modality: str
    task: str


_CSV = ("*.csv", "*.tsv")
DATA_SOURCES: dict[str, DataSourceEntry] = {
    e.name: e
    for e in (
        DataSourceEntry(
            "builtin",
            "Built-in dataset",
            None,
            "name",
            frozenset({"classification", "regression", "forecasting"}),
            datamodule="models.data.builtin:BuiltinDataModule",
        ),
        DataSourceEntry(
            "image_folder",
            "Image folder (one sub-folder per class)",
            "image",
            "folder",
            _CLASSIFICATION,
            datamodule="models.data.sources.images:ImageFolderData",
        ),
        DataSourceEntry(
            "image_csv",
            "Image list (CSV: file, label)",
            "image",
            "file",
            _CLASSIFICATION,
            "CSV files",
            _CSV,
            datamodule="models.data.sources.images:ImageFolderData",
        ),
        DataSourceEntry(
            "tabular",
            "Table (CSV)",
            "tabular",
            "file",
            _TABLE_TASKS,
            "CSV files",
            _CSV,
            suffixes=(".csv",),
            datamodule="models.data.sources.tabular:TabularData",
        ),
        DataSourceEntry(
            "sequence",
            "Sequences (.ts, UCR, .npz, long CSV)",
            "sequence",
            "file",
            _TABLE_TASKS,
            "Sequence files",
            ("*.ts", "*.tsv", "*.csv", "*.txt", "*.npz", "*.npy"),
            suffixes=(".ts", ".tsv", ".txt", ".npz", ".npy"),
            datamodule="models.data.sources.sequence:SequenceData",
        ),
        DataSourceEntry(
            "forecasting",
            "Time series to forecast (CSV)",
            "forecast",
            "file",
            frozenset({"forecasting"}),
            "CSV files",
            ("*.csv",),
            datamodule="models.data.sources.forecasting:ForecastData",
        ),
        DataSourceEntry(
            "text",
            "Text (CSV)",
            "text",
            "file",
            _CLASSIFICATION,
            "CSV files",
            _CSV,
            datamodule="models.data.sources.text:TextData",
        ),
    )
}

BUILTINS: dict[str, BuiltinEntry] = {
    e.name: e
    for e in (
        BuiltinEntry("digits", "Digits: 8×8 handwritten digits, 10 classes", "image", "classification"),
        BuiltinEntry("breast_cancer", "Breast cancer: 30 features, 2 classes", "tabular", "classification"),
        BuiltinEntry("diabetes", "Diabetes: 10 features, regression", "tabular", "regression"),
        BuiltinEntry("waveforms", "Waveforms: 64-step signals, 4 classes", "sequence", "classification"),
        BuiltinEntry("sine_forecast", "Sine forecast: seasonal series, forecasting", "forecast", "forecasting"),
    )
}


def data_source(kind: str) -> DataSourceEntry:
    """The entry of a source kind.

    Raises:
        SpecError: unknown kind; the message names the close matches.
    """
    return lookup(DATA_SOURCES, "data source", kind)


def builtin(name: str) -> BuiltinEntry:
    """The entry of a built-in dataset.

    Raises:
        SpecError: unknown name; the message names the close matches.
    """
    return lookup(BUILTINS, "built-in dataset", name)


def modality_of(kind: str, name: str | None = None) -> str | None:
    """The modality a source gives (a built-in dataset's own; None for an unknown built-in name)."""
    if kind == "builtin":
        entry = BUILTINS.get(name or "")
        return entry.modality if entry else None
    return data_source(kind).modality


def source_for_path(path: str | Path, current: str | None = None) -> str | None:
    """The source a bare path most likely is: ``current`` when it accepts the path, else the one whose
    suffixes claim it (a folder: the source that takes folders); None when nothing does."""
    p = Path(path)
    if current in DATA_SOURCES and DATA_SOURCES[current].accepts(p):
        return current
    if p.is_dir():
        return next((e.name for e in DATA_SOURCES.values() if e.takes == "folder"), None)
    suffix = p.suffix.lower()
    return next((e.name for e in DATA_SOURCES.values() if suffix in e.suffixes), None)
