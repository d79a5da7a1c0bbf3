"""Field paths into an experiment's plain data: ``train.optimizer.lr``, ``network.layers[4].p``.

A study varies experiment fields by path. Paths are parsed once, then read from and written into the
``Experiment.to_dict()`` form (every field is present there, ``None`` included), so a path that names no
field is caught before anything runs, with the fields that do exist at that level.
"""

from __future__ import annotations

import copy
import re
from typing import Any

from models.errors import SpecError

Part = str | int
_SEGMENT = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)((?:\[\d+\])*)$")
_INDEX = re.compile(r"\[(\d+)\]")


def parse_path(text: str) -> tuple[Part, ...]:
    """``"network.layers[4].p"`` -> ``("network", "layers", 4, "p")``.

    Raises:
        SpecError: the text is not a dotted path of field names with optional ``[index]`` suffixes.
    """
    parts: list[Part] = []
    for segment in text.strip().split("."):
        match = _SEGMENT.match(segment)
        if not match:
            raise SpecError(f"{text!r} is not a field path; write it like train.optimizer.lr or network.layers[4].p")
        parts.append(match.group(1))
        parts.extend(int(i) for i in _INDEX.findall(match.group(2)))
    return tuple(parts)


def format_path(parts: tuple[Part, ...]) -> str:
    """The inverse of :func:`parse_path`."""
    out = ""
    for part in parts:
        out += f"[{part}]" if isinstance(part, int) else ("." if out else "") + part
    return out


def get_at(data: Any, parts: tuple[Part, ...]) -> Any:
    """The value at ``parts`` in plain data.

    Raises:
        SpecError: the path names no field (the message lists the fields there) or an index out of range.
    """
    node = data
    for depth, part in enumerate(parts):
        where = format_path(parts[:depth]) or "the experiment"
        if isinstance(part, int):
            if not isinstance(node, list):
                raise SpecError(f"{where} is not a list, so [{part}] does not apply")
            if part >= len(node):
                raise SpecError(f"{where} has {len(node)} entries; index {part} is out of range")
            node = node[part]
        else:
            if not isinstance(node, dict):
                raise SpecError(f"{where} has no fields (it is {node!r}), so .{part} does not apply")
            if part not in node:
                known = ", ".join(k for k in node if k not in ("schema_version", "type"))
                kind = f" ({node['type']})" if isinstance(node.get("type"), str) else ""
                raise SpecError(f"{where}{kind} has no field {part!r}; its fields are {known}")
            node = node[part]
    return node


def set_at(data: Any, parts: tuple[Part, ...], value: Any) -> Any:
    """A deep copy of ``data`` with ``value`` at ``parts``; a mapping value updates the fields it names.

    Raises:
        SpecError: as :func:`get_at` for the path.
    """
    out = copy.deepcopy(data)
    parent = get_at(out, parts[:-1]) if len(parts) > 1 else out
    get_at(out, parts)  # the same checks (and message) for the last part
    last = parts[-1]
    if isinstance(value, dict):
        target = parent[last]
        if not isinstance(target, dict):
            raise SpecError(f"{format_path(parts)} is not a group of fields, so a mapping cannot update it")
        target.update(copy.deepcopy(value))
    else:
        parent[last] = copy.deepcopy(value)
    return out


def overlaps(a: tuple[Part, ...], b: tuple[Part, ...]) -> bool:
    """True when one path is the other or lies inside it."""
    n = min(len(a), len(b))
    return a[:n] == b[:n]
