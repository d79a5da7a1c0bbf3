"""Setting up a GAN by pointing and clicking: the template gallery makes a GAN experiment (one undo step), the
Generator | Discriminator switch edits both networks with their own errors, the Train page's task switch and GAN
options, and a classification template returns to a plain experiment."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from desktop.panels.network.gallery import NAME_ROLE
from tests.desktop.helpers import click, error_dialogs, show_loaded


@pytest.fixture
def panels(qtbot, state):  # noqa: ANN001, ANN201
    """Network and training-options views on one workspace, engine ready, the default digits loaded."""
    from desktop.panels.network import NetworkPanel
    from desktop.panels.train_options import TrainOptionsEditor

    network, options = NetworkPanel(state), TrainOptionsEditor(state)
    show_loaded(qtbot, state, (network, options), size=(1200, 800))
    return network, options


def gallery_item(panel: Any, name: str) -> Any:
    gallery = panel.gallery
    return next(
        gallery.list.item(r) for r in range(gallery.list.count()) if gallery.list.item(r).data(NAME_ROLE) == name
    )


def use_template(qtbot, panel: Any, name: str) -> None:  # noqa: ANN001
    panel.side_tabs.setCurrentWidget(panel.gallery)
    panel.gallery.list.setCurrentItem(gallery_item(panel, name))
    click(qtbot, panel.gallery.apply)


def test_the_gallery_offers_gan_templates_for_images_and_one_makes_a_gan_in_one_undo_step(qtbot, panels, state) -> None:  # noqa: ANN001
    panel, options = panels
    dcgan = gallery_item(panel, "dcgan")
    assert dcgan.flags() & Qt.ItemFlag.ItemIsEnabled
    card = dcgan.data(Qt.ItemDataRole.UserRole + 1)
    assert "makes new images" in card and "recommended for this dataset" in card  # default_gan_template's choice
    assert "recommended" not in gallery_item(panel, "mlp_gan").data(Qt.ItemDataRole.UserRole + 1)
    assert not panel.network_switch.isVisible() and options.gan_group.isHidden()
    plain = state.parts()

    use_template(qtbot, panel, "dcgan")
    exp = state.experiment
    assert state.is_gan and exp.train.task == "generation" and exp.train.loss == "non_saturating"
    assert exp.network.template == exp.discriminator.template == "dcgan" and state.validity == (True, "")
    assert panel.network_switch.isVisible() and options.gan_group.isVisible()
    assert options.form["task"].value() == "generation" and options.form["gan.latent_dim"].isVisible()
    assert not options.form["scheduler.name"].isEnabled() and not options.form["gradient_clip"].isEnabled()
    assert panel.totals.text().startswith("Generator: latent [64] → image [1, 8, 8]")
    assert "✓" in gallery_item(panel, "dcgan").text()
    assert panel.undo_stack.count() == 1 and panel.undo_stack.undoText() == "Use template DCGAN"

    panel.undo_stack.undo()  # the whole template: networks, task and options
    assert state.parts() == plain and not state.is_gan and not panel.network_switch.isVisible()
    assert options.gan_group.isHidden() and options.form["task"].value() == "classification"
    panel.undo_stack.redo()
    assert state.is_gan and state.experiment.discriminator is not None

    use_template(qtbot, panel, "lenet")  # a classifier template again: a plain classification experiment
    exp = state.experiment
    assert not state.is_gan and exp.discriminator is None and exp.train.task == "classification"
    assert exp.train.loss == "cross_entropy" and exp.train.checkpoint.monitor == "val_loss"
    assert "discriminator" not in exp.to_dict() and "gan" not in exp.to_dict()["train"]
    assert not panel.network_switch.isVisible() and state.validity == (True, "")
    assert not error_dialogs()


def test_the_switch_edits_both_networks_and_errors_name_the_network_and_layer(qtbot, panels, state) -> None:  # noqa: ANN001
    panel, _ = panels
    use_template(qtbot, panel, "mlp_gan")
    generator = state.experiment.network.model_copy(deep=True)
    assert panel.tree.topLevelItemCount() == len(generator.layers)

    panel.network_switch.setCurrentIndex(1)  # Discriminator
    disc = state.experiment.discriminator
    assert panel.tree.topLevelItemCount() == len(disc.layers)
    assert panel.totals.text().startswith("Discriminator: image [1, 8, 8] → score [1]")
    assert panel.inspector.title_label.text() == "<h3>Discriminator</h3>"
    last = len(disc.layers) - 1
    panel.tree.select_path((last,))
    panel.inspector.editors["out_features"].spin.setValue(3)  # the score must be one number
    assert state.experiment.discriminator.layers[last].out_features == 3
    assert state.experiment.network == generator  # the generator is untouched
    assert not state.network_ok and state.network_error.startswith(f"discriminator layer {last} 'score' (linear)")
    assert panel.tree.has_error((last,)) and panel.network_switch.tabText(1) == "Discriminator ⚠"
    assert panel.network_switch.tabText(0) == "Generator" and panel.status.kind == "error"

    panel.network_switch.setCurrentIndex(0)  # the generator: edit it, then undo both edits in turn
    panel.tree.select_path((0,))
    panel.inspector.editors["out_features"].spin.setValue(64)
    assert state.experiment.network.layers[0].out_features == 64
    panel.undo_stack.undo()
    assert state.experiment.network.layers[0].out_features == 128
    panel.undo_stack.undo()  # the discriminator's edit: the switch shows the network it changes
    assert panel.network_switch.currentIndex() == 1 and state.experiment.discriminator.layers[last].out_features == 1
    assert state.network_ok and panel.network_switch.tabText(1) == "Discriminator"


def test_the_task_choice_on_the_train_page_makes_a_gan_and_back_and_the_gan_options_apply(
    qtbot, panels, state, monkeypatch
) -> None:  # noqa: ANN001
    panel, options = panels
    task = options.form["task"].combo
    task.setCurrentIndex(task.findData("generation"))
    assert state.is_gan and state.experiment.network.template == "dcgan"  # default_gan_template for 8x8 digits
    assert panel.undo_stack.undoText() == "Switch to generation (GAN)"

    options.form["gan.latent_dim"].edit(32)  # a GAN's options shape its networks: the summary follows
    assert state.experiment.train.gan.latent_dim == 32 and state.network_summary.input_shape == (32,)
    assert panel.totals.text().startswith("Generator: latent [32]")
    options.form["gan.discriminator_lr"].edit(4e-4)  # TTUR
    loss = options.form["loss"].combo
    loss.setCurrentIndex(loss.findData("wgan_gp"))
    assert state.experiment.train.loss == "wgan_gp" and options.form["gan.gradient_penalty"].isVisible()
    options.form["gan.conditional"].edit(True)  # digits have classes: both networks take the class
    assert state.experiment.train.gan.conditional and options.form["gan.class_embedding"].isVisible()
    assert state.network_summary.input_shape == (32 + 16,) and state.discriminator_summary.input_shape == (2, 8, 8)
    assert state.validity == (True, "")
    gan = state.experiment.train.gan
    assert (gan.discriminator_lr, gan.latent_dim) == (4e-4, 32)
    chosen = "/runs/my-digits-classifier"  # the quality classifier: a run chosen with Browse
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *args, **kwargs: chosen))
    assert options.form["gan.feature_epochs"].isVisible()
    click(qtbot, options.form["gan.feature_run"].row.browse)
    assert state.experiment.train.gan.feature_run == chosen and not options.form["gan.feature_epochs"].isVisible()

    task.setCurrentIndex(task.findData("classification"))
    assert not state.is_gan and state.experiment.network.template == "lenet" and options.gan_group.isHidden()
    panel.undo_stack.undo()  # back to the GAN as it was edited
    assert state.is_gan and state.experiment.train.gan.conditional and options.gan_group.isVisible()


def test_gan_templates_and_the_gan_task_are_refused_for_data_that_are_not_images(qtbot, panels, state) -> None:  # noqa: ANN001
    from models.spec.data import DataSpec

    panel, options = panels
    with qtbot.waitSignal(state.dataLoaded, timeout=30_000):
        state.set_data(DataSpec(name="breast_cancer"))
    item = gallery_item(panel, "dcgan")
    assert not item.flags() & Qt.ItemFlag.ItemIsEnabled and "trains a GAN on images" in item.toolTip()
    invalid: list[str] = []
    options.invalid.connect(invalid.append)
    task = options.form["task"].combo
    task.setCurrentIndex(task.findData("generation"))
    assert not state.is_gan and options.form["task"].value() == "classification"  # refused, and says why
    assert invalid and "trains a GAN on images" in invalid[-1]


@pytest.mark.slow
def test_a_gan_set_up_with_widgets_trains_shows_its_samples_and_generates_a_chosen_class(
    qtbot, main_window, tmp_path
) -> None:  # noqa: ANN001
    import numpy as np

    from desktop.main_window import PAGES
    from tests.desktop.helpers import wait_for_default_experiment

    w = main_window
    wait_for_default_experiment(qtbot, w)
    use_template(qtbot, w.panels["network"], "conditional_dcgan")
    assert w.state.is_gan and w.state.experiment.train.gan.conditional
    w.training.epochs.edit(2)
    w.training.options.form["gan.feature_epochs"].edit(1)  # the quality classifier: one quick epoch
    w.controller.limit_batches = 3
    assert w.training.train_button.isEnabled() and "(GAN)" in w.training.status.text()
    with qtbot.waitSignal(w.controller.runFinished, timeout=180_000) as finished:
        click(qtbot, w.training.train_button)
    result = finished.args[0]
    assert result is not None and result.status == "finished" and result.epochs_completed == 2

    view = w.results.view  # the GAN view, not the classifier's
    assert w.stack.currentWidget() is w.results and view.gan.isVisible() and not view.confusion.isVisible()
    assert view.gan.losses.point_count("train_g_loss") == 2 and view.gan.quality.point_count("val_fd") == 2
    samples = view.gan.samples
    assert samples.slider.maximum() == 1
    samples.slider.setValue(0)
    first = np.array(samples.image.item.image)
    samples.slider.setValue(1)
    assert not np.array_equal(first, samples.image.item.image)  # the generator changed between the epochs
    assert view.gan.classes.isVisible()  # conditional: one row per class after training

    runs = w.runs
    w.nav.setCurrentRow(PAGES.index("runs"))
    assert [r.status for r in runs.runs] == ["finished"] and runs.table.item(0, 3).text() == "conditional_dcgan"
    assert runs.table.item(0, 5).text().startswith("fd ")
    runs.select_run(runs.runs[0].path)
    click(qtbot, runs.open_button)
    assert runs.detail.gan.isVisible() and runs.detail.gan.samples.slider.maximum() == 1

    predict = w.panels["predict"]  # a GAN run: Generate instead of predictions
    w.nav.setCurrentRow(PAGES.index("predict"))
    assert predict.run_dir == str(result.run_dir)
    gen = predict.generator
    qtbot.waitUntil(lambda: gen.result is not None, timeout=60_000)  # a first grid is drawn on its own
    assert predict.tabs.isTabVisible(2) and not predict.tabs.isTabVisible(0) and gen.isVisible()
    assert gen.class_choice.count() == 11 and gen.class_choice.isEnabled()
    gen.class_choice.setCurrentIndex(gen.class_choice.findData("3"))
    gen.count.setValue(6)
    with qtbot.waitSignal(gen.generated, timeout=60_000):
        click(qtbot, gen.generate_button)
    assert gen.result.labels == ["3"] * 6 and gen.image.item.image.shape == gen.result.grid.shape
    out = gen.save(tmp_path / "threes.png")
    assert out is not None and out.is_file()
    assert not error_dialogs()
