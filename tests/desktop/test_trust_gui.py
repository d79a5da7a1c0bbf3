"""Issue 10's desktop items: "Train N more epochs" says how the schedule changes and Results keep the whole run,
the epoch progress tells where a run is and where it stopped, the log follows new lines, the report says where it
is when no browser opens."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest

from models.training.events import EpochEnd, RunFinished, RunStarted, StepProgress
from tests.desktop.helpers import click, error_dialogs, wait_for_default_experiment


def _shot(widget, name: str) -> None:  # noqa: ANN001
    """Save a screenshot into ``$DANLU_SHOTS`` when it is set (to look at the pages these tests build)."""
    folder = os.environ.get("DANLU_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def _train(qtbot, w, button) -> object:  # noqa: ANN001
    with qtbot.waitSignal(w.controller.runFinished, timeout=120_000) as finished:
        click(qtbot, button)
    assert finished.args[0] is not None, w.log.text()
    return finished.args[0]


@pytest.mark.slow
def test_train_more_past_the_plan_says_how_the_schedule_changes_and_results_show_the_whole_run(
    qtbot, main_window
) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    w.training.epochs.edit(2)
    w.training.options.form["scheduler.name"].edit("cosine")
    assert w.state.experiment.train.scheduler.name == "cosine"
    result = _train(qtbot, w, w.training.train_button)
    assert result.status == "finished" and result.epochs_completed == 2
    lr = w.state.experiment.train.optimizer.lr

    # Before pressing: the Train page says what one more epoch does to the schedule (the core's own plan).
    w.show_page("train")
    w.training.more_epochs.setValue(1)
    note = w.training.more_note.text()
    assert w.training.more_note.isVisible()
    _shot(w, "train-more-note")
    assert "from 2 to 3 epochs" in note and "new cosine cycle" in note and f"lr {lr:g}" in note, note
    w.training.more_epochs.setValue(4)
    assert "from 2 to 6 epochs" in w.training.more_note.text()
    w.training.more_epochs.setValue(1)

    more = _train(qtbot, w, w.training.more_button)
    assert more.status == "finished" and more.epochs_completed == 3
    assert "new cosine cycle" in w.log.text()  # the same sentence reached the log when the run started

    view = w.results.view
    x, _ = view.loss.val_curve.getData()
    assert list(x) == [1.0, 2.0, 3.0]  # the earlier epochs too, not only the new one
    assert list(view.loss.epoch_curve.getData()[0]) == [1.0, 2.0, 3.0]
    assert view.metrics.point_count("val_acc") == 3
    lr_x, lr_y = view.lr.live_curve.getData()
    assert lr_x is not None and min(lr_x) < 1.0 and max(lr_x) > 2.0
    assert all(np.any((lr_x >= e) & (lr_x < e + 1)) for e in range(3))  # the rate in each of the 3 epochs
    assert max(lr_y[lr_x >= 2.0]) == pytest.approx(lr, rel=0.05)  # epoch 3: the new cycle starts at lr again
    steps_x, _ = view.loss.step_curve.getData()
    assert min(steps_x) <= 1.0 and max(steps_x) > 2.0  # metrics.csv logs the step loss once an epoch here
    assert w.results.epoch_bar.label.text() == "epoch 3 of 3"
    w.show_page("results")
    _shot(w, "results-after-train-more")

    # Within the plan, the schedule continues (a run folder that ended at epoch 1 of the 3 now planned).
    run = Path(more.run_dir)
    status = json.loads((run / "status.json").read_text())
    (run / "status.json").write_text(json.dumps({**status, "epochs_completed": 1}))
    w.training.set_resume_target(str(run))
    note = w.training.more_note.text()
    assert "training epoch 2 of the 3 planned" in note.lower() and "continues as planned" in note, note
    assert not error_dialogs()


def _feed(panel, *events) -> None:  # noqa: ANN001
    for event in events:
        panel.buffer.add_event(event)
    panel.redraw(complete=True)


def test_the_epoch_row_counts_the_epoch_in_progress(qtbot, state) -> None:  # noqa: ANN001
    from desktop.panels.results import ResultsPanel
    from desktop.workers.training import TrainingController

    controller = TrainingController()
    panel = ResultsPanel(state, controller)
    qtbot.addWidget(panel)
    from desktop.run_buffer import RunBuffer

    panel._run_started(RunBuffer())  # Train pressed: the data loads, nothing has run yet
    assert "epoch 0" not in panel.epoch_bar.label.text() and "batch 0" not in panel.step_bar.label.text()
    _feed(panel, RunStarted("/r/run", "x", "classification", ("a", "b"), 10, 0, 8, "cpu", "32"))
    _feed(panel, StepProgress(0, 3, 3, 8, 0.9, 1e-3, 100.0, 30.0))
    assert panel.epoch_bar.label.text() == "epoch 1 of 10"  # never "epoch 0 of 10"
    assert panel.epoch_bar.value() == 0  # nothing completed yet
    _feed(panel, EpochEnd(0, 7, {"val_loss": 0.5, "train_loss": 0.6}, lr=1e-3))
    _feed(panel, StepProgress(1, 9, 1, 8, 0.5, 1e-3, 100.0, 30.0))
    assert panel.epoch_bar.label.text() == "epoch 2 of 10" and panel.epoch_bar.value() == 1

    # A resumed run (epochs 4-6 of 6) counts on from where it started.
    panel._run_started(RunBuffer())  # as the controller does for every run
    _feed(panel, RunStarted("/r/run2", "x", "classification", ("a", "b"), 6, 3, 8, "cpu", "32"))
    _feed(panel, StepProgress(3, 25, 1, 8, 0.5, 1e-3, 100.0, 30.0))
    assert panel.epoch_bar.label.text() == "epoch 4 of 6" and panel.epoch_bar.value() == 3


@pytest.mark.parametrize(
    ("status", "reason", "done", "text", "value"),
    [
        ("finished", "completed", 10, "epoch 10 of 10", 10),
        ("finished", "early_stopping", 2, "stopped early at epoch 2 of 10 (validation loss stopped improving)", 2),
        ("stopped", "user", 3, "stopped at epoch 3 of 10 (by you)", 3),
        ("failed", "error", 4, "failed in epoch 5 of 10", 4),
    ],
)
def test_the_epoch_row_says_how_a_run_ended(qtbot, state, status, reason, done, text, value) -> None:  # noqa: ANN001
    from desktop.panels.results import ResultsPanel
    from desktop.workers.training import TrainingController

    panel = ResultsPanel(state, TrainingController())
    qtbot.addWidget(panel)
    _feed(panel, RunStarted("/r/run", "x", "classification", ("a", "b"), 10, 0, 8, "cpu", "32"))
    for epoch in range(done):
        _feed(panel, EpochEnd(epoch, 8 * epoch + 7, {"val_loss": 0.5}, lr=1e-3))
    _feed(
        panel,
        RunFinished(status, "/r/run", done, 0.5, "val_loss", epochs_planned=10, stop_reason=reason),
    )
    assert panel.epoch_bar.label.text() == text
    assert (panel.epoch_bar.value(), panel.epoch_bar.bar.maximum()) == (value, 10)


@pytest.mark.slow
def test_an_early_stopped_run_shows_where_it_stopped(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    w.training.epochs.edit(10)
    form = w.training.options.form
    form["early_stopping.enabled"].edit(True)
    form["early_stopping.patience"].edit(0)
    form["early_stopping.min_delta"].edit(10.0)  # no epoch improves the loss by 10: stop after epoch 2
    result = _train(qtbot, w, w.training.train_button)
    assert (result.status, result.stop_reason, result.epochs_completed) == ("finished", "early_stopping", 2)
    row = w.results.epoch_bar
    assert row.label.text() == "stopped early at epoch 2 of 10 (validation loss stopped improving)"
    assert (row.value(), row.bar.maximum()) == (2, 10)
    w.show_page("results")
    qtbot.wait(50)  # the layout follows the longer text
    assert row.label.width() >= row.label.sizeHint().width(), "the text is cut off"
    _shot(w, "results-early-stop")

    # Opened from the Runs page later, the saved run says the same.
    w.results.show_run(result.run_dir)
    assert w.results.epoch_bar.label.text() == "stopped early at epoch 2 of 10 (validation loss stopped improving)"


def test_the_log_keeps_following_new_lines_after_a_resize(qtbot) -> None:  # noqa: ANN001
    from desktop.panels.log import LogPanel

    panel = LogPanel()
    qtbot.addWidget(panel)
    panel.resize(700, 300)
    panel.show()
    qtbot.waitExposed(panel)
    for i in range(100):
        panel.append("info", f"epoch {i}: " + "val_loss 0.5, " * 12)
    bar = panel.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and bar.value() == bar.maximum())
    for width, height in ((350, 300), (700, 180), (300, 150)):  # narrower: lines wrap into more rows
        panel.resize(width, height)
        qtbot.wait(20)
        panel.append("info", "a new line " + "word " * 20)
        qtbot.wait(20)
        assert bar.value() == bar.maximum(), (width, height)
        assert "a new line" in panel.view.toPlainText().splitlines()[-1]
    bar.setValue(10)  # the user scrolled up to read: new lines and resizes leave them there
    panel.append("info", "another line")
    panel.resize(600, 300)
    qtbot.wait(20)
    assert bar.value() < bar.maximum() - 20


def test_the_report_says_where_it_is_when_no_browser_opens(qtbot, tmp_path, monkeypatch) -> None:  # noqa: ANN001
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

    from desktop.dialogs.report import open_report

    report = tmp_path / "run" / "report.html"
    report.parent.mkdir()
    report.write_text("<html></html>")
    monkeypatch.setattr("models.report.build_report", lambda run_dir: report)
    monkeypatch.setattr("desktop.dialogs.report.QDesktopServices.openUrl", lambda url: False)  # no browser
    parent = QWidget()
    qtbot.addWidget(parent)
    done: list[Path] = []
    open_report(report.parent, parent, on_done=done.append)
    qtbot.waitUntil(lambda: bool(done), timeout=10_000)

    def shown() -> list[QMessageBox]:
        boxes = QApplication.topLevelWidgets() + parent.findChildren(QMessageBox)
        return [b for b in boxes if isinstance(b, QMessageBox) and b.objectName() == "danluReportLocation"]

    qtbot.waitUntil(lambda: any(b.isVisible() for b in shown()), timeout=5_000)
    box = next(b for b in shown() if b.isVisible())
    assert str(report) in box.text() and "browser" in box.text()
    assert box.textInteractionFlags() & box.textInteractionFlags().TextSelectableByMouse  # the path can be copied
    box.close()


def test_files_the_app_writes_follow_the_umask(tmp_path, monkeypatch) -> None:  # noqa: ANN001
    import stat

    from models.io import atomic_write_text, temp_beside
    from models.network.weights_library import import_weights
    from models.sample_grids import save_png
    from tests.models.weights_support import safetensors_file

    monkeypatch.setenv("DANLU_WEIGHTS_DIR", str(tmp_path / "library"))
    weights = safetensors_file(tmp_path, "mobilenet_v3_small")
    old = os.umask(0o027)  # group may read, others nothing: neither mkstemp's 0600 nor a fixed 0644
    try:
        written = [
            atomic_write_text(tmp_path / "status.json", "{}") or tmp_path / "status.json",
            save_png(np.zeros((4, 4), dtype=np.uint8), tmp_path / "grid.png"),
            temp_beside(tmp_path / "model.onnx", ".part"),
            tmp_path / "library" / import_weights(weights).name,
        ]
    finally:
        os.umask(old)
    modes = {path.name: oct(stat.S_IMODE(path.stat().st_mode)) for path in written}
    assert set(modes.values()) == {oct(0o640)}, modes


@pytest.mark.parametrize("schedule", ["none", "step", "cosine", "warmup_cosine", "one_cycle", "plateau"])
@pytest.mark.parametrize(("done", "target"), [(1, 2), (1, 3), (3, 4), (3, 6)])
def test_every_train_more_sentence_is_a_known_core_text(qapp, schedule, done, target) -> None:  # noqa: ANN001
    """The Train page and the log show the core's plan sentences in the UI language (desktop/core_texts.py)."""
    from desktop.core_texts import _translate
    from models.spec import Experiment
    from models.training.resume import continued_plan

    experiment = Experiment.from_dict({"train": {"epochs": 3, "scheduler": {"name": schedule}}})
    _, note = continued_plan(experiment, done, target)
    assert _translate(note, 0) is not None, note
