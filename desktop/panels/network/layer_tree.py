"""The network as an editable tree with its live summary: one row per layer (blocks show their inner layers)
with the output shape, parameters and MACs; a layer that does not fit is a red row with the reason.

The tree never edits the network itself: drops and key presses become requests (signals) that the panel
turns into undoable commands; the tree is then rebuilt from the new spec.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from desktop.panels.network.ops import Path
from desktop.panels.network.palette import LAYER_MIME, doc_text
from desktop.panels.panel_common import ERROR_BG, ERROR_FG

PATH_ROLE = Qt.ItemDataRole.UserRole
TYPE_ROLE = Qt.ItemDataRole.UserRole + 1
COL_LAYER, COL_OUTPUT, COL_PARAMS, COL_MACS = range(4)

#: The parameters worth showing next to a layer's name, in order.
_KEY_FIELDS = (
    "out_features",
    "out_channels",
    "kernel_size",
    "stride",
    "padding",
    "hidden_size",
    "num_layers",
    "num_heads",
    "embedding_dim",
    "dim_feedforward",
    "p",
    "output_size",
    "mode",
    "output",
    "shape",
    "dims",
    "kind",
    "negative_slope",
    "arch",
    "freeze",
)
_SHORT = {
    "out_features": "",
    "out_channels": "",
    "kernel_size": "k",
    "stride": "s",
    "padding": "pad ",
    "hidden_size": "",
    "num_layers": "×",
    "num_heads": "heads ",
    "embedding_dim": "dim ",
    "dim_feedforward": "ff ",
    "p": "p=",
    "output_size": "",
    "mode": "",
    "output": "",
    "shape": "",
    "dims": "",
    "kind": "",
    "negative_slope": "slope ",
    "arch": "",
    "freeze": "freeze ",
}


def short_params(layer: dict[str, Any]) -> str:
    """A compact description of a layer's main parameters, e.g. ``16, k5, pad 2``."""
    parts = []
    for key in _KEY_FIELDS:
        if key not in layer or layer[key] is None:
            continue
        value = layer[key]
        if (key, value) in (("stride", 1), ("padding", 0), ("num_layers", 1), ("freeze", "none")):
            continue
        if isinstance(value, list):
            value = "[" + ", ".join(map(str, value)) + "]"
        parts.append(f"{_SHORT[key]}{value}")
    if layer.get("bidirectional"):
        parts.append("bi")
    return ", ".join(parts)


def human_count(n: int | None) -> str:
    """``1234567`` -> ``1.23 M``; small numbers keep their digits."""
    if n is None:
        return "?"
    for limit, suffix in ((1e9, " G"), (1e6, " M"), (1e4, " k")):
        if abs(n) >= limit:
            return f"{n / limit:.3g}{suffix}" if suffix != " k" else f"{n / 1e3:.1f} k"
    return f"{n:,}"


