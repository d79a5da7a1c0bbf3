"""A network too big for memory is refused from its parameter count before any run folder exists or any weight
is allocated, naming the layer and the size."""

from __future__ import annotations

import pytest

from models.errors import DanluError
from models.spec import Experiment
from models.training import fit, list_runs
from models.training.prepare import Prepared
from tests.models.tiny_runs import tiny_experiment


def huge_experiment() -> Experiment:
    exp = tiny_experiment().to_dict()
    exp["network"] = {
        "layers": [
            {"type": "flatten"},
            {"type": "linear", "out_features": 39_062_500},  # 64 x 39,062,500 + bias = 2.54e9 parameters
            {"type": "linear", "out_features": 10},
        ]
    }
    return Experiment.from_dict(exp)


@pytest.fixture
def never_build(monkeypatch):
    def explode(self, experiment=None):  # noqa: ANN001, ANN202
        raise AssertionError("the 10 GB network was built")

    monkeypatch.setattr(Prepared, "build_task", explode)


def test_a_network_too_big_for_memory_is_refused_before_any_folder_exists(tmp_path, monkeypatch, never_build):
    from models.training import memory

    monkeypatch.setattr(memory, "available_bytes", lambda accelerator, index=0: 16 * 10**9)
    with pytest.raises(DanluError) as err:
        fit(huge_experiment(), runs_dir=tmp_path)
    text = str(err.value)
    assert "layer 1 (linear)" in text and "2,539,062,500" in text and "GB" in text and "16.0 GB" in text
    assert list_runs(tmp_path) == [] and not any(tmp_path.iterdir())


def test_the_lr_finder_refuses_it_too(monkeypatch, never_build):
    from models.training import memory
    from models.training.lr_finder import find_lr

    monkeypatch.setattr(memory, "available_bytes", lambda accelerator, index=0: 16 * 10**9)
    with pytest.raises(DanluError, match="layer 1"):
        find_lr(huge_experiment())
