"""The network panel: templates, layer palette, the editable layer tree with its live summary, the inspector,
undo/redo and YAML save/load.

Every edit is a :class:`NetworkEdit` on the panel's QUndoStack that writes a new NetworkSpec to
ExperimentState; the panel re-summarises on ``networkSpecChanged`` (``models.network.summarize``: shape
arithmetic, no tensors) and reports ``state.set_network_validity`` so Train is only enabled for a network
that fits the data. ``models.network`` (torch) is imported only after ``state.engineReady``.
"""

from __future__ import annotations

from pathlib import Path as FsPath
from typing import Any

from pydantic_core import ValidationError  # not pydantic: see desktop/panels/panel_common.py
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import error_text
from desktop.panels.network import ops
from desktop.panels.network.actions import EditActions
from desktop.panels.network.commands import NetworkEdit
from desktop.panels.network.files import read_network_yaml, save_network_yaml
from desktop.panels.network.gallery import TemplateGallery, template_text
from desktop.panels.network.inspector import LayerInspector
from desktop.panels.network.layer_tree import LayerTree, human_count
from desktop.panels.network.ops import Path
from desktop.panels.network.palette import LayerPalette
from desktop.panels.panel_common import StatusLine, show_error
from desktop.state import ExperimentState
from models.errors import SpecError
from models.spec.base import spec_error
from models.spec.network import LAYER_CLASSES, NetworkSpec

_KEEP = object()  # "keep the current selection" marker


