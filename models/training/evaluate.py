"""Evaluate a trained model on a split: metrics, ROC, confusion matrix, per-class table, misclassified samples."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import torch
from torch.utils.data import DataLoader, Dataset

from models.data.base import DataInfo
from models.errors import DanluError
from models.io import atomic_write_json
from models.tasks.metrics import (
    classification_curves,
    classification_metrics,
    curves_to_plain,
    per_class_metrics,
    regression_metrics,
    scalars,
)

MAX_MISCLASSIFIED = 64
MAX_PREDICTIONS = 500


@torch.inference_mode()
def evaluate_network(
    network: torch.nn.Module,
    dataset: Dataset,
    info: DataInfo,
    split: str,
    batch_size: int = 256,
    device: str | torch.device = "cpu",
) -> dict[str, Any]:
    """Run ``network`` over ``dataset`` and compute every metric with torchmetrics, as plain data."""
    network = network.to(device).eval()
    loader = DataLoader(dataset, batch_size=batch_size, shuffle=False)
    n = len(dataset)  # type: ignore[arg-type]
    result: dict[str, Any] = {
        "split": split,
        "task": info.task,
        "num_samples": n,
        "class_names": list(info.class_names),
    }
    if info.task == "classification":
        k = info.num_classes
        metrics, curves, per_class = classification_metrics(k), classification_curves(k), per_class_metrics(k)
        wrong: list[dict[str, Any]] = []
        offset = 0
        for x, y in loader:
            probs = network(x.to(device)).float().softmax(-1).cpu()
            for coll in (metrics, curves, per_class):
                coll.update(probs, y)
            conf, pred = probs.max(-1)
            for i in torch.nonzero(pred != y).flatten().tolist():
                wrong.append(
                    {"index": offset + i, "true": int(y[i]), "pred": int(pred[i]), "confidence": float(conf[i])}
                )
            offset += len(y)
        result["metrics"] = {k.removeprefix("x_"): v for k, v in scalars(metrics.compute(), "x").items()}
        result.update(curves_to_plain(curves.compute(), info.class_names))
        pc = {k: v.tolist() for k, v in per_class.compute().items()}
        support = torch.tensor(result["confusion"]).sum(1).tolist()
        result["per_class"] = [
            {
                "label": name,
                "precision": pc["precision"][c],
                "recall": pc["recall"][c],
                "f1": pc["f1"][c],
                "support": int(support[c]),
            }
            for c, name in enumerate(info.class_names)
        ]
        result["misclassified"] = sorted(wrong, key=lambda w: -w["confidence"])[:MAX_MISCLASSIFIED]
    else:
        metrics = regression_metrics(info.num_outputs)
        pairs: list[list[float]] = []
        for x, y in loader:
            out = network(x.to(device)).float().cpu()
            y = y.float().reshape(out.shape)
            metrics.update(out.squeeze(-1) if out.shape[-1] == 1 else out, y.squeeze(-1) if y.shape[-1] == 1 else y)
            if len(pairs) < MAX_PREDICTIONS:
                pairs.extend(torch.stack([y[:, 0], out[:, 0]], 1).tolist())
        result["metrics"] = {k.removeprefix("x_"): v for k, v in scalars(metrics.compute(), "x").items()}
        result["predictions"] = pairs[:MAX_PREDICTIONS]
    return result


def evaluate(run_dir: str | Path, split: str = "test", which: str = "best", write: bool = True) -> dict[str, Any]:
    """Evaluate a run's checkpoint on ``split`` (``val`` or ``test``) and (by default) write evaluation.json."""
    from models.data import build_datamodule
    from models.training.checkpoints import load_trained

    if split not in ("val", "test"):
        raise DanluError(f"--split must be 'val' or 'test', not {split!r}")
    trained = load_trained(run_dir, which)
    from models.training.budget import loader_batch_size

    dm = build_datamodule(
        trained.experiment.data, batch_size=loader_batch_size(trained.experiment.train), num_workers=0
    )
    dataset = dm.test_set if split == "test" else dm.val_set
    if len(dataset) == 0:  # type: ignore[arg-type]
        split, dataset = "val", dm.val_set
    if trained.info.task == "generation":
        from models.tasks.generation_eval import evaluate_generation

        result = evaluate_generation(trained.task, dataset, split, trained.run.path)
    else:
        result = evaluate_network(trained.network, dataset, trained.info, split)
    result["checkpoint"] = trained.checkpoint_path.name
    return _with_baseline(result, dm, split, trained.run if write else None, trained.info.task)


def evaluate_best(task: Any, dm: Any, run: Any) -> dict[str, Any]:
    """After training: evaluate the run's best checkpoint (else the final weights) on the test split (else val)
    and write evaluation.json."""
    from models.training.checkpoints import load_checkpoint

    source = "last"
    best = run.checkpoint("best")
    if best.is_file():
        task.load_state_dict(load_checkpoint(best)["state_dict"])
        source = "best"
    split, dataset = ("test", dm.test_set) if len(dm.test_set) else ("val", dm.val_set)
    if task.info.task == "generation":
        from models.tasks.generation_eval import evaluate_generation

        result = evaluate_generation(task, dataset, split, run.path, device=task.device)
    else:
        result = evaluate_network(task.network, dataset, dm.info, split, device=task.device)
    result["checkpoint"] = f"{source}.ckpt"
    return _with_baseline(result, dm, split, run, task.info.task)


def _with_baseline(result: dict[str, Any], dm: Any, split: str, run: Any | None, task: str) -> dict[str, Any]:
    """Add the classic scikit-learn baseline on the same splits; write evaluation.json and the headline scores
    into status.json when ``run`` is given."""
    from models.baseline import baseline_for, skipped, status_fields

    # a GAN's images have labels, but a classifier of them is no baseline for a generator
    result["baseline"] = (
        skipped("no baseline for the generation task") if task == "generation" else baseline_for(dm, split)
    )
    if run is not None:
        atomic_write_json(run.evaluation_path, result)
        run.write_status(**status_fields(result))
    return result
