"""torchrun without --rdzv-id (as the README's multi-node example is written): every job gets its own run folder."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.models.tiny_runs import tiny_experiment

ROOT = Path(__file__).resolve().parents[2]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.slow
def test_two_torchrun_jobs_without_rdzv_id_write_two_run_folders(tmp_path):
    exp = tmp_path / "exp.yaml"
    exp.write_text(yaml.safe_dump(tiny_experiment(1).to_dict()))
    runs = tmp_path / "runs"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore", "OMP_NUM_THREADS": "1"}
    for _ in range(2):
        proc = subprocess.run(
            [
                *(sys.executable, "-m", "torch.distributed.run", "--nnodes", "1", "--nproc-per-node", "2"),
                *("--rdzv-backend", "c10d", "--rdzv-endpoint", f"127.0.0.1:{free_port()}"),
                *("-m", "models.cli", "fit", str(exp), "--out", str(runs), "--accelerator", "cpu"),
                *("--devices", "2", "--strategy", "ddp"),
            ],
            capture_output=True,
            text=True,
            env=env,
            timeout=600,
        )
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert json.loads(proc.stdout)["status"] == "finished"  # only rank 0 reports
    folders = sorted(p.name for p in runs.iterdir())
    assert len(folders) == 2 and not any("none" in name for name in folders), folders
    for name in folders:
        assert json.loads((runs / name / "status.json").read_text())["status"] == "finished"


def test_slurm_job_steps_get_their_own_folders(tmp_path, monkeypatch):
    from models.training.distributed import launched_run_folder

    monkeypatch.delenv("TORCHELASTIC_RUN_ID", raising=False)
    monkeypatch.setenv("SLURM_JOB_ID", "4711")
    monkeypatch.setenv("SLURM_PROCID", "1")
    monkeypatch.setenv("SLURM_STEP_ID", "0")
    assert launched_run_folder("exp", tmp_path).path == tmp_path / "exp-job4711.0"
    monkeypatch.setenv("SLURM_STEP_ID", "1")  # a second srun in the same allocation
    assert launched_run_folder("exp", tmp_path).path == tmp_path / "exp-job4711.1"
