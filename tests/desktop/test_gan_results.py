"""The Results view of a generation (GAN) run: curves, the sample grid and its slider, strips, warnings."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from desktop.panels.results_view import ResultsView
from desktop.run_buffer import RunBuffer
from models.sample_grids import save_png
from models.training.events import EpochEnd, GeneratedSamples, LogMessage, RunFinished, RunStarted


def grid(value: int) -> np.ndarray:
    out = np.zeros((19, 28), dtype=np.uint8)
    out[1:9, 1:9] = value
    return out


def started() -> RunStarted:
    return RunStarted("/tmp/run", "gan", "generation", ("0", "1"), 3, 0, 10, "cpu", "32")


def epoch(i: int) -> EpochEnd:
    metrics = {
        "train_g_loss": 0.7 + i,
        "train_d_loss": 1.2,
        "train_d_real": 0.6,
        "train_d_fake": 0.4,
        "val_fd": 90.0 - i,
    }
    return EpochEnd(i, 10 * (i + 1), metrics, 2e-4)


@pytest.fixture
def view(qtbot) -> ResultsView:  # noqa: ANN001
    widget = ResultsView()
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    return widget


def shown(view: ResultsView) -> np.ndarray:
    return view.gan.samples.image.item.image


def test_the_sample_grid_changes_with_each_epoch_and_the_slider_goes_back(qtbot, view: ResultsView) -> None:  # noqa: ANN001
    buf = RunBuffer()
    for event in (started(), epoch(0), GeneratedSamples("epoch", 0, 10, grid(50), 2, 3)):
        buf.add_event(event)
    view.draw(buf)
    assert view.gan.isVisible() and not view.loss.isVisible() and not view.confusion.isVisible()
    assert np.array_equal(shown(view), grid(50))
    assert view.gan.losses.point_count("train_g_loss") == 1 and view.gan.quality.point_count("val_fd") == 1

    buf.add_event(GeneratedSamples("live", 1, 15, grid(120), 2, 3))  # within epoch 2: the view follows live
    view.draw(buf)
    assert np.array_equal(shown(view), grid(120)) and "in progress" in view.gan.samples.label.text()
    for event in (epoch(1), GeneratedSamples("epoch", 1, 20, grid(200), 2, 3)):
        buf.add_event(event)
    view.draw(buf)
    samples = view.gan.samples
    assert np.array_equal(shown(view), grid(200)) and samples.slider.maximum() == 1
    assert samples.label.text() == "epoch 2 of 2"

    samples.slider.setValue(0)  # back to the first epoch, and it stays there while the run goes on
    assert np.array_equal(shown(view), grid(50)) and samples.label.text() == "epoch 1 of 2"
    buf.add_event(GeneratedSamples("live", 2, 25, grid(90), 2, 3))
    view.draw(buf)
    assert np.array_equal(shown(view), grid(50))
    samples.slider.setValue(samples.slider.maximum())
    assert np.array_equal(shown(view), grid(90))


def test_strips_and_warnings_appear(qtbot, view: ResultsView) -> None:  # noqa: ANN001
    buf = RunBuffer()
    buf.add_event(started())
    view.draw(buf)
    assert not view.gan.warning.isVisible() and not view.gan.strip.isVisible()
    text = "the discriminator wins outright: its loss has stayed below 0.05 for 3 epochs"
    for event in (
        LogMessage("warning", text),
        GeneratedSamples("interpolation", 2, 30, grid(10), 4, 10),
        GeneratedSamples("classes", 2, 30, grid(20), 2, 10),
        RunFinished("finished", "/tmp/run", 3, 30.0, "val_fd"),
    ):
        buf.add_event(event)
    view.draw(buf, complete=True)
    assert view.gan.warning.isVisible() and text in view.gan.warning.text()
    assert view.gan.strip.isVisible() and np.array_equal(view.gan.strip.item.image, grid(10))
    assert view.gan.classes.isVisible() and np.array_equal(view.gan.classes.item.image, grid(20))


def test_a_saved_gan_run_shows_its_grids_from_the_run_folder(qtbot, view: ResultsView, tmp_path: Path) -> None:  # noqa: ANN001
    run = tmp_path / "run"
    for i in range(3):
        save_png(grid(40 * (i + 1)), run / "samples" / f"epoch-{i + 1:04d}.png")
    save_png(grid(7), run / "samples" / "interpolation.png")
    (run / "status.json").write_text(json.dumps({"status": "finished", "task": "generation", "warnings": ["collapse"]}))
    (run / "metrics.csv").write_text("epoch,step,train_g_loss,val_fd\n0,9,0.8,80.0\n1,19,0.9,70.0\n2,29,0.9,60.0\n")
    buf = RunBuffer.from_run_dir(run)
    view.draw(buf, force=True)
    assert view.gan.quality.point_count("val_fd") == 3
    assert view.gan.samples.slider.maximum() == 2 and np.array_equal(shown(view), grid(120))
    view.gan.samples.slider.setValue(0)
    assert np.array_equal(shown(view), grid(40))
    assert np.array_equal(view.gan.strip.item.image, grid(7)) and "collapse" in view.gan.warning.text()


def spread_epoch(i: int, diversity: float, class_acc: float | None = None) -> EpochEnd:
    metrics = {"train_g_loss": 0.7, "train_d_loss": 1.2, "val_fd": 90.0 - i, "val_diversity": diversity}
    if class_acc is not None:  # only conditional GANs log how often the drawn class is recognised
        metrics["val_class_acc"] = class_acc
    return EpochEnd(i, 10 * (i + 1), metrics, 2e-4)


def test_the_samples_plot_fits_a_feature_spread_above_one(qtbot, view: ResultsView) -> None:  # noqa: ANN001
    buf = RunBuffer()
    buf.add_event(started())
    for i, diversity in enumerate((2.4, 1.6, 0.9)):  # a noisy early generator varies more than the real data
        buf.add_event(spread_epoch(i, diversity))
    view.draw(buf)
    spread = view.gan.spread
    low, high = spread.getPlotItem().viewRange()[1]
    assert low <= 0 and 2.4 <= high < 2.7  # every point on the plot, nothing clipped at 1.05
    assert spread.point_count("val_diversity") == 3

    view.clear()  # a run whose points are all shares: the familiar 0 to 1 scale
    buf = RunBuffer()
    buf.add_event(started())
    buf.add_event(spread_epoch(0, 0.8, class_acc=0.6))
    view.draw(buf)
    low, high = spread.getPlotItem().viewRange()[1]
    assert low <= 0 and 1.05 <= high < 1.15


def test_the_samples_legend_lists_only_the_series_a_run_logs(qtbot, view: ResultsView) -> None:  # noqa: ANN001
    spread = view.gan.spread
    buf = RunBuffer()
    buf.add_event(started())
    view.draw(buf)
    assert spread.legend_texts() == []  # nothing logged yet: no legend
    buf.add_event(spread_epoch(0, 0.7))  # an unconditional GAN: no class accuracy, ever
    view.draw(buf)
    assert spread.legend_texts() == ["feature spread vs real images"]
    assert spread.point_count("val_class_acc") == 0

    conditional = RunBuffer()
    conditional.add_event(started())
    conditional.add_event(spread_epoch(0, 0.7, class_acc=0.4))
    view.clear()
    view.draw(conditional)
    assert spread.legend_texts() == ["drawn class recognised", "feature spread vs real images"]
