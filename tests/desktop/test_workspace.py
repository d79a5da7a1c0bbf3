"""The workspace without any panel: it loads the data, matches the task, adapts the template, and says whether
(and why not) a run may start; writes are validated."""

from __future__ import annotations

import pytest

from desktop.workspace import Workspace, is_image_data
from models.errors import SpecError
from models.spec.data import DataSpec


@pytest.fixture
def workspace(qtbot) -> Workspace:  # noqa: ANN001
    """A workspace on the default experiment whose engine is ready and whose digits are loaded."""
    import models.data  # noqa: F401 - the engine the workspace imports after engineReady
    import models.network  # noqa: F401

    ws = Workspace()
    with qtbot.waitSignal(ws.dataLoaded, timeout=30_000):
        ws.set_engine_ready()
    return ws


def test_before_the_engine_nothing_can_train_and_says_why(qapp) -> None:  # noqa: ANN001
    ws = Workspace()
    assert ws.validity == (False, "Loading the training engine…")
    assert not ws.network_ok and ws.info is None and not ws.loading


def test_the_default_data_loads_and_gets_the_default_network_as_its_starting_point(qtbot) -> None:  # noqa: ANN001
    import models.data  # noqa: F401
    import models.network  # noqa: F401

    ws = Workspace()
    adapted = []
    ws.networkAdapted.connect(lambda before, after: adapted.append((before, after)))
    with qtbot.waitSignal(ws.dataLoaded, timeout=30_000):
        ws.set_engine_ready()
        assert ws.loading and ws.validity == (False, "Loading the dataset…")
    assert ws.info.input_shape == (1, 8, 8) and ws.data_status[0] == "ok" and "1797" in ws.data_status[1]
    assert ws.experiment.network.template == "lenet" and ws.network_ok
    assert len(adapted) == 1 and not adapted[0][0].network.layers  # from nothing: the starting point, not an edit
    assert ws.validity == (True, "")
    assert ws.network_summary.output_shape == (10,)


def test_the_data_decides_the_task_and_an_untouched_template_follows_it(qtbot, workspace) -> None:  # noqa: ANN001
    adapted = []
    workspace.networkAdapted.connect(
        lambda before, after: adapted.append((before.network.template, after.network.template))
    )
    with qtbot.waitSignal(workspace.dataLoaded, timeout=30_000):
        workspace.set_data(DataSpec(name="diabetes"))
    train = workspace.experiment.train
    assert (train.task, train.loss) == ("regression", "mse")
    assert adapted == [("lenet", workspace.experiment.network.template)] and adapted[0][1] != "lenet"
    assert workspace.validity == (True, "")


def test_an_edited_network_is_not_replaced_when_the_data_change(qtbot, workspace) -> None:  # noqa: ANN001
    net = workspace.experiment.network.model_dump()
    net["layers"][-1]["name"] = "my head"
    workspace.update({"network.layers": net["layers"]})
    with qtbot.waitSignal(workspace.dataLoaded, timeout=30_000):
        workspace.set_data(DataSpec(name="waveforms"))
    assert workspace.experiment.network.layers[-1].name == "my head"  # the user's network stays...
    assert not workspace.network_ok and "network does not fit" in workspace.validity[1]  # ...and says why not


def test_an_incomplete_data_choice_drops_the_loaded_data_and_disables_training(qtbot, workspace) -> None:  # noqa: ANN001
    with qtbot.waitSignal(workspace.validityChanged) as changed:
        workspace.set_data_draft_error("Choose a folder (or drop one here) to load it.")
    assert changed.args == [False, "Data: Choose a folder (or drop one here) to load it."]
    assert workspace.info is None and workspace.datamodule is None
    assert workspace.data_status == ("idle", "Choose a folder (or drop one here) to load it.")
    assert not workspace.network_ok and "Choose a folder" in workspace.network_error
    with qtbot.waitSignal(workspace.dataLoaded, timeout=30_000):  # the same complete choice again: loaded again
        workspace.set_data(workspace.experiment.data)
    assert workspace.validity == (True, "")


def test_only_an_augmentation_change_keeps_the_loaded_samples(qtbot, workspace) -> None:  # noqa: ANN001
    info = workspace.info
    spec = workspace.experiment.data.model_copy(deep=True)
    spec.augment.enabled, spec.augment.rotation = True, 20.0
    workspace.set_data(spec)
    assert workspace.info is info and not workspace.loading and workspace.validity == (True, "")
    spec = spec.model_copy(deep=True)
    spec.split.val = 0.3
    workspace.set_data(spec)
    assert workspace.info is None and workspace.loading and not workspace.validity[0]
    qtbot.waitUntil(lambda: workspace.info is not None, timeout=30_000)


def test_only_the_latest_choice_is_loaded(qtbot, workspace) -> None:  # noqa: ANN001
    loaded = []
    workspace.dataLoaded.connect(lambda info, summary: loaded.append(info.modality))
    workspace._load_timer.setInterval(1500)  # the superseded load surely reports before the next one starts
    workspace.set_data(DataSpec(name="waveforms"))
    workspace.load_data()  # already on its way when the user changes the choice again
    workspace.set_data(DataSpec(name="breast_cancer"))
    qtbot.waitUntil(lambda: workspace.info is not None, timeout=30_000)
    assert loaded == ["tabular"] and workspace.loaded_spec.name == "breast_cancer"


