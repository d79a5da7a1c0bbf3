"""The window around the panels: start-up state, shortcuts, device choice, LR preview and finder, settings."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence

from desktop.settings import Settings
from desktop.state import ExperimentState
from tests.desktop.helpers import click, wait_for_default_experiment


def test_window_starts_in_a_loading_state_with_train_disabled(qtbot, runs_dir) -> None:  # noqa: ANN001
    from desktop.main_window import MainWindow

    window = MainWindow(ExperimentState(), start_engine=False)
    qtbot.addWidget(window)
    window.show()
    assert not window.act_train.isEnabled() and not window.training.train_button.isEnabled()
    assert "Loading" in window.engine_label.text() and "engine" in window.training.status.text()
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Data",
        "Network",
        "Train",
        "Results",
        "Runs",
        "Predict",
    ]
    window.engine.load_now()
    assert window.state.engine_ready and "ready" in window.engine_label.text()
    window.shutdown()


def test_shortcuts_and_toolbar_follow_the_run_state(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    assert w.act_train.shortcut() == QKeySequence("F5") and w.act_stop.shortcut() == QKeySequence("Shift+F5")
    assert w.act_new.shortcut() == QKeySequence("Ctrl+N") and w.act_open.shortcut() == QKeySequence("Ctrl+O")
    assert w.act_save.shortcut() == QKeySequence("Ctrl+S")
    wait_for_default_experiment(qtbot, w)
    assert w.act_train.isEnabled() and not w.act_stop.isEnabled() and not w.act_pause.isEnabled()
    w.state.set_network_validity(False, "layer 3 (linear): expected 64 features, got 16")
    assert not w.act_train.isEnabled() and "layer 3" in w.training.status.text()


def test_device_selector_offers_only_the_precisions_of_the_chosen_device(qtbot, main_window) -> None:  # noqa: ANN001
    selector = main_window.device_selector
    labels = [selector.device.itemText(i) for i in range(selector.device.count())]
    assert labels[0].startswith("Automatic") and any(label.startswith("CPU") for label in labels)
    selector.device.setCurrentIndex(selector.device.findData("cpu:0"))
    spec = main_window.state.experiment.train
    assert (spec.accelerator, spec.device_index) == ("cpu", 0)
    precisions = [selector.precision.itemData(i) for i in range(selector.precision.count())]
    assert precisions == ["32", "bf16-mixed"]
    selector.precision.setCurrentIndex(1)
    assert main_window.state.experiment.train.precision == "bf16-mixed"
    panel_selector = main_window.training.device  # the training panel's copy follows the state
    assert panel_selector.precision.currentData() == "bf16-mixed" and panel_selector.device.currentData() == "cpu:0"


def test_schedule_preview_redraws_when_the_schedule_changes(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    options, preview = w.training.options, w.training.preview.preview_curve
    options.sched_name.setCurrentIndex(options.sched_name.findData("step"))
    options.step_size.setValue(2)
    options.gamma.setValue(0.5)
    w.training.epochs.setValue(6)

    def step_curve_drawn() -> bool:
        x, y = preview.getData()
        return x is not None and len(x) and x[-1] == 6 and abs(y[-1] - y[0] * 0.25) < 1e-9

    qtbot.waitUntil(step_curve_drawn, timeout=10_000)
    assert not options.momentum.isEnabled() and options.beta1.isEnabled()  # Adam: betas apply, momentum not
    assert options.gamma.isEnabled() and not options.warmup.isEnabled()


def test_lr_finder_shows_its_curve_and_applies_the_suggestion_in_one_click(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    finder = w.training.lr_finder
    finder.num_training = 30
    with qtbot.waitSignal(finder.busyChanged, timeout=120_000, check_params_cb=lambda busy: not busy):
        click(qtbot, finder.find_button)
    x, _ = finder.plot.curve.getData()
    assert x is not None and len(x) >= 10
    assert finder.suggestion is not None and finder.apply_button.isEnabled()
    click(qtbot, finder.apply_button)
    assert w.state.experiment.train.optimizer.lr == float(f"{finder.suggestion:.3g}")
    assert w.training.options.lr.value() == w.state.experiment.train.optimizer.lr


def test_settings_persist_and_the_window_reopens_where_it_was(qtbot, tmp_path) -> None:  # noqa: ANN001
    from desktop.main_window import MainWindow

    settings = Settings()
    settings.theme = "dark"
    settings.runs_dir = str(tmp_path / "my-runs")
    settings.language = "zh_CN"
    settings.last_experiment = str(tmp_path / "a.yaml")
    settings.sync()
    again = Settings()
    assert (again.theme, again.runs_dir) == ("dark", str(tmp_path / "my-runs"))
    assert again.last_experiment == str(tmp_path / "a.yaml") and again.recent_experiments[0].endswith("a.yaml")
    assert again.resolved_runs_dir() == tmp_path / "my-runs"

    window = MainWindow(ExperimentState(), again, start_engine=False)
    qtbot.addWidget(window)
    window.show()
    window.resize(window.minimumSizeHint().width() + 37, window.minimumSizeHint().height() + 23)
    geometry = window.saveGeometry()
    window.close()
    assert Settings().geometry() == geometry
    reopened = MainWindow(ExperimentState(), Settings(), start_engine=False)
    qtbot.addWidget(reopened)
    assert (reopened.width(), reopened.height()) != (1440, 900)  # the saved geometry, not the first-run size


def test_chinese_translation_is_used_when_chosen(qtbot, qapp, runs_dir) -> None:  # noqa: ANN001
    from desktop.i18n import install_translators
    from desktop.main_window import MainWindow

    assert install_translators(qapp, "zh_CN") == "zh_CN"
    try:
        window = MainWindow(ExperimentState(), start_engine=False)
        qtbot.addWidget(window)
        assert window.training.train_button.text() == "训练"
        assert window.nav.item(0).text() == "数据"
    finally:
        install_translators(qapp, "en")


def test_every_registry_label_has_a_chinese_translation(qapp) -> None:  # noqa: ANN001
    from desktop.i18n import install_translators, vocab_text
    from models.vocab import BUILTINS, DATA_SOURCES, LOSSES, METRICS

    labels = [e.label for registry in (METRICS, LOSSES, DATA_SOURCES, BUILTINS) for e in registry.values()]
    labels += [e.file_types for e in DATA_SOURCES.values() if e.file_types]
    assert install_translators(qapp, "zh_CN") == "zh_CN"
    try:
        untranslated = [t for t in labels if vocab_text(t) == t and t not in ("MSE", "MAE", "R²")]
        assert untranslated == []
        assert vocab_text(METRICS["val_acc"].label) == "准确率"
    finally:
        install_translators(qapp, "en")


def test_the_app_window_shows_before_its_panels_are_built(qtbot, runs_dir) -> None:  # noqa: ANN001
    from desktop.main_window import PAGES, MainWindow

    window = MainWindow(ExperimentState(), start_engine=False, defer_panels=True)
    qtbot.addWidget(window)
    window.show()
    assert window.panels == {} and window.stack.count() == len(PAGES)  # placeholders: nothing heavy yet
    with qtbot.waitSignal(window.panelsReady, timeout=30_000):
        pass
    assert list(window.panels) == list(PAGES)
    assert window.stack.currentWidget() is window.panels["data"]
    assert not window.act_train.isEnabled()  # the engine is not loaded
    window.shutdown()


def test_changing_the_task_picks_a_fitting_loss(qtbot, main_window) -> None:  # noqa: ANN001
    options = main_window.training.options
    options.task.setCurrentIndex(options.task.findData("regression"))
    train = main_window.state.experiment.train
    assert (train.task, train.loss) == ("regression", "mse")
    assert not options.loss.model().item(options.loss.findData("cross_entropy")).isEnabled()
    options.task.setCurrentIndex(options.task.findData("classification"))
    assert main_window.state.experiment.train.loss == "cross_entropy"
    assert not main_window.training.invalid_label.isVisible()


def test_the_run_buttons_stay_visible_on_the_dark_theme(qtbot, qapp, main_window) -> None:  # noqa: ANN001
    from desktop import theme

    def brightest_glyph_pixel() -> int:
        image = main_window.act_train.icon().pixmap(18, 18).toImage()
        return max(
            (
                image.pixelColor(x, y).lightness()
                for x in range(image.width())
                for y in range(image.height())
                if image.pixelColor(x, y).alpha() > 200
            ),
            default=0,
        )

    try:
        theme.apply_theme(qapp, "dark")
        assert brightest_glyph_pixel() > 180  # a light glyph on the dark toolbar (Fusion's is black)
    finally:
        theme.apply_theme(qapp, "light")
    assert brightest_glyph_pixel() < 100  # back to the style's own dark glyph on the light toolbar
