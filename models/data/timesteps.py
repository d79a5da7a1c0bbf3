"""Time steps of long-format CSVs (sequence long format, forecasting): order, duplicates and gaps.

Decisions (users see their effect in the data summary):

* Every row needs a time (a missing one is an error naming the line). Times are numbers, else ISO
  dates/times (``2024-01-31``, ``2024-01-31T08:00``; without a zone they are read as UTC), else plain text
  (sorted alphabetically, no gap check).
* **Duplicates**: a row that repeats an earlier row's time (of the same series) with the same values is a
  copy (a file appended twice, an export run twice): it is dropped and counted in a note. The same time
  with *different* values is an error naming both lines, because Danlu cannot tell which one is right and
  keeping either would train on a guess.
* **Gaps**: the regular step is the most common difference between consecutive times; a difference of more
  than 1.5 steps is a gap. Gaps are reported (count, missing steps, the first one with its lines), not
  filled: the series is used in time order as it is. Irregular sampling (no step covers half the
  differences) is not reported as gaps.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta

from models.data.csvio import CsvTable, is_missing, parse_float
from models.errors import DataError

#: A difference larger than this many regular steps is a gap.
GAP_FACTOR = 1.5


def time_keys(table: CsvTable, col: int) -> tuple[list[float] | list[str], str]:
    """Sortable keys of the time column and their kind: ``number``, ``date`` (seconds) or ``text``.

    Raises:
        DataError: a row has no time (naming its line): its place in the series is unknown.
    """
    raw = [v.strip() for v in table.column(col)]
    for r, v in enumerate(raw):
        if is_missing(v):
            raise DataError(f"{table.where(r, col)}: no time; fill it in or remove the row")
    nums = [parse_float(v) for v in raw]
    if all(n is not None and math.isfinite(n) for n in nums):
        return nums, "number"  # type: ignore[return-value]
    try:
        return [_seconds(datetime.fromisoformat(v)) for v in raw], "date"
    except ValueError:
        return raw, "text"


def _seconds(t: datetime) -> float:
    return (t if t.tzinfo else t.replace(tzinfo=UTC)).timestamp()


def check_time_steps(
    table: CsvTable,
    col: int,
    series: dict[str | None, list[int]],
    same: Callable[[int, int], bool],
) -> tuple[dict[str | None, list[int]], list[str]]:
    """Drop copied rows, refuse conflicting ones and report gaps.

    Args:
        table: The CSV.
        col: Its time column.
        series: Row indices of each series (key None for a file holding one series), sorted by
            :func:`time_keys`.
        same: Whether two rows hold the same values.

    Returns:
        The rows to keep per series (in time order) and notes for the data summary.

    Raises:
        DataError: one time appears twice in a series with different values.
    """
    keys, kind = time_keys(table, col)
    file, time_name, times, lines = table.path.name, table.header[col], table.column(col), table.lines
    kept: dict[str | None, list[int]] = {}
    copies: list[tuple[int, int]] = []
    for sid, rows in series.items():
        out: list[int] = []
        first: dict[object, int] = {}
        for r in rows:
            r0 = first.setdefault(keys[r], r)
            if r0 == r:
                out.append(r)
                continue
            if not same(r0, r):
                where = f"series {sid!r}, " if sid is not None else ""
                raise DataError(
                    f"{file}: {where}time {times[r].strip()!r} appears on line {lines[r0]} and line {lines[r]} "
                    "with different values; keep the right one (Danlu cannot tell which it is)"
                )
            copies.append((r0, r))
        kept[sid] = out
    notes = []
    if copies:
        r0, r = min(copies, key=lambda c: lines[c[1]])
        notes.append(
            f"{file}: {len(copies)} duplicate row(s) dropped (same time and values as an earlier row), "
            f"e.g. line {lines[r]} repeats line {lines[r0]}"
        )
    if kind != "text":
        gap = _gap_note(file, time_name, kept, keys, times, lines, kind)  # type: ignore[arg-type]
        if gap:
            notes.append(gap)
    return kept, notes


def _gap_note(
    file: str,
    time_name: str,
    series: dict[str | None, list[int]],
    keys: Sequence[float],
    times: Sequence[str],
    lines: Sequence[int],
    kind: str,
) -> str | None:
    """The gaps of every series in one note, or None when there are none (or the sampling is irregular)."""
    steps = [(sid, a, b, keys[b] - keys[a]) for sid, rows in series.items() for a, b in zip(rows, rows[1:])]
    if not steps:
        return None
    counts = Counter(round(d, 9) for *_, d in steps if d > 0)
    if not counts:
        return None
    step, n = counts.most_common(1)[0]
    if n < 0.5 * len(steps):
        return None
    gaps = [(sid, a, b, d) for sid, a, b, d in steps if d > GAP_FACTOR * step]
    if not gaps:
        return None
    missing = sum(round(d / step) - 1 for *_, d in gaps)
    sid, a, b, _ = gaps[0]
    where = f"series {sid!r}: " if sid is not None else ""
    every = f"{step:g}" if kind == "number" else str(timedelta(seconds=step))
    return (
        f"{file}: {len(gaps)} gap(s) in {time_name!r} ({missing} missing step(s) of {every}), e.g. {where}"
        f"{times[a].strip()} (line {lines[a]}) -> {times[b].strip()} (line {lines[b]}); gaps are not filled, "
        "the steps either side are used as neighbours"
    )
