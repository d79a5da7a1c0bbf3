"""A full disk while saving a checkpoint: a clear message and exit 1, never a partial checkpoint under its final
name, the earlier checkpoints intact and the run not left ``running``."""

from __future__ import annotations

import errno
import json

import pytest
import torch
import yaml

from models import cli
from tests.models.tiny_runs import tiny_experiment


@pytest.mark.slow
def test_no_space_left_while_saving_a_checkpoint(tmp_path, monkeypatch, capsys):
    real_save = torch.save
    calls = []

    def full_disk_save(obj, f, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        calls.append(getattr(f, "name", f))
        if len(calls) < 2:  # last.ckpt of the first epoch fits on the disk (best.ckpt is held in memory first)
            return real_save(obj, f, *args, **kwargs)
        import io

        buffer = io.BytesIO()
        real_save(obj, buffer)
        data = buffer.getvalue()
        f.write(data[: len(data) // 2])  # the disk fills up halfway through
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(torch, "save", full_disk_save)
    exp = tmp_path / "exp.yaml"
    exp.write_text(yaml.safe_dump(tiny_experiment(4).to_dict()))
    code = cli.main(["fit", str(exp), "--out", str(tmp_path / "runs")])
    err = capsys.readouterr().err
    assert code == 1
    assert "no space left on /" in err and "MB" in err and "Traceback" not in err
    (run,) = (tmp_path / "runs").iterdir()
    checkpoints = sorted(p.name for p in (run / "checkpoints").iterdir())
    # no temp file left, nothing half-written under these names; best.ckpt (deferred) never fitted
    assert checkpoints == ["last.ckpt"]
    monkeypatch.setattr(torch, "save", real_save)
    for name in checkpoints:
        assert torch.load(run / "checkpoints" / name, weights_only=True)["epoch"] == 0
    status = json.loads((run / "status.json").read_text())
    assert status["status"] == "failed" and "no space left" in status["message"]


def test_status_json_is_updated_in_place_when_not_even_a_temp_file_fits(tmp_path, monkeypatch):
    from models.training import runs

    run = runs.RunFolder(tmp_path)
    run.write_status(status="running", epochs_completed=3)

    def no_space(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(runs, "atomic_write_json", no_space)
    run.write_status(status="failed", message="no space left on /")
    assert json.loads((tmp_path / "status.json").read_text())["status"] == "failed"
