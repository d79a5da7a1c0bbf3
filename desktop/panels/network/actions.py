"""The network editor's actions: toolbar buttons with their shortcuts (active while the panel has focus).

Texts use the ``NetworkPanel`` translation context, as the panel's own strings do.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QStyle, QToolBar, QWidget

from desktop import theme


class EditActions:
    """Undo, redo, delete, duplicate, wrap, up, down, open and save, on ``toolbar`` and ``owner``.

    Args:
        owner: The panel; the actions' shortcuts work while focus is inside it.
        toolbar: Where the buttons go.
        stack: The undo stack that undo/redo drive.
        slots: Callables by action name (delete, duplicate, wrap, up, down, open, save).
    """

    def __init__(
        self, owner: QWidget, toolbar: QToolBar, stack: QUndoStack, slots: dict[str, Callable[[], Any]]
    ) -> None:
        self.owner = owner
        sp = QStyle.StandardPixmap
        self.undo = self._make(
            QCoreApplication.translate("NetworkPanel", "Undo"),
            sp.SP_ArrowBack,
            stack.undo,
            [QKeySequence(QKeySequence.StandardKey.Undo)],
        )
        self.redo = self._make(
            QCoreApplication.translate("NetworkPanel", "Redo"),
            sp.SP_ArrowForward,
            stack.redo,
            [QKeySequence("Ctrl+Shift+Z"), QKeySequence(QKeySequence.StandardKey.Redo)],
        )
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(self._undo_tip)
        stack.redoTextChanged.connect(self._redo_tip)
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)
        self._undo_tip("")
        self._redo_tip("")
        self.delete = self._make(
            QCoreApplication.translate("NetworkPanel", "Delete"),
            sp.SP_TrashIcon,
            slots["delete"],
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            QCoreApplication.translate("NetworkPanel", "Delete the selected layers (Del)"),
        )
        self.duplicate = self._make(
            QCoreApplication.translate("NetworkPanel", "Duplicate"),
            None,
            slots["duplicate"],
            [QKeySequence("Ctrl+D")],
            QCoreApplication.translate("NetworkPanel", "Insert a copy after each selected layer (Ctrl+D)"),
        )
        self.wrap = self._make(
            QCoreApplication.translate("NetworkPanel", "Wrap in residual block"),
            None,
            slots["wrap"],
            [QKeySequence("Ctrl+G")],
            QCoreApplication.translate(
                "NetworkPanel",
                "Put the selected neighbouring layers in a residual block whose output is added to its input (Ctrl+G)",
            ),
        )
        self.up = self._make(
            QCoreApplication.translate("NetworkPanel", "Up"),
            sp.SP_ArrowUp,
            slots["up"],
            [QKeySequence("Alt+Up")],
            QCoreApplication.translate("NetworkPanel", "Move the layer up (Alt+Up)"),
        )
        self.down = self._make(
            QCoreApplication.translate("NetworkPanel", "Down"),
            sp.SP_ArrowDown,
            slots["down"],
            [QKeySequence("Alt+Down")],
            QCoreApplication.translate("NetworkPanel", "Move the layer down (Alt+Down)"),
        )
        self.open = self._make(
            QCoreApplication.translate("NetworkPanel", "Open network…"),
            sp.SP_DialogOpenButton,
            slots["open"],
            tip=QCoreApplication.translate("NetworkPanel", "Load a network from a YAML file"),
        )
        self.save = self._make(
            QCoreApplication.translate("NetworkPanel", "Save network…"),
            sp.SP_DialogSaveButton,
            slots["save"],
            tip=QCoreApplication.translate("NetworkPanel", "Save the network as a YAML file"),
        )
        glyphs = {self.undo: sp.SP_ArrowBack, self.redo: sp.SP_ArrowForward, self.up: sp.SP_ArrowUp}
        glyphs[self.down] = sp.SP_ArrowDown

        def recolour_glyphs() -> None:  # Fusion's arrows are dark grey: light ones on the dark theme
            for action, pixmap in glyphs.items():
                action.setIcon(theme.glyph_icon(owner.style().standardIcon(pixmap)))

        theme.follow_theme(owner, recolour_glyphs)
        for action in (
            self.undo,
            self.redo,
            None,
            self.delete,
            self.duplicate,
            self.wrap,
            self.up,
            self.down,
            None,
            self.open,
            self.save,
        ):
            if action is None:
                toolbar.addSeparator()
            else:
                toolbar.addAction(action)

    def _make(
        self,
        text: str,
        icon: QStyle.StandardPixmap | None,
        slot: Callable[[], Any],
        shortcuts: list[QKeySequence] | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self.owner)
        if icon is not None:
            action.setIcon(self.owner.style().standardIcon(icon))
        if shortcuts:
            action.setShortcuts(shortcuts)
            # Only while the panel has focus: other panels (and text fields) keep their own Ctrl+Z, Del...
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(tip or text)
        action.triggered.connect(slot)
        self.owner.addAction(action)
        return action

    def _undo_tip(self, what: str) -> None:
        self.undo.setToolTip(
            QCoreApplication.translate("NetworkPanel", "Undo {what} (Ctrl+Z)").format(what=what)
            if what
            else QCoreApplication.translate("NetworkPanel", "Undo (Ctrl+Z)")
        )

    def _redo_tip(self, what: str) -> None:
        self.redo.setToolTip(
            QCoreApplication.translate("NetworkPanel", "Redo {what} (Ctrl+Shift+Z)").format(what=what)
            if what
            else QCoreApplication.translate("NetworkPanel", "Redo (Ctrl+Shift+Z)")
        )

    def update(self, selected: int) -> None:
        """Enable what makes sense for ``selected`` selected layers."""
        for action in (self.delete, self.duplicate, self.wrap):
            action.setEnabled(selected > 0)
        self.up.setEnabled(selected == 1)
        self.down.setEnabled(selected == 1)
