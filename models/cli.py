"""``danlu`` command line: the same code path as the GUI, plus Lightning's distributed strategies.

Exit codes: 0 success, 2 bad input (the message names the field or file; no traceback), 1 training failure.
The ``danlu`` console script (desktop.launcher) opens the desktop app when called with no arguments or
an experiment YAML, and this CLI otherwise; ``python -m models.cli`` is the CLI alone, without Qt.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from models.errors import DanluError, TrainingError

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, default=lambda o: o.tolist() if hasattr(o, "tolist") else str(o)))


def _progress_printer(event: Any) -> None:
    """CLI sink: one line per epoch on stderr."""
    from models.training.events import EpochEnd, LogMessage, RunStarted
    from models.vocab import metric_order

    if isinstance(event, RunStarted):
        print(f"run {event.run_dir}: {event.max_epochs} epochs on {event.device} ({event.precision})", file=sys.stderr)
    elif isinstance(event, EpochEnd):
        names = sorted((k for k in event.metrics if k != "epoch"), key=metric_order)  # losses first
        shown = "  ".join(f"{k} {event.metrics[k]:.4f}" for k in names)
        print(f"epoch {event.epoch + 1}: {shown}", file=sys.stderr)
    elif isinstance(event, LogMessage):
        print(f"{event.level}: {event.text}", file=sys.stderr)


def _data_help() -> str:
    """What a data argument may be, from the registry (``builtin:NAME``, ``SOURCE:PATH`` or a bare path)."""
    from models.vocab import BUILTINS, DATA_SOURCES

    kinds = ", ".join(e.name for e in DATA_SOURCES.values() if e.takes != "name")
    return f"builtin:NAME (NAME: {', '.join(BUILTINS)}), SOURCE:PATH (SOURCE: {kinds}) or a path"


def _report_run(result: Any) -> int:
    out = {
        "run_dir": str(result.run_dir),
        "status": result.status,
        "epochs_completed": result.epochs_completed,
        "monitor": result.monitor,
        "best_metric": result.best_metric,
        "message": result.message,
    }
    if result.evaluation:
        out["evaluation"] = {"split": result.evaluation["split"], **result.evaluation["metrics"]}
    if result.is_main_process:
        _print_json(out)
    return EXIT_OK


# -- subcommands ------------------------------------------------------------------------------------------
def cmd_fit(args: argparse.Namespace) -> int:
    from models.spec import load_experiment
    from models.training import fit

    exp = load_experiment(args.experiment)
    if args.epochs is not None:
        exp.train.epochs = args.epochs
    if args.accelerator is not None:
        exp.train.accelerator = args.accelerator
    if args.name:
        exp.name = args.name
    result = fit(
        exp,
        sink=_progress_printer,
        runs_dir=args.out,
        devices=args.devices,
        strategy=args.strategy,
        num_nodes=args.num_nodes,
        progress_bar=sys.stderr.isatty(),
    )
    return _report_run(result)


def cmd_resume(args: argparse.Namespace) -> int:
    from models.training import fit

    return _report_run(
        fit(
            None,
            sink=_progress_printer,
            resume_from=args.run_dir,
            extra_epochs=args.epochs,
            progress_bar=sys.stderr.isatty(),
        )
    )


def cmd_evaluate(args: argparse.Namespace) -> int:
    from models.training import evaluate

    result = evaluate(args.run_dir, split=args.split, which=args.checkpoint)
    shown = ("split", "checkpoint", "num_samples", "metrics", "per_class")
    _print_json({k: v for k, v in result.items() if k in shown})
    return EXIT_OK


def cmd_runs_list(args: argparse.Namespace) -> int:
    from dataclasses import asdict

    from models.training import list_runs

    runs = list_runs(args.runs_dir)
    if args.json:
        _print_json([asdict(r) for r in runs])
        return EXIT_OK
    for r in runs:
        best = f"{r.monitor}={r.best_metric:.4f}" if r.best_metric is not None else "-"
        print(f"{r.name:45s} {r.status:9s} {r.dataset:24s} {r.network:14s} {r.epochs_completed:4d} ep  {best}")
    return EXIT_OK


def cmd_template_list(args: argparse.Namespace) -> int:
    from models.network import list_templates

    for t in list_templates():
        print(f"{t.name:18s} {', '.join(t.modalities):28s} {t.description}")
    return EXIT_OK


def cmd_template_show(args: argparse.Namespace) -> int:
    from models.defaults import experiment_for, parse_data_arg

    exp = experiment_for(parse_data_arg(args.data), args.name)
    sys.stdout.write(exp.to_yaml())
    return EXIT_OK


def cmd_data_inspect(args: argparse.Namespace) -> int:
    from models.data import inspect
    from models.defaults import parse_data_arg

    _print_json(inspect(parse_data_arg(args.path)).to_dict())
    return EXIT_OK


#: Extra subcommand groups register here: ``register(subparsers)`` functions (export, predict, report, ...).
EXTRA_COMMANDS: list[str] = ["models.cli_export", "models.cli_generate"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="danlu",
        description="Danlu: train, evaluate and export deep-learning "
        "models. `danlu` with no arguments (or an experiment YAML) opens the app.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("fit", help="train an experiment YAML")
    p.add_argument("experiment", help="experiment YAML (see `danlu template show`)")
    p.add_argument("--out", type=Path, default=None, help="runs directory (default: the user data dir)")
    p.add_argument("--name", help="run name (default: the experiment's name)")
    p.add_argument("--epochs", type=int, help="override train.epochs")
    p.add_argument("--accelerator", choices=["auto", "cpu", "cuda", "mps"], help="override train.accelerator")
    p.add_argument("--devices", type=int, default=1, help="devices per node (DDP when > 1)")
    p.add_argument("--strategy", default="auto", help="Lightning strategy, e.g. ddp")
    p.add_argument("--num-nodes", type=int, default=1, help="number of nodes (torchrun / SLURM)")
    p.set_defaults(func=cmd_fit)

    p = sub.add_parser("resume", help="continue a stopped run, or train a finished one for more epochs")
    p.add_argument("run_dir")
    p.add_argument("--epochs", type=int, help="train this many MORE epochs")
    p.set_defaults(func=cmd_resume)

    p = sub.add_parser("evaluate", help="evaluate a run's checkpoint and write evaluation.json")
    p.add_argument("run_dir")
    p.add_argument("--split", choices=["val", "test"], default="test")
    p.add_argument("--checkpoint", choices=["best", "last"], default="best")
    p.set_defaults(func=cmd_evaluate)

    runs = sub.add_parser("runs", help="list runs").add_subparsers(dest="runs_command", metavar="ACTION")
    p = runs.add_parser("list", help="every run with status and best metric")
    p.add_argument("--runs-dir", type=Path, default=None)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_runs_list)

    tmpl = sub.add_parser("template", help="network templates").add_subparsers(
        dest="template_command", metavar="ACTION"
    )
    p = tmpl.add_parser("list", help="list templates")
    p.set_defaults(func=cmd_template_list)
    p = tmpl.add_parser("show", help="print a ready experiment YAML for a template and dataset")
    p.add_argument("name", help="template name (see `danlu template list`)")
    p.add_argument("--data", default="builtin:digits", help=_data_help())
    p.set_defaults(func=cmd_template_show)

    data = sub.add_parser("data", help="datasets").add_subparsers(dest="data_command", metavar="ACTION")
    p = data.add_parser("inspect", help="print a JSON summary of a dataset")
    p.add_argument("path", help=_data_help())
    p.set_defaults(func=cmd_data_inspect)

    for module_name in EXTRA_COMMANDS:
        try:
            module = __import__(module_name, fromlist=["register"])
        except ImportError:
            continue
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``danlu`` console script."""
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        return func(args)
    except DanluError as err:
        print(f"danlu: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except TrainingError as err:
        print(f"danlu: training failed: {err}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("danlu: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
