"""Evaluation of a trained GAN on a split: the classifier-feature distances against that split's images."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from torch.utils.data import DataLoader, Dataset

from models.data.base import DataInfo
from models.errors import DanluError
from models.network.gan import check_gan
from models.spec.experiment import Experiment
from models.tasks.generation_quality import check_feature_run, load_classifier

#: Offset of the evaluation latents, so that they differ from the ones validation measured every epoch.
EVAL_LATENT_OFFSET = 1_000


def prepare_generation(experiment: Experiment, info: DataInfo, source: str = "the dataset") -> DataInfo:
    """Check a generation experiment against its data before anything trains; returns the generation info.

    Raises:
        DanluError: non-image data, an unreachable or mismatched shape (naming the network and layer), a
            conditional GAN without classes, or a ``train.gan.feature_run`` that does not fit.
    """
    gan_info = check_gan(experiment, info, source)
    gan = experiment.train.gan
    if gan.feature_run:
        check_feature_run(gan.feature_run, gan_info)
    monitor = experiment.train.checkpoint.monitor
    known = ("val_fd", "val_kd", "val_diversity", "train_g_loss", "train_d_loss")
    known += ("val_class_acc",) if gan.conditional else ()
    if monitor not in known:
        raise DanluError(
            f"train.checkpoint.monitor {monitor!r} is not measured by GAN training; choose one of {', '.join(known)}"
        )
    return gan_info


def evaluate_generation(
    task: Any,
    dataset: Dataset,
    split: str,
    run_dir: str | Path,
    device: str | torch.device = "cpu",
    batch_size: int = 256,
) -> dict[str, Any]:
    """Distances between ``dataset``'s images and as many generated ones, as plain data (evaluation.json)."""
    task = task.to(device).eval()
    if not task.quality.ready:
        classifier, size = load_classifier(Path(run_dir), task.info, device)
        task.quality.set_classifier(classifier, size)
        task.quality.to(device)
    task.quality.reset()
    n = 0
    with torch.no_grad():
        for i, (x, y) in enumerate(DataLoader(dataset, batch_size=batch_size, shuffle=False)):
            labels = y.to(device) if task.num_classes else None
            fake = task.network(task.eval_latents(EVAL_LATENT_OFFSET + i, len(x)).to(device), labels)
            task.quality.update(task.to_unit(x.to(device)), fake, labels)
            n += len(x)
    quality = task.quality.compute()
    task.quality.reset()
    result: dict[str, Any] = {
        "split": split,
        "task": "generation",
        "num_samples": n,
        "class_names": list(task.info.class_names),
        "metrics": {k: v for k, v in quality.items() if k in ("fd", "kd", "diversity", "class_acc")},
        "measure": "distances between features of the run's quality classifier (not Inception features)",
    }
    if "class_accuracy" in quality:
        names = task.info.class_names
        result["per_class"] = [{"label": names[c], "accuracy": a} for c, a in enumerate(quality["class_accuracy"])]
    return result
