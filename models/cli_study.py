"""``danlu study new|run|show|export|presets``, registered into ``danlu`` by models/cli.py.

Exit codes follow the CLI: 0 success, 2 bad input (a DanluError naming the file, field or space entry), 130 when
a run was stopped with Ctrl-C (the study continues when it is run again).
"""

from __future__ import annotations

import argparse
import json
import signal
import sys
import threading
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_INTERRUPTED = 0, 130

_NEW_DESCRIPTION = (
    "Prints a study YAML: the experiment (inline), what varies, the seeds and the objective. --vary PATH=VALUES "
    "takes choices (a,b,c) or a range LOW..HIGH with :log or :step=S; PATH is any experiment field, e.g. "
    "train.optimizer.lr or network.layers[4].p. Every bound and choice is checked against the experiment first."
)
_RUN_DESCRIPTION = (
    "Runs (or continues) a study: each configuration trains once per seed into DIR/trials/<number>-seed<k>/. "
    "Ctrl-C stops after the current batch; run the same command again to continue. Several processes or "
    "machines join one study with the same --storage URL."
)


def _print_json(data: Any) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _limit(text: str) -> int | float:
    """Lightning's limit_*_batches: a whole number of batches, or a fraction below 1."""
    try:
        return int(text)
    except ValueError:
        return float(text)


def _seeds(text: str) -> list[int]:
    from models.errors import SpecError

    try:
        if "," in text:
            return [int(s) for s in text.split(",") if s.strip()]
        return list(range(int(text)))
    except ValueError:
        raise SpecError(f"--seeds {text}: give a count (3) or a list (0,1,2)") from None


def cmd_new(args: argparse.Namespace) -> int:
    from models.data import build_datamodule
    from models.errors import SpecError
    from models.spec import load_experiment
    from models.spec.study import Objective, StudySpec, check_space, entry_from_text
    from models.study.presets import preset_study

    base = load_experiment(args.base)
    seeds = _seeds(args.seeds)
    space = []
    if args.preset:
        space = preset_study(args.preset, base).space
    for item in args.vary or []:
        path, sep, values = item.partition("=")
        if not sep:
            raise SpecError(f"--vary {item}: write PATH=VALUES, e.g. train.optimizer.lr=1e-4..1e-1:log")
        space.append(entry_from_text(path.strip(), values))
    if not space:
        raise SpecError("nothing varies: add --vary PATH=VALUES or --preset NAME (see `danlu study presets`)")
    gridable = all(e.grid_values() is not None for e in space)
    data: dict[str, Any] = {
        "name": args.name or f"{base.name}-{args.preset or 'study'}",
        "base": base,
        "space": space,
        "seeds": seeds,
        "objective": Objective(metric=args.metric or base.train.checkpoint.monitor),
        "sampler": args.sampler or ("grid" if gridable else "tpe"),
        "pruner": args.pruner,
        "n_trials": args.trials,
    }
    try:
        spec = StudySpec.model_validate(data)
    except Exception as err:  # noqa: BLE001 - pydantic's message names the entry
        from pydantic import ValidationError

        from models.spec.base import spec_error

        if isinstance(err, ValidationError):
            raise spec_error(err, what="study") from None
        raise
    check_space(spec, base, lambda d: build_datamodule(d, num_workers=0).info)
    sys.stdout.write(spec.to_yaml())
    return EXIT_OK


class _Printer:
    """CLI sink: a line per trial and seed, the run's epoch lines (from the fit CLI), all on stderr."""

    def __call__(self, event: Any) -> None:
        from models.cli import _progress_printer
        from models.study.events import SeedStarted, StudyFinished, TrialFinished, TrialStarted

        if isinstance(event, TrialStarted):
            params = ", ".join(f"{k}={v}" for k, v in event.params.items())
            print(f"trial {event.number}: {params}", file=sys.stderr)
        elif isinstance(event, SeedStarted):
            print(f"trial {event.number} seed {event.seed}: {event.run_dir}", file=sys.stderr)
        elif isinstance(event, TrialFinished):
            shown = f"mean {event.value:.4f}" if event.value is not None else event.message
            print(f"trial {event.number} {event.state}: {shown} ({event.duration_s:.1f} s)", file=sys.stderr)
        elif isinstance(event, StudyFinished):
            print(f"study {event.status}: {event.message}", file=sys.stderr)
        else:
            _progress_printer(event)


