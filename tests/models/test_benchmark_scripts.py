"""The benchmark scripts start (no GPU here: the GPU check is tested for --help and its no-CUDA exit)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import torch

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], capture_output=True, text=True, cwd=ROOT, timeout=300)


def test_gpu_check_help_names_models_and_precisions():
    proc = run("benchmarks/gpu_check.py", "--help")
    assert proc.returncode == 0 and "--models" in proc.stdout and "--skip-gui" in proc.stdout


def test_gpu_check_without_cuda_exits_2_with_json():
    if torch.cuda.is_available():
        return
    proc = run("benchmarks/gpu_check.py", "--skip-gui")
    assert proc.returncode == 2 and '"error": "no CUDA device"' in proc.stdout
