"""``danlu generate``: new images from a generation (GAN) run, registered into ``danlu`` by models/cli.py."""

from __future__ import annotations

import argparse
import json
from typing import Any

EXIT_OK = 0

_HELP = "draw new images from a generation (GAN) run into a PNG grid"
_DESCRIPTION = (
    "Samples N images from the run's generator (its weight average when it was trained with one) and writes "
    "them as one PNG grid. Conditional runs draw every class in turn, or only the class given with --class."
)


def cmd_generate(args: argparse.Namespace) -> int:
    from models.generate import generate, save_grid

    result = generate(args.run_dir, n=args.n, class_=args.class_, which=args.checkpoint, seed=args.seed)
    path = save_grid(result, args.out, args.scale)
    summary: dict[str, Any] = {
        "out": str(path),
        "images": args.n,
        "rows": result.rows,
        "cols": result.cols,
        "image_shape": list(result.image_shape),
    }
    if result.labels:
        summary["classes"] = sorted(set(result.labels), key=result.labels.index)
    print(json.dumps(summary, indent=2, ensure_ascii=False))
    return EXIT_OK


def register(subparsers: Any) -> None:
    """Add the ``generate`` subcommand to the ``danlu`` parser."""
    p = subparsers.add_parser("generate", help=_HELP, description=_DESCRIPTION)
    p.add_argument("run_dir", help="the generation run folder")
    p.add_argument("--n", type=int, default=64, help="number of images (default 64)")
    p.add_argument("--class", dest="class_", default=None, help="class index or name (conditional runs only)")
    p.add_argument("--out", default="generated.png", help="PNG file to write (default: generated.png)")
    p.add_argument("--checkpoint", choices=["best", "last"], default="best")
    p.add_argument("--seed", type=int, default=0, help="seed of the latent vectors (same seed, same images)")
    p.add_argument("--scale", type=int, default=None, help="enlarge each pixel (default: images at least 32 px)")
    p.set_defaults(func=cmd_generate)
