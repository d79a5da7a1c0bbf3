"""Templates adapt to each dataset, train a step on real data, and fail clearly on the wrong kind of data."""

from __future__ import annotations

import io

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from models.data import build_datamodule
from models.data.base import DataInfo
from models.errors import SpecError
from models.network import build_network, default_template, list_templates, make_template, summarize, templates_for
from models.spec import DataSpec, Experiment, TrainSpec

pytestmark = [
    pytest.mark.filterwarnings("ignore::torch.jit.TracerWarning"),
    pytest.mark.filterwarnings("ignore:Exporting a model to ONNX with a batch_size other than 1"),
]

BUILTINS = ("digits", "breast_cancer", "diabetes", "waveforms", "sine_forecast")
TEXT = DataInfo(
    "classification", "text", (48,), input_dtype="int64", num_outputs=3, class_names=("a", "b", "c"), vocab_size=300
)
RGB32 = DataInfo("classification", "image", (3, 32, 32), num_outputs=10, class_names=tuple("0123456789"))
NAMES = [
    "mlp",
    "lenet",
    "resnet_small",
    "fcn1d",
    "lstm",
    "gru",
    "transformer",
    "mlp_regressor",
    "forecaster",
    "finetune",
]
GAN_NAMES = ["dcgan", "mlp_gan", "conditional_dcgan"]  # tested in test_generation_spec.py


@pytest.fixture(scope="module")
def builtin_batches() -> dict[str, tuple[DataInfo, torch.Tensor, torch.Tensor]]:
    out = {}
    for name in BUILTINS:
        dm = build_datamodule(DataSpec(source="builtin", name=name), batch_size=16)
        x, y = next(iter(dm.train_dataloader()))
        out[name] = (dm.info, x, y)
    return out


def synthetic_batch(info: DataInfo, n: int = 16) -> tuple[torch.Tensor, torch.Tensor]:
    g = torch.Generator().manual_seed(0)
    if info.input_dtype == "int64":
        x = torch.randint(0, info.vocab_size or 2, (n, *info.input_shape), generator=g)
        x[:, -10:] = 0  # trailing padding, as text sources produce
    else:
        x = torch.randn((n, *info.input_shape), generator=g)
    return x, torch.randint(0, info.num_outputs, (n,), generator=g)


def train_step_loss(info: DataInfo, name: str, x: torch.Tensor, y: torch.Tensor) -> float:
    spec = make_template(name, info)
    assert spec.template == name
    summary = summarize(spec, info)
    assert summary.ok, summary.to_text()
    torch.manual_seed(0)
    net = build_network(spec, info)
    assert sum(p.numel() for p in net.parameters()) == summary.params
    out = net(x)
    assert out.shape == (len(x), info.num_outputs)
    loss = F.cross_entropy(out, y) if info.task == "classification" else F.mse_loss(out, y)
    loss.backward()
    grads = [p.grad for p in net.parameters() if p.grad is not None]
    assert grads and all(torch.isfinite(g).all() for g in grads)
    return loss.item()


def test_template_list() -> None:
    templates = list_templates()
    assert [t.name for t in templates] == NAMES + GAN_NAMES
    for t in templates:
        assert t.title and t.description and t.modalities
        assert set(t.modalities) <= {"image", "sequence", "tabular", "text", "forecast"}


def test_every_fitting_template_trains_a_step_on_every_builtin(builtin_batches: dict) -> None:
    tried = set()
    for name, (info, x, y) in builtin_batches.items():
        fitting = [t.name for t in templates_for(info)]
        assert default_template(info) in fitting, name
        for template in fitting:
            assert np.isfinite(train_step_loss(info, template, x, y)), (name, template)
            tried.add(template)
    assert tried == set(NAMES) - {"finetune"}  # no built-in image is large enough for a pretrained backbone


