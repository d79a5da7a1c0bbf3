"""What the registries share: the task names and the "did you mean" lookup."""

from __future__ import annotations

import difflib
import os
from collections.abc import Iterable, Mapping
from typing import TypeVar

from models.errors import SpecError

#: The tasks a run can train for (``TrainSpec.task``), in the order the GUI lists them.
TASKS: tuple[str, ...] = ("classification", "regression", "forecasting", "generation")

E = TypeVar("E")


def close_matches(name: str, candidates: Iterable[str], n: int = 3) -> list[str]:
    """Up to ``n`` of ``candidates`` that look like ``name`` (case-insensitive), best first.

    Among similar ones the longest shared beginning wins (``val_acuracy``: ``val_acc`` before ``val_auroc``).
    """
    low = name.lower()
    by_lower = {c.lower(): c for c in candidates}
    near = difflib.get_close_matches(low, list(by_lower), n=n, cutoff=0.6)
    near.sort(key=lambda c: -len(os.path.commonprefix([c, low])))
    return [by_lower[m] for m in near]


def unknown_message(what: str, name: str, known: Iterable[str]) -> str:
    """``unknown metric 'val_acuracy'; did you mean val_acc?`` (or the full list when nothing is close)."""
    known = list(known)
    near = close_matches(name, known)
    hint = f"did you mean {' or '.join(near)}?" if near else f"known: {', '.join(known)}"
    return f"unknown {what} {name!r}; {hint}"


def lookup(registry: Mapping[str, E], what: str, name: str) -> E:
    """``registry[name]``, or a :class:`SpecError` naming the close matches."""
    try:
        return registry[name]
    except (KeyError, TypeError):
        raise SpecError(unknown_message(what, str(name), registry)) from None


def check_task(task: str) -> str:
    """``task`` if it is one of :data:`TASKS`, else a :class:`SpecError` naming them."""
    if task not in TASKS:
        raise SpecError(unknown_message("task", str(task), TASKS))
    return task
