"""Nothing stale in the window (issue 10, items 14, 15 and 18): Train never trains data the Data page no longer
shows, an unsaved experiment is not lost on quit, switching the data source does not reload the old path,
Predict does not re-run old inputs against a different network, the template gallery's mark follows the
template in use."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
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
    w.training.epochs.edit(3)
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
    w.training.epochs.edit(4)
    monkeypatch.setattr(w.files, "ask_unsaved", lambda: QMessageBox.StandardButton.Discard)
    assert w.close() and w.state.path == ""


# -- 18: switching the source, predicting after a new run, the gallery's mark ------------------------------
def test_switching_the_source_does_not_reload_the_old_path(qtbot, main_window, tmp_path) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    data = w.panels["data"]
    folder = _image_folder(tmp_path / "pets")
    with qtbot.waitSignal(w.state.dataLoaded, timeout=30_000):
        data.form.set_path(str(folder))
    assert w.state.experiment.data.source == "image_folder"
    failures: list[str] = []
    w.state.dataFailed.connect(failures.append)
    _choose(data.form.form["source"], "tabular")  # a folder of images is no table: nothing is loaded from it
    qtbot.wait(200)
    assert not failures and not error_dialogs()
    assert data.form.path.value() is None and "Choose a file" in data.form.hint.text()
    assert not data.augment.isVisible()  # the page follows the choice shown: no image augmentation for tables
    assert not w.act_train.isEnabled() and "Choose a file" in w.training.status.text()
    with qtbot.waitSignal(w.state.dataLoaded, timeout=30_000):  # back: the folder is remembered and loaded
        _choose(data.form.form["source"], "image_folder")
    assert data.form.path.value() == str(folder) and w.state.info.class_names == ("cats", "dogs")


def test_the_template_gallery_marks_the_template_in_use(qtbot, main_window) -> None:  # noqa: ANN001
    from desktop.panels.network.gallery import NAME_ROLE

    w = main_window
    wait_for_default_experiment(qtbot, w)
    network = w.panels["network"]

    def marked() -> list[str]:
        items = [network.gallery.list.item(i) for i in range(network.gallery.list.count())]
        return [item.data(NAME_ROLE) for item in items if item.text().endswith("✓")]

    assert marked() == ["lenet"]
    network.apply_template("mlp")
    assert marked() == ["mlp"]
    network.undo_stack.undo()
    assert marked() == ["lenet"]


@pytest.mark.slow  # trains two tiny runs
def test_predict_clears_inputs_a_different_network_cannot_read(qtbot, state, tmp_path) -> None:  # noqa: ANN001
    from desktop.panels.predict import PredictPanel
    from models.defaults import experiment_for
    from models.spec.data import DataSpec
    from models.training import fit

    runs = {}
    for name in ("digits", "waveforms"):
        experiment = experiment_for(DataSpec(name=name))
        experiment.train.epochs, experiment.train.accelerator = 1, "cpu"
        runs[name] = str(fit(experiment, runs_dir=tmp_path / "runs", limit_batches=2).run_dir)
    image = tmp_path / "digit.png"
    Image.fromarray(np.zeros((8, 8), dtype=np.uint8)).save(image)

    panel = PredictPanel(state)
    qtbot.addWidget(panel)
    state.set_engine_ready()
    with qtbot.waitSignal(panel.predictionsShown, timeout=30_000):
        with qtbot.waitSignal(panel.runLoaded, timeout=30_000):
            panel.set_run(runs["digits"])
        panel.add_inputs([str(image)])
    assert panel.list.count() == 1 and panel.status.kind == "ok"
    with qtbot.waitSignal(panel.predictionsShown, timeout=30_000):  # the same kind of input: kept, predicted again
        panel.set_run(runs["digits"])
    assert panel.inputs == [str(image)] and panel.list.count() == 1
    with qtbot.waitSignal(panel.runLoaded, timeout=30_000):  # a network that reads sequences, not images
        panel.set_run(runs["waveforms"])
    qtbot.wait(200)
    assert panel.inputs == [] and panel.list.count() == 0
    status = panel.status.text.text()
    assert "cleared" in status and "0 prediction" not in status and "could not be read" not in status
