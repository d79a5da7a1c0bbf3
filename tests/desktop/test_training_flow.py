"""The user's main flow, driven through the real widgets: digits + CNN, train, watch, stop, continue, close."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.desktop.helpers import choose_digits_and_cnn, click, error_dialogs, wait_for_default_experiment


@pytest.mark.slow
def test_digits_with_the_cnn_trains_in_one_click_and_every_result_shows(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    choose_digits_and_cnn(qtbot, w)
    w.training.epochs.setValue(2)
    assert w.act_train.isEnabled() and w.training.train_button.isEnabled()
    with qtbot.waitSignal(w.controller.runFinished, timeout=120_000) as finished:
        click(qtbot, w.training.train_button)
    result = finished.args[0]
    assert result is not None and result.status == "finished"
    assert w.stack.currentWidget() is w.results  # the window switched to the live results

    view = w.results.view
    x, y = view.loss.step_curve.getData()
    assert x is not None and len(x) > 0 and len(view.loss.val_curve.getData()[0]) == 2
    assert view.metrics.point_count("val_acc") == 2
    image = view.confusion.image.image
    assert image.shape == (10, 10)
    assert int(image.sum()) == w.state.summary.split_sizes["val"]
    legend = view.roc.legend_texts()
    assert len(legend) == 10 and all("AUC" in text for text in legend)
    assert "Finished" in w.results.title.text()

    assert w.panels["predict"].run_dir == str(result.run_dir)  # Predict uses the run that just finished
    assert [run.status for run in w.runs.runs] == ["finished"]
    assert w.runs.table.rowCount() == 1 and w.runs.table.item(0, 3).text() == "lenet"
    w.runs.select_run(w.runs.runs[0].path)
    click(qtbot, w.runs.open_button)
    saved = w.runs.detail  # the saved run: curves from metrics.csv, ROC/confusion from evaluation.json
    assert len(saved.loss.val_curve.getData()[0]) == 2
    assert saved.confusion.image.image.shape == (10, 10)
    assert int(saved.confusion.image.image.sum()) == w.state.summary.split_sizes["test"]
    assert not error_dialogs()


@pytest.mark.slow
def test_stop_returns_within_seconds_keeps_a_checkpoint_and_train_more_continues(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    w.training.epochs.setValue(500)
    click(qtbot, w.training.train_button)
    qtbot.waitUntil(lambda: len(w.controller.buffer.step_x) > 0, timeout=60_000)
    click(qtbot, w.training.pause_button)
    assert w.controller.paused and w.training.pause_button.text() == "Resume" and w.act_pause.text() == "&Resume"
    qtbot.wait(300)  # the batch in flight ends and reports; its event may still be queued behind a busy moment
    steps = len(w.controller.buffer.step_x)
    qtbot.wait(1000)  # unpaused, the run reports progress every 0.1 s: ~10 reports in this second
    assert len(w.controller.buffer.step_x) == steps
    # Stopping a paused run wakes it and ends it after the current batch (here ~0.1 s; the limit only guards
    # against a stop that would wait for the 500 planned epochs, which take minutes).
    with qtbot.waitSignal(w.controller.runFinished, timeout=30_000) as finished:
        click(qtbot, w.training.stop_button)
    assert finished.args[0].status == "stopped" and finished.args[0].epochs_completed < 500
    run = w.runs.runs[0]
    assert run.status == "stopped" and run.has_checkpoint
    assert (Path(run.path) / "checkpoints" / "last.ckpt").is_file()
    assert "Stopped" in w.results.title.text()

    w.training.more_epochs.setValue(1)
    with qtbot.waitSignal(w.controller.runFinished, timeout=120_000) as more:
        click(qtbot, w.training.more_button)
    assert more.args[0].status == "finished"
    runs = w.runs.runs
    assert len(runs) == 1 and runs[0].path == run.path  # the same run continued, no new folder
    assert runs[0].status == "finished" and runs[0].epochs_completed >= 1


@pytest.mark.slow
def test_closing_during_a_run_asks_then_stops_and_keeps_a_checkpoint(qtbot, main_window, monkeypatch) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    answers = [False, True]
    asked: list[bool] = []
    monkeypatch.setattr(w, "confirm_stop_and_quit", lambda: asked.append(True) or answers[len(asked) - 1])
    w.training.epochs.setValue(500)
    click(qtbot, w.training.train_button)
    qtbot.waitUntil(lambda: len(w.controller.buffer.step_x) > 0, timeout=60_000)
    assert not w.close()  # "No": the window stays and keeps training
    assert w.isVisible() and w.controller.active
    assert w.close()  # "Yes": stop cooperatively (after the current batch, not the 500 epochs), then close
    assert len(asked) == 2
    assert not w.controller.active
    run_dir = Path(w.controller.buffer.run_dir)
    assert (run_dir / "checkpoints" / "last.ckpt").is_file()
    assert '"stopped"' in (run_dir / "status.json").read_text()


def test_a_failing_run_shows_a_plain_dialog_with_details_and_the_app_stays_usable(
    qtbot, main_window, monkeypatch
) -> None:  # noqa: ANN001
    import models.training
    from models.errors import TrainingError

    def broken_fit(*args: object, **kwargs: object) -> None:
        raise TrainingError("the training loss became NaN at epoch 1; lower the learning rate")

    monkeypatch.setattr(models.training, "fit", broken_fit)
    w = main_window
    wait_for_default_experiment(qtbot, w)
    with qtbot.waitSignal(w.controller.runFailed, timeout=10_000):
        click(qtbot, w.training.train_button)
    qtbot.waitUntil(lambda: bool(error_dialogs()), timeout=5_000)
    dialog = error_dialogs()[0]
    assert "NaN" in dialog.text() and "Traceback" not in dialog.text()
    assert "Traceback" in dialog.detailedText() and "broken_fit" in dialog.detailedText()
    assert "NaN" in w.log.text()
    qtbot.waitUntil(lambda: w.training.train_button.isEnabled(), timeout=5_000)
    dialog.close()


@pytest.mark.slow
def test_a_regression_set_shows_errors_r2_and_predicted_against_actual(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    data = w.panels["data"]
    wait_for_default_experiment(qtbot, w)
    data.form.builtin.setCurrentIndex(data.form.builtin.findData("diabetes"))
    qtbot.waitUntil(
        lambda: w.state.info is not None and w.state.info.task == "regression" and w.state.network_ok, timeout=60_000
    )
    assert w.state.experiment.train.task == "regression"
    w.training.epochs.setValue(2)
    with qtbot.waitSignal(w.controller.runFinished, timeout=120_000) as finished:
        click(qtbot, w.training.train_button)
    assert finished.args[0].status == "finished"
    view = w.results.view
    assert view.errors.isVisible() and view.r2.isVisible() and view.scatter.isVisible()
    assert not view.confusion.isVisible() and not view.roc.isVisible()
    assert view.errors.point_count("val_mse") == 2 and view.r2.point_count("val_r2") == 2
    assert view.scatter.point_count() > 10
