"""Readers for sequence files: sktime/aeon ``.ts``, UCR ``.tsv``/``.csv``/``.txt``, ``.npz``/``.npy`` and
long-format CSV. Each returns a :class:`RawSequences`: one ``[T_i, C]`` float array per sample (NaN where a
value is missing) and the label text of each sample (None where the file has no labels).

A sample (row) that cannot be used is skipped with its line number and the reason; a file that cannot be
used at all raises a :class:`DataError` naming it.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from models.data.base import SkippedItem
from models.data.csvio import clean_label, float_column, is_missing, parse_float, read_csv, read_text
from models.data.timesteps import check_time_steps, time_keys
from models.errors import DataError

SEQUENCE_EXTENSIONS = (".ts", ".tsv", ".csv", ".txt", ".npz", ".npy")
_X_KEYS = ("X", "x", "data", "inputs", "features")
_Y_KEYS = ("y", "Y", "labels", "label", "target", "targets")


@dataclass
class RawSequences:
    """Samples of one file before padding/resampling."""

    path: str
    series: list[np.ndarray] = field(default_factory=list)
    labels: list[str] | None = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    regression: bool = False
    class_order: list[str] | None = None


def detect_format(path: str | Path, fmt: str = "auto", id_column: str = "series_id") -> str:
    """The sequence format of ``path``: ``fmt`` unless ``auto``, else from the extension (and CSV header)."""
    if fmt != "auto":
        return fmt
    p = Path(path)
    ext = p.suffix.lower()
    if ext == ".ts":
        return "ts"
    if ext in (".npz", ".npy"):
        return "npz"
    if ext == ".csv" and p.is_file():
        with open(p, "rb") as fh:
            head = fh.readline(65536).decode("utf-8", "replace")
        if id_column in [c.strip().strip('"') for c in re.split(r"[,;\t|]", head)]:
            return "long_csv"
    if ext in (".csv", ".tsv", ".txt"):
        return "ucr"
    raise DataError(
        f"{p.name}: unknown sequence format {ext!r}; use .ts, .tsv/.csv (UCR: label first), "
        ".npz/.npy (X of shape N x T x C, y of shape N) or a long CSV with a "
        f"{id_column!r} column, or set data.sequence.format"
    )


def read_sequences(
    path: str | Path,
    fmt: str = "auto",
    id_column: str = "series_id",
    time_column: str = "time",
    label_column: str | None = None,
    need_labels: bool = True,
) -> RawSequences:
    """Read a sequence file in any supported format.

    Args:
        path: The file.
        fmt: ``auto``, ``ts``, ``ucr``, ``npz`` or ``long_csv``.
        id_column: Series id column of a long CSV.
        time_column: Time column of a long CSV (optional in the file).
        label_column: Label column of a long CSV (default ``label``).
        need_labels: Raise when the file has no labels (False for prediction inputs).
    """
    p = Path(path).expanduser()
    if not p.exists():
        raise DataError(f"{p}: no such file; check the path")
    if p.is_dir():
        raise DataError(f"{p} is a folder; a sequence source is one file (.ts, .tsv, .csv, .npz or .npy)")
    kind = detect_format(p, fmt, id_column)
    readers: dict[str, Callable[..., RawSequences]] = {
        "ts": read_ts,
        "ucr": read_ucr,
        "npz": read_npz,
        "long_csv": read_long_csv,
    }
    if kind == "long_csv":
        raw = read_long_csv(p, id_column, time_column, label_column, need_labels)
    elif kind == "ucr":
        raw = read_ucr(p, need_labels)
    else:
        raw = readers[kind](p, need_labels)
    if not raw.series:
        raise DataError(f"{p.name}: no usable sample ({len(raw.skipped)} skipped; see the skipped list)")
    return raw


def _floats(tokens: list[str]) -> np.ndarray | None:
    """Tokens as float64 (missing tokens -> NaN), or None when one is not a number."""
    try:
        return np.asarray(tokens, dtype=np.float64)
    except ValueError:
        vals = [parse_float(t) for t in tokens]
        if any(v is None for v in vals):
            return None
        return np.asarray(vals, dtype=np.float64)


def read_ts(path: Path, need_labels: bool = True) -> RawSequences:
    """The sktime/aeon ``.ts`` format: ``@`` header lines, then ``@data`` with one sample per line,
    dimensions separated by ``:``, values by ``,``, ``?`` for missing, and the label last."""
    text, notes = read_text(path)
    out = RawSequences(str(path), notes=notes)
    has_label, timestamps, dims, in_data = False, False, None, False
    labels: list[str] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if not in_data:
            if not s.startswith("@"):
                raise DataError(f"{path.name} line {lineno}: expected a @ header line or @data before the data")
            key, _, rest = s[1:].partition(" ")
            key, toks = key.lower(), rest.split()
            flag = bool(toks) and toks[0].lower() == "true"
            if key == "data":
                in_data = True
            elif key == "classlabel":
                has_label = flag
                out.class_order = [clean_label(t) for t in toks[1:]] if flag else None
            elif key == "targetlabel":
                has_label, out.regression = flag, flag
            elif key in ("dimension", "dimensions") and toks and toks[0].isdigit():
                dims = int(toks[0])
            elif key == "timestamps":
                timestamps = flag
            continue
        where = f"{path.name} line {lineno}"
        if timestamps:
            s = re.sub(r"\(([^(),]*),([^()]*)\)", r"\2", s)  # (time,value) -> value
        parts = s.split(":")
        label = clean_label(parts[-1]) if has_label else None
        declared = out.class_order or []
        if need_labels and declared and label is not None and label not in declared and not is_missing(label):
            raise DataError(  # a typo would otherwise become a class of its own
                f"{where}: the label {label!r} is not declared in the header (@classLabel true "
                f"{' '.join(declared)}); fix the label, or add it to the @classLabel line"
            )
        chans = parts[:-1] if has_label else parts
        if dims is None:
            dims = len(chans)
        if len(chans) != dims:
            out.skipped.append(
                SkippedItem(
                    where,
                    f"{len(chans)} channel(s), but the file declares or starts with {dims}; sample left out",
                )
            )
            continue
        arrays = []
        for d, c in enumerate(chans):
            a = _floats([t for t in c.split(",")] if c.strip() else [])
            if a is None:
                bad = next(t for t in c.split(",") if parse_float(t) is None)
                out.skipped.append(SkippedItem(where, f"dimension {d + 1}: {bad.strip()!r} is not a number"))
                break
            arrays.append(a)
        else:
            out.series.append(_stack_channels(arrays))
            labels.append(label)  # type: ignore[arg-type]
    if not in_data:
        raise DataError(f"{path.name}: no @data line; this is not a .ts file (see the sktime/aeon .ts format)")
    return _finish_labels(
        out,
        labels if has_label else None,
        need_labels,
        "has no labels (@classLabel false or @targetLabel false)",
    )


def _stack_channels(arrays: list[np.ndarray]) -> np.ndarray:
    """``[T, C]`` from per-channel arrays of possibly different lengths (shorter ones padded with NaN)."""
    t = max((len(a) for a in arrays), default=0)
    out = np.full((t, len(arrays)), np.nan)
    for c, a in enumerate(arrays):
        out[: len(a), c] = a
    return out


def _finish_labels(out: RawSequences, labels: list[str] | None, need: bool, why: str) -> RawSequences:
    """Attach labels; samples without one are skipped. Without ``need`` (prediction) labels are dropped."""
    if labels is None or not need:
        if need:
            raise DataError(f"{Path(out.path).name} {why}; training needs a label per sample")
        out.labels = None
        return out
    keep = [i for i, lab in enumerate(labels) if lab is not None and not is_missing(lab)]
    for i in sorted(set(range(len(labels))) - set(keep)):
        out.skipped.append(SkippedItem(f"{Path(out.path).name} sample {i + 1}", "missing label"))
    out.series = [out.series[i] for i in keep]
    out.labels = [labels[i] for i in keep]
    return out


def read_ucr(path: Path, need_labels: bool = True) -> RawSequences:
    """UCR archive style: one series per line, the label first, then the values (tab, comma or spaces).

    Rows of different lengths are variable-length series (trailing ``NaN`` padding is also accepted).
    With ``need_labels=False`` (prediction inputs) every column is a value.
    """
    text, notes = read_text(path)
    out = RawSequences(str(path), notes=notes)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    delim = "\t" if "\t" in first else ("," if "," in first else None)
    labels: list[str] = []
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        toks = line.strip().split(delim)
        if not out.series and not out.skipped and _is_header(toks):
            out.notes.append(f"{path.name}: line {lineno} is read as a header")
            continue
        label, vals = (toks[0], toks[1:]) if need_labels else (None, toks)
        a = _floats(vals)
        if a is None:
            col, bad = next((k, t) for k, t in enumerate(vals) if parse_float(t) is None)
            out.skipped.append(
                SkippedItem(f"{path.name} line {lineno}", f"value {col + 1}: {bad.strip()!r} is not a number")
            )
            continue
        out.series.append(a[:, None])
        labels.append(clean_label(label) if label is not None else None)  # type: ignore[arg-type]
    return _finish_labels(out, labels if need_labels else None, need_labels, "has no labels")


def _natural_key(text: str) -> list[object]:
    return [(0, int(t), "") if t.isdigit() else (1, 0, t) for t in re.split(r"(\d+)", text) if t]


def _is_header(toks: list[str]) -> bool:
    """A first line whose value cells are all words (not numbers, not missing) is a header."""
    vals = [t for t in toks[1:] if not is_missing(t)]
    return bool(vals) and all(parse_float(t) is None for t in vals)


def _npy_labels(path: Path) -> Path | None:
    stem = path.stem
    names = [
        stem.replace("X", "y", 1),
        stem.replace("x", "y", 1),
        f"{stem}_y",
        f"{stem}_labels",
        "y",
        "labels",
    ]
    for n in dict.fromkeys(names):
        cand = path.with_name(n + ".npy")
        if n != stem and cand.is_file():
            return cand
    return None


def _load_npy(path: Path) -> object:
    try:
        return np.load(path, allow_pickle=False)
    except ValueError as err:
        if "pickle" in str(err).lower():
            raise DataError(
                f"{path.name} holds Python objects (pickled arrays are not loaded, for safety); save X "
                "as a float array and y as an int or str array"
            ) from None
        raise DataError(f"{path.name}: not a readable NumPy file ({err})") from None
    except (OSError, EOFError, zipfile.BadZipFile) as err:
        raise DataError(f"{path.name}: not a readable NumPy file ({err})") from None


def read_npz(path: Path, need_labels: bool = True) -> RawSequences:
    """``.npz`` with ``X`` (N x T x C, or N x T for one channel) and ``y`` (N); or an ``X.npy`` whose labels
    are in a sibling ``y.npy`` / ``<stem>_labels.npy`` (``X_train.npy`` pairs with ``y_train.npy``)."""
    out = RawSequences(str(path))
    y = None
    if path.suffix.lower() == ".npz":
        with _load_npy(path) as z:  # type: ignore[attr-defined]
            keys = list(z.keys())
            xk = next((k for k in _X_KEYS if k in keys), None)
            yk = next((k for k in _Y_KEYS if k in keys), None)
            if xk is None:
                raise DataError(
                    f"{path.name}: no 'X' array (found {', '.join(keys) or 'nothing'}); save with "
                    "np.savez(path, X=X, y=y)"
                )
            try:
                x = z[xk]
                y = z[yk] if yk else None
            except ValueError as err:
                raise DataError(
                    f"{path.name} holds Python objects (pickled arrays are not loaded, for safety); "
                    f"save X as a float array and y as an int or str array ({err})"
                ) from None
    else:
        x = _load_npy(path)
        lab = _npy_labels(path)
        y = _load_npy(lab) if lab is not None else None
        if lab is not None:
            out.notes.append(f"labels read from {lab.name}")
    x = np.asarray(x)
    if x.dtype.kind not in "fiub":
        raise DataError(f"{path.name}: X has dtype {x.dtype}; expected numbers")
    if x.ndim == 2:
        x = x[:, :, None]
    if x.ndim != 3:
        raise DataError(f"{path.name}: X has shape {tuple(x.shape)}; expected N x T x C (or N x T)")
    out.series = [s.astype(np.float64) for s in x]
    out.notes.append(f"{path.name}: X read as N x T x C = {' x '.join(map(str, x.shape))}")
    if y is None:
        if need_labels:
            tried = "'y' in the .npz" if path.suffix.lower() == ".npz" else "y.npy, <stem>_labels.npy beside it"
            raise DataError(f"{path.name}: no labels found (looked for {tried})")
        out.labels = None
        return out
    y = np.asarray(y).reshape(-1) if np.asarray(y).ndim > 1 and min(np.asarray(y).shape) == 1 else np.asarray(y)
    if y.ndim != 1 or len(y) != len(x):
        raise DataError(
            f"{path.name}: y has shape {tuple(y.shape)} but X has {len(x)} samples; expected one label per sample"
        )
    if y.dtype.kind == "f" and not np.all(np.isnan(y) | (y == np.round(y))):
        out.regression = True
    labels = ["" if (y.dtype.kind == "f" and np.isnan(v)) else clean_label(str(v)) for v in y.tolist()]
    return _finish_labels(out, labels, need_labels, "has no labels")


def read_long_csv(
    path: Path,
    id_column: str = "series_id",
    time_column: str = "time",
    label_column: str | None = None,
    need_labels: bool = True,
) -> RawSequences:
    """Long format: one row per time step, ``series_id, time, channel columns..., label``.

    Rows are grouped by id (ids in natural order: s2 before s10) and sorted by time; every other column is
    a channel. Copied rows are dropped, conflicting duplicate times refused and gaps reported
    (:mod:`models.data.timesteps`). A series with more than one label is skipped with the labels it has.
    """
    table = read_csv(path)
    out = RawSequences(str(path), notes=list(table.notes))
    icol = table.index(id_column, "series id column (data.sequence.id_column)")
    tcol = table.header.index(time_column) if time_column in table.header else None
    lname = label_column or "label"
    lcol = table.header.index(lname) if lname in table.header else None
    if lcol is None and need_labels:
        table.index(lname, "label column (data.target_column)")
    if tcol is None:
        out.notes.append(f"no {time_column!r} column: rows are taken in file order")
    chans = [i for i in range(len(table.header)) if i not in (icol, tcol, lcol)]
    if not chans:
        raise DataError(f"{path.name}: no value columns besides the id, time and label columns")
    values = np.stack([float_column(table, c) for c in chans], axis=1)
    groups: dict[str | None, list[int]] = {}
    for r, row in enumerate(table.rows):
        groups.setdefault(row[icol].strip(), []).append(r)
    groups = {sid: groups[sid] for sid in sorted(groups, key=_natural_key)}  # type: ignore[arg-type]
    if tcol is not None:
        keys, _ = time_keys(table, tcol)
        groups = {sid: sorted(rows, key=lambda r: keys[r]) for sid, rows in groups.items()}  # type: ignore[arg-type, return-value]

        def same(a: int, b: int) -> bool:
            labels_agree = lcol is None or table.rows[a][lcol].strip() == table.rows[b][lcol].strip()
            return labels_agree and bool(np.array_equal(values[a], values[b], equal_nan=True))

        groups, step_notes = check_time_steps(table, tcol, groups, same)
        out.notes.extend(step_notes)
    labels: list[str] = []
    for sid, rows in groups.items():
        if lcol is not None:
            labs = sorted({table.rows[r][lcol].strip() for r in rows} - {""})
            if len(labs) > 1:
                out.skipped.append(
                    SkippedItem(f"{path.name} series {sid!r}", f"more than one label ({', '.join(labs[:5])})")
                )
                continue
            labels.append(clean_label(labs[0]) if labs else "")
        out.series.append(values[rows])
    out.notes.append(f"{len(groups)} series, channels: {', '.join(table.header[c] for c in chans)}")
    return _finish_labels(out, labels if lcol is not None else None, need_labels, f"has no {lname!r} column")
