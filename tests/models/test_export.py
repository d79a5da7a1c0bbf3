"""Export: every template family to every format with a passing parity check; sidecar; bad input; CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from types import SimpleNamespace

import numpy as np
import pytest
import torch
from torch import nn

from models.cli import main as cli_main
from models.data import DataInfo
from models.errors import CheckpointError
from models.export import (
    ExportError,
    ParityError,
    UnsupportedLayerError,
    export_run,
    read_sidecar,
    safetensors_io,
    torchscript,
)
from models.export import onnx as onnx_fmt
from models.export.exporter import _write
from models.export.parity import check_parity
from models.network import build_network, make_template
from models.spec import load_experiment, save_experiment
from tests.models.tiny_runs import train_digits

IMAGE = DataInfo("classification", "image", (1, 8, 8), num_outputs=10, class_names=tuple("0123456789"))
SEQUENCE = DataInfo("classification", "sequence", (64, 1), num_outputs=4, class_names=("a", "b", "c", "d"))
TABULAR = DataInfo("regression", "tabular", (10,), num_outputs=1)
FORECAST = DataInfo("forecasting", "forecast", (32, 1), num_outputs=1)

#: One template per family (MLP, CNN, ResNet, 1D-CNN, LSTM/GRU, Transformer) and the regression heads.
FAMILIES = [
    ("mlp", IMAGE),
    ("lenet", IMAGE),
    ("resnet_small", IMAGE),
    ("fcn1d", SEQUENCE),
    ("lstm", SEQUENCE),
    ("gru", SEQUENCE),
    ("transformer", SEQUENCE),
    ("mlp_regressor", TABULAR),
    ("forecaster", FORECAST),
]


def _inputs(info: DataInfo, n: int) -> torch.Tensor:
    torch.manual_seed(0)
    return torch.randn(n, *info.input_shape)


@pytest.mark.parametrize(("template", "info"), FAMILIES, ids=[f[0] for f in FAMILIES])
def test_every_template_family_exports_to_every_format_with_parity(template, info, tmp_path):
    net = build_network(make_template(template, info), info).eval()
    x = _inputs(info, 32)
    # ONNX: dynamic batch (exported with 2 samples, checked with 32) and onnxruntime parity.
    onnx_fmt.export_onnx(net, x[:2], tmp_path / "m.onnx", {"task": info.task})
    assert check_parity(net, onnx_fmt.onnx_runner(tmp_path / "m.onnx"), x, "onnxruntime").max_abs_diff <= 1e-4
    # TorchScript: traced or scripted, loaded back with torch.jit.load.
    details = torchscript.export_torchscript(net, x[:2], tmp_path / "m.pt", {"task": info.task})
    assert details["method"] in ("trace", "script")
    ts = torchscript.torchscript_runner(tmp_path / "m.pt")
    assert check_parity(net, ts, x, "torch.jit.load").max_abs_diff <= 1e-4
    assert torchscript.read_metadata(tmp_path / "m.pt") == {"task": info.task}
    # safetensors: weights only, loaded into a freshly built network.
    safetensors_io.export_safetensors(net, tmp_path / "m.safetensors", {"task": info.task})
    fresh = safetensors_io.load_weights(build_network(make_template(template, info), info), tmp_path / "m.safetensors")
    assert check_parity(net, fresh, x, "safetensors").max_abs_diff == 0.0


class _Svd(nn.Module):
    """A layer ONNX has no operator for (linalg_svd)."""

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.linalg.svd(x.reshape(x.shape[0], 2, -1))[1]


def test_unsupported_layer_error_names_the_layer_and_the_format(tmp_path):
    net = nn.Sequential(nn.Linear(8, 8), nn.ReLU(), _Svd()).eval()
    experiment = SimpleNamespace(
        network=SimpleNamespace(layers=[SimpleNamespace(type=t) for t in ("linear", "relu", "svd")])
    )
    with pytest.raises(UnsupportedLayerError) as err:
        _write("onnx", net, torch.randn(2, 8), tmp_path / "m.onnx", {}, experiment)
    assert err.value.layer == "layers[2] (svd)" and err.value.format == "onnx"
    assert "layers[2] (svd) cannot be exported to onnx" in str(err.value) and "linalg_svd" in str(err.value)


def test_catalogue_layer_onnx_cannot_express_is_named(tmp_path):
    """adaptive_avgpool1d to a size that does not divide its input has no ONNX equivalent (TorchScript works)."""
    from models.spec.network import NetworkSpec

    layers = [
        {"type": "permute", "dims": [1, 0]},
        {"type": "conv1d", "out_channels": 8, "kernel_size": 3},
        {"type": "avgpool1d"},
        {"type": "adaptive_avgpool1d", "output_size": 2},
        {"type": "flatten"},
        {"type": "linear", "out_features": 4},
    ]
    spec = NetworkSpec.model_validate({"layers": layers}, strict=False)
    net = build_network(spec, SEQUENCE).eval()
    x = _inputs(SEQUENCE, 4)
    with pytest.raises(UnsupportedLayerError) as err:
        _write("onnx", net, x[:2], tmp_path / "m.onnx", {}, SimpleNamespace(network=spec))
    assert str(err.value).startswith(
        "layer layers[3] (adaptive_avgpool1d) cannot be exported to onnx: "
        "Unsupported: ONNX export of operator adaptive_avg_pool1d"
    )
    assert "Choose another format" in str(err.value)
    _write("torchscript", net, x[:2], tmp_path / "m.pt", {}, SimpleNamespace(network=spec))
    assert check_parity(net, torchscript.torchscript_runner(tmp_path / "m.pt"), x, "jit").passed


def test_parity_failure_is_an_error():
    net = nn.Linear(4, 2).eval()
    with pytest.raises(ParityError, match="parity FAILED"):
        check_parity(net, lambda x: net(x) + 1e-3, torch.randn(32, 4), "test")


# -- real runs ---------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def digits_run(tmp_path_factory) -> Path:
    return train_digits(tmp_path_factory.mktemp("runs"), "lenet")


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["onnx", "torchscript", "safetensors"])
def test_export_run_writes_model_and_sidecar_after_parity(digits_run, fmt, tmp_path):
    lines: list[str] = []
    result = export_run(digits_run, fmt, out=f"{tmp_path}/exports/", progress=lines.append)
    assert result.model_path.is_file() and result.model_path.parent == tmp_path / "exports"
    assert result.parity.passed and result.parity.samples == 32 and result.parity.max_abs_diff <= 1e-4
    assert any("parity passed" in line for line in lines)
    meta = read_sidecar(result.model_path)
    assert meta["sha256"] == result.sha256 and meta["format"] == fmt
    assert meta["input"] == {"shape": ["batch", 1, 8, 8], "dtype": "float32", "layout": "NCHW"}
    assert meta["class_names"] == [str(i) for i in range(10)] and meta["task"] == "classification"
    assert meta["preprocessing"]["mean"] and meta["preprocessing"]["std"]
    assert meta["source"]["run"] == digits_run.name and meta["parity"]["passed"]
    assert not [p for p in tmp_path.rglob("*.part")]  # no temporary file left


@pytest.mark.slow
def test_onnx_export_has_a_dynamic_batch_axis_and_a_current_opset(digits_run, tmp_path):
    import onnx

    path = export_run(digits_run, "onnx", out=tmp_path / "m.onnx").model_path
    model = onnx.load(str(path))
    assert model.opset_import[0].version >= 17
    dims = model.graph.input[0].type.tensor_type.shape.dim
    assert dims[0].dim_param == "batch" and [d.dim_value for d in dims[1:]] == [1, 8, 8]
    assert json.loads({p.key: p.value for p in model.metadata_props}["danlu"])["class_names"][0] == "0"


@pytest.mark.slow
def test_failed_parity_leaves_nothing_behind(digits_run, tmp_path):
    with pytest.raises(ParityError):
        export_run(digits_run, "torchscript", out=tmp_path / "new" / "m.pt", tolerance=-1.0)
    assert not (tmp_path / "new").exists()


@pytest.mark.slow
def test_unwritable_destination_is_a_clear_error_and_leaves_nothing(digits_run, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(ExportError, match="cannot write the export there"):
        export_run(digits_run, "onnx", out=blocker / "sub" / "m.onnx")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


@pytest.mark.slow
def test_run_without_checkpoint_is_refused(digits_run, tmp_path):
    bare = tmp_path / "bare"
    bare.mkdir()
    shutil.copy(digits_run / "experiment.yaml", bare / "experiment.yaml")
    with pytest.raises(CheckpointError, match="no checkpoint yet"):
        export_run(bare, "onnx")


@pytest.mark.slow
def test_checkpoint_from_a_different_network_is_refused(digits_run, tmp_path):
    other = tmp_path / "other"
    shutil.copytree(digits_run, other)
    exp = load_experiment(other / "experiment.yaml")
    exp.network = make_template("mlp", IMAGE)
    save_experiment(exp, other / "experiment.yaml")
    with pytest.raises(CheckpointError, match="different network"):
        export_run(other, "safetensors")
    assert not (other / "exports").exists()


@pytest.mark.slow
def test_cli_export_prints_the_parity_result(digits_run, tmp_path, capsys):
    code = cli_main(["export", str(digits_run), "--format", "onnx", "--out", str(tmp_path / "cli.onnx")])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["parity"]["passed"] and Path(out["model"]).is_file()
    assert np.isclose(out["parity"]["tolerance"], 1e-4)


def test_cli_export_bad_input_exits_2_naming_the_file(tmp_path, capsys):
    code = cli_main(["export", str(tmp_path), "--format", "onnx"])
    err = capsys.readouterr().err
    assert code == 2 and str(tmp_path) in err and "Traceback" not in err


@pytest.mark.slow
def test_onnx_without_onnxruntime_is_written_with_the_check_marked_skipped(digits_run, tmp_path, monkeypatch):
    monkeypatch.setattr(onnx_fmt, "onnxruntime_available", lambda: False)
    result = export_run(digits_run, "onnx", out=tmp_path / "m.onnx")
    assert result.model_path.is_file() and not result.parity.passed
    assert "onnxruntime is not installed" in result.parity.skipped
    assert result.parity.describe().startswith("parity not checked")
