"""The weights library: pretrained weights files copied into the user's data folder, listed with their
architecture, SHA-256 and size.

``$DANLU_WEIGHTS_DIR``, else ``<user data dir>/weights`` (beside the runs). ``index.json`` records what an
import verified (architecture, hash), so listing needs neither torch nor reading the files again. A spec
names a library file by its file name (``weights: resnet18-f37072fd.pth``) or gives a path.
"""

from __future__ import annotations

import json
import os
import shutil
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from models.io import atomic_write_json, temp_beside
from models.spec.backbones import ARCHITECTURES, official_file

WEIGHTS_DIR_ENV = "DANLU_WEIGHTS_DIR"
INDEX = "index.json"


def library_dir() -> Path:
    """``$DANLU_WEIGHTS_DIR``, else the user's data directory (platformdirs) / weights."""
    env = os.environ.get(WEIGHTS_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("danlu", appauthor=False)) / "weights"


@dataclass(frozen=True)
class LibraryEntry:
    """One file of the library.

    Attributes:
        name: The file name (what a spec's ``weights`` field holds).
        arch: The architecture the file fits.
        sha256: The file's SHA-256.
        size_bytes: Its size.
        official: The torchvision variant (``IMAGENET1K_V1``) when the name is an official file's, else "".
        source: Where it was imported from.
        imported: When (ISO 8601, UTC).
    """

    name: str
    arch: str
    sha256: str
    size_bytes: int
    official: str = ""
    source: str = ""
    imported: str = ""

    def path(self, root: Path | None = None) -> Path:
        return (root or library_dir()) / self.name


def _read_index(root: Path) -> dict[str, dict[str, Any]]:
    try:
        data = json.loads((root / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def list_weights(arch: str | None = None) -> list[LibraryEntry]:
    """The library's files (optionally of one architecture), by architecture then name.

    Entries whose file was removed by hand are left out.
    """
    root = library_dir()
    out = []
    for name, raw in _read_index(root).items():
        try:
            entry = LibraryEntry(**{**raw, "name": name})
        except TypeError:
            continue
        if (root / name).is_file() and (arch is None or entry.arch == arch):
            out.append(entry)
    order = list(ARCHITECTURES)
    return sorted(out, key=lambda e: (order.index(e.arch) if e.arch in order else len(order), e.name))


def resolve_weights(value: str) -> Path | None:
    """The file a backbone's ``weights`` field means: None for ``none``, a library file, or a path.

    Raises:
        WeightsError: the value names neither an existing file nor a library file.
    """
    from models.network.weights import WeightsError

    if value == "none":
        return None
    path = Path(value).expanduser()
    if path.is_file():
        return path
    in_library = library_dir() / value
    if os.sep not in value and "/" not in value and in_library.is_file():
        return in_library
    held = ", ".join(e.name for e in list_weights()) or "nothing yet"
    raise WeightsError(
        f"weights {value!r}: no such file, and the weights library ({library_dir()}) holds no file of that name "
        f"(it holds: {held}); import the file with `danlu weights import FILE` or give its full path"
    )


def import_weights(source: str | Path, arch: str | None = None) -> LibraryEntry:
    """Check a weights file and copy it into the library (under its own name).

    The file is read safely, its hash checked against the prefix in its name, its keys and shapes matched
    against ``arch`` (or the architecture detected from them). Importing the same file twice is harmless.

    Raises:
        WeightsError: the file is unusable, of an unknown architecture, or a different file of the same name
            is already in the library.
    """
    from models.network.weights import (
        WeightsError,
        check_hash,
        detect_arch,
        explain_mismatch,
        match_keys,
        read_state_dict,
    )

    src = Path(source).expanduser()
    if arch is not None and arch not in ARCHITECTURES:
        raise WeightsError(f"--arch {arch!r} is not known; choose one of {', '.join(ARCHITECTURES)}")
    state = read_state_dict(src)
    digest, _ = check_hash(src)
    if arch is None:
        arch = detect_arch(state)
        if arch is None:
            raise WeightsError(
                f"{src}: its keys and shapes fit none of {', '.join(ARCHITECTURES)}; Danlu takes torchvision "
                "state dicts of these architectures (pass --arch to see what does not match)"
            )
    match = match_keys(state, arch)
    if not match.ok:
        raise WeightsError(explain_mismatch(src, arch, match, state))
    del state
    root = library_dir()
    dest = root / src.name
    if dest.is_file():
        existing = _read_index(root).get(src.name, {})
        if existing.get("sha256") == digest or check_hash(dest)[0] == digest:
            return _record(root, src, dest, arch, digest)
        raise WeightsError(
            f"{src.name}: the weights library ({root}) already holds a different file of that name; rename the "
            "new file before importing it"
        )
    root.mkdir(parents=True, exist_ok=True)
    tmp = temp_beside(dest)  # its mode follows the umask (mkstemp's is owner-only)
    try:
        shutil.copyfile(src, tmp)
        os.replace(tmp, dest)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return _record(root, src, dest, arch, digest)


def _record(root: Path, src: Path, dest: Path, arch: str, digest: str) -> LibraryEntry:
    known = official_file(dest.name)
    entry = LibraryEntry(
        name=dest.name,
        arch=arch,
        sha256=digest,
        size_bytes=dest.stat().st_size,
        official=known[1].variant if known else "",
        source=str(src.resolve()),
        imported=datetime.now(UTC).isoformat(timespec="seconds"),
    )
    index = _read_index(root)
    index[dest.name] = {k: v for k, v in asdict(entry).items() if k != "name"}
    atomic_write_json(root / INDEX, index)
    return entry