class LayerTree(QTreeWidget):
    """Layers with their shapes, parameters and MACs; drag to reorder, drop palette layers in.

    Signals:
        insertRequested(str, object, int): insert a new layer of that type as child ``row`` of parent path.
        moveRequested(object, object, int): move the layer at a path to (parent path, row).
        deleteRequested: the Delete key was pressed on the selection.
    """

    insertRequested = Signal(str, object, int)
    moveRequested = Signal(object, object, int)
    deleteRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(4)
        self.setHeaderLabels([self.tr("Layer"), self.tr("Output shape"), self.tr("Parameters"), self.tr("MACs")])
        header = self.header()
        header.setSectionResizeMode(COL_LAYER, QHeaderView.ResizeMode.Stretch)
        for col in (COL_OUTPUT, COL_PARAMS, COL_MACS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.setAnimated(True)
        self.collapsed_paths: set[Path] = set()
        self.items: dict[Path, QTreeWidgetItem] = {}
        self.itemCollapsed.connect(lambda it: self.collapsed_paths.add(it.data(0, PATH_ROLE)))
        self.itemExpanded.connect(lambda it: self.collapsed_paths.discard(it.data(0, PATH_ROLE)))

    # -- content -----------------------------------------------------------------------------------------
    def show_network(self, layers: list[dict[str, Any]], docs: dict[str, Any], rows: dict[str, Any]) -> None:
        """Rebuild from a network dump; ``rows`` maps index paths (``"3.1"``) to summary rows, if any."""
        self.blockSignals(True)
        try:
            self.clear()
            self.items = {}
            self._add(self.invisibleRootItem(), layers, (), docs, rows)
        finally:
            self.blockSignals(False)
        for path, item in self.items.items():
            if item.childCount() or item.data(0, TYPE_ROLE) == "residual":
                item.setExpanded(path not in self.collapsed_paths)

    def _add(
        self,
        parent: QTreeWidgetItem,
        layers: list[dict[str, Any]],
        prefix: Path,
        docs: dict[str, Any],
        rows: dict[str, Any],
    ) -> None:
        for i, layer in enumerate(layers):
            path = (*prefix, i)
            index = ".".join(map(str, path))
            kind = layer.get("type", "?")
            doc = docs.get(kind)
            title = doc_text(doc.title) if doc else kind
            name = f"“{layer['name']}”  " if layer.get("name") else ""
            detail = short_params(layer)
            text = f"{index}   {name}{title}" + (f"   ({detail})" if detail else "")
            item = QTreeWidgetItem(parent, [text])
            item.setData(0, PATH_ROLE, path)
            item.setData(0, TYPE_ROLE, kind)
            flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled
            if kind == "residual":
                flags |= Qt.ItemFlag.ItemIsDropEnabled
            item.setFlags(flags)
            tip = f"<b>{title}</b> <code>{kind}</code>" + (f"<br>{doc_text(doc.summary)}" if doc else "")
            row = rows.get(index)
            if row is not None:
                item.setText(COL_OUTPUT, _fmt(row.output_shape))
                item.setText(COL_PARAMS, human_count(row.params) if row.params is not None else "?")
                item.setText(COL_MACS, human_count(row.macs) if row.macs is not None else "?")
                frozen = self.tr(" ({n} frozen)").format(n=f"{row.frozen:,}") if row.frozen else ""
                item.setToolTip(COL_PARAMS, f"{row.params:,}{frozen}" if row.params is not None else "")
                item.setToolTip(COL_MACS, f"{row.macs:,}" if row.macs is not None else "")
                for col in (COL_PARAMS, COL_MACS):
                    item.setTextAlignment(col, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if row.error:
                    tip = f"<b>{title}</b><br><span style='color:{ERROR_FG.name()}'>{row.error}</span>"
                    for col in range(self.columnCount()):
                        item.setBackground(col, QBrush(ERROR_BG))
                        item.setForeground(col, QBrush(ERROR_FG))
                    item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, row.error)
            item.setToolTip(COL_LAYER, tip)
            item.setToolTip(COL_OUTPUT, tip if row is not None and row.error else "")
            self.items[path] = item
            if kind == "residual":
                self._add(item, layer.get("layers", []), path, docs, rows)

    def has_error(self, path: Path) -> bool:
        """Whether the row of ``path`` is highlighted as an error."""
        item = self.items.get(path)
        return item is not None and item.background(0).color() == ERROR_BG

    def path_of(self, item: QTreeWidgetItem) -> Path:
        return tuple(item.data(0, PATH_ROLE))

    def selected_paths(self) -> list[Path]:
        return sorted(self.path_of(it) for it in self.selectedItems())

    def current_path(self) -> Path | None:
        item = self.currentItem()
        return self.path_of(item) if item is not None and item.isSelected() else None

    def select_path(self, path: Path | None) -> None:
        """Select (and scroll to) the row of ``path``; None clears the selection."""
        self.clearSelection()
        item = self.items.get(path) if path is not None else None
        if item is None:
            self.setCurrentItem(None)
            return
        self.setCurrentItem(item)
        item.setSelected(True)
        self.scrollToItem(item)

    # -- drag and drop -----------------------------------------------------------------------------------
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [*super().mimeTypes(), LAYER_MIME]

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasFormat(LAYER_MIME) or event.source() is self:
            super().dragEnterEvent(event)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 - Qt override
        super().dragMoveEvent(event)  # draws the drop indicator
        if event.mimeData().hasFormat(LAYER_MIME) or event.source() is self:
            event.accept()

    def drop_target(self, pos: QPoint) -> tuple[Path, int]:
        """Where a drop at ``pos`` (viewport coordinates) lands: (parent path, row)."""
        item = self.itemAt(pos)
        if item is None:
            return (), self.topLevelItemCount()
        path = self.path_of(item)
        rect = self.visualItemRect(item)
        margin = max(2, rect.height() // 4)
        block = item.data(0, TYPE_ROLE) == "residual"
        if pos.y() < rect.top() + margin:
            return path[:-1], path[-1]
        if block and (pos.y() <= rect.bottom() - margin or (item.isExpanded() and item.childCount())):
            return path, 0 if pos.y() > rect.bottom() - margin else item.childCount()
        return path[:-1], path[-1] + 1

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        parent, row = self.drop_target(event.position().toPoint())
        mime = event.mimeData()
        if mime.hasFormat(LAYER_MIME):
            layer_type = bytes(mime.data(LAYER_MIME).data()).decode("utf-8")
            QTimer.singleShot(0, lambda: self.insertRequested.emit(layer_type, parent, row))
        elif event.source() is self and self.currentItem() is not None:
            src = self.path_of(self.currentItem())
            QTimer.singleShot(0, lambda: self.moveRequested.emit(src, parent, row))
        # Copy, not move: the view must not delete the dragged rows itself; the panel rebuilds the tree.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        self.setState(QAbstractItemView.State.NoState)
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selectedItems():
            self.deleteRequested.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def _fmt(shape: Any) -> str:
    return "?" if shape is None else "[" + ", ".join(str(s) for s in shape) + "]"
