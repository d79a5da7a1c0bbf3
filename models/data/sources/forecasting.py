"""``source: forecasting`` — supervised windows over a time-series CSV.

The CSV has an optional time column (``data.forecast.time_column``, or a column named time/date/timestamp
holding non-numbers) and one or more value columns. Rows are sorted by time; copied rows are dropped,
conflicting duplicate times refused and gaps reported (:mod:`models.data.timesteps`); missing values are
filled by linear interpolation (reported). The series is cut into contiguous train | val | test blocks in
time order (a given ``test_path`` is the test block); windows of the val and test blocks may look back into the
previous block for their inputs, but every target lies inside its own block, so no target is shared
across the boundary and nothing is shuffled across it. Values are standardised with the train block's
per-column mean/std (stored in ``data.forecast.mean/std``); inputs are ``[window, C]`` and targets the
next ``horizon`` steps of every column, flattened to ``horizon * C``.
"""

from __future__ import annotations

import numpy as np

from models.data.base import ArrayDataModule, DataInfo
from models.data.builtin import windows
from models.data.csvio import CsvTable, float_column, numeric_fraction, read_csv
from models.data.timesteps import check_time_steps, time_keys
from models.errors import DataError
from models.spec.data import DataSpec

_TIME_NAMES = ("time", "date", "datetime", "timestamp", "ds", "period")


def read_series(path: str, spec: DataSpec) -> tuple[np.ndarray, list[str], str | None, list[str]]:
    """``[T, C]`` float64 values in time order, the value column names, the time column and notes."""
    fc = spec.forecast
    table = read_csv(path)
    notes = list(table.notes)
    tcol = _time_column(table, fc.time_column)
    if fc.value_columns:
        vcols = [table.index(c, "value column (data.forecast.value_columns)") for c in fc.value_columns]
    else:
        vcols, ignored = [], []
        for i in range(len(table.header)):
            if i == tcol:
                continue
            (vcols if numeric_fraction(table.column(i)) >= 0.9 else ignored).append(i)
        if ignored:
            notes.append(f"non-numeric column(s) ignored: {', '.join(table.header[i] for i in ignored)}")
        if not vcols:
            raise DataError(f"{table.path.name}: no numeric value column; set data.forecast.value_columns")
    values = np.stack([float_column(table, c) for c in vcols], axis=1)
    if tcol is not None:
        keys, _ = time_keys(table, tcol)
        order = sorted(range(len(keys)), key=lambda r: keys[r])
        if order != sorted(order):
            notes.append(f"rows sorted by {table.header[tcol]!r}")

        def same(a: int, b: int) -> bool:
            return bool(np.array_equal(values[a], values[b], equal_nan=True))

        kept, step_notes = check_time_steps(table, tcol, {None: order}, same)
        values = values[kept[None]]
        notes += step_notes
    values[~np.isfinite(values)] = np.nan
    missing = int(np.isnan(values).sum())
    if missing:
        t = np.arange(len(values))
        for c in range(values.shape[1]):
            ok = ~np.isnan(values[:, c])
            if not ok.any():
                raise DataError(f"{table.path.name}: column {table.header[vcols[c]]!r} has no value")
            values[:, c] = np.interp(t, t[ok], values[ok, c])
        notes.append(f"{missing} missing value(s) filled by linear interpolation in time")
    return values, [table.header[c] for c in vcols], (table.header[tcol] if tcol is not None else None), notes


def _time_column(table: CsvTable, name: str | None) -> int | None:
    if name:
        return table.index(name, "time column (data.forecast.time_column)")
    for i, h in enumerate(table.header):
        if h.lower() in _TIME_NAMES:
            return i
    return None


class ForecastData(ArrayDataModule):
    """Windows ``[window, C]`` -> next ``horizon`` steps of every column, in time order."""

    def __init__(self, spec: DataSpec, batch_size: int = 64, num_workers: int | None = None) -> None:
        super().__init__(spec, batch_size, num_workers)
        assert spec.path is not None
        fc = spec.forecast
        series, cols, tname, notes = read_series(spec.path, spec)
        test_series = None
        if spec.test_path:
            test_series, tcols, _, tnotes = read_series(
                spec.test_path,
                spec.model_copy(
                    update={"forecast": fc.model_copy(update={"value_columns": cols, "time_column": tname})}
                ),
            )
            notes += tnotes
        n = len(series)
        n_test = 0 if test_series is not None else int(round(n * spec.split.test))
        n_val = int(round(n * spec.split.val))
        a, b = n - n_val - n_test, n - n_test
        need = fc.window + fc.horizon
        if a < need:
            raise DataError(
                f"{spec.path}: {n} time steps leave {a} for training, fewer than window + horizon "
                f"= {need}; use a longer series, a shorter window or smaller val/test fractions"
            )
        if fc.normalize:
            mean = list(fc.mean) if fc.mean else [float(v) for v in series[:a].mean(0)]
            std = list(fc.std) if fc.std else [float(v) if v > 1e-12 else 1.0 for v in series[:a].std(0)]
            if len(mean) != series.shape[1] or len(std) != series.shape[1]:
                raise DataError(
                    f"data.forecast.mean/std have {len(mean)}/{len(std)} values for {series.shape[1]} "
                    "column(s); clear them to recompute"
                )
        else:
            mean, std = [0.0] * series.shape[1], [1.0] * series.shape[1]
        scale = (np.asarray(mean), np.asarray(std))
        norm = ((series - scale[0]) / scale[1]).astype(np.float32)
        w = fc.window
        blocks = {"train": norm[:a], "val": norm[max(0, a - w) : b], "test": norm[max(0, b - w) :]}
        if test_series is not None:
            blocks["test"] = ((test_series - scale[0]) / scale[1]).astype(np.float32)
        xs, ys, splits, start = [], [], {}, 0
        for k, block in blocks.items():
            x, y = windows(block, fc.window, fc.horizon)
            xs.append(x)
            ys.append(y)
            splits[k] = np.arange(start, start + len(x))
            start += len(x)
        notes.insert(
            0,
            f"{n} time steps, column(s) {', '.join(cols)}; window {fc.window}, horizon {fc.horizon}; "
            f"chronological blocks train {a} | val {b - a} | test "
            f"{len(test_series) if test_series is not None else n - b} steps"
            + (" (given test file)" if test_series is not None else ""),
        )
        if fc.normalize:
            notes.append("values standardised with the train block's mean/std; errors (MAE) are in those units")
        info = DataInfo(
            "forecasting", "forecast", (fc.window, series.shape[1]), num_outputs=fc.horizon * series.shape[1]
        )
        self._resolved = spec.model_copy(deep=True)
        self._resolved.forecast.value_columns = cols
        self._resolved.forecast.time_column = tname
        if fc.normalize:
            self._resolved.forecast.mean, self._resolved.forecast.std = mean, std
        self._set_arrays(info, np.concatenate(xs), np.concatenate(ys), splits, notes)

    def resolved_spec(self) -> DataSpec:
        return self._resolved
