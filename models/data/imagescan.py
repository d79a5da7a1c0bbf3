"""Listing image datasets without decoding them: class folders and ``path,label`` CSV indexes.

Every file that is not used appears in :attr:`ImageIndex.skipped` with the reason (not an image, 0 bytes,
unreadable header, decompression bomb, broken link, symlink loop, duplicate CSV row, missing file ...).
"""

from __future__ import annotations

import functools
import os
import warnings
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from PIL import Image

from models.data.base import SkippedItem
from models.data.csvio import read_csv
from models.data.images import IMAGE_EXTENSIONS, ImageHeader, probe_image
from models.errors import DataError

_PATH_COLUMNS = ("path", "file", "filename", "filepath", "image", "image_path", "img")


@dataclass
class ImageIndex:
    """The usable images of a source: paths, class labels, header sizes and modes, and what was skipped."""

    root: str
    paths: list[str] = field(default_factory=list)
    label_names: list[str] = field(default_factory=list)
    sizes: list[tuple[int, int]] = field(default_factory=list)
    modes: list[str] = field(default_factory=list)
    skipped: list[SkippedItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    rotated: int = 0

    def add(self, path: str, label: str, head: ImageHeader | str, size_bytes: int | None = None) -> None:
        if isinstance(head, str):
            self.skipped.append(SkippedItem(path, head))
            return
        self.paths.append(path)
        self.label_names.append(label)
        self.sizes.append((head.height, head.width))
        self.modes.append(head.mode)
        self.rotated += head.rotated

    def labels_for(self, class_names: list[str]) -> np.ndarray:
        lookup = {c: i for i, c in enumerate(class_names)}
        return np.asarray([lookup[n] for n in self.label_names], dtype=np.int64)

    def keep(self, mask: np.ndarray) -> None:
        """Keep only the entries where ``mask`` is true."""
        ix = np.flatnonzero(mask)
        self.paths = [self.paths[i] for i in ix]
        self.label_names = [self.label_names[i] for i in ix]
        self.sizes = [self.sizes[i] for i in ix]
        self.modes = [self.modes[i] for i in ix]

    def mode_note(self) -> str:
        counts = Counter(self.modes).most_common()
        upright = f"; {self.rotated} turned upright by their EXIF orientation" if self.rotated else ""
        return "image modes: " + ", ".join(f"{m} {n}" for m, n in counts) + upright


def _quiet_bombs(fn: Callable[..., ImageIndex]) -> Callable[..., ImageIndex]:
    """Silence PIL's decompression-bomb warning during a scan: such files are skipped with the reason."""

    @functools.wraps(fn)
    def wrapper(*args: object, **kwargs: object) -> ImageIndex:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            return fn(*args, **kwargs)

    return wrapper


def _check_path(path: str | Path, want_dir: bool) -> Path:
    p = Path(path).expanduser()
    if not p.exists():
        raise DataError(f"{p}: no such {'folder' if want_dir else 'file'}; check the path")
    if want_dir and not p.is_dir():
        raise DataError(
            f"{p} is a file; source image_folder expects a folder with one sub-folder per class "
            "(for a CSV of path,label rows use source image_csv)"
        )
    if not want_dir and p.is_dir():
        raise DataError(f"{p} is a folder; source image_csv expects a CSV file of path,label rows")
    return p


def _walk(folder: Path, index: ImageIndex, label: str, seen: set[tuple[int, int]], hidden: list[int]) -> None:
    """Add every image under ``folder`` (recursively, following links once) to ``index`` under ``label``."""
    try:
        st = folder.stat()
        key = (st.st_dev, st.st_ino)
        if key in seen:
            index.skipped.append(SkippedItem(str(folder), "symlink loop: this folder was already scanned"))
            return
        seen.add(key)
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as err:
        index.skipped.append(SkippedItem(str(folder), f"cannot be listed ({err.strerror or err})"))
        return
    for e in entries:
        if e.name.startswith("."):
            hidden[0] += 1
            continue
        try:
            if e.is_dir():
                _walk(Path(e.path), index, label, seen, hidden)
                continue
            size = e.stat().st_size
        except OSError as err:
            reason = "broken link" if e.is_symlink() else f"cannot be read ({err.strerror or err})"
            index.skipped.append(SkippedItem(e.path, reason))
            continue
        ext = os.path.splitext(e.name)[1].lower()
        if ext not in IMAGE_EXTENSIONS:
            index.skipped.append(SkippedItem(e.path, f"not an image file (extension {ext or 'none'!r})"))
            continue
        index.add(e.path, label, probe_image(e.path, size))


@_quiet_bombs
def scan_image_folder(path: str | Path) -> ImageIndex:
    """List ``path/<class>/**/<image>``; reads headers only.

    Raises:
        DataError: the path is missing, not a folder, or holds no class sub-folder with images.
    """
    root = _check_path(path, want_dir=True)
    index = ImageIndex(str(root))
    seen: set[tuple[int, int]] = {(root.stat().st_dev, root.stat().st_ino)}
    hidden = [0]
    try:
        top = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as err:
        raise DataError(f"{root}: cannot be listed ({err.strerror or err})") from None
    loose = 0
    for e in top:
        if e.name.startswith("."):
            hidden[0] += 1
        elif e.is_dir():
            before = len(index.paths)
            _walk(Path(e.path), index, e.name, seen, hidden)
            if len(index.paths) == before:
                index.notes.append(f"class folder {e.name!r} has no readable image; the class is left out")
                index.skipped.append(SkippedItem(e.path, "class folder with no readable image; class left out"))
        else:
            loose += os.path.splitext(e.name)[1].lower() in IMAGE_EXTENSIONS
            index.skipped.append(SkippedItem(e.path, "not inside a class sub-folder"))
    if hidden[0]:
        index.notes.append(f"ignored {hidden[0]} hidden file(s) or folder(s) (names starting with '.')")
    if not index.paths:
        if loose:
            raise DataError(
                f"{root}: the {loose} image(s) lie directly in the folder; put them in one "
                f"sub-folder per class (e.g. {root}/cat/1.png, {root}/dog/2.png)"
            )
        raise DataError(
            f"{root}: no readable images found; expected one sub-folder per class holding "
            f"PNG/JPEG/BMP/GIF/WebP/TIFF files ({len(index.skipped)} entries skipped)"
        )
    return index


@_quiet_bombs
def scan_image_csv(path: str | Path, target_column: str | None = None) -> ImageIndex:
    """List the images of a ``path,label`` CSV (paths relative to the CSV's folder); reads headers only.

    The path column is the one named path/file/filename/image (else the first); the label column is
    ``target_column``, else ``label``, else the other column of a two-column file. A file without a header
    row (its first cell is an image file name) is accepted. Duplicate paths keep their first row.
    """
    csv_path = _check_path(path, want_dir=False)
    table = read_csv(csv_path)
    first = table.header[0] if table.header else ""
    if os.path.splitext(first)[1].lower() in IMAGE_EXTENSIONS:  # no header row
        table = read_csv(csv_path, has_header=False)
        table.header = ["path", "label"] + table.header[2:]
    low = [h.lower() for h in table.header]
    pcol = next((low.index(c) for c in _PATH_COLUMNS if c in low), 0)
    if target_column:
        lcol = table.index(target_column, "label column (data.target_column)")
    elif "label" in low:
        lcol = low.index("label")
    elif len(table.header) == 2:
        lcol = 1 - pcol
    else:
        raise DataError(
            f"{csv_path.name}: no 'label' column; set data.target_column to one of {', '.join(map(repr, table.header))}"
        )
    if lcol == pcol:
        raise DataError(f"{csv_path.name}: the label column {table.header[lcol]!r} is also the path column")
    index = ImageIndex(str(csv_path))
    index.notes.extend(table.notes)
    first_seen: dict[str, tuple[int, str]] = {}
    base = csv_path.parent
    for r, row in enumerate(table.rows):
        rel, label = row[pcol].strip(), row[lcol].strip()
        line = table.lines[r]
        if not rel:
            index.skipped.append(SkippedItem(f"{csv_path.name} line {line}", "empty path"))
            continue
        full = os.path.normpath(os.path.join(base, os.path.expanduser(rel)))
        if full in first_seen:
            l0, lab0 = first_seen[full]
            extra = f" with label {lab0!r}; here {label!r}" if lab0 != label else ""
            index.skipped.append(SkippedItem(full, f"duplicate: line {line} repeats line {l0}{extra}; kept the first"))
            continue
        first_seen[full] = (line, label)
        if not label:
            index.skipped.append(SkippedItem(full, f"line {line}: empty label"))
            continue
        if not os.path.isfile(full):
            index.skipped.append(SkippedItem(full, f"line {line}: file not found"))
            continue
        ext = os.path.splitext(full)[1].lower()
        if ext not in IMAGE_EXTENSIONS:
            index.skipped.append(SkippedItem(full, f"line {line}: not an image file (extension {ext or 'none'!r})"))
            continue
        index.add(full, label, probe_image(full))
    if not index.paths:
        raise DataError(
            f"{csv_path.name}: none of its {len(table)} rows names a readable image "
            f"({len(index.skipped)} skipped; see the skipped list)"
        )
    return index
