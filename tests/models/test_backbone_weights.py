"""Pretrained weights from local files: the real loading code on files in torchvision's official format, and a
clear message for every bad file (wrong architecture, truncated, code-running pickle, missing, bad hash)."""

from __future__ import annotations

import os
import pickle
import re
import shutil

import pytest
import torch

from models.cli import main
from models.data.base import DataInfo
from models.network import build_network
from models.network.weights import WeightsError, detect_arch, load_backbone_weights, read_state_dict
from models.network.weights_library import import_weights, library_dir, list_weights, resolve_weights
from models.spec import network as ns
from tests.models.weights_support import official_file, official_state, safetensors_file

PHOTO = DataInfo("classification", "image", (3, 32, 32), num_outputs=2, class_names=("a", "b"))


@pytest.fixture(autouse=True)
def library(tmp_path, monkeypatch):
    folder = tmp_path / "library"
    monkeypatch.setenv("DANLU_WEIGHTS_DIR", str(folder))
    return folder


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    folder = tmp_path_factory.mktemp("weights")
    return {
        "resnet18": official_file(folder, "resnet18"),
        "resnet50": official_file(folder, "resnet50"),
        "mobilenet": safetensors_file(folder, "mobilenet_v3_small"),
    }


def backbone(arch: str = "resnet18") -> torch.nn.Module:
    spec = ns.NetworkSpec(layers=[ns.Backbone(arch=arch), ns.Linear(out_features=2)])
    return build_network(spec, PHOTO)[0]


def test_official_pth_file_loads_every_tensor(files) -> None:
    path = files["resnet18"]
    assert path.name.startswith("resnet18-") and len(path.stem) == len("resnet18-f37072fd")
    module = backbone()
    loaded = load_backbone_weights(module, path)
    state = official_state("resnet18")
    for key, value in module.model.state_dict().items():
        assert torch.equal(value, state[key]), key
    assert (loaded.tensors, loaded.head_dropped) == (len(state) - 2, 2)  # fc.weight and fc.bias are dropped
    assert loaded.hash_check == f"matches the hash prefix {path.stem.split('-')[1]} in its name"
    assert "dropped 2 tensors of the ImageNet classifier" in loaded.describe()


def test_safetensors_file_loads(files) -> None:
    module = backbone("mobilenet_v3_small")
    loaded = load_backbone_weights(module, files["mobilenet"])
    assert torch.equal(module.model.features[0][0].weight, official_state("mobilenet_v3_small")["features.0.0.weight"])
    assert loaded.hash_check == "the file name carries no hash to compare with"


def test_a_file_of_another_architecture_is_named(files) -> None:
    with pytest.raises(WeightsError, match="this looks like a resnet50 file, not resnet18"):
        load_backbone_weights(backbone(), files["resnet50"])
    assert detect_arch(read_state_dict(files["resnet50"])) == "resnet50"


def test_partial_mismatch_lists_missing_unexpected_and_shapes(files, tmp_path) -> None:
    state = official_state("resnet18")
    del state["layer1.0.conv1.weight"]
    state["layer1.0.conv1.weight"] = torch.zeros(32, 64, 3, 3)
    del state["layer4.1.bn2.bias"]
    state["extra.weight"] = torch.zeros(3)
    path = tmp_path / "edited.pth"
    torch.save(state, path)
    with pytest.raises(WeightsError) as err:
        load_backbone_weights(backbone(), path)
    msg = str(err.value)
    assert "does not fit resnet18" in msg
    assert "missing keys (1): layer4.1.bn2.bias" in msg
    assert "unexpected keys (1): extra.weight" in msg
    assert "layer1.0.conv1.weight is [32, 64, 3, 3] in the file but [64, 64, 3, 3] in resnet18" in msg


