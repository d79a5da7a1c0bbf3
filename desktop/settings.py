"""User settings that outlive a session (QSettings): theme, language, runs folder, last experiment, geometry.

Tests point QSettings at a temporary folder (``QSettings.setPath``) before creating :class:`Settings`.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

ORGANIZATION = "Danlu"
APPLICATION = "Danlu"
THEMES = ("light", "dark")
#: "system" follows the system locale; the others are the shipped translations.
LANGUAGES = ("system", "en", "zh_CN")
MAX_RECENT = 8


class Settings(QObject):
    """Typed access to the persisted settings; emits a signal when a setting that the UI shows changes.

    Signals:
        themeChanged(str): the theme was switched ("light" or "dark").
        runsDirChanged(str): the runs folder changed (empty = the default folder).
    """

    themeChanged = Signal(str)  # noqa: N815 - Qt signal naming
    runsDirChanged = Signal(str)  # noqa: N815

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # INI files everywhere: readable, and QSettings.setPath (used by the tests) applies to them.
        self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    @property
    def file_name(self) -> str:
        return self._qs.fileName()

    def sync(self) -> None:
        self._qs.sync()

    # -- appearance --------------------------------------------------------------------------------------
    @property
    def theme(self) -> str:
        value = str(self._qs.value("ui/theme", "light"))
        return value if value in THEMES else "light"

    @theme.setter
    def theme(self, value: str) -> None:
        if value not in THEMES:
            raise ValueError(f"theme must be one of {THEMES}, got {value!r}")
        if value != self.theme:
            self._qs.setValue("ui/theme", value)
            self.themeChanged.emit(value)

    @property
    def language(self) -> str:
        """The UI language: ``DANLU_LANGUAGE`` overrides the stored choice (used by tests and screenshots)."""
        value = os.environ.get("DANLU_LANGUAGE") or str(self._qs.value("ui/language", "system"))
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"language must be one of {LANGUAGES}, got {value!r}")
        self._qs.setValue("ui/language", value)

    # -- files -------------------------------------------------------------------------------------------
    @property
    def runs_dir(self) -> str:
        """The chosen runs folder, or "" for the default (``DANLU_RUNS_DIR`` or the user data folder)."""
        return str(self._qs.value("paths/runs_dir", ""))

    @runs_dir.setter
    def runs_dir(self, value: str) -> None:
        if value != self.runs_dir:
            self._qs.setValue("paths/runs_dir", value)
            self.runsDirChanged.emit(value)

    def resolved_runs_dir(self) -> Path:
        """The runs folder to use now (the setting, else the engine's default)."""
        if self.runs_dir:
            return Path(self.runs_dir)
        from models.training import default_runs_dir  # run folders only: does not load the engine

        return Path(default_runs_dir())

    @property
    def last_experiment(self) -> str:
        return str(self._qs.value("paths/last_experiment", ""))

    @last_experiment.setter
    def last_experiment(self, value: str) -> None:
        self._qs.setValue("paths/last_experiment", value)
        if value:
            recent = [value] + [p for p in self.recent_experiments if p != value]
            self._qs.setValue("paths/recent", recent[:MAX_RECENT])

    @property
    def recent_experiments(self) -> list[str]:
        value = self._qs.value("paths/recent", [])
        if isinstance(value, str):  # QSettings returns a bare string for a one-element list in INI files
            value = [value]
        return [str(v) for v in (value or [])]

    # -- window ------------------------------------------------------------------------------------------
    def geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)
