"""Atomic file writes: a replaced file is either the old or the new version, never half of one."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

import yaml


def atomic_write_bytes(path: Path, data: bytes, durable: bool = True) -> None:
    """Write ``data`` to a temp file beside ``path``, fsync it, then rename over ``path``.

    Args:
        path: The file to replace.
        data: Its new content.
        durable: fsync before the rename (~15 ms on a busy disk). Without it readers still see the old or the
            new file, never half of one, but a power cut may lose the new version.
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
