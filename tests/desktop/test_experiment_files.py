"""New / Open / Save: saving and reopening an experiment restores every field, in the state and the editors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from models.spec import load_experiment
from tests.desktop.helpers import error_dialogs, wait_for_default_experiment


def _choose(editor, value) -> None:  # noqa: ANN001
    editor.combo.setCurrentIndex(editor.combo.findData(value))


def _number(editor, value: int) -> None:  # noqa: ANN001
    """An ``auto``-or-number field: pick "number" in its combo, then type the number."""
    editor.combo.setCurrentIndex(editor.combo.findData("__number__"))
    editor.number.spin.setValue(value)


def _edit_every_training_option(window) -> None:  # noqa: ANN001
    t, o = window.training, window.training.options.form
    _number(t.epochs, 7)
    _number(t.batch_size, 32)
    _choose(o["loss"], "focal")
    o["focal_gamma"].spin.setValue(3.0)
    _choose(o["optimizer.name"], "sgd")
    o["optimizer.lr"].spin.setValue(0.05)
    o["optimizer.weight_decay"].spin.setValue(1e-4)
    o["optimizer.momentum"].spin.setValue(0.8)
    o["optimizer.nesterov"].check.setChecked(True)
    o["optimizer.l1"].spin.setValue(1e-5)
    _choose(o["scheduler.name"], "cosine")
    o["scheduler.min_lr"].spin.setValue(1e-4)
    o["gradient_clip"].check.setChecked(True)
    o["gradient_clip"].inner.spin.setValue(2.5)
    o["early_stopping.enabled"].check.setChecked(True)
    _choose(o["early_stopping.monitor"], "val_acc")
    _choose(o["early_stopping.mode"], "max")
    o["early_stopping.patience"].spin.setValue(7)
    _choose(o["checkpoint.monitor"], "val_acc")
    _choose(o["checkpoint.mode"], "max")
    o["seed"].spin.setValue(42)
    o["deterministic"].check.setChecked(True)
    o["num_workers"].check.setChecked(True)
    o["num_workers"].inner.spin.setValue(0)


def test_saving_and_reopening_restores_every_field(qtbot, main_window, tmp_path: Path) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    _edit_every_training_option(w)
    w.state.update({"data.split.val": 0.2, "data.split.seed": 3})
    wait_for_default_experiment(qtbot, w)
    w.state.set_name("digits-sgd")
    expected = w.state.snapshot()
    train = expected.train
    assert (train.optimizer.name, train.optimizer.lr, train.scheduler.name, train.epochs) == ("sgd", 0.05, "cosine", 7)
    assert w.files.dirty and w.windowTitle().startswith("untitled *")

    path = tmp_path / "digits.yaml"
    assert w.files.save_to(path)
    assert load_experiment(path) == expected and not w.files.dirty
    assert w.windowTitle().startswith("digits.yaml")

    w.files.new()
    assert w.state.experiment.train.optimizer.name == "adam" and w.training.epochs.value() == "auto"
    assert w.state.experiment.train.epochs == "auto" and w.state.experiment.train.batch_size == "auto"
    assert w.files.open_path(path)
    assert w.state.experiment == expected
    o = w.training.options.form
    assert (w.training.epochs.value(), w.training.batch_size.value()) == (7, 32)
    assert o["optimizer.name"].value() == "sgd" and o["optimizer.lr"].value() == 0.05
    assert o["optimizer.momentum"].value() == 0.8 and o["optimizer.nesterov"].value()
    assert o["scheduler.name"].value() == "cosine" and o["scheduler.min_lr"].value() == 1e-4
    assert o["loss"].value() == "focal" and o["focal_gamma"].value() == 3.0
    assert o["gradient_clip"].value() == 2.5 and o["early_stopping.enabled"].value()
    assert o["early_stopping.patience"].value() == 7 and o["checkpoint.monitor"].value() == "val_acc"
    assert o["seed"].value() == 42 and o["num_workers"].value() == 0
    assert w.settings.last_experiment == str(path.resolve())


def test_save_shortcut_asks_for_a_file_and_open_reports_a_broken_file(qtbot, main_window, tmp_path, monkeypatch):  # noqa: ANN001
    w = main_window
    target = tmp_path / "chosen"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    w.act_save.trigger()
    assert (tmp_path / "chosen.yaml").is_file() and w.state.path == str((tmp_path / "chosen.yaml").resolve())

    broken = tmp_path / "broken.yaml"
    broken.write_text("schema_version: 1\ntrain:\n  epochs: -3\n", encoding="utf-8")
    failures: list[tuple[str, str]] = []
    w.files.failed.connect(lambda title, msg: failures.append((title, msg)))
    before = w.state.snapshot()
    assert not w.files.open_path(broken)
    assert failures and "train.epochs" in failures[0][1]
    assert w.state.experiment == before  # a bad file never replaces the current experiment
    assert "train.epochs" in w.log.text()
    for dialog in error_dialogs():
        dialog.close()
