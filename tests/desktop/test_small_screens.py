"""Small screens (issue 10, item 20): the window fits a 1280x720 laptop with a task bar, the Runs table shows
several runs at once, the confusion matrix stays legible with many classes, and the screenshot tool captures
the pages at laptop sizes in both themes."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetricsF, QImage
from PySide6.QtWidgets import QScrollArea

from tests.desktop.test_runs_panel import make_run


def test_the_main_window_fits_1280x680_with_the_log_shown(qtbot, main_window) -> None:  # noqa: ANN001
    dock = main_window.findChild(type(main_window.log.parent()), "logDock")
    assert dock is not None and dock.isVisible()
    long_name = "Finished · test accuracy 0.9593 · network 0.96 - baseline 0.96 · 20261201-104359-" + "x" * 90
    main_window.show_page("results")
    qtbot.wait(20)
    main_window.results.title.setText(long_name)  # a run's headline does not widen the window
    qtbot.wait(20)  # the layouts take the new text in
    hint = main_window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 680, hint
    main_window.results.view.set_task("generation")  # a GAN's results: sample grids and four plots
    qtbot.wait(20)
    assert main_window.minimumSizeHint().height() <= 680, main_window.minimumSizeHint()
    main_window.results.view.set_task("classification")
    main_window.show_page("predict")
    main_window.panels["predict"].explain.toggle.setChecked(True)  # Explain shows its map under the result
    qtbot.wait(20)
    assert main_window.minimumSizeHint().height() <= 680, main_window.minimumSizeHint()
    qtbot.waitUntil(lambda: main_window.state.info is not None)  # the data form shows its longest choices
    main_window.resize(1280, 680)  # a 1280x720 screen less a task bar: the window really gets that size
    qtbot.waitUntil(lambda: (main_window.width(), main_window.height()) == (1280, 680))
    for key in main_window.panels:
        main_window.show_page(key)
        page = main_window.stack.currentWidget()
        assert page.height() >= page.minimumSizeHint().height() - 1, key  # nothing squeezed below its minimum
        for area in page.findChildren(QScrollArea):  # forms that scroll only vertically are not cut at the right
            if area.isVisible() and area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                assert area.widget().width() <= area.viewport().width(), (key, area.widget())


def test_the_runs_table_shows_five_rows_at_1280x720(qtbot, main_window, runs_dir) -> None:  # noqa: ANN001
    now = time.time()
    for i in range(8):
        make_run(runs_dir, f"run-{i}", "finished", [1.0 - i * 0.05, 0.5], now - i * 60)
    main_window.resize(1280, 720)
    main_window.show_page("runs")
    runs = main_window.runs
    runs.refresh()
    qtbot.waitUntil(lambda: runs.table.rowCount() == 8)
    qtbot.wait(50)
    table = runs.table
    visible = sum(
        1
        for row in range(table.rowCount())
        if table.rowViewportPosition(row) >= 0
        and table.rowViewportPosition(row) + table.rowHeight(row) <= table.viewport().height()
    )
    assert visible >= 5, f"only {visible} rows visible in a {table.viewport().height()} px table"
    assert main_window.minimumSizeHint().height() <= 680  # five rows still fit a 1280x720 screen
    runs.select_run(runs.runs[0].path)
    runs.open_selected()
    qtbot.wait(50)
    assert runs.detail.confusion.isVisible()  # the opened run's plots are there too (scrolled if need be)


def test_the_confusion_numbers_shrink_and_hide_as_cells_get_small(qtbot) -> None:  # noqa: ANN001
    from desktop.plots import ConfusionPlot

    plot = ConfusionPlot()
    qtbot.addWidget(plot)
    plot.resize(440, 380)
    plot.show()
    qtbot.waitExposed(plot)

    def show(n: int) -> tuple[float, bool]:
        rng = np.random.default_rng(n)
        plot.set_matrix(rng.integers(0, 400, size=(n, n)), [f"class {i}" for i in range(n)])
        qtbot.wait(20)
        return plot.cell_font_px, plot.cells.isVisible()

    few, few_shown = show(3)
    many, many_shown = show(12)
    assert few_shown and many_shown and many < few
    # every number fits its cell: its rendered width is less than the cell's width on screen
    cell = plot.cell_pixels()
    assert max(QFontMetricsF(t.textItem.font()).horizontalAdvance(t.textItem.toPlainText()) for t in plot._texts) < cell
    _, crowded_shown = show(24)
    assert not crowded_shown  # 24 cells across 300 px: colours only, no overlapping numbers
    plot.resize(1400, 1300)
    qtbot.waitUntil(lambda: plot.cells.isVisible())  # room again: the numbers come back


def test_screenshots_capture_pages_at_laptop_sizes_in_both_themes(qtbot, main_window, tmp_path: Path) -> None:  # noqa: ANN001
    from desktop.screenshots import capture_pages, parse_sizes

    assert parse_sizes("1280x720,1366x768") == [(1280, 720), (1366, 768)]
    written = capture_pages(main_window, tmp_path, sizes=[(1280, 720)], themes=("light", "dark"), pages=("runs",))
    assert written == ["runs-1280x720-light.png", "runs-1280x720-dark.png"]
    light, dark = (QImage(str(tmp_path / name)) for name in written)
    assert (light.width(), light.height()) == (1280, 720) and (dark.width(), dark.height()) == (1280, 720)
    assert light.pixelColor(640, 700).lightness() > dark.pixelColor(640, 700).lightness()


def test_a_roc_legend_is_never_cut_off_by_a_small_plot(qtbot) -> None:  # noqa: ANN001
    from desktop.plots import RocPlot

    plot = RocPlot()
    qtbot.addWidget(plot)
    curves = [{"label": str(i), "fpr": [0, 0.1, 1], "tpr": [0, 0.9, 1], "auc": 0.95} for i in range(10)]

    def legend_inside() -> bool:
        box = plot.getPlotItem().getViewBox().sceneBoundingRect()
        return box.toAlignedRect().adjusted(-1, -1, 1, 1).contains(plot.legend.sceneBoundingRect().toAlignedRect())

    plot.resize(520, 420)
    plot.show()
    qtbot.waitExposed(plot)
    plot.set_curves(curves)
    qtbot.waitUntil(lambda: plot.legend.isVisible() and legend_inside())
    plot.resize(330, 190)  # a 1280x720 window's ROC plot: ten rows would overflow its top
    qtbot.waitUntil(lambda: not plot.legend.isVisible() or legend_inside())
    plot.resize(900, 170)  # wide and short: more columns, fewer rows
    qtbot.waitUntil(lambda: plot.legend.isVisible() and legend_inside())
    assert plot.legend.columnCount > 2


def test_the_lr_preview_and_schedule_choice_are_in_view_at_1280x720(qtbot, main_window) -> None:  # noqa: ANN001
    from PySide6.QtCore import QPoint

    main_window.resize(1280, 720)
    main_window.show_page("train")
    qtbot.wait(50)
    training = main_window.training
    area = training.preview.parentWidget()
    while not isinstance(area, QScrollArea):
        area = area.parentWidget()
    viewport = area.viewport()
    for widget in (training.preview, training.options.form["scheduler.name"]):
        top = widget.mapTo(viewport, QPoint(0, 0)).y()
        assert top >= 0 and top + widget.height() <= viewport.height(), (widget, top, viewport.height())


def test_screenshot_sizes_are_checked_before_anything_starts(capsys) -> None:  # noqa: ANN001
    import pytest

    from desktop.app import parse_args
    from desktop.launcher import wants_gui
    from desktop.screenshots import parse_sizes

    assert parse_args(["--screenshots", "out", "--screenshot-sizes", "1280x720"]).screenshot_sizes == [(1280, 720)]
    assert wants_gui(["--screenshot-sizes", "1280x720", "--screenshots", "out"])
    with pytest.raises(SystemExit):
        parse_args(["--screenshot-sizes", "1280x720"])  # sizes alone: nothing to capture
    assert "needs --screenshots" in capsys.readouterr().err
    with pytest.raises(ValueError, match="'1280by720' is not a window size"):
        parse_sizes("1280by720")
    with pytest.raises(SystemExit):  # refused while parsing the command line, before any window is built
        parse_args(["--screenshots", "out", "--screenshot-sizes", "1280by720"])
    assert "'1280by720' is not a window size" in capsys.readouterr().err


def test_a_metric_legend_refits_when_series_appear(qtbot) -> None:  # noqa: ANN001
    from desktop.plots import MetricPlot

    series = [(f"m{i}", f"a long metric label {i}") for i in range(6)]
    plot = MetricPlot("Metrics", "score", series)
    qtbot.addWidget(plot)
    plot.resize(420, 170)
    plot.show()
    qtbot.waitExposed(plot)

    def legend_inside() -> bool:
        box = plot.getPlotItem().getViewBox().sceneBoundingRect()
        return box.toAlignedRect().adjusted(-1, -1, 1, 1).contains(plot.legend.sceneBoundingRect().toAlignedRect())

    for key, _label in series:  # entries arrive with the run's first epochs, without any resize
        plot.set_series(key, [1, 2], [0.5, 0.6])
    qtbot.waitUntil(lambda: not plot.legend.isVisible() or legend_inside())
