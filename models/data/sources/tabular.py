"""``source: tabular`` — a CSV of feature columns and a target column (classification or regression).

Preprocessing, fitted on the train split only and listed in the summary notes: numeric columns get missing
values imputed with the train median and are standardised; other columns are one-hot encoded on the train
categories (missing -> the most frequent category; unseen categories -> all zeros). A text column with a
different value in (almost) every row looks like an identifier and is left out. A column that is numeric
except for a few cells is an error naming the line and column of the first bad cell.
"""

from __future__ import annotations

from collections import Counter

import numpy as np

from models.data.base import ArrayDataModule, DataInfo, SkippedItem, split_indices
from models.data.csvio import CsvTable, float_column, is_missing, numeric_fraction, parse_float, read_csv
from models.data.sources.common import (
    choose_task,
    classes_for,
    encode,
    regression_targets,
    standardise_target,
)
from models.errors import DataError
from models.spec.data import DataSpec

_TARGET_NAMES = ("target", "label", "class", "y")
#: A column where at least this fraction of the present values are numbers is numeric.
NUMERIC_MAJORITY = 0.9


def find_target(table: CsvTable, target: str | None, notes: list[str]) -> int:
    """The target column: ``data.target_column``, else target/label/class/y, else the last column."""
    if target:
        return table.index(target, "target column (data.target_column)")
    low = [h.lower() for h in table.header]
    for name in _TARGET_NAMES:
        if name in low:
            return low.index(name)
    notes.append(
        f"no target column named; using the last column {table.header[-1]!r} (set data.target_column to choose another)"
    )
    return len(table.header) - 1


def _numeric(table: CsvTable, col: int, rows: list[int]) -> bool:
    frac = numeric_fraction([table.rows[r][col] for r in rows])
    if frac == 1.0:
        return True
    if frac >= NUMERIC_MAJORITY:
        r = next(r for r in rows if parse_float(table.rows[r][col]) is None)
        raise DataError(
            f"{table.where(r, col)}: {table.rows[r][col]!r} is not a number, but the column is "
            f"otherwise numeric ({frac:.0%}); fix the value, or leave the cell empty to impute it"
        )
    return False


class TabularData(ArrayDataModule):
    """Tabular rows held in memory as ``[N, F]`` float32."""

    def __init__(self, spec: DataSpec, batch_size: int = 64, num_workers: int | None = None) -> None:
        super().__init__(spec, batch_size, num_workers)
        assert spec.path is not None
        table = read_csv(spec.path)
        notes = list(table.notes)
        tcol = find_target(table, spec.target_column, notes)
        tname = table.header[tcol]
        skipped: list[SkippedItem] = []
        test = read_csv(spec.test_path) if spec.test_path else None
        if test is not None:
            notes += test.notes
            missing = [h for h in table.header if h not in test.header]
            if missing:
                raise DataError(f"{test.path.name}: the test file lacks the column(s) {', '.join(map(repr, missing))}")
        # Rows without a target cannot be used; every other row is kept.
        tables = [table] + ([test] if test is not None else [])
        kept: list[list[int]] = []
        for t in tables:
            c = t.index(tname)
            ok = []
            for r, row in enumerate(t.rows):
                if is_missing(row[c]):
                    skipped.append(SkippedItem(t.where(r), f"missing target {tname!r}; row left out"))
                else:
                    ok.append(r)
            kept.append(ok)
        labels = [[t.rows[r][t.index(tname)].strip() for r in ok] for t, ok in zip(tables, kept)]
        n_tr = len(labels[0])
        if n_tr == 0:
            raise DataError(f"{table.path.name}: no row has a target value in {tname!r}")
        all_labels = labels[0] + (labels[1] if test is not None else [])
        task = choose_task(spec, all_labels)
        if task == "classification":
            classes = classes_for(all_labels, f"{table.path.name}, column {tname!r}")
            y = encode(all_labels, classes)
            tr, va, te = split_indices(n_tr, y[:n_tr], spec.split, has_test=test is not None)
        else:
            classes = []
            y = regression_targets(all_labels, f"{table.path.name}, column {tname!r}")
            tr, va, te = split_indices(n_tr, None, spec.split, has_test=test is not None)
        if test is not None:
            te = np.arange(n_tr, len(all_labels))
        if task == "regression":
            y, note = standardise_target(y, tr)
            notes.append(note)
        x, feat_notes = self._features(tables, kept, tname, tr)
        notes += feat_notes
        info = DataInfo(
            task,
            "tabular",
            (x.shape[1],),
            num_outputs=len(classes) or 1,  # type: ignore[arg-type]
            class_names=tuple(classes),
        )
        self._set_arrays(info, x, y, {"train": tr, "val": va, "test": te}, notes, skipped)

    def _features(
        self, tables: list[CsvTable], kept: list[list[int]], target: str, train_ix: np.ndarray
    ) -> tuple[np.ndarray, list[str]]:
        """Encode every non-target column; statistics come from the train rows only."""
        main = tables[0]
        notes: list[str] = []
        blocks: list[np.ndarray] = []
        numeric, onehot, dropped, imputed = [], [], [], []
        for name in main.header:
            if name == target:
                continue
            cols = [t.index(name) for t in tables]
            if not _numeric(main, cols[0], kept[0]) or (len(tables) > 1 and not _numeric(tables[1], cols[1], kept[1])):
                values = [t.rows[r][c].strip() for t, c, ok in zip(tables, cols, kept) for r in ok]
                train_vals = [values[i] for i in train_ix if not is_missing(values[i])]
                counts = Counter(train_vals)
                if len(counts) > 50 and len(counts) > 0.5 * len(train_vals):
                    dropped.append(name)
                    continue
                cats = sorted(counts)
                if not cats:
                    dropped.append(name)
                    continue
                top = counts.most_common(1)[0][0]
                miss = sum(is_missing(v) for v in values)
                if miss:
                    imputed.append(f"{name!r} {miss} missing -> {top!r}")
                lookup = {c: i for i, c in enumerate(cats)}
                block = np.zeros((len(values), len(cats)), dtype=np.float32)
                for i, v in enumerate(values):
                    j = lookup.get(top if is_missing(v) else v)
                    if j is not None:
                        block[i, j] = 1.0
                blocks.append(block)
                onehot.append(f"{name} ({len(cats)})")
                continue
            v = np.concatenate([float_column(t, c, ok) for t, c, ok in zip(tables, cols, kept)])
            v[~np.isfinite(v)] = np.nan
            tv = v[train_ix]
            if np.isnan(tv).all():
                dropped.append(name)
                continue
            med = float(np.nanmedian(tv))
            miss = int(np.isnan(v).sum())
            if miss:
                imputed.append(f"{name!r} {miss} missing -> median {med:.4g}")
                v = np.where(np.isnan(v), med, v)
            mean, std = float(v[train_ix].mean()), float(v[train_ix].std())
            blocks.append(((v - mean) / (std if std > 1e-12 else 1.0)).astype(np.float32)[:, None])
            numeric.append(name)
        if not blocks:
            raise DataError(f"{main.path.name}: no usable feature column besides the target {target!r}")
        if numeric:
            notes.append(f"{len(numeric)} numeric column(s) standardised on the train split: {', '.join(numeric)}")
        if onehot:
            notes.append(f"{len(onehot)} categorical column(s) one-hot encoded (categories): {', '.join(onehot)}")
        if imputed:
            notes.append("missing values imputed from the train split: " + "; ".join(imputed))
        if dropped:
            notes.append(f"left out (identifier-like or empty): {', '.join(map(repr, dropped))}")
        return np.concatenate(blocks, axis=1), notes