@pytest.mark.parametrize("info", [TEXT, RGB32], ids=["text", "rgb32"])
def test_templates_fit_text_and_colour_images(info: DataInfo) -> None:
    fitting = [t.name for t in templates_for(info)]
    images = ["mlp", "lenet", "resnet_small", "finetune"]
    expected = ["mlp", "lstm", "gru", "transformer"] if info.modality == "text" else images
    assert fitting == expected
    x, y = synthetic_batch(info)
    for name in fitting:
        assert np.isfinite(train_step_loss(info, name, x, y)), name
    if info.modality == "text":
        assert make_template("gru", info).layers[0].type == "embedding"


@pytest.mark.parametrize("size", [8, 28, 32, 64])
def test_lenet_adapts_to_the_image_size(size: int) -> None:
    info = DataInfo("classification", "image", (1, size, size), num_outputs=10, class_names=tuple("0123456789"))
    summary = summarize(make_template("lenet", info), info)
    assert summary.ok
    flat = next(r for r in summary.rows if r.type == "flatten")
    assert flat.input_shape[1] in (2, 3, 4)  # pooled down to a small map, never below 2x2
    assert summary.params < 250_000


def test_template_on_the_wrong_data_says_what_fits(builtin_batches: dict) -> None:
    waves = builtin_batches["waveforms"][0]
    with pytest.raises(SpecError) as err:
        make_template("lenet", waves)
    msg = str(err.value)
    assert "'lenet' is for image data, but this dataset is sequence data [64, 1]" in msg
    assert "templates that fit: mlp, fcn1d, lstm, gru, transformer" in msg
    with pytest.raises(SpecError, match="'mlp_regressor' is for regression, but this dataset is a classification"):
        make_template("mlp_regressor", builtin_batches["breast_cancer"][0])
    with pytest.raises(SpecError, match="'fcn1d' is for sequence data, but this dataset is text data"):
        make_template("fcn1d", TEXT)
    with pytest.raises(SpecError, match="unknown template 'vgg'; choose one of mlp, lenet"):
        make_template("vgg", TEXT)


def test_default_templates() -> None:
    big = DataInfo("classification", "image", (3, 128, 128), num_outputs=2, class_names=("a", "b"))
    assert [default_template(i) for i in (RGB32, big, TEXT)] == ["lenet", "resnet_small", "gru"]


def test_spec_round_trips_through_experiment_yaml(builtin_batches: dict) -> None:
    info, x, _ = builtin_batches["digits"]
    for name in ("resnet_small", "lenet"):
        exp = Experiment(name="rt", network=make_template(name, info), train=TrainSpec())
        back = Experiment.from_yaml(exp.to_yaml())
        assert back == exp and back.network.template == name
        torch.manual_seed(0)
        a = build_network(exp.network, info).eval()
        b = build_network(back.network, info).eval()
        b.load_state_dict(a.state_dict())
        torch.testing.assert_close(a(x), b(x))


# Danlu exports with the TorchScript-based exporter on purpose (models/export/onnx.py says why); torch warns.
@pytest.mark.filterwarnings("ignore:You are using the legacy TorchScript-based ONNX export:DeprecationWarning")
@pytest.mark.parametrize(("name", "info"), [("resnet_small", RGB32), ("transformer", TEXT), ("lstm", TEXT)])
def test_templates_export_to_onnx(name: str, info: DataInfo) -> None:
    ort = pytest.importorskip("onnxruntime")
    net = build_network(make_template(name, info), info).eval()
    x, _ = synthetic_batch(info, n=3)
    buf = io.BytesIO()
    torch.onnx.export(
        net,
        (net.example_input(2),),
        buf,
        dynamo=False,
        input_names=["x"],
        output_names=["y"],
        dynamic_axes={"x": {0: "batch"}, "y": {0: "batch"}},
    )
    got = ort.InferenceSession(buf.getvalue()).run(None, {"x": x.numpy()})[0]
    with torch.no_grad():
        np.testing.assert_allclose(got, net(x).numpy(), atol=1e-4)
