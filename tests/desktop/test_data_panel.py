"""Data panel: the default dataset loads on engine start, a broken path shows an error and the app keeps
working, split and augmentation controls take effect, folders and CSV files can be dropped in."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QMessageBox

from models.spec.data import DataSpec


@pytest.fixture
def panel(qtbot, state):  # noqa: ANN001, ANN201
    """A data panel on a state whose engine is ready; the default (digits) is loaded."""
    import models.data  # noqa: F401 - the engine (torch) the panel may use after engineReady
    from desktop.panels.data import DataPanel

    p = DataPanel(state)
    qtbot.addWidget(p)
    p.resize(1100, 700)
    p.show()
    with qtbot.waitSignal(state.dataLoaded, timeout=30_000):
        state.set_engine_ready()
    return p


def _error_dialogs(widget) -> list[QMessageBox]:  # noqa: ANN001
    return [b for b in widget.findChildren(QMessageBox) if b.objectName() == "danluErrorDialog" and b.isVisible()]


def _drop(widget, path: Path) -> None:  # noqa: ANN001
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(
        QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    widget.dropEvent(event)


def test_default_digits_load_on_engine_ready_with_counts_and_thumbnails(qtbot, panel, state) -> None:
    assert state.info.input_shape == (1, 8, 8)
    assert panel.status.kind == "ok" and "1797" in panel.status.text.text()
    assert "[1, 8, 8]" in panel.facts.labels["shape"].text()
    bars = panel.counts.bars["train"].opts
    assert len(bars["x"]) == 10 and sum(bars["height"]) == state.summary.split_sizes["train"]
    qtbot.waitUntil(lambda: panel.samples.count == 80, timeout=10_000)  # 8 thumbnails for each of 10 classes


def test_broken_path_shows_error_dialog_and_app_keeps_working(qtbot, panel, state, tmp_path) -> None:
    missing = tmp_path / "no_such_folder"
    source = panel.form.form["source"].combo
    source.setCurrentIndex(source.findData("image_folder"))
    with qtbot.waitSignal(state.dataFailed, timeout=10_000) as failed:
        panel.form.path.line.setText(str(missing))
        panel.form.path.line.editingFinished.emit()
    assert "no_such_folder" in failed.args[0]
    dialogs = _error_dialogs(panel)
    assert len(dialogs) == 1 and "no_such_folder" in dialogs[0].text()
    assert state.info is None and panel.status.kind == "error"
    # The choice stays in the form, editable; choosing a good dataset loads it.
    assert panel.form.path.line.text() == str(missing) and panel.form.isEnabled()
    dialogs[0].accept()
    with qtbot.waitSignal(state.dataLoaded, timeout=30_000):
        source.setCurrentIndex(source.findData("builtin"))
    assert state.experiment.data.source == "builtin" and panel.status.kind == "ok"


def test_split_slider_and_seed_change_the_split(qtbot, panel, state) -> None:
    with qtbot.waitSignal(state.dataLoaded, timeout=30_000):
        panel.split.form["split.val"].slider.setValue(30)
    assert state.experiment.data.split.val == pytest.approx(0.30)
    assert state.summary.split_sizes["val"] == pytest.approx(0.30 * 1797, abs=2)
    assert panel.split.train_label.text() == "55 %"


def test_augmentation_preview_is_live_and_keeps_the_loaded_data(qtbot, panel, state) -> None:
    info = state.info
    panel.augment.form["augment.enabled"].check.setChecked(True)
    panel.augment.form["augment.rotation"].spin.setValue(30)
    with qtbot.waitSignal(panel.previewShown, timeout=30_000):  # the commit is debounced, then previewed
        qtbot.waitUntil(lambda: state.experiment.data.augment.rotation == 30, timeout=5_000)
    assert state.experiment.data.augment.enabled
    assert state.info is info  # augmentation does not reload the dataset
    assert panel.preview.count > 0 and "training" in panel.preview.caption.text()


def test_dropped_image_folder_loads_with_skipped_files(qtbot, panel, state, tmp_path) -> None:
    rng = np.random.default_rng(0)
    for cls in ("cats", "dogs"):
        (tmp_path / "pets" / cls).mkdir(parents=True)
        for i in range(8):
            arr = rng.integers(0, 255, size=(12, 12, 3), dtype=np.uint8)
            Image.fromarray(arr).save(tmp_path / "pets" / cls / f"{i}.png")
    (tmp_path / "pets" / "dogs" / "broken.png").write_bytes(b"not a png")
    with qtbot.waitSignal(state.dataLoaded, timeout=30_000):
        _drop(panel, tmp_path / "pets")
    assert state.experiment.data.source == "image_folder"
    assert state.info.class_names == ("cats", "dogs")
    assert panel.skipped.rowCount() == 1 and "broken.png" in panel.skipped.item(0, 0).text()
    assert "(1)" in panel.tabs.tabText(panel.tabs.indexOf(panel.skipped))
    qtbot.waitUntil(lambda: panel.samples.count > 0, timeout=10_000)


def test_tabular_csv_is_loaded_from_a_file(qtbot, panel, state, tmp_path) -> None:
    rows = ["a,b,label"] + [f"{i % 7},{(i * 3) % 5},{'yes' if i % 2 else 'no'}" for i in range(60)]
    csv = tmp_path / "table.csv"
    csv.write_text("\n".join(rows) + "\n", encoding="utf-8")
    with qtbot.waitSignal(state.dataLoaded, timeout=30_000):
        panel.form.set_path(str(csv))
    assert state.experiment.data == DataSpec(source="tabular", name=None, path=str(csv))
    assert state.info.modality == "tabular" and state.info.class_names == ("no", "yes")
    assert not panel.augment.isVisible()  # augmentation is for images only


def test_dropped_sequence_file_shows_series_per_class(qtbot, panel, state, tmp_path) -> None:
    from models.data.builtin import make_waveforms

    x, y = make_waveforms(n_per_class=10)
    np.savez(tmp_path / "waves.npz", X=x, y=y)
    with qtbot.waitSignal(state.dataLoaded, timeout=30_000):
        _drop(panel, tmp_path / "waves.npz")
    assert state.experiment.data.source == "sequence" and state.info.input_shape == (64, 1)
    qtbot.waitUntil(lambda: len(panel.series.plots) == 4, timeout=10_000)  # one plot per class
    assert panel.tabs.isTabVisible(panel.tabs.indexOf(panel.series))
    assert not panel.tabs.isTabVisible(panel.tabs.indexOf(panel.samples))
