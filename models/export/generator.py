"""Export of a generation run: its sampling generator, ``latent [+ one-hot class] -> image``, one input.

Used by :func:`models.export.exporter.export_run` when the run's task is ``generation``: the same formats,
staging and parity check as every export, with latent vectors instead of validation samples as inputs and
a sidecar that says how to make those inputs and read the images.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from torch import nn

from models.export import metadata as meta


def is_generation_run(run_dir: Path) -> bool:
    """True when the run's ``experiment.yaml`` trains a GAN."""
    from models.spec.experiment import load_experiment
    from models.training.runs import RunFolder

    return load_experiment(RunFolder.open(run_dir).experiment_path).train.task == "generation"


def load_generator(run_dir: Path, which: str) -> tuple[nn.Module, Any, dict[str, Any]]:
    """The export module of the run's sampling generator (EMA when trained with it), the trained run, and
    what the sidecar records about the checkpoint."""
    from models.training.checkpoints import load_checkpoint, load_trained

    trained = load_trained(run_dir, which)
    module = trained.task.export_module().float().cpu().eval()
    return module, trained, meta.checkpoint_meta(trained.checkpoint_path, load_checkpoint(trained.checkpoint_path))


def generator_inputs(trained: Any, count: int) -> torch.Tensor:
    """``count`` fixed latents (cycling through the classes when conditional), as the export's one input."""
    from models.tasks.generation import latents
    from models.tasks.generation_nets import export_input

    task = trained.task
    z = latents(count, task.gan.latent_dim, seed=12_345)
    labels = torch.arange(count) % task.num_classes if task.num_classes else None
    return export_input(z, labels, task.num_classes)


def fresh_generator(trained: Any) -> nn.Module:
    """A newly built export module from ``experiment.yaml`` (for loading exported safetensors weights)."""
    from models.tasks.generation import build_generator
    from models.tasks.generation_nets import GeneratorExport

    return GeneratorExport(build_generator(trained.experiment, trained.info))


def generator_metadata(trained: Any) -> dict[str, Any]:
    """The sidecar entries that differ from a classifier's: the input, the output and how to use them."""
    task, info = trained.task, trained.info
    latent, k = task.gan.latent_dim, task.num_classes
    c, h, w = info.input_shape
    return {
        "input": {"shape": ["batch", latent + k], "dtype": "float32", "layout": "NF"},
        "output": {
            "shape": ["batch", c, h, w],
            "kind": "images",
            "postprocess": "pixels = (x + 1) / 2 * 255, clipped to 0..255; channels first, "
            + ("RGB" if c == 3 else "grey"),
        },
        "preprocessing": {
            "modality": "latent",
            "latent_dim": latent,
            "latent": f"input[:, :{latent}] are independent standard normal values (mean 0, std 1)",
            "class": (
                f"input[:, {latent}:] is the one-hot vector of the class to draw (class_names order)" if k else None
            ),
            "generator": "exponential moving average of the weights" if task.gan.ema_decay else "as trained",
        },
        "class_names": list(info.class_names) if k else [],
    }
