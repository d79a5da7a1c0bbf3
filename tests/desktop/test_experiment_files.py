"""New / Open / Save: saving and reopening an experiment restores every field, in the state and the editors."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from models.spec import load_experiment
from tests.desktop.helpers import error_dialogs, wait_for_default_experiment


def _edit_every_training_option(window) -> None:  # noqa: ANN001
    t, o = window.training, window.training.options
    t.epochs.setValue(7)
    t.batch_size.setValue(32)
    o.loss.setCurrentIndex(o.loss.findData("focal"))
    o.focal_gamma.setValue(3.0)
    o.opt_name.setCurrentIndex(o.opt_name.findData("sgd"))
    o.lr.setValue(0.05)
    o.weight_decay.setValue(1e-4)
    o.momentum.setValue(0.8)
    o.nesterov.setChecked(True)
    o.l1.setValue(1e-5)
    o.sched_name.setCurrentIndex(o.sched_name.findData("cosine"))
    o.min_lr.setValue(1e-4)
    o.gradient_clip.set_value(2.5)
    o.es_enabled.setChecked(True)
    o.es_monitor.setCurrentText("val_acc")
    o.es_mode.setCurrentIndex(o.es_mode.findData("max"))
    o.es_patience.setValue(7)
    o.ck_monitor.setCurrentText("val_acc")
    o.ck_mode.setCurrentIndex(o.ck_mode.findData("max"))
    o.seed.setValue(42)
    o.deterministic.setChecked(True)
    o.num_workers.set_value(0)


def test_saving_and_reopening_restores_every_field(qtbot, main_window, tmp_path: Path) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    _edit_every_training_option(w)
    data = w.state.experiment.data
    w.state.set_data(data.model_copy(update={"split": data.split.model_copy(update={"val": 0.2, "seed": 3})}))
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
    assert w.state.experiment.train.optimizer.name == "adam" and w.training.epochs.text() == "auto"
    assert w.state.experiment.train.epochs == "auto" and w.state.experiment.train.batch_size == "auto"
    assert w.files.open_path(path)
    assert w.state.experiment == expected
    o = w.training.options
    assert (w.training.epochs.value(), w.training.batch_size.value()) == (7, 32)
    assert o.opt_name.currentData() == "sgd" and o.lr.value() == 0.05 and o.momentum.value() == 0.8
    assert o.nesterov.isChecked() and o.sched_name.currentData() == "cosine" and o.min_lr.value() == 1e-4
    assert o.loss.currentData() == "focal" and o.focal_gamma.value() == 3.0
    assert o.gradient_clip.value() == 2.5 and o.es_enabled.isChecked() and o.es_patience.value() == 7
    assert o.ck_monitor.currentText() == "val_acc" and o.seed.value() == 42 and o.num_workers.value() == 0
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
