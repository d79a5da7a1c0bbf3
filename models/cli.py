"""``danlu`` command line: the same code path as the GUI, plus Lightning's distributed strategies.

Exit codes: 0 success, 2 bad input (the message names the field or file; no traceback), 1 training failure,
130 / 143 training stopped by Ctrl-C / SIGTERM (last.ckpt saved, the run marked stopped; resume it).
The ``danlu`` console script (desktop.launcher) opens the desktop app when called with no arguments or
an experiment YAML, and this CLI otherwise; ``python -m models.cli`` is the CLI alone, without Qt.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from models.errors import DanluError, TrainingError

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2
EXIT_BROKEN_PIPE = 128 + 13  # what a shell reports for a writer ended by SIGPIPE


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
    """Print a RunResult (or the RunFinished event of a run a signal ended) as JSON."""
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
    if getattr(result, "is_main_process", True):
        _print_json(out)
    return EXIT_OK


def _train(call: Callable[[threading.Event, Callable[[Any], None]], Any]) -> int:
    """Run ``call(stop, sink)`` (a fit) with SIGINT/SIGTERM as a cooperative stop; report it; the exit code.

    A signal stops training after the current batch with last.ckpt saved and the run marked stopped; the
    exit code is then 128 + the signal (130 for Ctrl-C, 143 for SIGTERM), as a shell or scheduler expects.
    """
    from models.training.events import RunFinished
    from models.training.signals import stop_on_signals

    finished: list[Any] = []

    def sink(event: Any) -> None:
        _progress_printer(event)
        if isinstance(event, RunFinished):
            finished.append(event)

    def notice(signum: int) -> str:
        again = " (Ctrl-C again aborts)" if signum == signal.SIGINT else ""
        return f"danlu: {signal.Signals(signum).name}: stopping after this batch and saving last.ckpt{again}"

    result = None
    with stop_on_signals(notice=notice) as caught:
        try:
            result = call(caught.stop, sink)
        except (SystemExit, KeyboardInterrupt):  # Lightning's SIGTERMException, or Ctrl-C twice
            if caught.signum is None:
                raise
    report = result or (finished[-1] if finished else None)
    if report is not None:
        _report_run(report)
    if caught.signum is None:
        return EXIT_OK
    if report is not None and getattr(report, "is_main_process", True):
        print(f"danlu: stopped by {caught.name}; resume with: danlu resume {report.run_dir}", file=sys.stderr)
    return caught.exit_code


def _override(experiment: Any, flag: str, path: str, value: Any) -> Any:
    """``experiment`` with the field at ``path`` set to a command-line value, validated like the file.

    Raises:
        SpecError: naming the flag, the value and the field (``--epochs 0: ... train.epochs: ...``).
    """
    if value is None:
        return experiment
    from models.spec import Experiment

    data = experiment.to_dict()
    *parents, leaf = path.split(".")
    node = data
    for key in parents:
        node = node[key]
    node[leaf] = value
    return Experiment.from_dict(data, source=f"{flag} {value!r}")


def _positive_int(text: str) -> int:
    """argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


# -- subcommands ------------------------------------------------------------------------------------------
def cmd_fit(args: argparse.Namespace) -> int:
    from models.spec import load_experiment
    from models.training import fit

    exp = load_experiment(args.experiment)
    exp = _override(exp, "--epochs", "train.epochs", args.epochs)
    exp = _override(exp, "--accelerator", "train.accelerator", args.accelerator)
    exp = _override(exp, "--name", "name", args.name)
    return _train(
        lambda stop, sink: fit(
            exp,
            sink=sink,
            stop=stop,
            runs_dir=args.out,
            devices=args.devices,
            strategy=args.strategy,
            num_nodes=args.num_nodes,
            progress_bar=sys.stderr.isatty(),
        )
    )


def cmd_resume(args: argparse.Namespace) -> int:
    from models.training import fit
    from models.training.runs import RunFolder

    source = args.run_dir if args.checkpoint is None else RunFolder.open(args.run_dir).checkpoint(args.checkpoint)
    return _train(
        lambda stop, sink: fit(
            None,
            sink=sink,
            stop=stop,
            resume_from=source,
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
        flag = f"  ! {r.problem}" if r.problem else ""
        print(f"{r.name:45s} {r.status:9s} {r.dataset:24s} {r.network:14s} {r.epochs_completed:4d} ep  {best}{flag}")
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
EXTRA_COMMANDS: list[str] = [
    "models.cli_export",
    "models.cli_study",
    "models.cli_weights",
    "models.cli_explain",
    "models.cli_generate",
]


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
    p.add_argument("--devices", type=_positive_int, default=1, help="devices per node (DDP when > 1)")
    p.add_argument("--strategy", default="auto", help="Lightning strategy, e.g. ddp")
    p.add_argument("--num-nodes", type=_positive_int, default=1, help="number of nodes (torchrun / SLURM)")
    p.set_defaults(func=cmd_fit)

    p = sub.add_parser("resume", help="continue a stopped run, or train a finished one for more epochs")
    p.add_argument("run_dir")
    p.add_argument("--epochs", type=int, help="train this many MORE epochs")
    p.add_argument(
        "--checkpoint", choices=["best", "last"], default=None, help="continue from this checkpoint (default: last)"
    )
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
    args = parser.parse_args(argv)  # --help or a bad argument: argparse prints and exits (0 or 2)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return EXIT_BAD_INPUT
    try:
        code = func(args)
        sys.stdout.flush()  # a closed pipe shows here, inside the handler, not at interpreter exit
        return code
    except BrokenPipeError:  # `danlu ... | head`: the reader has gone; that is not an error worth a traceback
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # Python's final flush must not fail again
        return EXIT_BROKEN_PIPE
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
