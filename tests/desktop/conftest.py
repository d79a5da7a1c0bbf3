"""Shared fixtures for the desktop tests: offscreen Qt, a temporary runs folder and temporary QSettings.

Fixtures:
    runs_dir: a fresh runs folder (``DANLU_RUNS_DIR`` points at it for the whole test).
    state: a fresh :class:`desktop.workspace.Workspace` with the default experiment.
    main_window: a shown :class:`desktop.main_window.MainWindow` on ``state`` whose engine (torch/Lightning)
        was loaded synchronously, so ``state.engine_ready`` is already True.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

# Before any Qt import: no screen on CI, and the tests must never touch the user's real settings or runs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DANLU_LANGUAGE", "en")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Point QSettings (INI format, user scope) at a per-test temporary folder."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("settings")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(folder / "system"))
    monkeypatch.setenv("DANLU_SETTINGS_DIR", str(folder))
    yield folder


class BlockingDialogError(AssertionError):
    """A test reached a modal dialog that would wait forever for a click offscreen."""


@pytest.fixture(autouse=True)
def _no_blocking_dialogs(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail at once, naming the dialog, where the code would open a blocking (``exec``) dialog.

    Offscreen nobody can click it, so the test run would hang until CI's limit. Tests that expect a question
    replace the method that asks it (``confirm``, ``confirm_stop_and_quit``) instead.
    """
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def refuse(kind: str):  # noqa: ANN202
        def blocked(*args: object, **kwargs: object) -> None:
            shown = [str(a) for a in args if isinstance(a, str)]
            raise BlockingDialogError(f"a blocking {kind} dialog would wait forever offscreen: {shown}")

        return blocked

    for name in ("question", "warning", "critical", "information", "about"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse(f"QMessageBox.{name}")))
    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(refuse(f"QFileDialog.{name}")))
    monkeypatch.setattr(QDialog, "exec", refuse("QDialog.exec"))
    monkeypatch.setattr(QMessageBox, "exec", refuse("QMessageBox.exec"))


@pytest.fixture
def runs_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty runs folder; ``DANLU_RUNS_DIR`` points at it."""
    folder = tmp_path / "runs"
    folder.mkdir()
    monkeypatch.setenv("DANLU_RUNS_DIR", str(folder))
    return folder


@pytest.fixture
def state(qapp):  # noqa: ANN001 - pytest-qt's QApplication fixture
    """A fresh Workspace holding the default experiment (built-in digits)."""
    from desktop.workspace import Workspace

    return Workspace()


@pytest.fixture
def main_window(qtbot, state, runs_dir):  # noqa: ANN001
    """The real main window on ``state``, shown offscreen, with the engine loaded synchronously."""
    from desktop.main_window import MainWindow

    window = MainWindow(state, start_engine=False)
    # Not registered with qtbot.addWidget: pytest-qt closes its widgets before fixtures are finalised, and
    # closing a window whose run is still training (a test that failed mid-run) would ask first.
    window.engine.load_now()  # imports torch/Lightning on this thread, then state.set_engine_ready()
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.shutdown()  # stops a run still in flight (cooperatively) and waits for it, without asking
    window.close()
    window.deleteLater()
    qtbot.wait(1)  # deliver the deferred delete while the QApplication still runs
