"""Plots drawn from training events (no training): binary ROC, normalised confusion, live buffer, theme."""

from __future__ import annotations

import numpy as np

from desktop.run_buffer import RunBuffer
from models.training.events import EpochEnd, RocCurve, RunFinished, RunStarted, StepProgress


def _events(class_names: tuple[str, ...], confusion: list[list[int]]) -> list[object]:
    curves = [RocCurve(name, [0.0, 0.2, 1.0], [0.0, 0.9, 1.0], 0.91) for name in class_names[1:]]
    return [
        RunStarted("/tmp/run", "exp", "classification", class_names, 3, 0, 10, "cpu", "32-true"),
        *[StepProgress(0, i, i, 10, 1.0 / i, 1e-3, 500.0, 10.0 - i) for i in range(1, 11)],
        EpochEnd(0, 10, {"train_loss": 0.5, "val_loss": 0.6, "val_acc": 0.8}, 1e-3, curves, confusion),
        RunFinished("finished", "/tmp/run", 1, 0.6, "val_loss", evaluation={"split": "test", "metrics": {"acc": 0.9}}),
    ]


def test_live_events_fill_the_buffer_and_a_binary_task_gets_one_roc_curve(qtbot) -> None:  # noqa: ANN001
    from desktop.panels.results_view import ResultsView

    buffer = RunBuffer()
    for event in _events(("benign", "malignant"), [[40, 2], [3, 25]]):
        buffer.add_event(event)
    assert len(buffer.step_x) == 10 and buffer.step_x.view()[-1] == 1.0  # x in fractional epochs
    assert buffer.metric("val_acc").tolist() == [0.8] and buffer.status == "finished"
    assert buffer.evaluation["split"] == "test" and buffer.curves_split == "validation"

    view = ResultsView()
    qtbot.addWidget(view)
    view.prepare_classes(buffer.class_names)
    ticks = [view.draw(buffer) for _ in range(6)]  # the live timer: one per-epoch plot per tick
    assert ticks == [True, True, True, False, False, False]  # curves, ROC, confusion; then nothing is redrawn
    assert view.roc.legend_texts() == ["malignant  AUC 0.910"]
    assert view.confusion.image.image.shape == (2, 2) and int(view.confusion.image.image.sum()) == 70
    assert [view.confusion.plot.getAxis("left")._tickLevels[0][i][1] for i in range(2)] == ["benign", "malignant"]
    view.confusion.normalize.setChecked(True)
    assert np.allclose(view.confusion.displayed().sum(axis=1), 1.0)
    assert np.allclose(view.confusion.image.image.T.sum(axis=1), 1.0)
    x, smooth = view.loss.smooth_curve.getData()
    assert len(x) == 10 and smooth[-1] < smooth[0]


def test_switching_the_theme_recolours_plots_and_window(qtbot, qapp) -> None:  # noqa: ANN001
    from desktop import theme
    from desktop.plots import LossPlot

    plot = LossPlot()
    qtbot.addWidget(plot)
    try:
        theme.apply_theme(qapp, "dark")
        assert plot.backgroundBrush().color().name() == theme.PLOT_COLORS["dark"].background
        assert qapp.palette().window().color().lightness() < 100
    finally:
        theme.apply_theme(qapp, "light")
    assert plot.backgroundBrush().color().name() == theme.PLOT_COLORS["light"].background


def test_a_compact_chart_follows_the_theme_and_keeps_its_grid_choice(qtbot, qapp) -> None:  # noqa: ANN001
    from desktop import theme
    from desktop.panels.predict_views import TopKChart

    chart = TopKChart()
    qtbot.addWidget(chart)
    chart.show_scores([("cat", 0.9), ("dog", 0.1)])
    recoloured: list[bool] = []
    chart.plot.themeChanged.connect(lambda: recoloured.append(True))
    axis = chart.plot.getPlotItem().getAxis("bottom")
    try:
        theme.apply_theme(qapp, "dark")
        assert recoloured and chart.plot.backgroundBrush().color().name() == theme.PLOT_COLORS["dark"].background
        assert not axis.grid  # no grid before, none after the switch
        assert not chart.plot.getPlotItem().titleLabel.isVisible() and chart.plot.minimumHeight() < 150
    finally:
        theme.apply_theme(qapp, "light")


def test_error_text_reads_danlu_errors_as_they_are_and_names_other_types() -> None:
    from desktop.errors import error_text
    from models.errors import DataError, TrainingError

    assert error_text(DataError("x.csv: no such file")) == "x.csv: no such file"
    assert error_text(TrainingError("the loss became NaN at epoch 1; lower the learning rate")).startswith("the loss")
    assert error_text(FileNotFoundError(2, "No such file or directory", "a.png")).endswith("'a.png'")
    assert error_text(ValueError("bad")) == "ValueError: bad" and error_text(RuntimeError()) == "RuntimeError"
    assert error_text(DataError("")) == "DataError"
