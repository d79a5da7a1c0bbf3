"""Strict pydantic base model and helpers that turn validation errors into field paths."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from pydantic import BaseModel, ConfigDict, ValidationError
from pydantic_core import InitErrorDetails, PydanticCustomError

from models.errors import SpecError


class StrictModel(BaseModel):
    """Base of every spec model: unknown fields and wrong types are rejected, assignment is validated."""

    model_config = ConfigDict(extra="forbid", strict=True, validate_assignment=True, frozen=False)


def field_errors(model: str, problems: Sequence[tuple[tuple[str | int, ...], str, Any]]) -> ValidationError:
    """A ValidationError with one error per ``(loc, message, input)``.

    Raised from a model validator it keeps each ``loc`` (``checkpoint.monitor``), so a rule that needs several
    fields still names the one at fault.
    """
    return ValidationError.from_exception_data(
        model,
        [
            InitErrorDetails(type=PydanticCustomError("spec_rule", "{message}", {"message": msg}), loc=loc, input=value)
            for loc, msg, value in problems
        ],
    )


def format_loc(loc: Sequence[Any], root: str = "", tags: frozenset[str] = frozenset()) -> str:
    """Format a pydantic error location as ``network.layers[3].kernel_size``.

    Args:
        loc: The ``loc`` tuple of one pydantic error.
        root: A prefix such as ``"network"`` when the model validated is a sub-spec.
        tags: Discriminator values (layer type names) that pydantic inserts into the path; dropped.
    """
    out = root
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        elif part in tags or str(part).startswith("function-"):
            continue
        else:
            out += ("." if out else "") + str(part)
    return out or "(root)"


def spec_error(err: ValidationError, root: str = "", source: str | None = None) -> SpecError:
    """Convert a pydantic ``ValidationError`` into a :class:`SpecError` naming every failing field."""
    from models.spec.network import LAYER_TYPES  # local: avoids an import cycle at module load

    tags = frozenset(LAYER_TYPES)
    lines = []
    for e in err.errors():
        path = format_loc(e["loc"], root, tags)
        msg = e["msg"].removeprefix("Value error, ")  # pydantic's prefix for a validator's message
        if e["type"] == "extra_forbidden":
            msg = "unknown field (check the spelling, or remove it)"
        elif e["type"] == "union_tag_invalid":
            msg = f"unknown layer type {e.get('input', {}).get('type')!r}; known: {', '.join(sorted(tags))}"
        lines.append(f"{path}: {msg}")
    where = f"{source}: " if source else ""
    return SpecError(where + "invalid experiment\n  " + "\n  ".join(dict.fromkeys(lines)))
