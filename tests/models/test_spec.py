"""Experiment spec: lossless YAML round trip and errors that name the field path."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from models.errors import SpecError
from models.spec import Experiment, load_experiment, save_experiment
from models.spec.network import LAYER_CLASSES, NetworkSpec


def _every_layer() -> list[dict]:
    layers = [cls().model_dump(mode="json") for name, cls in LAYER_CLASSES.items() if name != "residual"]
    layers.append({"type": "residual", "name": "block1", "layers": layers[:3]})
    return layers


def test_yaml_round_trip_is_lossless(tmp_path):
    exp = Experiment.from_dict(
        {
            "name": "round trip ✓ 丹炉",
            "data": {
                "source": "image_folder",
                "name": None,
                "path": "/data/imgs",
                "image": {"size": [32, 32]},
                "augment": {"enabled": True, "rotation": 15.0, "hflip": True},
            },
            "network": {"template": None, "layers": _every_layer(), "init": "kaiming_normal", "zero_bias": True},
            "train": {
                "loss": "focal",
                "optimizer": {"name": "sgd", "lr": 0.05, "nesterov": True},
                "scheduler": {"name": "one_cycle"},
                "precision": "bf16-mixed",
                "gradient_clip": 1.0,
            },
        }
    )
    path = tmp_path / "exp.yaml"
    save_experiment(exp, path)
    again = load_experiment(path)
    assert again == exp
    assert again.to_yaml() == exp.to_yaml()


@settings(max_examples=30, deadline=None)
@example(lr=1.0, epochs=1, bs=1, name="0\x850")  # NEL: PyYAML folded it into a space (found by this test)
@example(lr=1.0, epochs=1, bs=1, name="丹炉 a\u2028b")
@given(
    lr=st.floats(1e-6, 1.0),
    epochs=st.integers(1, 1000),
    bs=st.integers(1, 4096),
    name=st.text(min_size=1, max_size=30).filter(lambda s: s.strip() == s and s),
)
def test_round_trip_property(lr, epochs, bs, name):
    exp = Experiment(name=name)
    exp.train.optimizer.lr = lr
    exp.train.epochs = epochs
    exp.train.batch_size = bs
    assert Experiment.from_yaml(exp.to_yaml()) == exp


@pytest.mark.parametrize(
    ("patch", "path"),
    [
        (
            {
                "network": {
                    "layers": [
                        {"type": "linear"},
                        {"type": "relu"},
                        {"type": "linear"},
                        {"type": "conv2d", "kernel_size": "three"},
                    ]
                }
            },
            "network.layers[3].kernel_size",
        ),
        (
            {"network": {"layers": [{"type": "residual", "layers": [{"type": "relu", "slope": 1}]}]}},
            "network.layers[0].layers[0].slope",
        ),
        ({"train": {"optimizer": {"lr": "fast"}}}, "train.optimizer.lr"),
        ({"train": {"epochs": 1.5}}, "train.epochs"),
        ({"trian": {}}, "trian"),
        ({"data": {"split": {"val": 2}}}, "data.split.val"),
    ],
)
def test_wrong_type_or_unknown_field_names_the_path(patch, path):
    with pytest.raises(SpecError) as err:
        Experiment.from_dict(patch)
    assert path + ":" in str(err.value)


def test_unknown_layer_type_lists_the_known_ones():
    with pytest.raises(SpecError, match=r"network.layers\[0\]: unknown layer type 'conv3d'.*conv2d"):
        Experiment.from_dict({"network": {"layers": [{"type": "conv3d"}]}})


def test_loss_must_fit_the_task():
    with pytest.raises(SpecError, match="train.loss: 'mse' is for regression"):
        Experiment.from_dict({"train": {"task": "classification", "loss": "mse"}})


def test_bad_yaml_names_file_and_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("name: x\ntrain:\n  epochs: [1\n")
    with pytest.raises(SpecError, match=r"broken.yaml: line \d+"):
        load_experiment(path)


def test_missing_file_is_a_clear_error(tmp_path):
    with pytest.raises(SpecError, match="no such file"):
        load_experiment(tmp_path / "nope.yaml")


def test_network_spec_defaults_are_empty():
    assert NetworkSpec().layers == []
