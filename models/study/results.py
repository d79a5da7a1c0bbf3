"""What ``danlu study show`` and ``export`` print, and the Studies page draws: a study folder read back.

Reads the spec, the Optuna storage and the trials' run folders; trains nothing.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

from models.spec.study import objective_direction
from models.study import stats
from models.study.folder import StudyFolder
from models.study.storage import open_study
from models.study.trials import TrialRecord, read_trials


def load_report(path: str | Path, storage: str | None = None) -> dict[str, Any]:
    """The study in ``path`` as plain data.

    Keys: ``study``, ``folder``, ``objective`` (metric, direction), ``budget``, ``states`` (count per state),
    ``test`` (the comparison's name), ``configurations`` (completed ones, best first, each with ``trial``,
    ``params``, ``seed_values``, ``mean``, ``std``, ``ci95``, ``verdict``, ``p_value``, ``run_dirs``),
    ``comparisons`` (how many), ``trials`` (every trial), ``importances`` with ``importance_note``, and
    ``baseline`` (the scikit-learn reference from a trial's evaluation.json: model, metric, score, split; or why
    it was skipped; or None), with ``test_metric`` and each configuration's ``test_mean`` of that metric.

    Raises:
        DanluError: not a study folder, or its storage cannot be read.
    """
    folder = StudyFolder.open(path)
    spec = folder.read_spec()
    base = spec.load_base(folder.path)
    direction = objective_direction(spec.objective, base.train.task)
    study = open_study(folder, storage, spec.name, None, None)
    records = read_trials(study)
    budget = int(folder.read_info().get("budget") or spec.planned_trials())
    return build_report(folder, spec.name, spec.objective.metric, direction, budget, records, study)


def build_report(
    folder: StudyFolder,
    name: str,
    metric: str,
    direction: str,
    budget: int,
    records: list[TrialRecord],
    study: Any | None = None,
) -> dict[str, Any]:
    """The report of :func:`load_report` from trials already read (the GUI refreshes it while a study runs)."""
    configs = [
        {"trial": r.number, "params": r.params, "seed_values": r.seed_values, "run_dirs": r.run_dirs}
        for r in records
        if r.state == "complete"
    ]
    ranked = stats.rank_configurations(configs, maximize=direction == "maximize")
    configurations = []
    for row in ranked:
        st = row.pop("stats")
        seeds = {str(k): v for k, v in row["seed_values"].items()}
        configurations.append({**row, **st.to_dict(), "seed_values": seeds})
    states: dict[str, int] = {}
    for r in records:
        states[r.state] = states.get(r.state, 0) + 1
    baseline = baseline_reference(folder, records)
    test_metric = (baseline or {}).get("metric") or ("acc" if direction == "maximize" and "acc" in metric else None)
    if test_metric:
        add_test_scores(folder, configurations, test_metric)
    if study is not None:
        imp, note = stats.importances(study)
    else:
        imp, note = None, "not computed"
    return {
        "study": name,
        "folder": str(folder.path),
        "objective": {"metric": metric, "direction": direction},
        "budget": budget,
        "states": states,
        "test": stats.TEST_NAME,
        "comparisons": max(0, len(configurations) - 1),
        "configurations": configurations,
        "trials": [r.to_dict() for r in records],
        "importances": imp,
        "importance_note": note,
        "test_metric": test_metric,
        "baseline": baseline,
    }


def _evaluation(folder: StudyFolder, rel: str) -> dict[str, Any] | None:
    path = Path(rel) if Path(rel).is_absolute() else folder.path / rel
    try:
        return json.loads((path / "evaluation.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def baseline_reference(folder: StudyFolder, records: list[TrialRecord]) -> dict[str, Any] | None:
    """The scikit-learn baseline of the first trial run that has one (every trial has the same data and splits).

    Returns:
        ``{"model", "metric", "score", "split"}``, ``{"model", "skipped"}`` (why there is none), or None when
        no run has a baseline entry.
    """
    for r in records:
        for rel in r.run_dirs.values():
            base = (_evaluation(folder, rel) or {}).get("baseline")
            if isinstance(base, dict) and (base.get("skipped") or isinstance(base.get("score"), int | float)):
                keys = ("model", "metric", "score", "split", "skipped")
                return {k: base[k] for k in keys if k in base}
    return None


def add_test_scores(folder: StudyFolder, configurations: list[dict[str, Any]], metric: str) -> None:
    """Each configuration's mean test (or val) score of ``metric`` over its seeds' evaluation.json, if any."""
    for c in configurations:
        scores = []
        for rel in c["run_dirs"].values():
            value = ((_evaluation(folder, rel) or {}).get("metrics") or {}).get(metric)
            if isinstance(value, int | float):
                scores.append(float(value))
        c["test_mean"] = sum(scores) / len(scores) if scores else None


def to_csv(report: dict[str, Any]) -> str:
    """One row per trial: number, state, parameters, each seed's value, mean, std, CI, verdict, time, message."""
    by_trial = {c["trial"]: c for c in report["configurations"]}
    params = sorted({k for t in report["trials"] for k in t["params"]})
    seeds = sorted({int(s) for t in report["trials"] for s in t["seed_values"]})
    header = ["trial", "state", *params, *(f"seed{s}" for s in seeds), "mean", "std", "ci95_low", "ci95_high"]
    test = report.get("test_metric")
    header += [f"test_{test}"] if test else []
    header += ["verdict", "p_value", "duration_s", "message"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for t in report["trials"]:
        c = by_trial.get(t["number"], {})
        ci = c.get("ci95") or [None, None]
        row = [t["number"], t["state"], *(t["params"].get(p) for p in params)]
        row += [t["seed_values"].get(str(s)) for s in seeds]
        row += [c.get("mean", t["value"]), c.get("std"), ci[0], ci[1]] + ([c.get("test_mean")] if test else [])
        row += [c.get("verdict", ""), c.get("p_value")]
        row += [None if t["duration_s"] is None else round(t["duration_s"], 3), t["message"]]
        writer.writerow(["" if v is None else v for v in row])
    return out.getvalue()


def to_text(report: dict[str, Any]) -> str:
    """The human-readable table ``danlu study show`` prints."""
    obj = report["objective"]
    lines = [
        f"study {report['study']} ({report['folder']})",
        f"objective: {obj['metric']} ({obj['direction']}); budget {report['budget']} trials; "
        + ", ".join(f"{n} {s}" for s, n in sorted(report["states"].items())),
        f"comparison: {report['test']}; {report['comparisons']} comparisons with the best",
        "",
        f"{'trial':>5}  {'mean':>9}  {'std':>8}  {'95% CI':>21}  {'n':>2}  {'verdict':<18}  parameters",
    ]
    for c in report["configurations"]:
        ci = "-" if not c["ci95"] else f"[{c['ci95'][0]:.4f}, {c['ci95'][1]:.4f}]"
        std = "-" if c["std"] is None else f"{c['std']:.4f}"
        verdict = c["verdict"] + (f" p={c['p_value']:.3f}" if c.get("p_value") is not None else "")
        params = ", ".join(f"{k}={_short(v)}" for k, v in c["params"].items())
        lines.append(f"{c['trial']:>5}  {c['mean']:>9.4f}  {std:>8}  {ci:>21}  {c['n']:>2}  {verdict:<18}  {params}")
    others = [t for t in report["trials"] if t["state"] != "complete"]
    for t in others:
        lines.append(f"{t['number']:>5}  {t['state']:<9} {t['message']}")
    base = report.get("baseline") or {}
    if base.get("score") is not None:
        tests = [
            f"#{c['trial']} {c['test_mean']:.4f}" for c in report["configurations"] if c.get("test_mean") is not None
        ]
        lines.append(
            f"reference: scikit-learn baseline ({base.get('model', '')}) {base['split']} {base['metric']} "
            f"{base['score']:.4f}; the configurations' mean {base['split']} {base['metric']}: {', '.join(tests)}"
        )
    elif base.get("skipped"):
        lines.append(f"reference: no scikit-learn baseline ({base['skipped']})")
    lines.append("")
    if report["importances"]:
        shown = ", ".join(f"{k} {v:.2f}" for k, v in report["importances"].items())
        lines.append(f"parameter importances ({report['importance_note']}): {shown}")
    else:
        lines.append(f"parameter importances: {report['importance_note']}")
    return "\n".join(lines)


def _short(value: Any) -> str:
    return f"{value:.4g}" if isinstance(value, float) else str(value)