def cmd_run(args: argparse.Namespace) -> int:
    from models.spec.study import load_study_spec
    from models.study.engine import run_study
    from models.study.folder import StudyFolder

    source = Path(args.study)
    out = args.out
    if source.is_dir():
        folder = StudyFolder.open(source)
        spec, spec_dir, out = folder.read_spec(), folder.path, out or folder.path
    else:
        spec, spec_dir = load_study_spec(source), source.parent
    stop = threading.Event()

    def on_sigint(signum: int, frame: Any) -> None:
        if stop.is_set():
            raise KeyboardInterrupt
        stop.set()
        print(
            "danlu: stopping after the current batch (Ctrl-C again to quit now); run again to continue",
            file=sys.stderr,
        )

    previous = signal.signal(signal.SIGINT, on_sigint)
    try:
        result = run_study(
            spec,
            out,
            spec_dir=spec_dir,
            storage=args.storage,
            n_trials=args.trials,
            timeout=args.timeout,
            stop=stop,
            sink=_Printer(),
            accelerator=args.accelerator,
            devices=args.devices,
            strategy=args.strategy,
            limit_batches=args.limit_batches,
        )
    finally:
        signal.signal(signal.SIGINT, previous)
    shown = {"folder": str(result.folder), "status": result.status, "trials_run": result.trials_run}
    _print_json({**shown, "message": result.message})
    return EXIT_INTERRUPTED if result.status == "stopped" else EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from models.study.results import load_report, to_text

    report = load_report(args.dir, storage=args.storage)
    if args.json:
        _print_json(report)
    else:
        print(to_text(report))
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from models.io import atomic_write_text
    from models.study.results import load_report, to_csv

    text = to_csv(load_report(args.dir, storage=args.storage))
    if args.out:
        atomic_write_text(Path(args.out), text)
        print(args.out)
    else:
        sys.stdout.write(text)
    return EXIT_OK


def cmd_presets(args: argparse.Namespace) -> int:
    from models.study.presets import PRESETS

    for p in PRESETS.values():
        print(f"{p.name:15s} {p.label:20s} {p.description}")
    return EXIT_OK


def register(subparsers: Any) -> None:
    """Add the ``study`` command group to the ``danlu`` parser."""
    study = subparsers.add_parser("study", help="hyper-parameter studies with seed repeats (Optuna)")
    sub = study.add_subparsers(dest="study_command", metavar="ACTION")

    p = sub.add_parser("new", help="print a study YAML for an experiment", description=_NEW_DESCRIPTION)
    p.add_argument("--from", dest="base", required=True, help="the base experiment YAML")
    p.add_argument("--vary", action="append", metavar="PATH=VALUES", help="a field to vary (repeatable)")
    p.add_argument("--preset", help="a ready-made study (see `danlu study presets`)")
    p.add_argument("--seeds", default="3", help="how many seeds (3) or which (0,1,2)")
    p.add_argument("--trials", type=int, help="configurations in all (default: the whole grid, else 20)")
    p.add_argument("--metric", help="objective metric (default: the experiment's checkpoint metric)")
    p.add_argument("--sampler", choices=["grid", "random", "tpe"], help="default: grid when every entry is finite")
    p.add_argument("--pruner", choices=["none", "median", "hyperband"], default="none")
    p.add_argument("--name", help="study name (default: the experiment's name and the preset)")
    p.set_defaults(func=cmd_new)

    p = sub.add_parser("run", help="run or continue a study", description=_RUN_DESCRIPTION)
    p.add_argument("study", help="a study YAML, or a study folder to continue")
    p.add_argument("--out", type=Path, help="the study folder (default: <runs dir>/studies/<name>)")
    p.add_argument("--trials", type=int, help="configurations in all, over every run and process")
    p.add_argument("--timeout", type=float, help="seconds for this run (the trial in flight finishes)")
    p.add_argument("--storage", help="shared Optuna storage: sqlite:///F, postgresql://U@H/DB or journal:FILE")
    p.add_argument("--accelerator", choices=["auto", "cpu", "cuda", "mps"], help="override train.accelerator")
    p.add_argument("--devices", type=int, default=1, help="devices per trial (needs --strategy ddp_fork)")
    p.add_argument("--strategy", default="auto", help="Lightning strategy per trial")
    p.add_argument("--limit-batches", type=_limit, default=None, help=argparse.SUPPRESS)  # tests and benchmarks
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("show", help="each configuration's mean, spread, CI and comparison with the best")
    p.add_argument("dir", help="the study folder")
    p.add_argument("--json", action="store_true")
    p.add_argument("--storage", help="the storage URL, if the folder's study.json does not have it in full")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("export", help="the trials as CSV")
    p.add_argument("dir", help="the study folder")
    p.add_argument("--csv", action="store_true", required=True, help="CSV (the only format)")
    p.add_argument("--out", help="write to this file (default: standard output)")
    p.add_argument("--storage", help="the storage URL, if the folder's study.json does not have it in full")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("presets", help="list the ready-made studies")
    p.set_defaults(func=cmd_presets)
