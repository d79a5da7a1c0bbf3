"""CLI overrides are validated like the experiment file: a bad value exits 2 naming the flag and the field."""

from __future__ import annotations

import pytest
import yaml

from models import cli
from tests.models.tiny_runs import tiny_experiment


@pytest.fixture(scope="module")
def exp_yaml(tmp_path_factory):
    path = tmp_path_factory.mktemp("overrides") / "exp.yaml"
    path.write_text(yaml.safe_dump(tiny_experiment().to_dict()))
    return path


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["--epochs", "0"], "train.epochs"),
        (["--epochs", "-3"], "train.epochs"),
        (["--name", ""], "name"),
        (["--devices", "0"], "--devices"),
        (["--num-nodes", "-1"], "--num-nodes"),
    ],
)
def test_bad_fit_overrides_exit_2_naming_the_flag(exp_yaml, tmp_path, capsys, args, field):
    try:
        code = cli.main(["fit", str(exp_yaml), "--out", str(tmp_path), *args])
    except SystemExit as exc:  # argparse's own checks (--devices, --num-nodes) exit from parse_args
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert args[0] in err and field in err and "Traceback" not in err
    assert not any(tmp_path.iterdir())  # nothing was created


@pytest.mark.parametrize("epochs", ["0", "-3"])
def test_bad_resume_epochs_exit_2(tmp_path, capsys, epochs):
    (tmp_path / "experiment.yaml").write_text(tiny_experiment().to_yaml())
    assert cli.main(["resume", str(tmp_path), "--epochs", epochs]) == 2
    err = capsys.readouterr().err
    assert "--epochs" in err and "at least 1" in err and "Traceback" not in err


def test_output_into_a_closed_pipe_ends_quietly():
    """``danlu data inspect ... | head``: head exits first; no BrokenPipeError traceback."""
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    proc = subprocess.Popen(
        [sys.executable, "-m", "models.cli", "data", "inspect", "builtin:digits"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root)},
    )
    proc.stdout.close()  # the reader is gone before the JSON is written
    err = proc.stderr.read()
    assert proc.wait(timeout=300) == 141
    assert "Traceback" not in err and "BrokenPipe" not in err, err