class NetworkPanel(QWidget):
    """Build and edit the network (see the module docstring)."""

    def __init__(self, state: ExperimentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.api: Any = None  # models.network, once the engine is ready
        self.docs: dict[str, Any] = {}
        self.summary: Any = None
        self.undo_stack = QUndoStack(self)
        self._select: Any = _KEEP
        self._last_info: Any = None
        self._data_error = ""

        self.gallery = TemplateGallery()
        self.palette = LayerPalette()
        self.tree = LayerTree()
        self.inspector = LayerInspector()
        self.totals = QLabel()
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = StatusLine()
        self.toolbar = QToolBar()
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.actions = EditActions(
            self,
            self.toolbar,
            self.undo_stack,
            {
                "delete": self.delete_selected,
                "duplicate": self.duplicate_selected,
                "wrap": self.wrap_selected,
                "up": lambda: self.move_selected(-1),
                "down": lambda: self.move_selected(1),
                "open": self._open_dialog,
                "save": self._save_dialog,
            },
        )
        a = self.actions
        self.undo_action, self.redo_action, self.delete_action = a.undo, a.redo, a.delete
        self.duplicate_action, self.wrap_action = a.duplicate, a.wrap
        a.update(0)

        side = QTabWidget()
        side.setDocumentMode(True)
        side.addTab(self.palette, self.tr("Layers"))
        side.addTab(self.gallery, self.tr("Templates"))
        self.side_tabs = side
        center = QWidget()
        center_lay = QVBoxLayout(center)
        center_lay.setContentsMargins(0, 0, 0, 0)
        center_lay.addWidget(self.tree, 1)
        center_lay.addWidget(self.totals)
        center_lay.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(side)
        splitter.addWidget(center)
        splitter.addWidget(self.inspector)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([230, 560, 320])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(self.toolbar)
        lay.addWidget(splitter, 1)

        self.palette.layerRequested.connect(self.insert_layer)
        self.gallery.templateRequested.connect(self.apply_template)
        self.tree.insertRequested.connect(lambda t, parent, row: self.insert_layer(t, parent, row))
        self.tree.moveRequested.connect(self.move_layer)
        self.tree.deleteRequested.connect(self.delete_selected)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.inspector.layerEdited.connect(self.edit_layer)
        self.inspector.networkEdited.connect(self.set_network_option)
        state.networkSpecChanged.connect(self.refresh)
        state.dataSpecChanged.connect(self._data_changed)
        state.dataLoaded.connect(self._data_loaded)
        state.dataFailed.connect(self._data_failed)
        state.experimentReplaced.connect(self._experiment_replaced)
        state.engineReady.connect(self._engine_ready)
        if state.engine_ready:
            self._engine_ready()
        else:
            self.refresh()

    # -- engine and data ---------------------------------------------------------------------------------
    def _engine_ready(self) -> None:
        import models.network as api

        self.api = api
        self.docs = dict(api.LAYER_DOCS)
        self.inspector.docs = self.docs
        self.palette.populate(self.docs, tuple(api.LAYER_GROUPS))
        self._populate_gallery()
        self.refresh()

    def _populate_gallery(self) -> None:
        if self.api is not None:
            current = self.state.experiment.network.template
            self.gallery.populate(self.api.list_templates(), self.state.info, current)

    def _data_changed(self) -> None:
        self._data_error = ""
        self.refresh()

    def _data_failed(self, message: str) -> None:
        self._data_error = message
        self.refresh()

    def _experiment_replaced(self) -> None:
        self.undo_stack.clear()
        self._last_info = None

    def _data_loaded(self, info: Any, _summary: Any) -> None:
        """Fit the network to the new data: an empty network or an untouched template is (re)made for it."""
        self._data_error = ""
        if self.api is None:
            return
        spec = self.state.experiment.network
        previous, self._last_info = self._last_info, info
        new: NetworkSpec | None = None
        if not spec.layers:
            new = self._template_for(info, None)
            if new is not None:  # the starting point, not an edit: nothing to undo
                self._select = None
                self.state.set_network(new)
                self.undo_stack.clear()
        elif spec.template and previous is not None and previous != info and self._untouched(spec, previous):
            new = self._template_for(info, spec.template)
            if new is not None and new != spec:
                self._push(new.model_dump(mode="json"), self.tr("Adapt the template to the data"), None)
        self._populate_gallery()
        self.refresh()

    def _untouched(self, spec: NetworkSpec, info: Any) -> bool:
        try:
            made = self.api.make_template(spec.template, info)
        except SpecError:
            return False
        return made.layers == spec.layers

    def _template_for(self, info: Any, name: str | None) -> NetworkSpec | None:
        fitting = [t.name for t in self.api.templates_for(info)]
        choice = name if name in fitting else self.api.default_template(info)
        try:
            return self.api.make_template(choice, info)
        except SpecError:
            return None

    # -- edits -------------------------------------------------------------------------------------------
    def _dump(self) -> dict[str, Any]:
        return self.state.experiment.network.model_dump(mode="json")

    def _set_selection(self, path: Path | None) -> None:
        self._select = path

    def _push(
        self, after: dict[str, Any], text: str, select_after: Path | None, merge_key: tuple[Any, ...] | None = None
    ) -> bool:
        before = self._dump()
        if after == before:
            return False
        try:
            NetworkSpec.model_validate(after)
        except ValidationError as err:
            show_error(self, self.tr("Invalid network"), str(spec_error(err, root="network")))
            return False
        self.undo_stack.push(
            NetworkEdit(
                self.state, before, after, text, self._set_selection, self.tree.current_path(), select_after, merge_key
            )
        )
        return True

    def apply_template(self, name: str) -> None:
        """Replace the network by the template ``name`` shaped for the loaded data."""
        if self.api is None or self.state.info is None:
            show_error(self, self.tr("No dataset"), self.tr("Load a dataset first: templates are shaped to it."))
            return
        try:
            spec = self.api.make_template(name, self.state.info)
        except SpecError as err:
            show_error(self, self.tr("Template does not fit"), error_text(err))
            return
        title = next((template_text(t.title) for t in self.api.list_templates() if t.name == name), name)
        self._push(spec.model_dump(mode="json"), self.tr("Use template {name}").format(name=title), None)

    def insert_layer(self, layer_type: str, parent: Path | None = None, row: int | None = None) -> None:
        """Insert a new ``layer_type`` layer (defaults: right after the current layer, or at the end)."""
        if layer_type not in LAYER_CLASSES:
            return
        current = self.tree.current_path()
        if parent is None:
            parent, row = (current[:-1], current[-1] + 1) if current else ((), len(self._dump()["layers"]))
        assert row is not None
        layer = LAYER_CLASSES[layer_type]().model_dump(mode="json")
        after = ops.insert(self._dump(), parent, row, layer)
        row = min(row, len(ops.children(after["layers"], parent)) - 1)
        self._push(after, self.tr("Insert {type}").format(type=layer_type), (*parent, row))

    def delete_selected(self) -> None:
        """Delete the selected layers (a block goes with its inner layers)."""
        paths = self.tree.selected_paths()
        # Inner layers of a selected block go with it; delete from the end so earlier paths stay valid.
        paths = [p for p in paths if not any(p[: len(q)] == q and p != q for q in paths)]
        if not paths:
            return
        after = self._dump()
        for path in sorted(paths, reverse=True):
            after = ops.remove(after, path)
        first = paths[0]
        siblings = ops.children(after["layers"], first[:-1]) if first[:-1] else after["layers"]
        select = (*first[:-1], min(first[-1], len(siblings) - 1)) if siblings else (first[:-1] or None)
        self._push(after, self.tr("Delete {n} layer(s)").format(n=len(paths)), select)

    def duplicate_selected(self) -> None:
        """Insert a copy of each selected layer right after it."""
        paths = self.tree.selected_paths()
        if not paths:
            return
        after = self._dump()
        for path in sorted(paths, reverse=True):
            after = ops.duplicate(after, path)
        last = paths[-1]
        self._push(after, self.tr("Duplicate"), (*last[:-1], last[-1] + 1))

    def wrap_selected(self) -> None:
        """Wrap the selected neighbouring layers in a residual block."""
        paths = self.tree.selected_paths()
        try:
            after = ops.wrap_in_residual(self._dump(), paths)
        except ValueError as err:
            show_error(
                self,
                self.tr("Cannot wrap"),
                self.tr("Select neighbouring layers of the same block: {msg}").format(msg=err),
            )
            return
        self._push(after, self.tr("Wrap in residual block"), min(paths))

    def move_selected(self, delta: int) -> None:
        """Move the selected layer up (-1) or down (+1) among its siblings."""
        path = self.tree.current_path()
        if path is None:
            return
        siblings = ops.children(self._dump()["layers"], path[:-1])
        target = path[-1] + delta
        if not 0 <= target < len(siblings):
            return
        self.move_layer(path, path[:-1], target + (1 if delta > 0 else 0))

    def move_layer(self, src: Path, parent: Path, row: int) -> None:
        """Move the layer at ``src`` to child ``row`` of ``parent`` (row as seen before the move)."""
        try:
            after = ops.move(self._dump(), tuple(src), tuple(parent), row)
        except ValueError as err:
            show_error(self, self.tr("Cannot move"), str(err))
            return
        self._push(after, self.tr("Move layer"), ops.path_of_moved(tuple(src), tuple(parent), row))

    def edit_layer(self, path: Path, layer: dict[str, Any], field: str) -> None:
        """Replace the layer at ``path`` by ``layer`` (from the inspector)."""
        after = ops.replace(self._dump(), tuple(path), layer)
        text = self.tr("Change {field} of layer {index}").format(field=field, index=ops.format_path(path))
        self._push(after, text, tuple(path), merge_key=(tuple(path), field))

    def set_network_option(self, field: str, value: Any) -> None:
        """Change a network-wide option (``init``, ``zero_bias``)."""
        after = self._dump()
        after[field] = value
        self._push(after, self.tr("Change {field}").format(field=field), None, merge_key=((), field))

    # -- save / load -------------------------------------------------------------------------------------
    def save_network(self, path: str | FsPath) -> None:
        """Write the network as YAML (a NetworkSpec)."""
        save_network_yaml(self.state.experiment.network, path)

    def load_network(self, path: str | FsPath) -> bool:
        """Read a network YAML (or the ``network`` of an experiment YAML) as an undoable edit."""
        try:
            spec = read_network_yaml(path)
        except SpecError as err:
            show_error(self, self.tr("Cannot open the network"), error_text(err))
            return False
        self._push(spec.model_dump(mode="json"), self.tr("Open {file}").format(file=FsPath(path).name), None)
        return True

    def _open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open network"), "", self.tr("YAML files (*.yaml *.yml);;All files (*)")
        )
        if path:
            self.load_network(path)

    def _save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save network"), "network.yaml", self.tr("YAML files (*.yaml *.yml)")
        )
        if path:
            try:
                self.save_network(path)
            except OSError as err:
                show_error(self, self.tr("Cannot save the network"), error_text(err))

    # -- view --------------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Re-summarise the network for the loaded data; redraw the tree, totals, inspector and validity."""
        spec = self.state.experiment.network
        dump = spec.model_dump(mode="json")
        info = self.state.info
        self.summary = self.api.summarize(spec, info) if self.api is not None and info is not None else None
        rows = {r.index: r for r in self.summary.rows} if self.summary is not None else {}
        keep = self.tree.current_path()
        self.tree.show_network(dump["layers"], self.docs, rows)
        select = keep if self._select is _KEEP else self._select
        self._select = _KEEP
        self.tree.blockSignals(True)
        self.tree.select_path(select if select in self.tree.items else None)
        self.tree.blockSignals(False)
        self._selection_changed()
        self._show_totals(info)
        ok, message = self._validity(info)
        self.state.set_network_validity(ok, message)

    def _validity(self, info: Any) -> tuple[bool, str]:
        if self.api is None:
            return False, self.tr("the engine is still starting")
        if info is None:
            if self._data_error:
                return False, self.tr("the dataset could not be loaded: {msg}").format(msg=self._data_error)
            return False, self.tr("the dataset is not loaded yet")
        if self.summary.ok:
            return True, ""
        return False, str(self.summary.first_error)

    def _show_totals(self, info: Any) -> None:
        s = self.summary
        if s is None:
            self.totals.setText("")
        else:
            shape = "[" + ", ".join(map(str, s.input_shape)) + "]"
            out = "?" if s.output_shape is None else "[" + ", ".join(map(str, s.output_shape)) + "]"
            text = self.tr("Input {inp} → output {out}   ·   {params} parameters   ·   {macs} MACs per sample")
            self.totals.setText(text.format(inp=shape, out=out, params=f"{s.params:,}", macs=human_count(s.macs)))
        ok, message = self._validity(info)
        if ok:
            self.status.set("ok", self.tr("The network fits the data: ready to train."))
        elif self.api is None or (info is None and not self._data_error):
            self.status.set("busy", message[:1].upper() + message[1:] + "…")
        else:
            self.status.set("error", message[:1].upper() + message[1:])

    def _selection_changed(self) -> None:
        self.actions.update(len(self.tree.selected_paths()))
        path = self.tree.current_path()
        if path is None or len(self.tree.selectedItems()) != 1:
            self.inspector.show_network_options(self.state.experiment.network)
            return
        layer = ops.get(self._dump()["layers"], path)
        error = None
        if self.summary is not None:
            try:
                error = self.summary.row(ops.format_path(path)).error
            except KeyError:
                error = None
        self.inspector.show_layer(path, layer, error)
