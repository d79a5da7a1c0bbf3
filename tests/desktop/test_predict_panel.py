"""Predict panel: after a tiny training run on digits, dropped images get top-k probability bars, a bad file
gets an error row, and the misclassified gallery shows true and predicted labels."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent

pytestmark = pytest.mark.slow  # the panel predicts with a run trained for the module


@pytest.fixture(scope="module")
def digits_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A one-epoch LeNet run on the built-in digits (a few batches: enough to predict, not to be good)."""
    from models.defaults import experiment_for
    from models.spec.data import DataSpec
    from models.training import fit

    experiment = experiment_for(DataSpec(name="digits"))
    experiment.train.epochs = 1
    experiment.train.accelerator = "cpu"
    result = fit(experiment, runs_dir=tmp_path_factory.mktemp("runs"), limit_batches=4)
    assert result.status == "finished"
    return Path(result.run_dir)


@pytest.fixture
def digit_pngs(tmp_path: Path) -> list[Path]:
    from sklearn.datasets import load_digits

    digits = load_digits()
    paths = []
    for i in range(3):
        path = tmp_path / f"digit_{digits.target[i]}.png"
        Image.fromarray((digits.images[i] * 16).clip(0, 255).astype(np.uint8)).save(path)
        paths.append(path)
    return paths


@pytest.fixture
def panel(qtbot, state, digits_run):  # noqa: ANN001, ANN201
    from desktop.panels.predict import PredictPanel

    p = PredictPanel(state)
    qtbot.addWidget(p)
    p.resize(1000, 600)
    p.show()
    state.set_engine_ready()
    with qtbot.waitSignal(p.runLoaded, timeout=30_000):
        p.set_run(str(digits_run))
    return p


def test_dropped_digit_images_get_top_k_bars(qtbot, panel, digit_pngs, tmp_path) -> None:
    broken = tmp_path / "broken.png"
    broken.write_text("not an image", encoding="utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in [*digit_pngs, broken]])
    with qtbot.waitSignal(panel.predictionsShown, timeout=30_000):
        panel.dropEvent(
            QDropEvent(
                QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
            )
        )
    assert panel.list.count() == 4
    panel.list.setCurrentRow(0)
    chart = panel.chart
    assert len(chart.labels) == 5 and set(chart.labels) <= {str(d) for d in range(10)}  # top 5 of 10 digits
    assert chart.values == sorted(chart.values, reverse=True) and 0 < sum(chart.values) <= 1.0001
    assert len(chart.bars.opts["width"]) == 5 and chart.stack.currentWidget() is chart.plot
    assert "digit_0.png" in panel.value_label.text()
    assert "broken.png" in panel.list.item(3).text()  # the bad file is reported on its own row
    assert panel.status.kind == "ok"
    with qtbot.waitSignal(panel.predictionsShown, timeout=30_000):
        panel.top_k.setValue(3)
    panel.list.setCurrentRow(1)
    assert len(panel.chart.labels) == 3


def test_misclassified_gallery_lists_true_and_predicted_labels(qtbot, panel) -> None:
    with qtbot.waitSignal(panel.misclassifiedShown, timeout=60_000):
        panel.show_misclassified("val")
    assert panel.gallery.count > 0  # four batches of training leave mistakes to show
    assert "misclassified" in panel.mis_summary.text()
    text = " ".join(label.text() for label in panel.gallery.widget().findChildren(type(panel.title)))
    assert "true:" in text and "predicted:" in text
