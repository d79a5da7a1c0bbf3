"""TrialsTable: the live table of a study's trials (one row per configuration), from its report and events.

Columns: trial, state, each parameter, the objective per seed, mean ± 95% CI, the comparison with the best,
duration and a note (why it failed or was pruned). The scikit-learn baseline, when the runs have one, is a
last reference row. Rows are rebuilt from the report (a few dozen at most), the running trial from events.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop.panels.results import format_duration
from desktop.panels.runs import STATUS_COLOURS, theme_color
from desktop.status_texts import trial_state_text

NUMBER_ROLE = Qt.ItemDataRole.UserRole + 2
STATE_COLOURS = {
    "complete": STATUS_COLOURS["finished"],
    "stopped": STATUS_COLOURS["stopped"],
    "failed": STATUS_COLOURS["failed"],
    "lost": STATUS_COLOURS["failed"],
    "running": STATUS_COLOURS["running"],
}


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return "" if value is None else str(value)


class TrialsTable(QTableWidget):
    """The trials of the study on show; select rows to open a trial or plot its curves."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.report: dict[str, Any] | None = None
        self.running: dict[int, dict[str, Any]] = {}  # trials started but not yet in a report
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    # -- inputs ---------------------------------------------------------------------------------------------
    def set_report(self, report: dict[str, Any] | None) -> None:
        self.report = report
        known = {t["number"] for t in (report or {}).get("trials", []) if t["state"] != "running"}
        self.running = {n: r for n, r in self.running.items() if n not in known}
        self.rebuild()

    def trial_started(self, number: int, params: dict[str, Any], seeds: tuple[int, ...]) -> None:
        self.running[number] = {"number": number, "params": params, "seeds": seeds, "seed": None}
        self.rebuild()

    def seed_started(self, number: int, seed: int) -> None:
        if number in self.running:
            self.running[number]["seed"] = seed
            self.rebuild()

    # -- reading --------------------------------------------------------------------------------------------
    def selected_numbers(self) -> list[int]:
        rows = sorted({i.row() for i in self.selectedIndexes()})
        numbers = [self.item(r, 0).data(NUMBER_ROLE) for r in rows if self.item(r, 0) is not None]
        return [n for n in numbers if n is not None]

    def trial(self, number: int) -> dict[str, Any] | None:
        return next((t for t in (self.report or {}).get("trials", []) if t["number"] == number), None)

    def select_trial(self, number: int) -> None:
        for row in range(self.rowCount()):
            if self.item(row, 0).data(NUMBER_ROLE) == number:
                self.selectRow(row)
                return

    # -- drawing --------------------------------------------------------------------------------------------
    def rebuild(self) -> None:
        report = self.report or {"trials": [], "configurations": []}
        trials = [t for t in report["trials"] if t["state"] != "running" or t["number"] not in self.running]
        configs = {c["trial"]: c for c in report["configurations"]}
        params = sorted(
            {k for t in trials for k in t["params"]} | {k for r in self.running.values() for k in r["params"]}
        )
        base = report.get("baseline") or {}
        test_metric = report.get("test_metric")
        split = base.get("split") or "test"
        headers = [self.tr("Trial"), self.tr("State"), *params, self.tr("Per seed"), self.tr("Mean ± 95% CI")]
        if test_metric:  # the evaluation's score, comparable with the scikit-learn baseline's
            headers.append(self.tr("{split} {metric} (mean)").format(split=split, metric=test_metric))
        headers += [self.tr("vs best"), self.tr("Time"), self.tr("Note")]
        selected = set(self.selected_numbers())
        rows: list[tuple[int | None, list[str], str]] = []
        for t in sorted(trials, key=lambda t: t["number"]):
            c = configs.get(t["number"], {})
            seeds = ", ".join(f"{t['seed_values'][k]:.4g}" for k in sorted(t["seed_values"], key=int))
            mean = ""
            if c:
                mean = f"{c['mean']:.4g}" + (f" ± {(c['ci95'][1] - c['ci95'][0]) / 2:.2g}" if c.get("ci95") else "")
            elif t["value"] is not None:
                mean = f"{t['value']:.4g}"
            verdict = self._verdict_text(c.get("verdict", ""))
            if c.get("p_value") is not None:
                verdict += f" (p={c['p_value']:.2g})"
            cells = [str(t["number"]), trial_state_text(t["state"]), *(_fmt(t["params"].get(p)) for p in params)]
            cells += [seeds, mean] + ([_fmt(c.get("test_mean"))] if test_metric else [])
            cells += [verdict, format_duration(t["duration_s"]), t["message"]]
            rows.append((t["number"], cells, t["state"]))
        for r in sorted(self.running.values(), key=lambda r: r["number"]):
            state = self.tr("running")
            if r["seed"] is not None:
                state = self.tr("running (seed {seed})").format(seed=r["seed"])
            cells = [str(r["number"]), state, *(_fmt(r["params"].get(p)) for p in params)]
            cells += [""] * (len(headers) - len(cells))
            rows.append((r["number"], cells, "running"))
        if base.get("score") is not None and test_metric:
            note = self.tr("scikit-learn baseline ({model}) on the same {split} split").format(
                model=base.get("model", ""), split=split
            )
            cells = ["", self.tr("reference"), *([""] * len(params)), "", "", f"{base['score']:.4g}", "", "", note]
            rows.append((None, cells, "reference"))
        elif base.get("skipped"):
            cells = ["", self.tr("reference"), *([""] * (len(headers) - 3))]
            cells.append(self.tr("no scikit-learn baseline: {why}").format(why=base["skipped"]))
            rows.append((None, cells, "reference"))

        self.setUpdatesEnabled(False)
        self.clearContents()
        self.setColumnCount(len(headers))
        self.setHorizontalHeaderLabels(headers)
        self.setRowCount(len(rows))
        for row, (number, cells, state) in enumerate(rows):
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(NUMBER_ROLE, number)
                if col == 1:
                    item.setForeground(theme_color(STATE_COLOURS.get(state)))
                if col == len(cells) - 1 and text:
                    item.setToolTip(text)
                self.setItem(row, col, item)
        for row, (number, _, _) in enumerate(rows):
            if number in selected:
                self.selectRow(row)
        self.setUpdatesEnabled(True)

    def _verdict_text(self, verdict: str) -> str:
        """The comparison with the best configuration (models.study.stats), in the UI language."""
        from models.study.stats import BEST, BETTER, NOISE, UNKNOWN

        return {
            BEST: self.tr("best"),
            BETTER: self.tr("best is better"),
            NOISE: self.tr("within seed noise"),
            UNKNOWN: self.tr("cannot tell (needs 2 or more seeds in both)"),
        }.get(verdict, verdict)
