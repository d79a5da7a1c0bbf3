"""The GUI's single source of truth: the current Experiment plus what is known about its data and network.

Panels never own experiment state: they read from and write to :class:`ExperimentState` and react to its
signals (napari's pattern: widgets subscribe to model events). Only plain specs live here; the heavy engine
objects (DataModules, networks) are built off the GUI thread and reported back through signals.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from models.spec import DataSpec, Experiment, NetworkSpec, TrainSpec


class ExperimentState(QObject):
    """Holds the experiment being edited and broadcasts every change.

    Signals:
        experimentReplaced: a whole new experiment was set (New/Open); every panel reloads its editors.
        dataSpecChanged: ``experiment.data`` changed (the data panel reloads the dataset).
        networkSpecChanged: ``experiment.network`` changed (the network panel re-summarises).
        trainSpecChanged: ``experiment.train`` changed.
        dataLoaded(object, object): the dataset was loaded off the GUI thread: ``(DataInfo, DataSummary)``.
        dataFailed(str): loading the dataset failed; the message says why.
        networkValidityChanged(bool, str): whether the network fits the data, and the first error if not.
        engineReady: torch/Lightning/models are imported and usable.
        pathChanged(str): the experiment file path changed (empty = unsaved).
    """

    experimentReplaced = Signal()
    dataSpecChanged = Signal()
    networkSpecChanged = Signal()
    trainSpecChanged = Signal()
    dataLoaded = Signal(object, object)
    dataFailed = Signal(str)
    networkValidityChanged = Signal(bool, str)
    engineReady = Signal()
    pathChanged = Signal(str)

    def __init__(self, experiment: Experiment | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._experiment = experiment or Experiment()
        self._path = ""
        self.info: Any | None = None  # models.data.DataInfo once loaded
        self.summary: Any | None = None  # models.data.DataSummary once loaded
        self.network_ok = False
        self.network_error = "the dataset is not loaded yet"
        self.engine_ready = False

    # -- reading -----------------------------------------------------------------------------------------
    @property
    def experiment(self) -> Experiment:
        """The current experiment (a live object: edit it only through the setters below)."""
        return self._experiment

    @property
    def path(self) -> str:
        return self._path

    def snapshot(self) -> Experiment:
        """A deep copy, safe to hand to a worker thread."""
        return self._experiment.model_copy(deep=True)

    # -- writing -----------------------------------------------------------------------------------------
    def set_experiment(self, experiment: Experiment, path: str | Path | None = None) -> None:
        self._experiment = experiment
        self.set_path(str(path) if path else "")
        self.experimentReplaced.emit()
        self.dataSpecChanged.emit()
        self.networkSpecChanged.emit()
        self.trainSpecChanged.emit()

    def set_path(self, path: str) -> None:
        if path != self._path:
            self._path = path
            self.pathChanged.emit(path)

    def set_name(self, name: str) -> None:
        self._experiment.name = name

    def set_data(self, spec: DataSpec) -> None:
        if spec != self._experiment.data:
            self._experiment.data = spec
            self.info = self.summary = None
            self.dataSpecChanged.emit()

    def set_network(self, spec: NetworkSpec) -> None:
        if spec != self._experiment.network:
            data = self._experiment.data
            self._experiment.network = spec
            self.networkSpecChanged.emit()
            if self._experiment.data != data:  # a backbone set the images it expects (the Experiment's validator)
                self.info = self.summary = None
                self.dataSpecChanged.emit()

    def set_train(self, spec: TrainSpec) -> None:
        if spec != self._experiment.train:
            self._experiment.train = spec
            self.trainSpecChanged.emit()

    def set_data_loaded(self, info: Any, summary: Any) -> None:
        self.info, self.summary = info, summary
        self.dataLoaded.emit(info, summary)

    def set_network_validity(self, ok: bool, message: str = "") -> None:
        self.network_ok, self.network_error = ok, message
        self.networkValidityChanged.emit(ok, message)

    def set_engine_ready(self) -> None:
        self.engine_ready = True
        self.engineReady.emit()
