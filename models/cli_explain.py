"""``danlu explain RUN INPUT [--method gradcam|ig] [--target CLASS] --out PNG``: why the network predicted what
it did, drawn as a PNG (Grad-CAM overlay, heat strip under a series, or a feature bar chart)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

EXIT_OK = 0

_DESCRIPTION = (
    "Grad-CAM (image networks with a convolution or a pretrained backbone) or Integrated Gradients (any "
    "network) computed with Captum. The input gets the run's training preprocessing. Prints JSON per sample; "
    "several samples (a folder, a multi-row file) are written as OUT-1.png, OUT-2.png, ..."
)


def outputs_for(out: Path, count: int) -> list[Path]:
    """``out`` for one sample; ``<stem>-<i><suffix>`` for several."""
    out = out if out.suffix else out.with_suffix(".png")
    if count == 1:
        return [out]
    return [out.with_name(f"{out.stem}-{i + 1}{out.suffix}") for i in range(count)]


def cmd_explain(args: argparse.Namespace) -> int:
    from models.explain import Explainer
    from models.explain.render import save_png

    explainer = Explainer.open(args.run_dir, args.checkpoint)
    explanations = explainer.explain(args.inputs, args.method, args.target)
    rows = []
    for e, path in zip(explanations, outputs_for(Path(args.out), len(explanations)), strict=True):
        save_png(e, path)
        rows.append(
            {
                "input": e.input,
                "method": e.method,
                "target": e.target_label,
                "predicted": e.predicted_label or None,
                "score": e.probability,
                "layer": e.layer or None,
                "png": str(path),
            }
        )
    print(json.dumps(rows, indent=2, ensure_ascii=False))
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``danlu explain`` to the CLI."""
    p = sub.add_parser("explain", help="explain a run's prediction for an input (Grad-CAM / Integrated Gradients)")
    p.description = _DESCRIPTION
    p.add_argument("run_dir", help="the run folder")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="image(s), a folder, or a sequence/tabular/text file")
    p.add_argument("--method", choices=["gradcam", "ig"], help="default: gradcam where the network allows, else ig")
    p.add_argument("--target", help="class name or index to explain (default: the predicted class)")
    p.add_argument("--out", required=True, help="the PNG to write")
    p.add_argument("--checkpoint", choices=["best", "last"], default="best")
    p.set_defaults(func=cmd_explain)
