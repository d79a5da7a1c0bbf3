"""Network panel with a pretrained backbone: import weights into the library, pick them in the inspector,
freeze stages and see trainable vs frozen counts, and start from an earlier run."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from models.spec.data import DataSpec
from tests.desktop.test_network_panel import panels  # noqa: F401 - the data and network panels, engine ready
from tests.models.test_data_support import make_image_folder
from tests.models.weights_support import official_file


@pytest.fixture
def library(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "library"
    monkeypatch.setenv("DANLU_WEIGHTS_DIR", str(folder))
    return folder


@pytest.fixture
def panel(qtbot, state, panels, tmp_path, library):  # noqa: ANN001, ANN201, F811 - panels: a fixture
    """The network panel with a folder of 40x40 photos loaded (large enough for a backbone)."""
    _, network = panels
    network.resize(1300, 750)
    folder = make_image_folder(tmp_path / "photos", per_class=6, size=40)
    with qtbot.waitSignal(state.dataLoaded, timeout=30_000):
        state.set_data(DataSpec(source="image_folder", name=None, path=str(folder)))
    return network


def test_import_pick_and_freeze_a_backbone(qtbot, panel, state, tmp_path, monkeypatch) -> None:
    weights = official_file(tmp_path, "resnet18")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(weights), ""))
    panel.import_weights_action.trigger()
    qtbot.waitUntil(lambda: panel.status.text.text().startswith("Imported"), timeout=60_000)
    assert weights.name in panel.status.text.text()

    with qtbot.waitSignal(state.dataLoaded, timeout=60_000):  # RGB 224x224, ImageNet's normalisation
        panel.apply_template("finetune")
    layer = state.experiment.network.layers[0]
    assert (layer.type, layer.weights, layer.freeze) == ("backbone", weights.name, 3)
    assert state.network_ok, state.network_error
    summary = panel.summary
    assert f"({summary.trainable:,} trainable, {summary.frozen:,} frozen)" in panel.totals.text()

    panel.tree.select_path((0,))
    inspector = panel.inspector
    editor = inspector.editors["weights"]
    assert editor.value() == weights.name
    assert [editor.combo.itemData(i) for i in range(editor.combo.count())] == ["none", weights.name]
    assert "Frozen: " in inspector.stages_label.text() and "3: stage 3 (layer3)" in inspector.stages_label.text()
    freeze = inspector.editors["freeze"]
    freeze.combo.setCurrentIndex(freeze.combo.findData("none"))
    assert state.experiment.network.layers[0].freeze == "none"
    assert "frozen" not in panel.totals.text()
    inspector.editors["arch"].combo.setCurrentIndex(inspector.editors["arch"].combo.findData("mobilenet_v3_small"))
    assert [editor.combo.itemData(i) for i in range(editor.combo.count())] == ["none", weights.name]  # kept: a path
    panel.undo_action.trigger()
    assert state.experiment.network.layers[0].arch == "resnet18"


def test_initialise_from_run_sets_init_from_and_refuses_other_folders(qtbot, panel, state, tmp_path, monkeypatch):
    run = tmp_path / "runs" / "20260101-000000-earlier"
    (run / "checkpoints").mkdir(parents=True)
    (run / "experiment.yaml").write_text(state.experiment.to_yaml(), encoding="utf-8")
    (run / "checkpoints" / "best.ckpt").write_bytes(b"checked when training starts")
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(run))
    panel.init_from_action.trigger()
    assert state.experiment.network.init_from == str(run)
    assert panel.inspector.editors["init_from"].value() == str(run)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    panel.init_from_action.trigger()
    boxes = [w for w in panel.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and "not a run folder" in boxes[-1].text()
    boxes[-1].close()
    assert state.experiment.network.init_from == str(run)
    panel.undo_action.trigger()
    assert state.experiment.network.init_from is None


def test_a_backbone_reloads_the_images_as_it_expects_them(qtbot, panel, state) -> None:
    assert state.info.input_shape == (3, 40, 40)  # the folder's own size
    with qtbot.waitSignal(state.dataLoaded, timeout=60_000):
        panel.apply_template("finetune")
    image = state.experiment.data.image
    assert (image.size, image.channels) == ([224, 224], 3) and image.mean == [0.485, 0.456, 0.406]
    assert state.info.input_shape == (3, 224, 224) and panel.summary.input_shape == (3, 224, 224)
    assert state.network_ok and "Input [3, 224, 224]" in panel.totals.text()
