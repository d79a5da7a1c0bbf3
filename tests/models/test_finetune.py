"""Fine-tuning end to end (tiny: resnet18 on 32x32 images, a few batches): weights from the library, frozen
stages and their batch-norm statistics, a lower backbone learning rate, gradual unfreezing, ``init_from``,
prediction with the backbone's preprocessing and export with its parity check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch

from models.export import export_run
from models.export.metadata import read_sidecar
from models.network.weights import WeightsError
from models.network.weights_library import import_weights
from models.predict import Predictor
from models.spec import DataSpec, Experiment, TrainSpec
from models.spec import network as ns
from models.spec.backbones import ARCHITECTURES, IMAGENET_MEAN
from models.training import fit, load_checkpoint
from models.training.events import LogMessage
from tests.models.test_data_support import make_image_folder
from tests.models.weights_support import official_file, official_state

pytestmark = [pytest.mark.slow, pytest.mark.filterwarnings("ignore::torch.jit.TracerWarning")]


def experiment(data: Path, layers: list, init_from: str | None = None, epochs: int = 2) -> Experiment:
    spec = DataSpec(source="image_folder", name=None, path=str(data))
    spec.image.size = [32, 32]  # the smallest a backbone takes: fast on a CPU
    return Experiment(
        name="finetune",
        data=spec,
        network=ns.NetworkSpec(layers=layers, init_from=init_from),
        train=TrainSpec.model_validate(
            {"epochs": epochs, "batch_size": 8, "accelerator": "cpu", "optimizer": {"name": "sgd", "lr": 0.05}},
            strict=False,
        ),
    )


def head(classes: int) -> list:
    return [ns.Dropout(p=0.1), ns.Linear(out_features=classes, name="output")]


@pytest.fixture(scope="module")
def library(tmp_path_factory):
    folder = tmp_path_factory.mktemp("library")
    mp = pytest.MonkeyPatch()
    mp.setenv("DANLU_WEIGHTS_DIR", str(folder))
    entry = import_weights(official_file(tmp_path_factory.mktemp("downloads"), "resnet18"))
    yield entry
    mp.undo()


@pytest.fixture(scope="module")
def finetuned(tmp_path_factory, library):
    tmp = tmp_path_factory.mktemp("finetune")
    data = make_image_folder(tmp / "shapes", per_class=8, size=32)
    bb = ns.Backbone(arch="resnet18", weights=library.name, freeze="all", unfreeze_every=1, lr_factor=0.1, name="bb")
    events: list = []
    result = fit(experiment(data, [bb, *head(2)]), sink=events.append, runs_dir=tmp / "runs")
    return tmp, result, events


def test_weights_come_from_the_library_and_are_reported(finetuned, library) -> None:
    _, result, events = finetuned
    report = json.loads((result.run_dir / "initialisation.json").read_text())
    (entry,) = report["backbones"]
    assert (entry["layer"], entry["arch"], entry["sha256"], entry["head_dropped"]) == (0, "resnet18", library.sha256, 2)
    logs = [e.text for e in events if isinstance(e, LogMessage)]
    assert any(f"loaded {entry['tensors']} tensors from" in t and library.name in t for t in logs)
    assert any("epoch 2: resnet18 (network.0): stage 4 now learns" in t for t in logs), logs


def test_frozen_stages_and_their_statistics_do_not_change(finetuned) -> None:
    _, result, _ = finetuned
    state = load_checkpoint(result.run_dir / "checkpoints" / "last.ckpt")["state_dict"]
    pretrained = official_state("resnet18")

    def now(key: str) -> torch.Tensor:
        return state[f"network.0.model.{key}"]

    for key in (
        "conv1.weight",
        "bn1.running_mean",
        "bn1.running_var",
        "layer3.1.bn2.running_mean",
        "layer3.0.conv1.weight",
    ):
        assert torch.equal(now(key), pretrained[key]), key  # frozen for both epochs


def test_the_backbone_learns_at_a_tenth_of_the_head_rate(finetuned) -> None:
    _, result, _ = finetuned
    groups = load_checkpoint(result.run_dir / "checkpoints" / "last.ckpt")["optimizer_states"][0]["param_groups"]
    assert [(g["name"], g["lr"]) for g in groups] == [("head", 0.05), ("backbone", pytest.approx(0.005))]
    csv_head = (result.run_dir / "metrics.csv").read_text().splitlines()[0]
    assert "lr-SGD/head" in csv_head and "lr-SGD/backbone" in csv_head


def test_prediction_and_export_use_the_backbone_preprocessing(finetuned) -> None:
    tmp, result, _ = finetuned
    predictor = Predictor(result.run_dir)
    assert predictor.experiment.data.image.mean == list(IMAGENET_MEAN)
    (pred,) = predictor.predict([tmp / "shapes" / "circle" / "0.png"])
    assert pred.label in ("circle", "square")
    for fmt in ("torchscript", "safetensors", "onnx"):
        exported = export_run(result.run_dir, fmt, out=tmp / "exports")
        assert exported.parity.passed, exported.parity.describe()
    meta = read_sidecar(exported.model_path)
    pre = meta["preprocessing"]
    assert (pre["channels"], pre["size_hw"], pre["mean"]) == (3, [32, 32], list(IMAGENET_MEAN))
    assert pre["backbone"]["arch"] == "resnet18" and "ImageNet" in pre["backbone"]["expects"]


def test_init_from_loads_matching_layers_and_reports_the_rest(finetuned, tmp_path) -> None:
    tmp, first, _ = finetuned
    data = make_image_folder(tmp_path / "three", per_class=4, size=32)
    (data / "triangle").mkdir()
    for i in range(4):
        (data / "triangle" / f"{i}.png").write_bytes((data / "circle" / f"{i}.png").read_bytes())
    layers = [ns.Backbone(arch="resnet18", freeze="all", name="bb"), ns.Linear(out_features=16, name="extra"), *head(3)]
    events: list = []
    result = fit(
        experiment(data, layers, init_from=str(first.run_dir), epochs=1), sink=events.append, runs_dir=tmp_path
    )
    report = json.loads((result.run_dir / "initialisation.json").read_text())["init_from"]
    assert report["run"] == str(first.run_dir) and report["checkpoint"] == "best.ckpt"
    assert [e["layer"] for e in report["loaded"]] == ["layer 0 'bb' (backbone)"]
    skipped = {e["layer"]: e["reason"] for e in report["skipped"]}
    assert skipped["layer 1 'extra' (linear)"] == "no layer of that name/position and type earlier"
    assert skipped["layer 3 'output' (linear)"] == "shapes differ (weight: [2, 512] earlier, [3, 16] now)"
    earlier = load_checkpoint(first.run_dir / "checkpoints" / "best.ckpt")["state_dict"]
    now = load_checkpoint(result.run_dir / "checkpoints" / "last.ckpt")["state_dict"]
    key = "network.0.model.layer4.1.conv2.weight"  # frozen in the new run: still the earlier run's value
    assert torch.equal(now[key], earlier[key])
    assert any(
        "initialised from" in e.text and "skipped layer 1 'extra'" in e.text
        for e in events
        if isinstance(e, LogMessage)
    )


def test_bad_weights_or_run_fail_before_a_run_folder_exists(tmp_path, library) -> None:
    data = make_image_folder(tmp_path / "shapes", per_class=4, size=32)
    runs = tmp_path / "runs"
    bad = tmp_path / "resnet18-00000000.pth"
    bad.write_bytes(b"not a weights file")
    with pytest.raises(WeightsError, match="resnet18-00000000.pth: not a PyTorch weights file"):
        fit(experiment(data, [ns.Backbone(weights=str(bad)), *head(2)]), runs_dir=runs)
    with pytest.raises(WeightsError, match="weights 'resnet50.pth': no such file, and the weights library"):
        fit(experiment(data, [ns.Backbone(weights="resnet50.pth"), *head(2)]), runs_dir=runs)
    with pytest.raises(Exception, match="network.init_from: 'no-such-run' is not a run folder"):
        fit(experiment(data, [ns.Backbone(), *head(2)], init_from="no-such-run"), runs_dir=runs)
    assert not runs.exists() or not any(runs.iterdir())


def test_report_counts_frozen_parameters(finetuned) -> None:
    from models.report import build_report

    _, result, _ = finetuned
    html = build_report(result.run_dir).read_text(encoding="utf-8")
    frozen = sum(s.params for s in ARCHITECTURES["resnet18"].stages)
    assert f"({2 * 512 + 2:,} trainable, {frozen:,} frozen)" in html
