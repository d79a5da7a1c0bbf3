"""New / Open / Save of experiment files (YAML), with the last-experiment setting and an unsaved-changes flag.

The window's actions call these; the file format and validation are the core's (``models.spec``), so an
experiment saved here is exactly what ``danlu fit EXP.yaml`` runs.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.settings import Settings
from desktop.workspace import Workspace
from models.errors import DanluError
from models.spec import Experiment, load_experiment, save_experiment

FILE_FILTER = QT_TRANSLATE_NOOP("ExperimentFiles", "Danlu experiment (*.yaml *.yml)")


class ExperimentFiles(QObject):
    """File commands on the experiment in ``state``.

    Signals:
        dirtyChanged(bool): the experiment has (True) or no longer has (False) unsaved changes.
        failed(str, str): opening or saving failed; (title, message) for the error dialog.
    """

    dirtyChanged = Signal(bool)  # noqa: N815 - Qt signal naming
    failed = Signal(str, str)

    def __init__(self, state: Workspace, settings: Settings, parent_widget: QWidget | None = None) -> None:
        super().__init__(parent_widget)
        self.state = state
        self.settings = settings
        self.widget = parent_widget
        self.dirty = False
        self._clean_copy = state.snapshot()
        for signal in (state.dataSpecChanged, state.networkSpecChanged, state.trainSpecChanged):
            signal.connect(self._check_dirty)

    # -- commands ----------------------------------------------------------------------------------------
    def new(self) -> None:
        """Start over with the default experiment (built-in digits; the network panel applies its template)."""
        if not self.may_discard():
            return
        self.state.set_experiment(Experiment())
        self._mark_clean()

    def open(self) -> None:
        """Ask for a file and open it."""
        if not self.may_discard():
            return
        start = str(Path(self.state.path or self.settings.last_experiment or Path.home()).parent)
        path, _ = QFileDialog.getOpenFileName(self.widget, self.tr("Open experiment"), start, self.tr(FILE_FILTER))
        if path:
            self.open_path(path)

    def open_path(self, path: str | Path) -> bool:
        """Open an experiment file; on a bad file the current experiment stays and the error is reported."""
        try:
            experiment = load_experiment(path)
        except DanluError as exc:
            self.failed.emit(self.tr("Cannot open the experiment"), str(exc))
            return False
        self.state.set_experiment(experiment, Path(path).resolve())
        self.settings.last_experiment = str(Path(path).resolve())
        self._mark_clean()
        return True

    def save(self) -> bool:
        """Save to the current file, or ask for one."""
        return self.save_to(self.state.path) if self.state.path else self.save_as()

    def save_as(self) -> bool:
        start = self.state.path or str(
            Path(self.settings.last_experiment or Path.home()).parent / f"{self.state.experiment.name}.yaml"
        )
        path, _ = QFileDialog.getSaveFileName(self.widget, self.tr("Save experiment"), start, self.tr(FILE_FILTER))
        if not path:
            return False
        if Path(path).suffix.lower() not in (".yaml", ".yml"):
            path += ".yaml"
        return self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        """Write the experiment to ``path`` (atomically) and remember it."""
        try:
            save_experiment(self.state.experiment, path)
        except (OSError, DanluError) as exc:
            self.failed.emit(self.tr("Cannot save the experiment"), f"{path}: {exc}")
            return False
        resolved = str(Path(path).resolve())
        self.state.set_path(resolved)
        self.settings.last_experiment = resolved
        self._mark_clean()
        return True

    # -- unsaved changes ---------------------------------------------------------------------------------
    def _check_dirty(self) -> None:
        current, clean = self.state.experiment, self._clean_copy
        if (
            not clean.network.layers
            and current.network.layers
            and current.data == clean.data
            and current.train == clean.train
        ):
            # An empty network was just filled with the default template: part of the clean starting point.
            self._clean_copy = self.state.snapshot()
            return
        dirty = current != self._clean_copy
        if dirty != self.dirty:
            self.dirty = dirty
            self.dirtyChanged.emit(dirty)

    def _mark_clean(self) -> None:
        self._clean_copy = self.state.snapshot()
        self._check_dirty()

    def accept_current_as_clean(self) -> None:
        """Treat the current experiment as saved (after automatic edits such as the default template)."""
        self._mark_clean()

    def may_discard(self) -> bool:
        """True when there is nothing unsaved, or the user chose to save (and it was saved) or to discard it."""
        if not self.dirty or self.widget is None:
            return True
        answer = self.ask_unsaved()
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        """Ask Save, Discard or Cancel about the unsaved changes (tests replace this question)."""
        return QMessageBox.question(
            self.widget,
            self.tr("Unsaved changes"),
            self.tr("The experiment has unsaved changes. Save them first?"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