def test_a_failed_load_says_why_and_keeps_the_choice(qtbot, workspace, tmp_path) -> None:  # noqa: ANN001
    missing = str(tmp_path / "no_such_folder")
    with qtbot.waitSignal(workspace.dataFailed, timeout=30_000) as failed:
        workspace.set_data(DataSpec(source="image_folder", name=None, path=missing))
    assert "no_such_folder" in failed.args[0] and workspace.experiment.data.path == missing
    ok, why = workspace.validity
    assert not ok and why.startswith("The dataset could not be loaded") and "no_such_folder" in why
    assert workspace.data_status[0] == "error" and "Traceback" in workspace.data_error_details


def test_changes_by_path_are_validated_and_an_invalid_one_changes_nothing(workspace) -> None:
    before = workspace.snapshot()
    with pytest.raises(SpecError, match=r"train\.optimizer\.lr"):
        workspace.update({"train.epochs": 3, "train.optimizer.lr": -1.0})
    assert workspace.experiment == before
    workspace.update({"train.epochs": 3, "train.optimizer.lr": 0.01, "name": "digits-fast"})
    assert workspace.experiment.train.epochs == 3 and workspace.experiment.train.optimizer.lr == 0.01
    assert workspace.experiment.name == "digits-fast"


def test_templates_are_shaped_to_the_loaded_data(qapp) -> None:  # noqa: ANN001
    ws = Workspace()
    with pytest.raises(SpecError, match="Load a dataset first"):
        ws.template_network("mlp")


@pytest.mark.parametrize(
    ("spec", "images"),
    [
        (DataSpec(), True),
        (DataSpec(name="waveforms"), False),
        (DataSpec(source="image_csv", name=None, path="x.csv"), True),
        (DataSpec(source="tabular", name=None, path="x.csv"), False),
    ],
)
def test_which_data_are_images_is_decided_from_the_spec(spec: DataSpec, images: bool) -> None:
    assert is_image_data(spec) is images


def test_a_gan_template_sets_both_networks_the_task_and_its_options_and_a_classifier_one_returns(workspace) -> None:
    assert workspace.template_problems()["dcgan"] is None and not workspace.is_gan
    workspace.set_parts(workspace.template_parts("dcgan"))
    exp = workspace.experiment
    assert workspace.is_gan and exp.train.loss == "non_saturating" and exp.discriminator is not None
    assert workspace.validity == (True, "")
    assert workspace.network_summary.output_shape == (1, 8, 8) and workspace.discriminator_summary.output_shape == (1,)
    workspace.update({"train.gan.latent_dim": 32})  # the GAN's options shape its networks: checked again
    assert workspace.network_summary.input_shape == (32,)
    broken = exp.discriminator.model_copy(deep=True)
    broken.layers.pop()
    workspace.set_discriminator(broken)
    ok, why = workspace.validity
    assert not ok and "discriminator layer" in why and "[1]" in why
    assert any(row.error for row in workspace.discriminator_summary.rows)

    workspace.set_parts(workspace.template_parts("lenet"))
    exp = workspace.experiment
    assert not workspace.is_gan and exp.discriminator is None and exp.train.loss == "cross_entropy"
    assert workspace.discriminator_summary is None and workspace.validity == (True, "")


def test_the_task_switch_makes_a_gan_with_the_default_template_and_back(qtbot, workspace) -> None:  # noqa: ANN001
    with qtbot.waitSignal(workspace.taskSwitched) as switched:
        workspace.switch_task("generation")
    before, after = switched.args
    assert before.discriminator is None and after.network.template == "dcgan" and after.train.task == "generation"
    assert workspace.validity == (True, "")
    with pytest.raises(SpecError, match="regression does not fit"):
        workspace.switch_task("regression")
    workspace.switch_task("classification")
    assert workspace.experiment.network.template == "lenet" and workspace.experiment.discriminator is None


def test_a_gan_follows_new_images_and_returns_to_the_datas_task_for_a_table(qtbot, workspace, tmp_path) -> None:  # noqa: ANN001
    from PIL import Image

    for label in ("cats", "dogs"):
        (tmp_path / label).mkdir()
        for i in range(12):
            Image.new("RGB", (16, 16), (20 * i, 100 if label == "cats" else 200, 0)).save(tmp_path / label / f"{i}.png")
    workspace.switch_task("generation")
    with qtbot.waitSignal(workspace.dataLoaded, timeout=30_000):
        workspace.set_data(DataSpec(source="image_folder", name=None, path=str(tmp_path)))
    assert workspace.is_gan and workspace.network_summary.output_shape == (3, 16, 16)  # the untouched DCGAN follows
    assert workspace.discriminator_summary.input_shape == (3, 16, 16) and workspace.validity == (True, "")

    adapted = []
    workspace.networkAdapted.connect(lambda before, after: adapted.append((before, after)))
    with qtbot.waitSignal(workspace.dataLoaded, timeout=30_000):
        workspace.set_data(DataSpec(name="breast_cancer"))
    exp = workspace.experiment
    assert not workspace.is_gan and exp.train.task == "classification" and exp.discriminator is None
    assert exp.network.template == "mlp" and workspace.validity == (True, "")
    assert adapted and adapted[0][0].discriminator is not None and adapted[0][1].discriminator is None
