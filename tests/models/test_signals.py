"""SIGTERM, Ctrl-C and kill -9 on a real ``danlu fit`` process: nothing is lost and the exit code says what happened."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import torch
import yaml

from models.training import fit
from models.training.checkpoints import epochs_in_checkpoint
from tests.models.tiny_runs import resume_epochs

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def long_experiment(tmp_path_factory) -> Path:
    """Digits with an MLP for 500 epochs: it is always still training when the signal comes."""
    from tests.models.tiny_runs import tiny_experiment

    path = tmp_path_factory.mktemp("signals") / "exp.yaml"
    path.write_text(yaml.safe_dump(tiny_experiment(500).to_dict()))
    return path


def start_fit(exp: Path, out: Path) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONWARNINGS": "ignore"}
    return subprocess.Popen(
        [sys.executable, "-m", "models.cli", "fit", str(exp), "--out", str(out)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )


def wait_for_epoch(proc: subprocess.Popen, epoch: int) -> list[str]:
    """stderr lines until the process reports ``epoch N:``."""
    lines = []
    for line in proc.stderr:  # type: ignore[union-attr]
        lines.append(line)
        if line.startswith(f"epoch {epoch}:"):
            return lines
    tail = "".join(lines[-30:])
    raise AssertionError(f"the run ended before epoch {epoch}:\n{tail}")


def only_run(out: Path) -> Path:
    (run,) = [p for p in out.iterdir() if p.is_dir()]
    return run


@pytest.mark.slow
@pytest.mark.parametrize(("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_a_signal_saves_last_marks_the_run_stopped_and_exits_128_plus_signal(long_experiment, tmp_path, signum, code):
    proc = start_fit(long_experiment, tmp_path)
    wait_for_epoch(proc, 2)
    os.kill(proc.pid, signum)
    stdout, stderr = proc.communicate(timeout=300)
    run = only_run(tmp_path)
    assert proc.returncode == code, stderr[-3000:]
    assert "Traceback" not in stderr
    assert f"resume with: danlu resume {run}" in stderr
    status = json.loads((run / "status.json").read_text())
    assert status["status"] == "stopped"
    last = torch.load(run / "checkpoints" / "last.ckpt", weights_only=True)
    assert epochs_in_checkpoint(last) == status["epochs_completed"] >= 2
    assert json.loads(stdout)["status"] == "stopped"


@pytest.mark.slow
def test_after_kill_9_resume_trains_exactly_the_asked_epochs(long_experiment, tmp_path):
    proc = start_fit(long_experiment, tmp_path)
    wait_for_epoch(proc, 3)
    proc.kill()
    proc.communicate(timeout=60)
    run = only_run(tmp_path)
    status = json.loads((run / "status.json").read_text())
    assert status["status"] == "running" and status["epochs_completed"] >= 3
    saved = epochs_in_checkpoint(torch.load(run / "checkpoints" / "last.ckpt", weights_only=True))
    epochs, more = resume_epochs(run, 2, limit_batches=2)
    assert epochs == [saved, saved + 1] and more.epochs_completed == saved + 2


@pytest.mark.slow
def test_sigterm_during_validation_saves_the_finished_epoch(tmp_path, monkeypatch):
    """Lightning raises its SIGTERMException from the validation loop, before any stop of ours is seen."""
    from models.tasks.module import DanluTask
    from tests.models.tiny_runs import tiny_experiment

    original = DanluTask.validation_step

    def validation_step(self, batch, batch_idx):  # noqa: ANN001, ANN202
        if self.current_epoch == 1 and batch_idx == 0:
            os.kill(os.getpid(), signal.SIGTERM)  # Lightning's handler is installed during trainer.fit
        return original(self, batch, batch_idx)

    monkeypatch.setattr(DanluTask, "validation_step", validation_step)
    with pytest.raises(SystemExit):
        fit(tiny_experiment(5), runs_dir=tmp_path, limit_batches=2)
    run = only_run(tmp_path)
    status = json.loads((run / "status.json").read_text())
    assert status["status"] == "stopped" and "SIGTERM" in status["message"]
    last = torch.load(run / "checkpoints" / "last.ckpt", weights_only=True)
    assert epochs_in_checkpoint(last) == status["epochs_completed"] == 2
    more = fit(None, resume_from=run, extra_epochs=1, limit_batches=2)
    assert more.status == "finished" and more.epochs_completed == 3


@pytest.mark.slow
def test_sigterm_at_the_end_of_an_epoch_counts_that_epoch_once(tmp_path, monkeypatch):
    """The SIGTERM comes as an epoch ends: Lightning raises only after it has moved on to the next epoch."""
    from models.training.callbacks import EventForwarder
    from tests.models.tiny_runs import tiny_experiment

    original = EventForwarder.on_train_epoch_end

    def epoch_end(self, trainer, pl_module):  # noqa: ANN001, ANN202
        original(self, trainer, pl_module)
        if trainer.current_epoch == 1:
            os.kill(os.getpid(), signal.SIGTERM)

    monkeypatch.setattr(EventForwarder, "on_train_epoch_end", epoch_end)
    with pytest.raises(SystemExit):
        fit(tiny_experiment(5), runs_dir=tmp_path, limit_batches=2)
    run = only_run(tmp_path)
    status = json.loads((run / "status.json").read_text())
    last = torch.load(run / "checkpoints" / "last.ckpt", weights_only=True)
    assert status["status"] == "stopped" and epochs_in_checkpoint(last) == status["epochs_completed"] == 2
