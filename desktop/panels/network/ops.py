"""Pure edits of a network's layer list, addressed by index paths.

A path is a tuple of indices: ``(3,)`` is ``layers[3]``, ``(3, 1)`` is ``layers[3].layers[1]`` (inside the
residual block at 3). The summary's index strings (``"3.1"``) convert with :func:`parse_path`. Every
function takes and returns plain ``NetworkSpec`` dumps (dicts), never mutating its input, so each edit is
one before/after pair for the undo stack.
"""

from __future__ import annotations

import copy
from typing import Any

Path = tuple[int, ...]
Layers = list[dict[str, Any]]


def parse_path(index: str) -> Path:
    """``"3.1"`` -> ``(3, 1)``."""
    return tuple(int(p) for p in index.split(".")) if index else ()


def format_path(path: Path) -> str:
    """``(3, 1)`` -> ``"3.1"``."""
    return ".".join(str(p) for p in path)


def children(layers: Layers, parent: Path) -> Layers:
    """The list that holds the children of ``parent`` (``()`` = the top level); it must be a block."""
    current = layers
    for i in parent:
        layer = current[i]
        if layer.get("type") != "residual":
            raise ValueError(f"layer {format_path(parent)} is not a block and has no inner layers")
        current = layer.setdefault("layers", [])
    return current


def get(layers: Layers, path: Path) -> dict[str, Any]:
    """The layer dump at ``path``."""
    return children(layers, path[:-1])[path[-1]]


def _copy(network: dict[str, Any]) -> tuple[dict[str, Any], Layers]:
    out = copy.deepcopy(network)
    return out, out.setdefault("layers", [])


def insert(network: dict[str, Any], parent: Path, row: int, layer: dict[str, Any]) -> dict[str, Any]:
    """Insert ``layer`` as child ``row`` of ``parent`` (clamped to the list's end)."""
    out, layers = _copy(network)
    siblings = children(layers, parent)
    siblings.insert(max(0, min(row, len(siblings))), copy.deepcopy(layer))
    return out


def remove(network: dict[str, Any], path: Path) -> dict[str, Any]:
    """Delete the layer (or block, with its inner layers) at ``path``."""
    out, layers = _copy(network)
    del children(layers, path[:-1])[path[-1]]
    return out


def replace(network: dict[str, Any], path: Path, layer: dict[str, Any]) -> dict[str, Any]:
    """Put ``layer`` at ``path`` instead of the layer there."""
    out, layers = _copy(network)
    children(layers, path[:-1])[path[-1]] = copy.deepcopy(layer)
    return out


def duplicate(network: dict[str, Any], path: Path) -> dict[str, Any]:
    """Insert a copy of the layer at ``path`` right after it."""
    out, layers = _copy(network)
    siblings = children(layers, path[:-1])
    siblings.insert(path[-1] + 1, copy.deepcopy(siblings[path[-1]]))
    return out


def wrap_in_residual(network: dict[str, Any], paths: list[Path]) -> dict[str, Any]:
    """Wrap consecutive siblings into one residual block placed where the first of them was.

    Raises:
        ValueError: the layers are not consecutive siblings.
    """
    if not paths:
        raise ValueError("select the layers to wrap")
    paths = sorted(paths)
    parent = paths[0][:-1]
    rows = [p[-1] for p in paths]
    if any(p[:-1] != parent for p in paths) or rows != list(range(rows[0], rows[0] + len(rows))):
        raise ValueError("only neighbouring layers of the same block can be wrapped together")
    out, layers = _copy(network)
    siblings = children(layers, parent)
    inner = siblings[rows[0] : rows[-1] + 1]
    siblings[rows[0] : rows[-1] + 1] = [{"type": "residual", "layers": inner}]
    return out


def move(network: dict[str, Any], src: Path, parent: Path, row: int) -> dict[str, Any]:
    """Move the layer at ``src`` to be child ``row`` of ``parent`` (row counted before the removal).

    Raises:
        ValueError: a block would be moved into itself.
    """
    if parent[: len(src)] == src:
        raise ValueError("a block cannot be moved into itself")
    out, layers = _copy(network)
    source = children(layers, src[:-1])  # list objects, taken before any index shifts
    item = source[src[-1]]
    target = children(layers, parent)
    marker: dict[str, Any] = {}
    target.insert(max(0, min(row, len(target))), marker)
    del source[next(i for i, x in enumerate(source) if x is item)]
    target[next(i for i, x in enumerate(target) if x is marker)] = item
    return out


def path_of_moved(src: Path, parent: Path, row: int) -> Path:
    """Where a moved layer ends up (for re-selecting it): the row shifts when it left the same list above."""
    shift = 1 if src[:-1] == parent and src[-1] < row else 0
    adjusted = list(parent)
    # The parent itself moves up when the source sat above it in a shared ancestor list.
    depth = len(src) - 1
    if depth < len(adjusted) and tuple(adjusted[:depth]) == src[:-1] and src[-1] < adjusted[depth]:
        adjusted[depth] -= 1
    return (*adjusted, row - shift)
