"""Gather what the report shows from a run folder: experiment, status, curves, evaluation, data, examples.

Everything is read from the run folder's plain files; the dataset is loaded again only for the data summary
and the pictures of misclassified samples, and a dataset that moved away leaves a note, not a failure.
"""

from __future__ import annotations

import base64
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from models.errors import DanluError

#: Misclassified samples pictured in the report (the most confident mistakes first).
MAX_EXAMPLES = 12
#: Of those, how many get an explanation of the predicted class (each costs a Grad-CAM or IG pass).
MAX_EXPLAINED = 6


@dataclass
class Example:
    """One misclassified sample: how to show it and what went wrong."""

    index: int
    true: str
    pred: str
    confidence: float
    html: str
    explanation: str = ""  # an <img> of what made the network predict ``pred``, when it could be computed


@dataclass
class ReportData:
    """What :func:`models.report.html.render` needs."""

    run_dir: Path
    experiment: Any  # models.spec.Experiment
    status: dict[str, Any]
    epochs: list[dict[str, float]]
    lr: list[tuple[int, float]]
    evaluation: dict[str, Any] | None
    evaluation_note: str = ""
    summary: dict[str, Any] | None = None
    data_note: str = ""
    network_rows: list[dict[str, Any]] = field(default_factory=list)
    network_totals: dict[str, Any] = field(default_factory=dict)
    examples: list[Example] = field(default_factory=list)


def gather(run_dir: str | Path, evaluate_if_missing: bool = True, with_data: bool = True) -> ReportData:
    """Read a run folder into :class:`ReportData`.

    Args:
        run_dir: The run folder.
        evaluate_if_missing: Evaluate the checkpoint (without writing) when evaluation.json is absent.
        with_data: Load the dataset for its summary and the misclassified samples' pictures.
    """
    from models.spec.experiment import load_experiment
    from models.training.metrics_log import read_metrics_csv
    from models.training.runs import RunFolder

    run = RunFolder.open(run_dir)
    experiment = load_experiment(run.experiment_path)
    log = read_metrics_csv(run.metrics_csv)
    data = ReportData(
        run_dir=run.path,
        experiment=experiment,
        status=run.read_status(),
        epochs=log.epochs,
        lr=log.lr,
        evaluation=run.read_evaluation(),
    )
    if data.evaluation is None:
        data.evaluation_note = "evaluation.json is missing"
        if evaluate_if_missing and (run.checkpoint("best").is_file() or run.checkpoint("last").is_file()):
            from models.training.evaluate import evaluate

            try:
                data.evaluation = evaluate(run.path, write=False)
                data.evaluation_note = "evaluated now (evaluation.json was missing)"
            except DanluError as err:
                data.evaluation_note = f"evaluation.json is missing and evaluating failed: {err}"
    if with_data:
        _add_data(data)
    return data


def _add_data(data: ReportData) -> None:
    from models.data import build_datamodule
    from models.network import summarize

    exp = data.experiment
    try:
        dm = build_datamodule(exp.data, batch_size=exp.train.batch_size, num_workers=0)
    except DanluError as err:
        data.data_note = (
            f"the dataset could not be loaded again ({err}); the data summary and the examples are left out"
        )
        return
    data.summary = dm.summary().to_dict()
    try:
        if exp.train.task == "generation":  # the network is the generator, fed latent vectors
            from models.network.gan import generation_info, summarize_generator

            net = summarize_generator(exp, generation_info(dm.info))
        else:
            net = summarize(exp.network, dm.info)
        data.network_rows = [
            {
                "index": r.index,
                "type": r.type,
                "name": r.name or "",
                "depth": r.depth,
                "output_shape": list(r.output_shape) if r.output_shape else None,
                "params": r.params,
            }
            for r in net.rows
        ]
        data.network_totals = {"params": net.params, "trainable": net.trainable, "macs": net.macs}
    except DanluError:
        data.network_rows = []
    ev = data.evaluation or {}
    if ev.get("task") == "classification" and ev.get("misclassified"):
        dataset = dm.test_set if ev.get("split") == "test" and len(dm.test_set) else dm.val_set  # type: ignore[arg-type]
        names = list(ev.get("class_names") or dm.info.class_names)
        for item in ev["misclassified"][:MAX_EXAMPLES]:
            i = int(item["index"])
            if i >= len(dataset):  # type: ignore[arg-type]
                continue
            html = sample_html(dataset, i, dm.info.modality, exp.data)
            data.examples.append(
                Example(i, _name(names, item["true"]), _name(names, item["pred"]), float(item["confidence"]), html)
            )
        _explain_examples(data, dataset)


