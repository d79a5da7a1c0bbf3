"""Undo commands of the network editor: one layer-level edit of a network, or a template (all model parts)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand

from desktop.model_parts import ModelParts
from desktop.panels.network.ops import Path
from desktop.workspace import Workspace
from models.spec.network import NetworkSpec

_MERGE_ID = 0x4E45  # field edits of the same layer and field merge into one undo step

#: The networks the editor edits: the network (a GAN's generator) and a GAN's discriminator.
NETWORK, DISCRIMINATOR = "network", "discriminator"

#: ``select(path, target)``: the layer to select after a redo/undo, in the network it changed.
Select = Callable[[Path | None, str], None]


class NetworkEdit(QUndoCommand):
    """One edit of a network: ``redo`` sets ``after``, ``undo`` sets ``before`` (both NetworkSpec dumps).

    Args:
        state: The experiment state the network lives in.
        before: The network dump before the edit.
        after: The network dump after the edit.
        text: What the edit did, for the undo menu ("Delete layer 3").
        select: Called with the layer path to select after redo/undo, and the network edited.
        select_before: The selection to restore on undo.
        select_after: The selection to show after redo.
        merge_key: Consecutive edits with the same key (layer path + field) merge into one step.
        target: Which network: :data:`NETWORK` or a GAN's :data:`DISCRIMINATOR`.
    """

    def __init__(
        self,
        state: Workspace,
        before: dict[str, Any],
        after: dict[str, Any],
        text: str,
        select: Select,
        select_before: Path | None = None,
        select_after: Path | None = None,
        merge_key: tuple[Any, ...] | None = None,
        target: str = NETWORK,
    ) -> None:
        super().__init__(text)
        self.state, self.before, self.after = state, before, after
        self.select, self.select_before, self.select_after = select, select_before, select_after
        self.merge_key, self.target = merge_key, target

    def _set(self, dump: dict[str, Any], selection: Path | None) -> None:
        self.select(selection, self.target)
        spec = NetworkSpec.model_validate(dump)
        if self.target == DISCRIMINATOR:
            self.state.set_discriminator(spec)
        else:
            self.state.set_network(spec)

    def redo(self) -> None:
        self._set(self.after, self.select_after)

    def undo(self) -> None:
        self._set(self.before, self.select_before)

    def id(self) -> int:
        return _MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt override
        if not isinstance(other, NetworkEdit) or (other.merge_key, other.target) != (self.merge_key, self.target):
            return False
        self.after, self.select_after = other.after, other.select_after
        return True


class PartsEdit(QUndoCommand):
    """A template or a task switch: the network, a GAN's discriminator and the training options together.

    Args:
        state: The experiment state.
        before: The parts before (restored by undo).
        after: The parts after (set by redo; already set when the workspace made the change itself).
        text: What the edit did ("Use template DCGAN").
        select: Called with ``(None, NETWORK)``: nothing selected, the (generator) network shown.
    """

    def __init__(self, state: Workspace, before: ModelParts, after: ModelParts, text: str, select: Select) -> None:
        super().__init__(text)
        self.state, self.before, self.after, self.select = state, before, after, select

    def redo(self) -> None:
        self.select(None, NETWORK)
        self.state.set_parts(self.after)

    def undo(self) -> None:
        self.select(None, NETWORK)
        self.state.set_parts(self.before)
