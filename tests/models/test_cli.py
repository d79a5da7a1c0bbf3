"""The ``danlu`` CLI as a user runs it: exit codes, JSON output, messages without tracebacks, CPU DDP."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]


def danlu(*args: str, cwd: Path | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore"}
    return subprocess.run(
        [sys.executable, "-m", "models.cli", *args], capture_output=True, text=True, cwd=cwd, env=env, timeout=timeout
    )


@pytest.fixture(scope="module")
def exp_yaml(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("cli")
    proc = danlu("template", "show", "lenet", "--data", "builtin:digits")
    assert proc.returncode == 0, proc.stderr
    data = yaml.safe_load(proc.stdout)
    data["train"]["epochs"] = 1
    path = folder / "exp.yaml"
    path.write_text(yaml.safe_dump(data))
    return path


def test_template_list_names_every_template():
    proc = danlu("template", "list")
    assert proc.returncode == 0
    for name in ("mlp", "lenet", "resnet_small", "fcn1d", "lstm", "gru", "transformer", "mlp_regressor", "forecaster"):
        assert name in proc.stdout


def test_data_inspect_prints_a_json_summary():
    proc = danlu("data", "inspect", "builtin:digits")
    assert proc.returncode == 0, proc.stderr
    summary = json.loads(proc.stdout)
    assert summary["input_shape"] == [1, 8, 8] and len(summary["class_names"]) == 10
    assert sum(summary["split_sizes"].values()) == 1797


@pytest.mark.slow
def test_fit_then_runs_evaluate_and_resume(exp_yaml, tmp_path):
    proc = danlu("fit", str(exp_yaml), "--out", str(tmp_path), "--accelerator", "cpu")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert out["status"] == "finished" and out["evaluation"]["acc"] > 0.5
    run_dir = out["run_dir"]
    listing = danlu("runs", "list", "--runs-dir", str(tmp_path), "--json")
    assert json.loads(listing.stdout)[0]["path"] == run_dir
    ev = danlu("evaluate", run_dir, "--split", "val")
    assert ev.returncode == 0 and json.loads(ev.stdout)["split"] == "val"
    more = danlu("resume", run_dir, "--epochs", "1")
    assert more.returncode == 0, more.stderr
    assert json.loads(more.stdout)["epochs_completed"] == 2


def test_bad_input_exits_2_naming_the_field_without_traceback(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("train:\n  epochs: many\nnetwork:\n  layers:\n    - type: conv2d\n      kernel_size: 0\n")
    proc = danlu("fit", str(bad), "--out", str(tmp_path))
    assert proc.returncode == 2
    assert "train.epochs" in proc.stderr and "network.layers[0].kernel_size" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_missing_files_exit_2(tmp_path):
    assert danlu("fit", str(tmp_path / "nope.yaml")).returncode == 2
    proc = danlu("data", "inspect", str(tmp_path / "missing_folder"))
    assert proc.returncode == 2 and "missing_folder" in proc.stderr and "Traceback" not in proc.stderr
    proc = danlu("evaluate", str(tmp_path))
    assert proc.returncode == 2 and "not a run folder" in proc.stderr


@pytest.mark.slow
def test_two_process_cpu_ddp_writes_one_run_folder(exp_yaml, tmp_path):
    proc = danlu(
        "fit", str(exp_yaml), "--out", str(tmp_path), "--accelerator", "cpu", "--devices", "2", "--strategy", "ddp"
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    out = json.loads(proc.stdout)  # exactly one JSON document: only rank 0 reports
    assert out["status"] == "finished"
    runs = [p for p in tmp_path.iterdir() if p.is_dir()]
    assert len(runs) == 1
    assert (runs[0] / "evaluation.json").is_file() and (runs[0] / "checkpoints" / "last.ckpt").is_file()
