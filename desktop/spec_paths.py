"""Spec paths such as ``optimizer.lr`` or ``optimizer.betas[0]``: read, write and type them (no Qt).

The GUI forms and the workspace name every value by its path in a spec (the same spelling as the error
messages of ``models.spec.base.format_loc``), so one mechanism copies values between specs and editors.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Mapping, MutableMapping
from typing import Any

from pydantic import BaseModel
from pydantic.fields import FieldInfo

_PART = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


def parse(path: str) -> list[str | int]:
    """``"optimizer.betas[0]"`` -> ``["optimizer", "betas", 0]``.

    Raises:
        ValueError: the path is not made of names, dots and ``[index]`` parts.
    """
    parts: list[str | int] = []
    for piece in path.split("."):
        matches = list(_PART.finditer(piece))
        # each piece is one name followed by any number of [index]
        if not matches or "".join(m.group(0) for m in matches) != piece or matches[0].group(1) is None:
            raise ValueError(f"bad spec path {path!r}: use names, dots and [index], e.g. optimizer.betas[0]")
        parts.extend(m.group(1) if m.group(1) else int(m.group(2)) for m in matches)
    return parts


def get(obj: Any, path: str) -> Any:
    """The value at ``path`` of a model or a plain dump (dicts and lists)."""
    for part in parse(path):
        if isinstance(part, int) or isinstance(obj, Mapping):
            obj = obj[part]
        else:
            obj = getattr(obj, part)
    return obj


def put(data: MutableMapping[str, Any], path: str, value: Any) -> None:
    """Set the value at ``path`` of a plain dump in place (the containers on the way must exist)."""
    parts = parse(path)
    target: Any = data
    for part in parts[:-1]:
        target = target[part]
    target[parts[-1]] = value


def field_at(model: type[BaseModel], path: str) -> tuple[Any, FieldInfo | None]:
    """The type and pydantic ``FieldInfo`` of the value at ``path`` of ``model``.

    List items (``betas[0]``) have the list's item type and no FieldInfo of their own.

    Raises:
        KeyError: ``path`` names no field of ``model`` (the message names the first unknown part).
    """
    annotation: Any = model
    info: FieldInfo | None = None
    for part in parse(path):
        annotation = _without_none(annotation)
        if isinstance(part, int):
            args = typing.get_args(annotation)
            if typing.get_origin(annotation) is not list or not args:
                raise KeyError(f"{path}: [{part}] indexes a {annotation!r}, not a list")
            annotation, info = args[0], None
            continue
        if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
            raise KeyError(f"{path}: {part!r} is inside {annotation!r}, which has no fields")
        if part not in annotation.model_fields:
            raise KeyError(f"{path}: {annotation.__name__} has no field {part!r}")
        info = annotation.model_fields[part]
        annotation = info.annotation
    return annotation, info


def _without_none(annotation: Any) -> Any:
    """``X | None`` -> ``X`` (to walk into an optional sub-model); anything else unchanged."""
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(annotation) if a is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


class View:
    """Attribute access to a plain dump (``view.optimizer.name``), so rules written for a spec model also read
    the values being edited, which may not form a valid spec yet."""

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any]) -> None:
        self._data = data

    def __getattr__(self, name: str) -> Any:
        try:
            value = self._data[name]
        except KeyError:
            raise AttributeError(name) from None
        return View(value) if isinstance(value, Mapping) else value
