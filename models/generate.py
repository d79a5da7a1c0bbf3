"""Samples from a trained generation run: one code path for ``danlu generate`` and the GUI.

``generate(run_dir, n, class_, which, seed)`` loads the run's sampling generator (its weight average when
it was trained with one) and returns a grid of ``n`` new images as 8-bit pixels; :func:`save_grid` writes it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from models.errors import DanluError


@dataclass(frozen=True)
class GeneratedGrid:
    """``n`` generated images tiled ``rows x cols`` (uint8 ``[H, W]`` or ``[H, W, 3]``) and their classes."""

    grid: np.ndarray
    rows: int
    cols: int
    image_shape: tuple[int, ...]
    labels: list[str]


def _class_index(value: str, class_names: tuple[str, ...], run: Path) -> int:
    if value in class_names:
        return class_names.index(value)
    if value.lstrip("-").isdigit() and 0 <= int(value) < len(class_names):
        return int(value)
    shown = ", ".join(f"{i}={c}" for i, c in enumerate(class_names[:12])) + (", ..." if len(class_names) > 12 else "")
    raise DanluError(f"--class {value!r}: {run} draws the classes {shown}; give a class index or name")


def _load_generation_run(run_dir: str | Path, which: str) -> Any:
    """The trained generation run (``models.training.checkpoints.TrainedModel``); DanluError for another task."""
    from models.training.checkpoints import load_trained

    trained = load_trained(run_dir, which)
    if trained.info.task != "generation":
        run = trained.run.path
        raise DanluError(f"{run}: is a {trained.info.task} run; danlu generate needs a generation (GAN) run")
    return trained


def generator_classes(run_dir: str | Path, which: str = "best") -> tuple[str, ...]:
    """The classes a conditional generation run draws, in index order (empty: it draws no chosen class).

    Raises:
        DanluError: not a generation run, or no checkpoint.
    """
    trained = _load_generation_run(run_dir, which)
    return tuple(trained.info.class_names) if trained.task.num_classes else ()


def generate(
    run_dir: str | Path, n: int = 64, class_: str | None = None, which: str = "best", seed: int = 0
) -> GeneratedGrid:
    """``n`` images from a generation run, all of one class (``class_``, conditional runs) or of every class.

    Raises:
        DanluError: not a generation run, no checkpoint, ``n`` out of range, or a class the run does not know
            (or any class for a run trained without classes).
    """
    from models.sample_grids import tile, to_uint8
    from models.tasks.generation import latents

    if not 1 <= n <= 1024:
        raise DanluError(f"--n {n}: choose between 1 and 1024 images")
    trained = _load_generation_run(run_dir, which)
    run = trained.run.path
    task = trained.task
    names = tuple(trained.info.class_names)
    if class_ is not None and not task.num_classes:
        raise DanluError(f"--class: {run} was trained without classes (train.gan.conditional is off); leave it out")
    labels = None
    if task.num_classes:
        labels = torch.arange(n) % task.num_classes
        if class_ is not None:
            labels = torch.full((n,), _class_index(class_, names, run))
    images = task.sample(latents(n, task.gan.latent_dim, seed), labels)
    cols = math.ceil(math.sqrt(n))
    rows = math.ceil(n / cols)
    shown = [names[i] for i in labels.tolist()] if labels is not None else []
    return GeneratedGrid(tile(to_uint8(images), rows, cols), rows, cols, tuple(images.shape[1:]), shown)


def save_grid(result: GeneratedGrid, out: str | Path, scale: int | None = None) -> Path:
    """Write the grid as a PNG; ``scale`` (default: enough to show images at least 32 pixels a side)."""
    from models.sample_grids import save_png

    side = max(result.image_shape[1:])
    factor = scale if scale is not None else max(1, 32 // side)
    out = Path(out).expanduser()
    if out.suffix.lower() != ".png":
        raise DanluError(f"--out {out}: the grid is written as a PNG; give a file name ending in .png")
    try:
        return save_png(result.grid, out, factor)
    except OSError as err:
        raise DanluError(f"--out {out}: cannot be written ({err.strerror or err}); choose another path") from None
