"""The layer palette: every layer type grouped by kind; double-click or drag a layer into the network."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

#: The MIME type a palette drag carries (the layer ``type`` as UTF-8).
LAYER_MIME = "application/x-danlu-layer-type"


def doc_text(text: str) -> str:
    """Translate a text of the core's layer documentation (English source, context ``LayerDocs``)."""
    return QCoreApplication.translate("LayerDocs", text)


class _PaletteTree(QTreeWidget):
    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [LAYER_MIME]

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:  # noqa: N802 - Qt override
        mime = QMimeData()
        types = [it.data(0, Qt.ItemDataRole.UserRole) for it in items if it.data(0, Qt.ItemDataRole.UserRole)]
        if types:
            mime.setData(LAYER_MIME, types[0].encode("utf-8"))
        return mime


class LayerPalette(QWidget):
    """A filterable tree of layer types by group (core, convolution, pooling, ... blocks).

    Signals:
        layerRequested(str): the user double-clicked a layer type (insert it after the selection).
    """

    layerRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter layers…"))
        self.filter.setClearButtonEnabled(True)
        self.tree = _PaletteTree()
        self.tree.setHeaderHidden(True)
        self.tree.setDragEnabled(True)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.filter)
        lay.addWidget(self.tree)
        self.group_titles = {
            "core": self.tr("Core"),
            "convolution": self.tr("Convolution"),
            "pooling": self.tr("Pooling"),
            "recurrent": self.tr("Recurrent"),
            "attention": self.tr("Attention"),
            "normalisation": self.tr("Normalisation"),
            "regularisation": self.tr("Regularisation"),
            "activation": self.tr("Activation"),
            "shape": self.tr("Shape"),
            "blocks": self.tr("Blocks"),
        }
        self.placeholder = QTreeWidgetItem([self.tr("Loading the layer catalogue…")])
        self.tree.addTopLevelItem(self.placeholder)
        self.tree.itemDoubleClicked.connect(self._double_clicked)
        self.filter.textChanged.connect(self._apply_filter)

    def populate(self, docs: dict[str, Any], groups: tuple[str, ...]) -> None:
        """Fill the palette from ``models.network.LAYER_DOCS`` in the core's group order."""
        self.tree.clear()
        for group in groups:
            members = [(t, d) for t, d in docs.items() if d.group == group]
            if not members:
                continue
            head = QTreeWidgetItem([self.group_titles.get(group, group.title())])
            head.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            for layer_type, doc in members:
                item = QTreeWidgetItem([doc_text(doc.title)])
                item.setData(0, Qt.ItemDataRole.UserRole, layer_type)
                item.setToolTip(
                    0,
                    f"<b>{doc_text(doc.title)}</b> <code>{layer_type}</code><br>"
                    f"{doc_text(doc.summary)}<br><i>{doc_text(doc.when_to_use)}</i>",
                )
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled)
                head.addChild(item)
            self.tree.addTopLevelItem(head)
        self.tree.expandAll()

    def layer_items(self) -> dict[str, QTreeWidgetItem]:
        """Every layer entry by type (for tests and keyboard insertion)."""
        out = {}
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            for j in range(head.childCount()):
                item = head.child(j)
                out[item.data(0, Qt.ItemDataRole.UserRole)] = item
        return out

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        layer_type = item.data(0, Qt.ItemDataRole.UserRole)
        if layer_type:
            self.layerRequested.emit(layer_type)

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.tree.topLevelItemCount()):
            head = self.tree.topLevelItem(i)
            visible = 0
            for j in range(head.childCount()):
                item = head.child(j)
                hit = (
                    not needle
                    or needle in item.text(0).lower()
                    or needle in str(item.data(0, Qt.ItemDataRole.UserRole))
                )
                item.setHidden(not hit)
                visible += hit
            head.setHidden(visible == 0)
