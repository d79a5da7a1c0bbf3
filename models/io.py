"""Atomic file writes: a replaced file is either the old or the new version, never half of one."""

from __future__ import annotations

import contextlib
import json
import os
import secrets
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import yaml


@contextlib.contextmanager
def atomic_write(path: str | Path, durable: bool = True) -> Iterator[BinaryIO]:
    """A binary file to write ``path``'s new content into; it replaces ``path`` only when the block succeeds.

    The content goes to a temp file beside ``path`` (created with the permissions the umask allows, like any
    new file: 0644 under the usual umask), is fsynced, then renamed over ``path``. On an error the temp file
    is removed and ``path`` is left as it was.

    Args:
        path: The file to replace.
        durable: fsync before the rename (~15 ms on a busy disk). Without it readers still see the old or the
            new file, never half of one, but a power cut may lose the new version.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp, fd = _create_temp(path)
    try:
        with os.fdopen(fd, "wb") as fh:
            yield fh
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def temp_beside(path: str | Path, suffix: str = ".tmp") -> Path:
    """A new, empty hidden file beside ``path`` for a writer that needs a file name (an ONNX export, a copy).

    Its mode follows the umask like any new file (``mkstemp`` always makes 0600, so a shared export or weights
    file was readable by its owner only). The caller renames it over ``path``, or removes it on failure.
    """
    path = Path(path)
    tmp, fd = _create_temp(path, suffix)
    os.close(fd)
    return tmp


def _create_temp(path: Path, suffix: str = ".tmp") -> tuple[Path, int]:
    """A new hidden file beside ``path``. Unlike ``mkstemp`` (always 0600), its mode follows the umask."""
    for _ in range(100):
        tmp = path.with_name(f".{path.name}.{secrets.token_hex(4)}{suffix}")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o666)
        except FileExistsError:
            continue
    raise FileExistsError(f"{path.parent}: cannot create a temporary file for {path.name}")


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Replace ``path`` with ``data`` atomically (see :func:`atomic_write`)."""
    with atomic_write(path, durable) as fh:
        fh.write(data)


def atomic_write_text(path: Path, text: str, durable: bool = True) -> None:
    atomic_write_bytes(path, text.encode("utf-8"), durable)


def atomic_write_json(path: Path, data: Any, durable: bool = True) -> None:
    atomic_write_text(path, json.dumps(data, indent=2, allow_nan=False, default=_plain), durable)


def _plain(obj: Any) -> Any:
    """Make numpy scalars/arrays JSON-serialisable."""
    if hasattr(obj, "tolist"):
        return obj.tolist()
    raise TypeError(f"{type(obj).__name__} is not JSON serialisable")


class _LosslessDumper(yaml.SafeDumper):
    """SafeDumper that double-quotes strings holding Unicode line breaks.

    With ``allow_unicode``, PyYAML writes NEL (U+0085) raw inside a plain or single-quoted scalar, where a reader
    folds it into a space: a name like ``"0\\x850"`` came back as ``"0 0"``. Double quotes escape it (``\\N``).
    """


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = '"' if any(ch in text for ch in "\x85\u2028\u2029") else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_LosslessDumper.add_representer(str, _represent_str)


def dump_yaml(data: Any) -> str:
    """YAML for plain data, keys in their order and non-ASCII text readable; loads back to equal data."""
    return yaml.dump(data, Dumper=_LosslessDumper, sort_keys=False, allow_unicode=True)