def _explain_examples(data: ReportData, dataset: Any) -> None:
    """Add Grad-CAM (image networks) or Integrated Gradients pictures to the first misclassified examples."""
    import torch

    from models.explain import Explainer
    from models.explain.render import png_bytes
    from models.predict_inputs import Sample

    if not data.examples:
        return
    try:
        explainer = Explainer.open(data.run_dir)
        for example in data.examples[:MAX_EXPLAINED]:
            x = torch.as_tensor(dataset[example.index][0])
            explained = explainer.explain_sample(Sample(f"#{example.index}", x))
            example.explanation = png_uri_img(png_bytes(explained), 360)
    except DanluError as err:  # a run without a checkpoint still gets its report
        data.data_note = f"{data.data_note} Explanations are left out: {err}".strip()


def _name(names: list[str], k: int) -> str:
    return names[k] if 0 <= int(k) < len(names) else str(k)


def sample_html(dataset: Any, i: int, modality: str, spec: Any) -> str:
    """A picture (image: embedded PNG; sequence: SVG) or a short text of sample ``i``."""
    from models.report.svg import sparkline

    if modality == "image":
        raw = getattr(dataset, "raw", None)
        if callable(raw):
            try:
                return png_img(np.asarray(raw(i)).astype(np.float32) / 255.0)
            except Exception:  # noqa: BLE001 - an unreadable file shows as text, the report still renders
                return "<em>image cannot be decoded</em>"
        x = np.asarray(dataset[i][0], dtype=np.float32)
        mean = np.asarray(spec.image.mean or [0.0] * x.shape[0], dtype=np.float32).reshape(-1, 1, 1)
        std = np.asarray(spec.image.std or [1.0] * x.shape[0], dtype=np.float32).reshape(-1, 1, 1)
        return png_img(x * std + mean)
    x = np.asarray(dataset[i][0])
    if modality in ("sequence", "forecast"):
        return sparkline(x.tolist())
    if modality == "text":
        vocab = list(spec.text.vocab or [])
        words = [vocab[t - 2] if 2 <= t < len(vocab) + 2 else ("" if t == 0 else "?") for t in x.tolist()]
        from html import escape

        return f"<code>{escape(' '.join(w for w in words if w)[:200])}</code>"
    shown = ", ".join(f"{v:.3g}" for v in x.reshape(-1)[:8].tolist())
    return f"<code>[{shown}{', ...' if x.size > 8 else ''}]</code>"


def png_uri_img(png: bytes, width: int) -> str:
    """An ``<img>`` of the given width holding an already encoded PNG."""
    uri = "data:image/png;base64," + base64.b64encode(png).decode("ascii")
    return f'<img src="{uri}" width="{width}" alt="explanation">'


def png_img(chw: np.ndarray, display: int = 72) -> str:
    """A ``[C, H, W]`` array in [0, 1] as an ``<img>`` with an embedded PNG (pixelated when upscaled)."""
    from PIL import Image

    a = np.clip(np.nan_to_num(chw), 0.0, 1.0)
    a = (a * 255.0 + 0.5).astype(np.uint8)
    img = Image.fromarray(a[0], "L") if a.shape[0] == 1 else Image.fromarray(np.moveaxis(a[:3], 0, -1), "RGB")
    buf = io.BytesIO()
    img.save(buf, format="PNG")
    uri = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode("ascii")
    h, w = a.shape[1:]
    scale = display / max(h, w)
    return (
        f'<img src="{uri}" width="{round(w * scale)}" height="{round(h * scale)}" '
        'style="image-rendering: pixelated" alt="sample">'
    )
