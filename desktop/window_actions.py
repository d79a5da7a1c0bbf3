"""The main window's actions, toolbar and menus (File, Run, View, Help), with their shortcuts.

Composition only: every action calls a method of the window, its experiment files or the training panel.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import QStyle

from desktop import theme
from desktop.panels.device_selector import DeviceSelector

translate = QCoreApplication.translate  # lupdate reads translate("MainWindow", "...") calls


def _action(w: Any, text: str, slot: Any, shortcut: Any = None, icon: Any = None, tip: str = "") -> QAction:
    action = QAction(w.style().standardIcon(icon) if icon is not None else QIcon(), text, w)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    action.setToolTip(f"{tip or text} ({action.shortcut().toString()})" if shortcut is not None else tip or text)
    action.triggered.connect(slot)
    return action


def build_actions(w: Any) -> None:
    """Create the window's actions (``w.act_*``), toolbar (with the device selector) and menus."""
    sp = QStyle.StandardPixmap
    w.act_new = _action(
        w,
        translate("MainWindow", "&New experiment"),
        w.files.new,
        QKeySequence.StandardKey.New,
        sp.SP_FileIcon,
        translate("MainWindow", "Start over with the built-in digits and a CNN"),
    )
    w.act_open = _action(
        w,
        translate("MainWindow", "&Open…"),
        w.files.open,
        QKeySequence.StandardKey.Open,
        sp.SP_DialogOpenButton,
        translate("MainWindow", "Open an experiment file"),
    )
    w.act_save = _action(
        w,
        translate("MainWindow", "&Save"),
        w.files.save,
        QKeySequence.StandardKey.Save,
        sp.SP_DialogSaveButton,
        translate("MainWindow", "Save the experiment"),
    )
    w.act_save_as = _action(w, translate("MainWindow", "Save &as…"), w.files.save_as, QKeySequence.StandardKey.SaveAs)
    run = lambda method: lambda: getattr(w.panels["train"], method)()  # noqa: E731 - enabled once built
    w.act_train = _action(
        w,
        translate("MainWindow", "&Train"),
        run("train"),
        Qt.Key.Key_F5,
        sp.SP_MediaPlay,
        translate("MainWindow", "Train a new run"),
    )
    w.act_pause = _action(
        w,
        translate("MainWindow", "&Pause"),
        run("toggle_pause"),
        None,
        sp.SP_MediaPause,
        translate("MainWindow", "Pause or resume training"),
    )
    w.act_stop = _action(
        w,
        translate("MainWindow", "S&top"),
        run("stop"),
        QKeySequence("Shift+F5"),
        sp.SP_MediaStop,
        translate("MainWindow", "Stop after this batch, keeping a checkpoint"),
    )
    w.act_settings = _action(
        w, translate("MainWindow", "Se&ttings…"), w._open_settings, QKeySequence.StandardKey.Preferences
    )
    w.act_quit = _action(w, translate("MainWindow", "&Quit"), w.close, QKeySequence.StandardKey.Quit)
    for action in (w.act_train, w.act_pause, w.act_stop):
        action.setEnabled(False)
    glyphs = {w.act_train: sp.SP_MediaPlay, w.act_pause: sp.SP_MediaPause, w.act_stop: sp.SP_MediaStop}

    def recolour_glyphs() -> None:  # black glyphs: light on the dark theme
        for action, pixmap in glyphs.items():
            action.setIcon(theme.glyph_icon(w.style().standardIcon(pixmap)))

    theme.follow_theme(w, recolour_glyphs)
    toolbar = w.addToolBar(translate("MainWindow", "Main"))
    toolbar.setObjectName("mainToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    toolbar.setIconSize(QSize(18, 18))
    toolbar.addActions([w.act_new, w.act_open, w.act_save])
    toolbar.addSeparator()
    toolbar.addActions([w.act_train, w.act_pause, w.act_stop])
    toolbar.addSeparator()
    w.device_selector = DeviceSelector(w.state, compact=True)
    toolbar.addWidget(w.device_selector)
    menu = w.menuBar()
    file_menu = menu.addMenu(translate("MainWindow", "&File"))
    file_menu.addActions([w.act_new, w.act_open, w.act_save, w.act_save_as])
    file_menu.addSeparator()
    file_menu.addActions([w.act_settings, w.act_quit])
    run_menu = menu.addMenu(translate("MainWindow", "&Run"))
    run_menu.addActions([w.act_train, w.act_pause, w.act_stop])
    w.view_menu = menu.addMenu(translate("MainWindow", "&View"))
    for i in range(w.nav.count()):
        key = w.nav.item(i).data(Qt.ItemDataRole.UserRole)
        w.view_menu.addAction(
            _action(w, w.nav.item(i).text(), lambda _=False, k=key: w.show_page(k), QKeySequence(f"Ctrl+{i + 1}"))
        )
    help_menu = menu.addMenu(translate("MainWindow", "&Help"))
    help_menu.addAction(_action(w, translate("MainWindow", "&About Danlu"), w._about))
