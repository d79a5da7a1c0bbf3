"""The template gallery: every ready-made network with what it suits; the ones that fit the data first."""

from __future__ import annotations

import html
from collections.abc import Collection, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QPersistentModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

NAME_ROLE = Qt.ItemDataRole.UserRole
HTML_ROLE = Qt.ItemDataRole.UserRole + 1
_PAD = 6


class _CardDelegate(QStyledItemDelegate):
    """Draws a template as a small card: bold title, description, and what data it suits."""

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(option.font)
        doc.setHtml(index.data(HTML_ROLE) or html.escape(str(index.data(Qt.ItemDataRole.DisplayRole) or "")))
        doc.setTextWidth(max(50, option.rect.width() - 2 * _PAD))
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        enabled = bool(index.flags() & Qt.ItemFlag.ItemIsEnabled)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        group = QPalette.ColorGroup.Normal if enabled else QPalette.ColorGroup.Disabled
        color = option.palette.color(group, role)
        painter.save()
        painter.translate(option.rect.left() + _PAD, option.rect.top() + _PAD)
        ctx = doc.documentLayout().PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, color)
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(
        self,
        option: QStyleOptionViewItem,  # noqa: N802 - Qt override
        index: QModelIndex | QPersistentModelIndex,
    ) -> QSize:
        width = option.widget.viewport().width() if option.widget else option.rect.width()
        opt = QStyleOptionViewItem(option)
        opt.rect.setWidth(width)
        doc = self._document(opt, index)
        return QSize(width, int(doc.size().height()) + 2 * _PAD)


def template_text(text: str) -> str:
    """Translate a template title or description of the core (English source, context ``Templates``)."""
    return QCoreApplication.translate("Templates", text)


class TemplateGallery(QWidget):
    """A list of templates (title, description, fitting data); double-click or the button applies one.

    Signals:
        templateRequested(str): apply the template with this name.
    """

    templateRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setItemDelegate(_CardDelegate(self.list))
        self.list.setUniformItemSizes(False)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.apply = QPushButton(self.tr("Use this template"))
        self.apply.setEnabled(False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.apply)
        self.list.addItem(self.tr("Loading the templates…"))
        self.list.itemDoubleClicked.connect(self._activated)
        self.list.currentItemChanged.connect(self._current_changed)
        self.apply.clicked.connect(lambda: self._activated(self.list.currentItem()))
        self.modality_names = {
            "image": self.tr("images"),
            "sequence": self.tr("sequences"),
            "tabular": self.tr("tables"),
            "text": self.tr("text"),
            "forecast": self.tr("forecasting"),
        }

    def populate(
        self,
        templates: list[Any],
        problems: Mapping[str, str | None] | None,
        current: str | None,
        recommended: Collection[str] = (),
    ) -> None:
        """List ``templates`` (TemplateInfo).

        Args:
            templates: Every template, in the core's order (GAN templates last).
            problems: Why each template does not fit the loaded data (None: it fits); those that do not fit are
                disabled at the end with the reason as tooltip. None (no data yet): all are offered.
            current: The template in use (check mark).
            recommended: The data's default templates (a classifier and, for images, a GAN), marked as such.
        """
        self.list.clear()

        def problem(t: Any) -> str | None:
            return None if problems is None else problems.get(t.name, self.tr("Does not fit the loaded dataset."))

        for t in sorted(templates, key=lambda t: problem(t) is not None):
            why = problem(t)
            suits = ", ".join(self.modality_names.get(m, m) for m in t.modalities)
            notes = [self.tr("For: {what}").format(what=suits)]
            if "generation" in t.tasks:
                notes.append(self.tr("makes new images (GAN: generator and discriminator)"))
            if t.name in recommended and why is None:
                notes.append(self.tr("recommended for this dataset"))
            marker = " ✓" if t.name == current else ""
            title, desc = html.escape(template_text(t.title)), html.escape(template_text(t.description))
            item = QListWidgetItem(f"{template_text(t.title)}{marker}")
            item.setData(
                HTML_ROLE,
                f"<b>{title}{marker}</b><br>{desc}<br><small><i>" + html.escape(" · ".join(notes)) + "</i></small>",
            )
            item.setData(NAME_ROLE, t.name)
            item.setToolTip(template_text(t.description))
            if why is not None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(why)
            self.list.addItem(item)

    def _current_changed(self, item: QListWidgetItem | None, _prev: Any = None) -> None:
        self.apply.setEnabled(
            item is not None and bool(item.data(NAME_ROLE)) and bool(item.flags() & Qt.ItemFlag.ItemIsEnabled)
        )

    def _activated(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(NAME_ROLE) and item.flags() & Qt.ItemFlag.ItemIsEnabled:
            self.templateRequested.emit(item.data(NAME_ROLE))
