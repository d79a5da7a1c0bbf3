"""``export_run``: a run's checkpoint -> model file + sidecar, verified for parity before anything is kept.

Every file is first written under a temporary name in the destination folder; only when the export, the
format's own checks and the parity check have all passed are the model and its sidecar renamed into place.
Any failure removes the temporary files (and folders this call created), so nothing partial is left behind.
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch
from torch import nn

from models.errors import CheckpointError, DanluError
from models.export import generator, safetensors_io, torchscript
from models.export import metadata as meta
from models.export import onnx as onnx_fmt
from models.export.errors import ExportError, UnsupportedLayerError
from models.export.parity import (
    DEFAULT_SAMPLES,
    DEFAULT_TOLERANCE,
    ParityResult,
    check_parity,
    parity_inputs,
    skipped,
)
from models.export.support import find_failing_layer, first_line, layer_label
from models.io import temp_beside

FORMATS = ("onnx", "torchscript", "safetensors")
EXTENSIONS = {"onnx": ".onnx", "torchscript": ".pt", "safetensors": ".safetensors"}
CHECKPOINTS = ("best", "last")

Progress = Callable[[str], None]


@dataclass(frozen=True)
class ExportResult:
    """What an export produced.

    Attributes:
        format: ``onnx``, ``torchscript`` or ``safetensors``.
        model_path: The model file.
        metadata_path: The JSON sidecar beside it.
        sha256: SHA-256 of the model file.
        parity: The parity check's outcome.
        metadata: The sidecar's content.
    """

    format: str
    model_path: Path
    metadata_path: Path
    sha256: str
    parity: ParityResult
    metadata: dict[str, Any] = field(repr=False)

    def describe(self) -> str:
        return f"{self.format}: {self.model_path}\n  {self.parity.describe()}\n  sha256 {self.sha256}"


def default_destination(run_dir: Path, fmt: str, which: str) -> Path:
    """``<run>/exports/<run name>-<checkpoint><ext>``."""
    return Path(run_dir) / "exports" / f"{Path(run_dir).name}-{which}{EXTENSIONS[fmt]}"


def resolve_destination(run_dir: Path, fmt: str, which: str, out: str | Path | None) -> Path:
    """The model file path for ``--out``: None (the run's exports folder), a folder, or a file path."""
    if out is None or str(out) == "":
        return default_destination(run_dir, fmt, which)
    out_path = Path(out).expanduser()
    if out_path.is_dir() or str(out).endswith((os.sep, "/")):
        return out_path / default_destination(run_dir, fmt, which).name
    return out_path if out_path.suffix else out_path.with_suffix(EXTENSIONS[fmt])


def export_run(
    run_dir: str | Path,
    fmt: str,
    which: str = "best",
    out: str | Path | None = None,
    samples: int = DEFAULT_SAMPLES,
    tolerance: float = DEFAULT_TOLERANCE,
    progress: Progress | None = None,
) -> ExportResult:
    """Export a run's trained network and check it against the PyTorch model.

    Args:
        run_dir: The run folder.
        fmt: ``onnx``, ``torchscript`` or ``safetensors``.
        which: ``best`` or ``last`` checkpoint (``best`` falls back to ``last`` when there is none).
        out: Destination file or folder (default: ``<run>/exports/``).
        samples: Validation samples for the parity check (at least 32 is the contract).
        tolerance: Largest accepted absolute output difference.
        progress: Called with a short line at each stage (for the GUI).

    Raises:
        ExportError: bad format/checkpoint choice, an unwritable destination, or an unsupported layer.
        CheckpointError: no checkpoint, or one that does not fit the run's ``experiment.yaml``.
        ParityError: the export does not reproduce the model's outputs (nothing is written).
    """
    say = progress or (lambda _msg: None)
    if fmt not in FORMATS:
        raise ExportError(f"--format {fmt!r} is not supported; choose one of {', '.join(FORMATS)}")
    if which not in CHECKPOINTS:
        raise ExportError(f"--checkpoint {which!r} is not valid; choose best or last")
    run_dir = Path(run_dir)
    say("loading the checkpoint")
    generation = generator.is_generation_run(run_dir)
    network, trained, ckpt_meta = generator.load_generator(run_dir, which) if generation else _load(run_dir, which)
    dest = resolve_destination(run_dir, fmt, which, out)

    base = meta.build_metadata(
        fmt=fmt,
        model_file=dest,
        experiment=trained.experiment,
        info=trained.info,
        run_dir=run_dir,
        checkpoint=trained.checkpoint_path,
        checkpoint_meta=ckpt_meta,
        format_details={},
    )
    if generation:
        base.update(generator.generator_metadata(trained))
    with _Staging(dest) as stage:  # first, so an unwritable destination fails before any slow step
        if generation:
            inputs = generator.generator_inputs(trained, samples)
        else:
            say("loading validation samples")
            from models.data import build_datamodule

            exp = trained.experiment
            dm = build_datamodule(exp.data, batch_size=exp.train.batch_size, num_workers=0)
            inputs = parity_inputs([dm.val_set, dm.test_set, dm.train_set], samples)
        example = inputs[:2]
        say(f"exporting to {fmt}")
        details = _write(fmt, network, example, stage.model_tmp, meta.embedded(base), trained.experiment)
        say("checking parity with the trained model")
        parity = _parity(fmt, network, stage.model_tmp, inputs, tolerance, trained)
        final = meta.finish({**base, "format_details": details, "parity": parity.to_dict()}, stage.model_tmp)
        from models.io import atomic_write_json

        atomic_write_json(stage.sidecar_tmp, final)
        stage.commit()
    say(parity.describe())
    return ExportResult(fmt, dest, meta.sidecar_path(dest), final["sha256"], parity, final)


def _load(run_dir: Path, which: str) -> tuple[nn.Module, Any, dict[str, Any]]:
    """The trained network, checked against the network that the run's ``experiment.yaml`` builds."""
    from models.network import build_network
    from models.spec.experiment import load_experiment
    from models.training.checkpoints import load_checkpoint, load_trained
    from models.training.runs import RunFolder

    run = RunFolder.open(run_dir)
    if not run.checkpoint("best").is_file() and not run.checkpoint("last").is_file():
        raise CheckpointError(
            f"{run.checkpoints}: this run has no checkpoint yet (no best.ckpt or "
            "last.ckpt); train it for at least one epoch, then export"
        )
    if which == "last" and not run.checkpoint("last").is_file():
        raise CheckpointError(f"{run.checkpoint('last')}: no such checkpoint; export the best one instead")
    trained = load_trained(run_dir, which)
    network = trained.network.float().cpu().eval()
    # safetensors files must load into the network experiment.yaml builds: check that promise up front.
    experiment = load_experiment(run.experiment_path)
    try:
        expected = build_network(experiment.network, trained.info)
    except DanluError as err:
        raise CheckpointError(f"{run.experiment_path}: its network cannot be built ({err})") from None
    mismatch = _state_mismatch(expected.state_dict(), network.state_dict())
    if mismatch:
        raise CheckpointError(
            f"{trained.checkpoint_path}: this checkpoint is from a different network than "
            f"{run.experiment_path} ({mismatch}); export a checkpoint trained with this "
            "experiment"
        )
    return network, trained, meta.checkpoint_meta(trained.checkpoint_path, load_checkpoint(trained.checkpoint_path))


def _state_mismatch(expected: dict[str, torch.Tensor], got: dict[str, torch.Tensor]) -> str:
    missing = [k for k in expected if k not in got]
    extra = [k for k in got if k not in expected]
    shapes = [
        f"{k} {list(got[k].shape)} vs {list(v.shape)}"
        for k, v in expected.items()
        if k in got and got[k].shape != v.shape
    ]
    parts = (
        ([f"missing {', '.join(missing[:3])}"] if missing else [])
        + ([f"unexpected {', '.join(extra[:3])}"] if extra else [])
        + ([f"shape {', '.join(shapes[:3])}"] if shapes else [])
    )
    return "; ".join(parts)


def _write(
    fmt: str, network: nn.Module, example: torch.Tensor, path: Path, embedded: dict[str, Any], experiment: Any
) -> dict[str, Any]:
    layer_types = [layer.type for layer in experiment.network.layers]
    try:
        if fmt == "onnx":
            return onnx_fmt.export_onnx(network, example, path, embedded)
        if fmt == "torchscript":
            return torchscript.export_torchscript(network, example, path, embedded)
        return safetensors_io.export_safetensors(network, path, embedded)
    except (DanluError, OSError):
        raise
    except Exception as err:  # noqa: BLE001 - exporter internals: translate into the layer that caused it
        attempt = onnx_fmt.try_layer if fmt == "onnx" else torchscript.try_layer
        found = find_failing_layer(network, example, attempt) if fmt != "safetensors" else None
        if found is not None:
            index, detail = found
            raise UnsupportedLayerError(layer_label(index, layer_types), fmt, detail) from None
        raise ExportError(f"the network cannot be exported to {fmt}: {first_line(err)}") from None


def _parity(
    fmt: str, network: nn.Module, path: Path, inputs: torch.Tensor, tolerance: float, trained: Any
) -> ParityResult:
    if fmt == "onnx":
        if not onnx_fmt.onnxruntime_available():
            return skipped(
                "onnxruntime",
                "onnxruntime is not installed (pip install 'danlu[onnxruntime]'); the model passed onnx.checker",
                tolerance,
            )
        return check_parity(network, onnx_fmt.onnx_runner(path), inputs, "onnxruntime", tolerance)
    if fmt == "torchscript":
        runner = torchscript.torchscript_runner(path)
        return check_parity(network, runner, inputs, "torch.jit.load", tolerance)
    if trained.info.task == "generation":
        fresh = safetensors_io.load_weights(generator.fresh_generator(trained), path)
        return check_parity(network, fresh, inputs, "safetensors -> the generator experiment.yaml builds", tolerance)
    from models.network import build_network

    fresh = safetensors_io.load_weights(build_network(trained.experiment.network, trained.info), path)
    return check_parity(network, fresh, inputs, "safetensors -> build_network", tolerance)


class _Staging:
    """Temporary model and sidecar files beside the destination, renamed into place on :meth:`commit`."""

    def __init__(self, dest: Path) -> None:
        self.dest, self.sidecar = dest, meta.sidecar_path(dest)
        self.created_dirs: list[Path] = []
        self.model_tmp = self.sidecar_tmp = Path()
        self.mode = 0o644

    def __enter__(self) -> _Staging:
        folder = self.dest.parent
        missing = [p for p in [folder, *folder.parents] if not p.exists()]
        try:
            for d in reversed(missing):
                d.mkdir()
                self.created_dirs.append(d)
            self.model_tmp = self._temp(self.dest)
            self.sidecar_tmp = self._temp(self.sidecar)
            self.mode = stat.S_IMODE(self.model_tmp.stat().st_mode)  # what the umask allows a new file
        except OSError as err:
            self._cleanup()
            raise ExportError(
                f"{folder}: cannot write the export there ({err.strerror or err}); choose another destination (--out)"
            ) from None
        if self.dest.is_dir():
            self._cleanup()
            raise ExportError(f"{self.dest}: is a folder; give a file name or the folder to export into")
        return self

    @staticmethod
    def _temp(target: Path) -> Path:
        return temp_beside(target, ".part")  # its mode follows the umask (mkstemp's is owner-only)

    def commit(self) -> None:
        try:
            for tmp in (self.model_tmp, self.sidecar_tmp):
                os.chmod(tmp, self.mode)  # a writer may have replaced the file (safetensors writes it 0600)
            os.replace(self.model_tmp, self.dest)
            os.replace(self.sidecar_tmp, self.sidecar)
        except OSError as err:
            raise ExportError(f"{self.dest}: cannot be written ({err.strerror or err})") from None

    def _cleanup(self) -> None:
        for tmp in (self.model_tmp, self.sidecar_tmp):
            if tmp != Path() and tmp.exists():
                tmp.unlink()
        for d in reversed(self.created_dirs):
            with contextlib.suppress(OSError):
                d.rmdir()

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        if exc_type is not None:
            self._cleanup()
            if isinstance(exc, OSError):
                raise ExportError(
                    f"{self.dest}: cannot be written ({exc.strerror or exc}); choose another destination (--out)"
                ) from exc
