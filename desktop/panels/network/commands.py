"""Undo commands of the network editor: each stores the NetworkSpec dump before and after one edit."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.panels.network.ops import Path
from desktop.workspace import Workspace
from models.spec.network import NetworkSpec

_MERGE_ID = 0x4E45  # field edits of the same layer and field merge into one undo step


class NetworkEdit(QUndoCommand):
    """One edit of the network: ``redo`` sets ``after``, ``undo`` sets ``before`` (both NetworkSpec dumps).

    Args:
        state: The experiment state the network lives in.
        before: The network dump before the edit.
        after: The network dump after the edit.
        text: What the edit did, for the undo menu ("Delete layer 3").
        select: Called with the layer path to select after redo/undo.
        select_before: The selection to restore on undo.
        select_after: The selection to show after redo.
        merge_key: Consecutive edits with the same key (layer path + field) merge into one step.
    """

    def __init__(
        self,
        state: Workspace,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        select: Callable[[Path | None], None],
        select_before: Path | None = None,
        select_after: Path | None = None,
        merge_key: tuple[Any, ...] | None = None,
    ) -> None:
        super().__init__(text)
        self.state, self.before, self.after = state, before, after
        self.select, self.select_before, self.select_after = select, select_before, select_after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.select(self.select_after)
        self.state.set_network(NetworkSpec.model_validate(self.after))

    def undo(self) -> None:
        self.select(self.select_before)
        self.state.set_network(NetworkSpec.model_validate(self.before))

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, NetworkEdit) or other.merge_key != self.merge_key:
            return False
        self.after, self.select_after = other.after, other.select_after
        return True
