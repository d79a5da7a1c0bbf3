"""Nothing stale in the window (issue 10, items 14, 15 and 18): Train never trains data the Data page no longer
shows, an unsaved experiment is not lost on quit, switching the data source does not reload the old path,
Predict does not re-run old inputs against a different network, the template gallery's mark follows the
template in use."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from tests.desktop.helpers import error_dialogs, wait_for_default_experiment


def _choose(editor, value) -> None:  # noqa: ANN001
    editor.combo.setCurrentIndex(editor.combo.findData(value))


def _image_folder(root: Path) -> Path:
    rng = np.random.default_rng(0)
    for cls in ("cats", "dogs"):
        (root / cls).mkdir(parents=True)
        for i in range(6):
            Image.fromarray(rng.integers(0, 255, size=(10, 10, 3), dtype=np.uint8)).save(root / cls / f"{i}.png")
    return root


# -- 14: the form and the loaded data never disagree when Train is pressed ---------------------------------
def test_an_image_folder_without_a_folder_disables_train_and_clears_the_digits(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    data = w.panels["data"]
    assert w.act_train.isEnabled() and "1797" in data.facts.labels["sizes"].text()
    _choose(data.form.form["source"], "image_folder")
    assert data.form.hint.text() == "Choose a folder (or drop one here) to load it."
    assert not w.act_train.isEnabled() and not w.training.train_button.isEnabled()
    assert "Choose a folder" in w.training.status.text()  # Train says why
    assert data.facts.labels["sizes"].text() == "—"  # the digits' summary is gone from the page
    assert not data.counts.plot.isVisibleTo(data.counts) and data.counts.empty.isVisibleTo(data.counts)
    assert "Choose a folder" in data.status.text.text()
    assert w.panels["network"].status.kind == "error" and not error_dialogs()
    w.training.train()  # F5 / the menu while disabled: nothing starts
    assert not w.controller.active
    _choose(data.form.form["source"], "builtin")  # back to the built-in digits: loaded and trainable again
    wait_for_default_experiment(qtbot, w)
    qtbot.waitUntil(lambda: w.act_train.isEnabled(), timeout=10_000)


# -- 15: unsaved changes are not lost on quit ----------------------------------------------------------------
def test_quitting_with_unsaved_changes_asks_save_discard_or_cancel(qtbot, main_window, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    w.training.epochs.spin.setValue(3)
    assert w.windowTitle().startswith("untitled *")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save]
    asked: list[str] = []
    monkeypatch.setattr(w.files, "ask_unsaved", lambda: asked.append(w.windowTitle()) or answers[len(asked) - 1])
    monkeypatch.setattr(w.files, "save_as", lambda: w.files.save_to(tmp_path / "kept.yaml"))
    w.act_quit.trigger()  # Ctrl+Q: Cancel keeps the window open with its changes
    assert w.isVisible() and w.files.dirty and len(asked) == 1
    w.act_quit.trigger()  # Save: written, then closed
    assert not w.isVisible() and len(asked) == 2
    assert "epochs: 3" in (tmp_path / "kept.yaml").read_text(encoding="utf-8")


def test_quitting_with_nothing_unsaved_does_not_ask(qtbot, main_window, monkeypatch) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    monkeypatch.setattr(w.files, "ask_unsaved", lambda: (_ for _ in ()).throw(AssertionError("asked")))
    assert not w.files.dirty
    assert w.close()


def test_discard_closes_without_saving(qtbot, main_window, monkeypatch) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    w.training.epochs.spin.setValue(4)
    monkeypatch.setattr(w.files, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    assert w.close() and w.state.path == ""
