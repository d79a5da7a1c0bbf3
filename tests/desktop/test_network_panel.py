"""Network panel: the default template fits the default data, an invalid layer disables training and is
highlighted until fixed, undo/redo, inspector edits, residual blocks, templates for sequences, YAML files."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from models.spec.data import DataSpec
from models.spec.network import NetworkSpec
from tests.desktop.helpers import show_loaded


@pytest.fixture
def panels(qtbot, state):  # noqa: ANN001, ANN201
    """Data and network panels on one state, engine ready and the default dataset (digits) loaded."""
    from desktop.panels.data import DataPanel
    from desktop.panels.network import NetworkPanel

    data, network = DataPanel(state), NetworkPanel(state)
    show_loaded(qtbot, state, (data, network), shown=(network,))
    return data, network


def _types(state) -> list[str]:  # noqa: ANN001
    return [layer.type for layer in state.experiment.network.layers]


def test_default_data_gets_the_default_template_and_is_trainable(panels, state) -> None:
    _, panel = panels
    assert state.experiment.network.template == "lenet"
    assert state.network_ok and state.network_error == ""
    assert panel.tree.topLevelItemCount() == len(state.experiment.network.layers)
    last = panel.tree.items[(len(state.experiment.network.layers) - 1,)]
    assert last.text(1) == "[10]"  # output shape column
    assert "parameters" in panel.totals.text()
    assert not panel.undo_action.isEnabled()  # the starting network is not an edit


def test_invalid_layer_disables_train_and_is_highlighted_until_fixed(qtbot, panels, state) -> None:
    _, panel = panels
    flatten = _types(state).index("flatten")
    panel.tree.select_path((flatten,))
    with qtbot.waitSignal(state.networkValidityChanged) as validity:
        panel.delete_action.trigger()
    ok, message = validity.args
    assert not ok and not state.network_ok
    assert f"layer {flatten} (linear)" in message and "flatten" in message
    assert panel.tree.has_error((flatten,))
    assert "flatten" in panel.tree.items[(flatten,)].toolTip(0)
    assert panel.status.kind == "error"
    # Fix it: insert a flatten from the palette in front of the failing linear layer.
    panel.tree.select_path((flatten - 1,))
    palette_item = panel.palette.layer_items()["flatten"]
    panel.palette.tree.itemDoubleClicked.emit(palette_item, 0)
    assert state.network_ok and _types(state)[flatten] == "flatten"
    assert not any(panel.tree.has_error(p) for p in panel.tree.items)


def test_undo_and_redo_with_the_keyboard(qtbot, panels, state) -> None:
    _, panel = panels
    before = state.experiment.network.model_copy(deep=True)
    panel.tree.select_path((0,))
    panel.duplicate_action.trigger()
    after = state.experiment.network.model_copy(deep=True)
    assert len(after.layers) == len(before.layers) + 1
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert state.experiment.network == before
    qtbot.keyClick(panel.tree, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert state.experiment.network == after


def test_inspector_edits_are_validated_and_merge_into_one_undo_step(panels, state) -> None:
    _, panel = panels
    last = len(state.experiment.network.layers) - 1
    panel.tree.select_path((last,))
    editor = panel.inspector.editors["out_features"]
    assert editor.spin.minimum() == 1  # Field(ge=1)
    editor.spin.setValue(11)
    editor.spin.setValue(12)
    assert state.experiment.network.layers[last].out_features == 12
    assert not state.network_ok and "out_features to 10" in state.network_error
    assert panel.tree.has_error((last,)) and panel.inspector.error_label.isVisible()
    assert panel.undo_stack.count() == 1  # two edits of one field, one undo step
    panel.undo_stack.undo()
    assert state.experiment.network.layers[last].out_features == 10 and state.network_ok


def test_generated_editors_follow_the_field_types(panels, state) -> None:
    _, panel = panels
    conv = _types(state).index("conv2d")
    panel.tree.select_path((conv,))
    editors = panel.inspector.editors
    assert editors["kernel_size"].spin.minimum() == 1
    assert editors["bias"].check.isChecked()
    padding = editors["padding"]
    padding.combo.setCurrentIndex(padding.combo.findData("same"))
    assert state.experiment.network.layers[conv].padding == "same"
    init = editors["init"]
    init.combo.setCurrentIndex(init.combo.findData("kaiming_normal"))
    assert state.experiment.network.layers[conv].init == "kaiming_normal"
    pool = _types(state).index("maxpool2d")
    panel.tree.select_path((pool,))
    stride = panel.inspector.editors["stride"]  # int | None: a check box turns it on
    assert stride.value() is None and not stride.inner.isEnabled()
    stride.check.setChecked(True)
    assert state.experiment.network.layers[pool].stride == 1


def test_wrap_in_residual_block_and_move(panels, state) -> None:
    _, panel = panels
    types = _types(state)
    conv = types.index("conv2d")
    panel.tree.select_path((conv + 1,))
    panel.tree.items[(conv + 2,)].setSelected(True)
    panel.wrap_action.trigger()
    block = state.experiment.network.layers[conv + 1]
    assert block.type == "residual" and [inner.type for inner in block.layers] == types[conv + 1 : conv + 3]
    assert panel.tree.items[(conv + 1,)].childCount() == 2
    assert state.network_ok and panel.summary.row(f"{conv + 1}.0").output_shape is not None
    panel.move_layer((conv + 1, 1), (), 0)  # drag an inner layer out to the top
    assert _types(state)[0] == types[conv + 2] and len(state.experiment.network.layers[conv + 2].layers) == 1


def test_sequence_data_with_the_lstm_template_has_a_valid_summary(qtbot, panels, state) -> None:
    _, panel = panels
    with qtbot.waitSignal(state.dataLoaded, timeout=30_000):
        state.set_data(DataSpec(name="waveforms"))
    assert state.experiment.network.template == "fcn1d"  # the untouched lenet was re-made for sequences
    panel.apply_template("lstm")
    assert _types(state) == ["lstm", "linear"]
    assert state.network_ok and panel.summary.ok
    assert panel.summary.output_shape == (4,) and panel.summary.rows[0].output_shape == (64,)
    assert panel.tree.items[(1,)].text(1) == "[4]"


def test_save_and_open_a_network_yaml(qtbot, panels, state, tmp_path, monkeypatch) -> None:
    _, panel = panels
    path = tmp_path / "net.yaml"
    panel.save_network(path)
    saved = state.experiment.network.model_copy(deep=True)
    panel.apply_template("mlp")
    assert state.experiment.network != saved
    assert panel.load_network(path)
    assert state.experiment.network == saved
    bad = tmp_path / "bad.yaml"
    bad.write_text("layers:\n  - type: conv2d\n    kernel_size: 0\n", encoding="utf-8")
    assert not panel.load_network(bad)
    dialogs = [b for b in panel.findChildren(QMessageBox) if b.isVisible()]
    assert dialogs and "layers[0].kernel_size" in dialogs[-1].text()
    assert state.experiment.network == saved


def test_network_before_data_waits_for_it(qtbot, state) -> None:
    from desktop.panels.network import NetworkPanel

    state.set_network(NetworkSpec())
    panel = NetworkPanel(state)
    qtbot.addWidget(panel)
    assert not state.network_ok and panel.status.kind == "busy"  # engine still starting


def test_dropping_a_palette_layer_inserts_it_where_it_lands(qtbot, panels, state) -> None:
    from PySide6.QtCore import QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    from desktop.panels.network.palette import LAYER_MIME

    _, panel = panels
    tree = panel.tree
    rect = tree.visualItemRect(tree.items[(1,)])
    mime = QMimeData()
    mime.setData(LAYER_MIME, b"dropout")
    below_row_1 = QPointF(rect.center().x(), rect.bottom() - 1)
    event = QDropEvent(
        below_row_1, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    count = len(state.experiment.network.layers)
    tree.dropEvent(event)
    qtbot.waitUntil(lambda: len(state.experiment.network.layers) == count + 1, timeout=2_000)
    assert _types(state)[2] == "dropout" and tree.current_path() == (2,)
    panel.undo_action.trigger()
    assert len(state.experiment.network.layers) == count
