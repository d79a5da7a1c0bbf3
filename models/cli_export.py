"""``danlu export``, ``danlu predict`` and ``danlu report``, registered into ``danlu`` by models/cli.py.

Exit codes follow the CLI: 0 success, 2 bad input (a DanluError naming the file or field, no traceback),
1 failure (an export whose parity check failed: nothing was written).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_FAILED = 0, 1

_EXPORT_HELP = "export a run's model (ONNX, TorchScript, safetensors), checked against the trained model"
_EXPORT_DESCRIPTION = (
    "Writes the model file and a JSON sidecar (input shape, preprocessing, classes, hash). The export is "
    "compared with the trained model on validation samples; if they differ by more than the tolerance, "
    "nothing is written (exit 1)."
)
_PREDICT_HELP = "predict images, an image folder, or sequence/tabular/text files"
_PREDICT_DESCRIPTION = (
    "Prints JSON: per input the top-k classes and probabilities, or the predicted values. Inputs get the "
    "same preprocessing as in training."
)


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def cmd_export(args: argparse.Namespace) -> int:
    from models.export import ParityError, export_run

    def progress(line: str) -> None:
        print(f"export: {line}", file=sys.stderr)

    try:
        result = export_run(
            args.run_dir,
            args.format,
            which=args.checkpoint,
            out=args.out,
            samples=args.samples,
            tolerance=args.tolerance,
            progress=progress,
        )
    except ParityError as err:
        print(f"danlu: export failed: {err}", file=sys.stderr)
        return EXIT_FAILED
    _print_json(
        {
            "format": result.format,
            "model": str(result.model_path),
            "metadata": str(result.metadata_path),
            "sha256": result.sha256,
            "parity": result.parity.to_dict(),
        }
    )
    return EXIT_OK


def cmd_predict(args: argparse.Namespace) -> int:
    from models.predict import predict

    results = predict(args.run_dir, args.inputs, top_k=args.top_k, which=args.checkpoint)
    _print_json([p.to_dict() for p in results])
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from models.report import build_report

    path = build_report(args.run_dir, out=args.out, with_data=not args.no_data)
    print(path)
    return EXIT_OK


def register(subparsers: Any) -> None:
    """Add the ``export``, ``predict`` and ``report`` subcommands to the ``danlu`` parser."""
    from models.export.exporter import CHECKPOINTS, FORMATS
    from models.export.parity import DEFAULT_SAMPLES, DEFAULT_TOLERANCE

    p = subparsers.add_parser("export", help=_EXPORT_HELP, description=_EXPORT_DESCRIPTION)
    p.add_argument("run_dir", help="the run folder")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("--checkpoint", choices=CHECKPOINTS, default="best")
    p.add_argument(
        "--out",
        default=None,  # a str: a trailing "/" means "into this folder"
        help="destination file or folder (default: <run>/exports/<run>-<checkpoint>.<ext>)",
    )
    p.add_argument("--samples", type=int, default=DEFAULT_SAMPLES, help="validation samples in the parity check")
    p.add_argument(
        "--tolerance", type=float, default=DEFAULT_TOLERANCE, help="largest accepted absolute output difference"
    )
    p.set_defaults(func=cmd_export)

    p = subparsers.add_parser("predict", help=_PREDICT_HELP, description=_PREDICT_DESCRIPTION)
    p.add_argument("run_dir", help="the run folder")
    p.add_argument("inputs", nargs="+", help="files or folders (or, for text runs, the text itself)")
    p.add_argument("--top-k", type=int, default=3, help="classes listed per input")
    p.add_argument("--checkpoint", choices=CHECKPOINTS, default="best")
    p.set_defaults(func=cmd_predict)

    p = subparsers.add_parser("report", help="write a self-contained HTML report of a run")
    p.add_argument("run_dir", help="the run folder")
    p.add_argument("--out", type=Path, default=None, help="destination (default: <run>/report.html)")
    p.add_argument(
        "--no-data", action="store_true", help="do not load the dataset (no data summary or misclassified examples)"
    )
    p.set_defaults(func=cmd_report)
