"""The settings dialog: theme (applies at once), language (after a restart) and the runs folder."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.i18n import LANGUAGE_NAMES, active_language, resolve_language
from desktop.path_row import PathRow
from desktop.settings import Settings


class SettingsDialog(QDialog):
    """Edits :class:`Settings`; OK applies, Cancel leaves everything as it was."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.theme = QComboBox()
        self.theme.addItem(self.tr("Light"), "light")
        self.theme.addItem(self.tr("Dark"), "dark")
        self.theme.setCurrentIndex(max(0, self.theme.findData(settings.theme)))
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name or self.tr("System language"), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.language.setToolTip(self.tr("Takes effect the next time Danlu starts."))
        # Said at once, beside the choice: the texts of a running window are not re-translated.
        self.language_note = QLabel()
        self.language_note.setProperty("role", "hint")
        self.language_note.setWordWrap(True)
        self.language.currentIndexChanged.connect(self._language_chosen)
        runs_row = PathRow(self.tr("Default: {path}").format(path=self._default_runs_dir()))
        runs_row.set_text(settings.runs_dir)
        self.runs_dir = runs_row.edit
        runs_row.browse.clicked.connect(self._browse)
        form = QFormLayout()
        form.addRow(self.tr("Theme"), self.theme)
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Runs folder"), runs_row)
        note = QLabel(self.tr("Every run is saved as a folder here (checkpoints, curves, evaluation)."))
        note.setProperty("role", "hint")
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self._language_chosen()
        self.resize(560, self.sizeHint().height())

    def accept(self) -> None:
        self.settings.theme = self.theme.currentData()
        self.settings.language = self.language.currentData()
        self.settings.runs_dir = self.runs_dir.text().strip()
        super().accept()

    def _language_chosen(self, *_: object) -> None:
        """Show when the chosen language differs from the one in use that it applies after a restart."""
        language = resolve_language(self.language.currentData())
        changes = language != active_language()
        if changes:
            self.language_note.setText(
                self.tr("{language} applies after Danlu restarts; this window keeps its current language.").format(
                    language=LANGUAGE_NAMES.get(language) or language
                )
            )
        self.language_note.setVisible(changes)

    def _browse(self) -> None:
        start = self.runs_dir.text() or self._default_runs_dir()
        path = QFileDialog.getExistingDirectory(self, self.tr("Runs folder"), start)
        if path:
            self.runs_dir.setText(path)

    def _default_runs_dir(self) -> str:
        from models.training import default_runs_dir  # run folders only: does not load the engine

        return str(default_runs_dir())
