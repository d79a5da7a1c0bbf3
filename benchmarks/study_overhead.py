"""What a study costs beyond its training: study wall time minus the sum of the trials' ``fit()`` times.

A 20-trial study (TPE over the learning rate, one seed, the ``mlp`` template on digits, 1 epoch of 2 batches,
so the fixed costs weigh as much as they ever do) in a temporary folder with the default SQLite storage. The
overhead covers checking the space (loading the data once), Optuna's sampling and storage writes, the trial
bookkeeping and the study's own events. Prints JSON; the target is at most 1 s of overhead per trial.

Usage: python benchmarks/study_overhead.py [--trials 20] [--seeds 1] [--limit-batches 2]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
import warnings

warnings.filterwarnings("ignore")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=20)
    parser.add_argument("--seeds", type=int, default=1)
    parser.add_argument("--limit-batches", type=int, default=2)
    args = parser.parse_args()

    from models.defaults import experiment_for
    from models.spec import DataSpec
    from models.spec.study import StudySpec, entry_from_text
    from models.study.engine import run_study
    from models.study.results import load_report

    base = experiment_for(DataSpec(name="digits"), "mlp")
    base.train.epochs = 1
    base.train.accelerator = "cpu"
    spec = StudySpec(
        name="overhead",
        base=base,
        space=[entry_from_text("train.optimizer.lr", "1e-4..1e-1:log")],
        seeds=list(range(args.seeds)),
        sampler="tpe",
        n_trials=args.trials,
    )
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        result = run_study(spec, os.path.join(tmp, "study"), limit_batches=args.limit_batches)
        total = time.perf_counter() - start
        report = load_report(result.folder)
    fit_s = sum(t["fit_s"] for t in report["trials"])
    trials = len(report["trials"])
    per_trial = (total - fit_s) / max(1, trials)
    print(
        json.dumps(
            {
                "trials": trials,
                "seeds": args.seeds,
                "study_s": round(total, 2),
                "sum_fit_s": round(fit_s, 2),
                "overhead_s": round(total - fit_s, 2),
                "overhead_per_trial_s": round(per_trial, 3),
                "target_per_trial_s": 1.0,
                "ok": per_trial <= 1.0,
                "cpu_count": os.cpu_count(),
                "load_avg_1min": round(os.getloadavg()[0], 2),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