def test_truncated_files_are_named(files, tmp_path) -> None:
    data = files["resnet18"].read_bytes()
    cut = tmp_path / "resnet18-cut.pth"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(WeightsError, match="resnet18-cut.pth: not a readable PyTorch weights file .* truncated"):
        read_state_dict(cut)
    data = files["mobilenet"].read_bytes()
    cut = tmp_path / "cut.safetensors"
    cut.write_bytes(data[: len(data) // 2])
    with pytest.raises(WeightsError, match="cut.safetensors: not a readable safetensors file .* truncated"):
        read_state_dict(cut)


class _RunsCode:
    def __init__(self, marker: str) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


@pytest.mark.filterwarnings("ignore:Detected pickle protocol")
@pytest.mark.parametrize("writer", ["torch.save", "pickle.dump"])
def test_a_pickle_that_runs_code_is_refused_and_the_code_never_runs(tmp_path, writer: str) -> None:
    marker = tmp_path / "ran"
    path = tmp_path / "resnet18-evil.pth"
    payload = {"conv1.weight": _RunsCode(str(marker))}
    if writer == "torch.save":
        torch.save(payload, path)
    else:
        with open(path, "wb") as fh:
            pickle.dump(payload, fh)
    expected = {
        "torch.save": "refused to load: it names the Python object posix.system, which could run code",
        "pickle.dump": "not a PyTorch weights file (torch.save writes a zip archive; this is not one)",
    }[writer]
    with pytest.raises(WeightsError, match=re.escape(expected)):
        read_state_dict(path)
    assert not marker.exists()


def test_missing_file_and_hash_mismatch(files, tmp_path) -> None:
    with pytest.raises(WeightsError, match="nowhere.pth: no such weights file; copy the file there, or import it"):
        load_backbone_weights(backbone(), tmp_path / "nowhere.pth")
    renamed = tmp_path / "resnet18-f37072fd.pth"  # the official name, other content
    shutil.copy(files["resnet18"], renamed)
    with pytest.raises(WeightsError) as err:
        load_backbone_weights(backbone(), renamed)
    msg = str(err.value)
    assert "but its name says f37072fd: the file is damaged or not the file of that name" in msg
    assert "https://download.pytorch.org/models/resnet18-f37072fd.pth" in msg


def test_library_import_list_and_resolve(files, library, capsys) -> None:
    assert list_weights() == [] and library_dir() == library
    entry = import_weights(files["resnet18"])
    assert (entry.arch, entry.size_bytes, entry.official) == ("resnet18", files["resnet18"].stat().st_size, "")
    assert (library / entry.name).read_bytes() == files["resnet18"].read_bytes()
    assert import_weights(files["resnet18"]).sha256 == entry.sha256  # importing twice is harmless
    import_weights(files["mobilenet"], arch="mobilenet_v3_small")
    assert [(e.arch, e.name) for e in list_weights()] == [
        ("resnet18", entry.name),
        ("mobilenet_v3_small", "mobilenet_v3_small.safetensors"),
    ]
    assert resolve_weights(entry.name) == library / entry.name
    assert resolve_weights(str(files["resnet50"])) == files["resnet50"]
    assert resolve_weights("none") is None
    with pytest.raises(WeightsError, match=r"weights 'resnet18-00000000.pth': no such file, and the weights library"):
        resolve_weights("resnet18-00000000.pth")
    assert main(["weights", "list"]) == 0
    out = capsys.readouterr().out
    assert entry.name in out and entry.sha256[:16] in out


def test_library_refuses_bad_files_and_name_clashes(files, library, tmp_path, capsys) -> None:
    with pytest.raises(WeightsError, match="this looks like a resnet50 file, not resnet18"):
        import_weights(files["resnet50"], arch="resnet18")
    import_weights(files["mobilenet"])
    other = safetensors_file(tmp_path, "mobilenet_v3_small", seed=1)  # same name, other content
    with pytest.raises(WeightsError, match="already holds a different file of that name; rename the new file"):
        import_weights(other)
    assert [e.name for e in list_weights()] == [files["mobilenet"].name]
    assert main(["weights", "import", str(tmp_path / "absent.pth")]) == 2
    assert "absent.pth: no such weights file" in capsys.readouterr().err
    assert main(["weights", "import", str(files["resnet18"]), "--arch", "vgg"]) == 2
    assert "--arch 'vgg' is not known" in capsys.readouterr().err
