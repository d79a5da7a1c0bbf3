"""Helpers shared by the desktop tests: drive the default flow and find dialogs."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox


def wait_for_default_experiment(qtbot, window, timeout: int = 60_000) -> None:  # noqa: ANN001
    """Wait until the data panel has loaded the dataset and the network fits it (Train possible)."""
    qtbot.waitUntil(lambda: window.state.info is not None and window.state.network_ok, timeout=timeout)


def choose_digits_and_cnn(qtbot, window) -> None:  # noqa: ANN001
    """The user's first two clicks: the built-in digits set, then the CNN (lenet) template."""
    data = window.panels["data"]
    source, builtin = data.form.form["source"].combo, data.form.form["name"].combo
    source.setCurrentIndex(source.findData("builtin"))
    builtin.setCurrentIndex(builtin.findData("digits"))
    wait_for_default_experiment(qtbot, window)
    network = window.panels["network"]
    from desktop.panels.network.gallery import NAME_ROLE

    gallery = network.gallery
    for row in range(gallery.list.count()):
        item = gallery.list.item(row)
        if item.data(NAME_ROLE) == "lenet":
            gallery.list.setCurrentItem(item)
            break
    qtbot.mouseClick(gallery.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: window.state.experiment.network.template == "lenet" and window.state.network_ok, timeout=10_000
    )


def error_dialogs() -> list[QMessageBox]:
    """The error dialogs currently open (``show_error`` names them ``danluErrorDialog``)."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == "danluErrorDialog" and w.isVisible()
    ]


def click(qtbot, button) -> None:  # noqa: ANN001
    assert button.isEnabled(), f"{button.text()!r} is disabled"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def show_loaded(qtbot, state, widgets, shown=None, size: tuple[int, int] = (1200, 700)) -> None:  # noqa: ANN001
    """Show panels built on ``state``, then make the engine ready and wait for the default dataset (digits)."""
    import models.data  # noqa: F401 - the engine the panels use after engineReady
    import models.network  # noqa: F401

    for w in widgets:
        qtbot.addWidget(w)
    for w in widgets if shown is None else shown:
        w.resize(*size)
        w.show()
    with qtbot.waitSignal(state.dataLoaded, timeout=30_000):
        state.set_engine_ready()
