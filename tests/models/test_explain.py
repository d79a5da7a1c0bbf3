"""Explanations where the answer is known: Grad-CAM sits in the quadrant that decides the class, Integrated
Gradients peak at the spike that decides a sequence's class and on the feature that decides a table's; the
CLI writes a PNG and names the method that applies when one does not."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from PIL import Image

from models.cli import main
from models.data.base import DataInfo
from models.explain import Explainer, ExplainError, Explanation
from models.explain.methods import find_cam_layer, gradcam, integrated_gradients
from models.explain.render import png_bytes, rgba
from models.network import build_network, make_template
from models.spec import DataSpec, Experiment, TrainSpec
from models.spec import network as ns
from models.training import fit
from tests.models.test_data_support import make_image_folder


def train(net: torch.nn.Module, x: torch.Tensor, y: torch.Tensor, steps: int = 150, lr: float = 0.01) -> float:
    """A plain loop, tiny and seeded: returns the final training accuracy."""
    torch.manual_seed(0)
    opt = torch.optim.Adam(net.parameters(), lr=lr)
    net.train()
    threads = torch.get_num_threads()
    torch.set_num_threads(1)  # tiny tensors: one thread avoids waiting on a busy second core
    try:
        for _ in range(steps):
            i = torch.randint(0, len(x), (32,))
            opt.zero_grad()
            F.cross_entropy(net(x[i]), y[i]).backward()
            opt.step()
    finally:
        torch.set_num_threads(threads)
    net.eval()
    with torch.no_grad():
        return float((net(x).argmax(-1) == y).float().mean())


def quadrant_images(n: int, seed: int = 0) -> tuple[torch.Tensor, torch.Tensor, np.ndarray]:
    """32x32 noise with one 12x12 stripe patch in a random quadrant; horizontal stripes = class 0, vertical = 1."""
    rng = np.random.default_rng(seed)
    x = rng.normal(0, 0.3, (n, 3, 32, 32)).astype(np.float32)
    y = rng.integers(0, 2, n)
    quadrant = rng.integers(0, 4, n)
    stripes = np.zeros((12, 12), np.float32)
    stripes[::3] = 2.0
    for i in range(n):
        top, left = 16 * (quadrant[i] // 2) + 2, 16 * (quadrant[i] % 2) + 2
        x[i, :, top : top + 12, left : left + 12] += stripes if y[i] == 0 else stripes.T
    return torch.from_numpy(x), torch.from_numpy(y), quadrant


@pytest.mark.slow
def test_gradcam_heat_sits_in_the_quadrant_that_decides_the_class() -> None:
    info = DataInfo("classification", "image", (3, 32, 32), num_outputs=2, class_names=("horizontal", "vertical"))
    spec = ns.NetworkSpec(
        layers=[
            ns.Conv2d(out_channels=8, kernel_size=3, padding=1),
            ns.ReLU(),
            ns.MaxPool2d(kernel_size=2),
            ns.Conv2d(out_channels=16, kernel_size=3, padding=1),
            ns.ReLU(),
            ns.GlobalAvgPool(),
            ns.Linear(out_features=2),
        ]
    )
    torch.manual_seed(0)
    net = build_network(spec, info)
    x, y, _ = quadrant_images(256)
    assert train(net, x, y) > 0.95
    layer = find_cam_layer(net, spec, info)
    assert layer.label == "layer 3 (conv2d, output [16, 16, 16])"
    tx, ty, quadrant = quadrant_images(8, seed=1)
    for i in range(len(tx)):
        heat = gradcam(net, layer, tx[i], int(ty[i]))
        assert heat.shape == (32, 32) and heat.max() == pytest.approx(1.0)
        r, c = quadrant[i] // 2, quadrant[i] % 2
        inside = heat[16 * r : 16 * r + 16, 16 * c : 16 * c + 16].sum()
        assert inside / heat.sum() > 0.6, (i, quadrant[i])
        peak = np.unravel_index(heat.argmax(), heat.shape)
        assert (peak[0] // 16, peak[1] // 16) == (r, c)


def test_integrated_gradients_peak_at_the_spike_that_decides_the_class() -> None:
    info = DataInfo("classification", "sequence", (64, 1), num_outputs=2, class_names=("flat", "spike"))
    spec = ns.NetworkSpec(layers=[ns.Flatten(), ns.Linear(out_features=32), ns.ReLU(), ns.Linear(out_features=2)])
    rng = np.random.default_rng(0)
    x = rng.normal(0, 0.3, (256, 64, 1)).astype(np.float32)
    y = rng.integers(0, 2, 256)
    x[y == 1, 40, 0] += 3.0
    torch.manual_seed(0)
    net = build_network(spec, info)
    assert train(net, torch.from_numpy(x), torch.from_numpy(y)) > 0.95
    sample = torch.from_numpy(x[np.flatnonzero(y == 1)[0]])
    attr = integrated_gradients(net, sample, 1)
    assert attr.shape == (64, 1)
    assert int(np.abs(attr).sum(-1).argmax()) == 40


def test_integrated_gradients_rank_the_deciding_feature_first() -> None:
    info = DataInfo("classification", "tabular", (6,), num_outputs=2, class_names=("no", "yes"))
    spec = ns.NetworkSpec(layers=[ns.Linear(out_features=16), ns.ReLU(), ns.Linear(out_features=2)])
    rng = np.random.default_rng(0)
    x = rng.normal(0, 1, (256, 6)).astype(np.float32)
    y = (x[:, 2] > 0).astype(np.int64)
    torch.manual_seed(0)
    net = build_network(spec, info)
    assert train(net, torch.from_numpy(x), torch.from_numpy(y)) > 0.95
    sample = torch.from_numpy(x[np.flatnonzero(x[:, 2] > 1.0)[0]])
    attr = integrated_gradients(net, sample, 1)
    assert int(np.abs(attr).argmax()) == 2 and attr[2] > 0


def test_token_attributions_point_at_the_deciding_word() -> None:
    info = DataInfo(
        "classification", "text", (12,), input_dtype="int64", num_outputs=2, class_names=("no", "yes"), vocab_size=30
    )
    spec = ns.NetworkSpec(
        layers=[ns.Embedding(embedding_dim=8), ns.SequencePool(mode="max"), ns.Linear(out_features=2)]
    )
    rng = np.random.default_rng(0)
    x = rng.integers(2, 30, (256, 12))
    x[x == 7] = 8
    y = rng.integers(0, 2, 256)
    where = rng.integers(0, 12, 256)
    x[y == 1, where[y == 1]] = 7  # the word with id 7 makes a text "yes"
    torch.manual_seed(0)
    net = build_network(spec, info)
    assert train(net, torch.from_numpy(x), torch.from_numpy(y)) > 0.95
    i = int(np.flatnonzero(y == 1)[0])
    attr = integrated_gradients(net, torch.from_numpy(x[i]), 1)
    assert attr.shape == (12,) and int(np.argmax(attr)) == int(where[i])


def test_gradcam_says_which_method_applies_instead() -> None:
    seq = DataInfo("classification", "sequence", (16, 2), num_outputs=2, class_names=("a", "b"))
    spec = make_template("fcn1d", seq)
    with pytest.raises(ExplainError, match="this run's data are sequence data; use Integrated Gradients"):
        find_cam_layer(build_network(spec, seq), spec, seq)
    img = DataInfo("classification", "image", (1, 8, 8), num_outputs=2, class_names=("a", "b"))
    mlp = make_template("mlp", img)
    with pytest.raises(ExplainError, match="this network has none; use Integrated Gradients"):
        find_cam_layer(build_network(mlp, img), mlp, img)
    tiny = ns.NetworkSpec(layers=[ns.Conv2d(out_channels=4, kernel_size=8), ns.Flatten(), ns.Linear(out_features=2)])
    with pytest.raises(ExplainError, match=r"outputs \[4, 1, 1\] \(1x1\); use Integrated Gradients"):
        find_cam_layer(build_network(tiny, img), tiny, img)


@pytest.mark.parametrize(
    ("modality", "heat", "display", "labels"),
    [
        ("image", np.random.default_rng(0).random((20, 24)), np.zeros((20, 24, 3), np.uint8), []),
        ("image", np.random.default_rng(0).random((8, 8)), np.zeros((8, 8, 1), np.uint8), []),
        ("sequence", np.abs(np.sin(np.arange(50))), np.random.default_rng(0).random((50, 2)), []),
        ("tabular", np.linspace(-1, 1, 30), np.arange(30.0), [f"f{i}" for i in range(30)]),
        ("text", np.array([0.3, -0.2, 0.5]), None, ["good", "not", "great"]),
    ],
)
def test_every_modality_renders(modality: str, heat: np.ndarray, display, labels: list) -> None:
    e = Explanation("x", "ig", modality, 1, "b", 0, "a", 0.25, heat, display, labels)
    assert e.title() == "Integrated Gradients for 'b' (p = 0.25); predicted 'a'"
    assert png_bytes(e).startswith(b"\x89PNG")
    picture = rgba(e)
    assert picture.ndim == 3 and picture.shape[2] == 4 and picture.shape[0] > 100


@pytest.fixture(scope="module")
def image_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("explain")
    data = make_image_folder(tmp / "shapes", per_class=10, size=16)
    spec = DataSpec(source="image_folder", name=None, path=str(data))
    exp = Experiment(
        name="shapes",
        data=spec,
        network=make_template("resnet_small", DataInfo("classification", "image", (3, 16, 16), num_outputs=2)),
        train=TrainSpec.model_validate({"epochs": 2, "batch_size": 8, "accelerator": "cpu"}, strict=False),
    )
    return tmp, fit(exp, runs_dir=tmp / "runs").run_dir


def test_explainer_on_a_run(image_run) -> None:
    tmp, run = image_run
    explainer = Explainer.open(run)
    assert explainer.methods() == ["gradcam", "ig"]
    (e,) = explainer.explain([tmp / "shapes" / "square" / "0.png"], target="circle")
    assert (e.method, e.target_label, e.modality) == ("gradcam", "circle", "image")
    assert e.heat.shape == (16, 16) and e.display.shape == (16, 16, 3) and e.layer.startswith("layer ")
    with Image.open(tmp / "shapes" / "square" / "0.png") as original:
        assert np.abs(e.display.astype(int) - np.asarray(original)).max() <= 1
    (ig,) = explainer.explain([tmp / "shapes" / "square" / "0.png"], method="ig")
    assert ig.target == ig.predicted and ig.heat.shape == (16, 16)


def test_cli_explain_writes_a_png_and_refuses_bad_input(image_run, tmp_path, capsys) -> None:
    tmp, run = image_run
    image = str(tmp / "shapes" / "circle" / "1.png")
    assert main(["explain", str(run), image, "--out", str(tmp_path / "why.png")]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert row["method"] == "gradcam" and row["png"] == str(tmp_path / "why.png")
    with Image.open(tmp_path / "why.png") as picture:
        assert picture.size[0] > 300
    folder = str(tmp / "shapes" / "square")
    assert main(["explain", str(run), folder, "--target", "1", "--out", str(tmp_path / "sq")]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == 10 and all(r["target"] == "square" for r in rows)
    assert (tmp_path / "sq-10.png").is_file()
    assert main(["explain", str(run), image, "--method", "ig", "--out", str(tmp_path / "ig.png")]) == 0
    assert json.loads(capsys.readouterr().out)[0]["method"] == "ig"
    assert main(["explain", str(run), image, "--target", "hexagon", "--out", str(tmp_path / "x.png")]) == 2
    assert "--target 'hexagon' is not a class of this run; choose one of circle, square" in capsys.readouterr().err


def test_report_explains_the_first_misclassified_samples(tmp_path) -> None:
    from models.data import build_datamodule
    from models.report import build_report
    from models.report.content import MAX_EXPLAINED

    info = build_datamodule(DataSpec(name="digits")).info
    exp = Experiment(
        name="digits-barely-trained",
        data=DataSpec(name="digits"),
        network=make_template("lenet", info),
        train=TrainSpec.model_validate({"epochs": 1, "accelerator": "cpu"}, strict=False),
    )
    run = fit(exp, runs_dir=tmp_path, limit_batches=2).run_dir
    wrong = json.loads((run / "evaluation.json").read_text())["misclassified"]
    assert len(wrong) > MAX_EXPLAINED
    html = build_report(run).read_text(encoding="utf-8")
    assert html.count('alt="explanation"') == MAX_EXPLAINED
    assert "what made the network predict the wrong class (Grad-CAM for image networks" in html
