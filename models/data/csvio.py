"""CSV reading that never crashes on a bad file: encoding fallback, ragged rows and bad numbers are reported
with the file, line and column.

The standard :mod:`csv` module is used (pandas is not a dependency); a whole file is read into memory, which
suits the tables a desktop user trains on (up to a few hundred MB).
"""

from __future__ import annotations

import csv
import io
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from models.errors import DataError

#: Cell values read as "missing" (compared lower-case, stripped).
MISSING_TOKENS = frozenset({"", "na", "n/a", "nan", "null", "none", "?", "#n/a", "missing"})

#: Share of a GB18030 decoding's non-ASCII characters that must be common (GB2312) Chinese to accept it.
_CHINESE_SHARE = 0.8

csv.field_size_limit(2**31 - 1)  # long text cells and long UCR rows are legitimate


def read_text(path: Path) -> tuple[str, list[str]]:
    """Decode a text file: UTF-8 (with or without BOM), UTF-16 with BOM, GB18030 (GBK/GB2312 are subsets)
    when the result reads as Chinese, else Windows-1252, each fallback with a note naming the encoding.

    Returns:
        The text and notes about the decoding (empty when the file is clean UTF-8).
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path}: no such file; check the path") from None
    except IsADirectoryError:
        raise DataError(f"{path} is a folder; expected a file") from None
    except OSError as err:
        raise DataError(f"{path}: cannot be read ({err.strerror or err})") from None
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), [f"{path.name}: read as UTF-16 (byte-order mark found)"]
    try:
        return raw.decode("utf-8-sig"), []
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        bad = raw[err.start]
        where = f"{path.name} is not UTF-8 (byte 0x{bad:02x} on line {line}); read it as"
        chinese = _as_chinese(raw)
        if chinese is not None:
            return chinese, [f"{where} GB18030 (Chinese: GBK/GB2312). Save it as UTF-8 if characters look wrong."]
        # Excel on Windows saves "CSV" as Windows-1252; latin-1 decodes any byte string.
        for enc, label in (("cp1252", "Windows-1252"), ("latin-1", "Latin-1")):
            try:
                text = raw.decode(enc)
            except UnicodeDecodeError:
                continue
            return text, [f"{where} {label}. Save it as UTF-8 if accented characters look wrong."]
        raise AssertionError("latin-1 decodes every byte string") from err  # pragma: no cover


def _as_chinese(raw: bytes) -> str | None:
    """``raw`` decoded as GB18030 when that reads as Chinese text, else None.

    GB18030 decodes many Windows-1252 files too ("Müller" is a valid byte pair), so the text must look
    Chinese: nearly all of its non-ASCII characters are in GB2312, the common simplified characters and
    punctuation a Chinese Excel or WPS export holds. Accented European words rarely form such pairs.
    """
    try:
        text = raw.decode("gb18030")
    except UnicodeDecodeError:
        return None
    wide = [c for c in text if ord(c) > 0x7F]
    common = 0
    for c in wide:
        try:
            c.encode("gb2312")
            common += 1
        except UnicodeEncodeError:
            pass
    return text if wide and common >= _CHINESE_SHARE * len(wide) else None


def sniff_delimiter(path: Path, first_line: str) -> str:
    """Tab for ``.tsv``; otherwise the most frequent of ``, ; \\t |`` in the first line (comma by default)."""
    if path.suffix.lower() == ".tsv":
        return "\t"
    counts = {d: first_line.count(d) for d in (",", ";", "\t", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] > 0 else ","


@dataclass
class CsvTable:
    """A parsed CSV: header, rows of strings and the 1-based line number of each row in the file."""

    path: Path
    header: list[str]
    rows: list[list[str]]
    lines: list[int]
    notes: list[str] = field(default_factory=list)
    header_line: int = 1

    def __len__(self) -> int:
        return len(self.rows)

    def has(self, name: str) -> bool:
        return name in self.header

    def index(self, name: str, role: str = "column") -> int:
        """Position of column ``name``; a DataError lists the columns there are when it is missing."""
        if name in self.header:
            return self.header.index(name)
        stripped = [h.strip().lower() for h in self.header]
        if name.strip().lower() in stripped:
            return stripped.index(name.strip().lower())
        cols = ", ".join(repr(h) for h in self.header[:20]) + (" ..." if len(self.header) > 20 else "")
        raise DataError(f"{self.path.name}: the {role} {name!r} is not in the header; the columns are {cols}")

    def column(self, i: int) -> list[str]:
        return [r[i] for r in self.rows]

    def where(self, row: int, col: int | None = None) -> str:
        """``file.csv line 12, column 'age'`` for messages."""
        out = f"{self.path.name} line {self.lines[row]}"
        return out if col is None else f"{out}, column {self.header[col]!r}"


def read_csv(path: str | Path, has_header: bool = True, delimiter: str | None = None) -> CsvTable:
    """Read a delimited text file into strings; ragged rows raise a DataError naming the line.

    Blank lines are ignored and trailing empty fields (a trailing delimiter) are tolerated.

    Args:
        path: The CSV/TSV file.
        has_header: The first non-blank row names the columns (otherwise columns are ``col1..colN``).
        delimiter: Field delimiter; sniffed from the first line when None.
    """
    path = Path(path)
    if not path.exists():
        raise DataError(f"{path}: no such file; check the path")
    text, notes = read_text(path)
    first = next((ln for ln in text.splitlines() if ln.strip()), "")
    if not first:
        raise DataError(f"{path.name} is empty; expected a header line and rows of data")
    delim = delimiter or sniff_delimiter(path, first)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delim)
    header: list[str] | None = None
    header_line = 1
    rows: list[list[str]] = []
    lines: list[int] = []
    try:
        for row in reader:
            if not row or all(not c.strip() for c in row):
                continue
            if header is None and has_header:
                header, header_line = [c.strip() for c in row], reader.line_num
                continue
            if header is None:
                header = [f"col{i + 1}" for i in range(len(row))]
            while len(row) > len(header) and not row[-1].strip():
                row = row[:-1]
            if len(row) != len(header):
                raise DataError(
                    f"{path.name} line {reader.line_num}: {len(row)} fields, but the header has "
                    f"{len(header)}; "
                    "check for a missing or extra delimiter, or a comma inside an unquoted value"
                )
            rows.append(row)
            lines.append(reader.line_num)
    except csv.Error as err:
        raise DataError(f"{path.name} line {reader.line_num}: cannot be parsed as CSV ({err})") from None
    assert header is not None
    dup = {h for h in header if header.count(h) > 1}
    if dup:
        raise DataError(
            f"{path.name}: the header repeats the column name(s) {', '.join(sorted(map(repr, dup)))}; "
            "give each column a unique name"
        )
    table = CsvTable(path, header, rows, lines, notes, header_line)
    if delim == ";":
        _read_decimal_commas(table)
    return table


_DECIMAL_COMMA = re.compile(r"[+-]?(?:\d+|[1-9]\d{0,2}(?:\.\d{3})+),\d+(?:[eE][+-]?\d+)?")
_THOUSANDS = re.compile(r"[+-]?[1-9]\d{0,2}(?:\.\d{3})+")


def _read_decimal_commas(table: CsvTable) -> None:
    """Rewrite ``1,5`` / ``1.234,5`` as ``1.5`` / ``1234.5`` in the columns of a ``;``-separated file that hold
    only numbers once read that way (a European Excel export); columns with any other text stay as they are.

    Where a column uses decimal commas a dot can only group thousands, so ``1.234`` there is 1234.
    """
    converted = []
    for c, name in enumerate(table.header):
        values = [row[c].strip() for row in table.rows]
        present = [v for v in values if not is_missing(v)]
        commas = [_DECIMAL_COMMA.fullmatch(v) is not None for v in present]
        if not any(commas) or not all(m or parse_float(v) is not None for m, v in zip(commas, present)):
            continue
        for row, v in zip(table.rows, values):
            if _DECIMAL_COMMA.fullmatch(v) or _THOUSANDS.fullmatch(v):
                row[c] = v.replace(".", "").replace(",", ".")
        converted.append(name)
    if converted:
        table.notes.append(
            f"{table.path.name}: decimal commas read as numbers (';'-separated, European style) in column(s) "
            + ", ".join(map(repr, converted))
        )


def is_missing(value: str) -> bool:
    return value.strip().lower() in MISSING_TOKENS


def parse_float(value: str) -> float | None:
    """A float, NaN for a missing token, or None when the value is not a number."""
    s = value.strip()
    if s.lower() in MISSING_TOKENS:
        return math.nan
    try:
        return float(s)
    except ValueError:
        return None


def numeric_fraction(values: Sequence[str]) -> float:
    """Fraction of non-missing values that parse as numbers (1.0 when every value is missing)."""
    present = [v for v in values if not is_missing(v)]
    if not present:
        return 1.0
    return sum(parse_float(v) is not None for v in present) / len(present)


def float_column(table: CsvTable, col: int, rows: Sequence[int] | None = None) -> np.ndarray:
    """Column ``col`` as float64 (missing -> NaN); a non-number raises a DataError with line and column."""
    ix = range(len(table.rows)) if rows is None else rows
    out = np.empty(len(ix), dtype=np.float64)
    for k, r in enumerate(ix):
        v = parse_float(table.rows[r][col])
        if v is None:
            raise DataError(
                f"{table.where(r, col)}: {table.rows[r][col]!r} is not a number; fix the value, "
                "or leave the cell empty to mark it missing"
            )
        out[k] = v
    return out


def natural_sorted(labels: Sequence[str]) -> list[str]:
    """Sort labels numerically when they all are numbers ("2" < "10"), else alphabetically."""
    uniq = sorted(set(labels))
    nums = [parse_float(x) for x in uniq]
    if all(n is not None and not math.isnan(n) for n in nums):
        return [u for _, u in sorted(zip(nums, uniq))]  # type: ignore[misc]
    return uniq


def clean_label(value: str) -> str:
    """Canonical label text: ``1.0000000e+00`` (old UCR files) becomes ``1``."""
    s = value.strip()
    v = parse_float(s)
    if v is not None and not math.isnan(v) and math.isfinite(v) and v == int(v) and not s.isdigit():
        return str(int(v))
    return s
