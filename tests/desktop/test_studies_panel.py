"""The Studies page driven through its widgets: build, run, watch, open a trial, use its settings, stop, continue."""

from __future__ import annotations

import pytest

from desktop.main_window import PAGES
from tests.desktop.helpers import choose_digits_and_cnn, click, error_dialogs


def _small_runs(window, epochs: int = 1, batches: int = 2) -> None:  # noqa: ANN001
    window.state.set_train(window.state.experiment.train.model_copy(update={"epochs": epochs}))
    window.controller.limit_batches = batches


def _row_of(panel, number: int) -> int:  # noqa: ANN001
    return next(r for r in range(panel.table.rowCount()) if panel.table.item(r, 0).text() == str(number))


@pytest.mark.slow
def test_a_study_runs_from_the_studies_page_and_its_trials_are_usable(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    choose_digits_and_cnn(qtbot, w)
    _small_runs(w)
    panel = w.panels["studies"]
    w.show_page("studies")
    panel.builder.path.setEditText("train.optimizer.name")
    click(qtbot, panel.builder.add_button)
    panel.builder.table.item(0, 1).setText("sgd,adam")
    panel.builder.seeds.setValue(2)
    with qtbot.waitSignal(w.controller.studyFinished, timeout=300_000) as finished:
        click(qtbot, panel.run_button)
        assert not panel.run_button.isEnabled() and panel.stop_button.isEnabled()
        assert not w.training.train_button.isEnabled()  # one device: no training beside the study
    result = finished.args[0]
    assert result.status == "finished" and result.trials_run == 2
    assert w.stack.currentWidget() is panel  # the study's runs did not pull the user to the Results page
    assert w.results.buffer.run_dir.startswith(str(result.folder))  # ... but showed there, live

    qtbot.waitUntil(lambda: panel.report is not None and panel.report["states"] == {"complete": 2}, timeout=10_000)
    panel.redraw()
    assert panel.table.rowCount() == 3  # two trials and the scikit-learn baseline's reference row
    assert panel.table.item(2, 1).text() == "reference"
    headers = [panel.table.horizontalHeaderItem(c).text() for c in range(panel.table.columnCount())]
    name_col, mean_col = headers.index("train.optimizer.name"), headers.index("Mean ± 95% CI")
    assert {panel.table.item(r, name_col).text() for r in range(2)} == {"sgd", "adam"}
    assert all("±" in panel.table.item(r, mean_col).text() for r in range(2))
    assert {panel.table.item(r, 1).text() for r in range(2)} == {"complete"}
    assert len(panel.history.means.data) == 2 and len(panel.seeds.seeds.data) == 4
    assert sum(line.isVisible() for line in panel.parallel.lines.items) == 2
    assert panel.importance.bar_count() == 1 or "needs" in panel.importance.note.textItem.toPlainText()
    assert panel.run_button.text() == "Continue study"

    sgd = next(t for t in panel.report["trials"] if t["params"]["train.optimizer.name"] == "sgd")
    panel.table.selectRow(_row_of(panel, sgd["number"]))
    assert panel.curves.curve_count() == 2  # both seeds' learning curves
    click(qtbot, panel.open_trial_button)
    assert w.stack.currentWidget() is w.results
    assert w.results.buffer.run_dir == str(result.folder / sgd["run_dirs"]["0"])
    assert len(w.results.view.metrics.curves["val_acc"].getData()[0]) == 1

    assert w.state.experiment.train.optimizer.name == "adam"
    click(qtbot, panel.use_button)
    assert w.state.experiment.train.optimizer.name == "sgd"

    panel.builder.clear_rows()  # an edited builder is a new study; opening the folder shows the old one again
    panel.report = None
    panel.open_study(result.folder)  # what "Open study…" does with the chosen folder
    qtbot.waitUntil(lambda: panel.report is not None, timeout=30_000)
    panel.redraw()
    assert panel.status.text.text() == "2 trials read." and panel.table.rowCount() == 3
    assert [e.param_name for e in panel.builder.entries()] == ["train.optimizer.name"]
    assert panel.run_button.text() == "Continue study"
    assert not error_dialogs()


def test_the_builder_names_a_bad_row_and_offers_ready_made_studies(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    choose_digits_and_cnn(qtbot, w)
    panel = w.panels["studies"]
    panel.builder.add_row("train.optimizer.lrr", "0.1,0.2")
    click(qtbot, panel.run_button)
    assert panel.status.kind == "error" and "train.optimizer has no field 'lrr'" in panel.status.text.text()
    assert not w.controller.active

    panel.builder.table.selectRow(0)
    click(qtbot, panel.builder.remove_button)
    panel.builder.add_row("network.layers[0].out_channels", "0,16")
    click(qtbot, panel.run_button)
    assert "= 0: the experiment rejects it" in panel.status.text.text() and not w.controller.active

    builder = panel.builder
    builder.preset.setCurrentIndex(builder.preset.findData("dropout"))
    click(qtbot, builder.use_preset)
    assert builder.table.rowCount() == 1 and builder.seeds.value() == 3
    entry = builder.entries()[0]
    assert entry.paths == [p for p in entry.paths if p.endswith(".p")] and entry.choices == [0.0, 0.25, 0.5]
    assert not builder.table.item(0, 1).flags() & builder.table.item(0, 1).flags().ItemIsEditable

    w.state.set_network(
        w.state.experiment.network.model_copy(
            update={
                "layers": [layer for layer in w.state.experiment.network.layers if layer.type not in ("batchnorm2d",)]
            }
        )
    )
    builder.preset.setCurrentIndex(builder.preset.findData("batchnorm"))
    click(qtbot, builder.use_preset)
    assert panel.status.kind == "error" and "no batch-norm layer" in panel.status.text.text()
    assert w.nav.item(PAGES.index("studies")).text() == "Studies"


@pytest.mark.slow
def test_pause_stop_and_continue_a_study(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    choose_digits_and_cnn(qtbot, w)
    _small_runs(w, epochs=3)
    panel = w.panels["studies"]
    panel.builder.add_row("train.optimizer.name", "sgd,adam")
    panel.builder.seeds.setValue(1)
    click(qtbot, panel.run_button)
    qtbot.waitUntil(lambda: len(w.controller.buffer.step_x) > 0, timeout=120_000)
    click(qtbot, panel.pause_button)
    assert w.controller.paused and panel.pause_button.text() == "Resume"
    with qtbot.waitSignal(w.controller.studyFinished, timeout=60_000) as stopped:
        click(qtbot, panel.stop_button)
    assert stopped.args[0].status == "stopped"
    qtbot.waitUntil(lambda: panel.report is not None and "stopped" in panel.report["states"], timeout=10_000)
    assert panel.run_button.text() == "Continue study" and panel.run_button.isEnabled()

    with qtbot.waitSignal(w.controller.studyFinished, timeout=300_000) as finished:
        click(qtbot, panel.run_button)
    assert finished.args[0].status == "finished"
    qtbot.waitUntil(lambda: panel.report["states"] == {"complete": 2, "stopped": 1}, timeout=10_000)
    panel.redraw()
    states = [panel.table.item(r, 1).text() for r in range(panel.table.rowCount())]
    assert sorted(states) == ["complete", "complete", "reference", "stopped (runs again)"]


def test_trials_table_shows_test_scores_and_the_baseline_reference_row(qtbot) -> None:  # noqa: ANN001
    from desktop.panels.study_trials import TrialsTable

    table = TrialsTable()
    qtbot.addWidget(table)
    trial = {"number": 0, "state": "complete", "params": {"lr": 0.1}, "seed_values": {"0": 0.8, "1": 0.82}}
    trial |= {"run_dirs": {}, "value": 0.81, "duration_s": 3.0, "message": ""}
    config = {"trial": 0, "params": {"lr": 0.1}, "mean": 0.81, "ci95": [0.7, 0.92], "verdict": "best", "p_value": None}
    table.set_report(
        {
            "trials": [trial],
            "configurations": [config | {"test_mean": 0.83}],
            "baseline": {"model": "logistic regression", "metric": "acc", "score": 0.9, "split": "test"},
            "test_metric": "acc",
        }
    )
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[:6] == ["Trial", "State", "lr", "Per seed", "Mean ± 95% CI", "test acc (mean)"]
    assert table.rowCount() == 2 and table.item(0, 5).text() == "0.83" and table.item(0, 4).text() == "0.81 ± 0.11"
    assert table.item(1, 1).text() == "reference" and table.item(1, 5).text() == "0.9"
    assert "logistic regression" in table.item(1, len(headers) - 1).text()
    table.trial_started(1, {"lr": 0.01}, (0, 1))
    table.seed_started(1, 1)
    assert table.rowCount() == 3 and table.item(1, 1).text() == "running (seed 1)"


def test_seed_plot_names_configurations_by_their_values_and_leaves_room_for_the_legend(qtbot) -> None:  # noqa: ANN001
    from desktop.plots.study import SeedsPlot

    plot = SeedsPlot()
    qtbot.addWidget(plot)
    configs = [
        {"trial": 2, "params": {"train.optimizer.name": "adam"}, "seed_values": {"0": 0.95, "1": 0.97}},
        {"trial": 0, "params": {"train.optimizer.name": "sgd"}, "seed_values": {"0": 0.90, "1": 0.91}},
    ]
    for c in configs:
        c |= {"mean": sum(c["seed_values"].values()) / 2, "ci95": [c["seed_values"]["0"], c["seed_values"]["1"]]}
    plot.show_report({"configurations": configs, "objective": {"metric": "val_acc"}, "baseline": None})
    ticks = plot.getPlotItem().getAxis("bottom")._tickLevels[0]
    assert [label for _x, label in ticks] == ["adam", "sgd"]  # not "#2", "#0"
    (x_low, x_high), (y_low, y_high) = plot.getPlotItem().viewRange()
    assert x_high > 1.5  # space right of the last configuration for the legend
    assert y_high > 0.97 and y_low < 0.90  # the outer bars and dots are inside, not on the edge
