"""The network panel: templates, layer palette, the editable layer tree with its live summary, the inspector,
undo/redo and YAML save/load.

A view of the workspace: every edit is a :class:`NetworkEdit` on the panel's QUndoStack that writes a new
NetworkSpec to the workspace, which summarises it against the data (shape arithmetic, no tensors) and decides
whether it fits; the panel draws that summary. A template is a :class:`PartsEdit`: it sets the network, a GAN's
discriminator and the training options together. When the workspace re-makes the network for new data, or the
Train page switches the task, the panel records it as an undoable step. A GAN has two networks: the
Generator | Discriminator switch above the tree chooses which one the tree, inspector and palette edit.
``models.network`` (torch) is imported only after ``workspace.engineReady``.
"""

from __future__ import annotations

from pathlib import Path as FsPath
from typing import Any

from pydantic_core import ValidationError  # not pydantic: see desktop/panels/panel_common.py
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMenu,
    QSplitter,
    QTabWidget,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import error_text
from desktop.model_parts import ModelParts
from desktop.panels.network import ops
from desktop.panels.network.actions import EditActions
from desktop.panels.network.commands import DISCRIMINATOR, NETWORK, NetworkEdit, PartsEdit
from desktop.panels.network.files import read_network_yaml, save_network_yaml
from desktop.panels.network.gallery import TemplateGallery, template_text
from desktop.panels.network.inspector import LayerInspector
from desktop.panels.network.layer_tree import LayerTree, human_count
from desktop.panels.network.ops import Path
from desktop.panels.network.palette import LayerPalette
from desktop.panels.network.switch import NetworkSwitch
from desktop.panels.network.weights_editor import import_weights_dialog
from desktop.panels.panel_common import StatusLine, show_error
from desktop.workspace import Workspace
from models.errors import DanluError, SpecError
from models.spec.base import spec_error
from models.spec.network import LAYER_CLASSES, NetworkSpec

_KEEP = object()  # "keep the current selection" marker


class NetworkPanel(QWidget):
    """Build and edit the network (see the module docstring)."""

    def __init__(self, state: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.api: Any = None  # models.network, once the engine is ready
        self.docs: dict[str, Any] = {}
        self.undo_stack = QUndoStack(self)
        self._select: Any = _KEEP
        self.target = NETWORK  # the network the tree edits: NETWORK, or a GAN's DISCRIMINATOR

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
        # One menu button keeps the toolbar narrow enough for a laptop screen.
        self.import_weights_action = QAction(self.tr("Import weights…"), self)
        self.import_weights_action.setToolTip(self.tr("Check a pretrained weights file and copy it into the library"))
        self.import_weights_action.triggered.connect(lambda: import_weights_dialog(self, self._weights_imported))
        self.init_from_action = QAction(self.tr("Initialise from run…"), self)
        self.init_from_action.setToolTip(
            self.tr("Start the layers whose name and shape match from an earlier run's best checkpoint")
        )
        self.init_from_action.triggered.connect(self._choose_init_run)
        pretrained = QMenu(self)
        pretrained.addActions([self.import_weights_action, self.init_from_action])
        self.pretrained_button = QToolButton()
        self.pretrained_button.setText(self.tr("Pretrained"))
        self.pretrained_button.setToolTip(self.tr("Pretrained weights and starting from an earlier run"))
        self.pretrained_button.setMenu(pretrained)
        self.pretrained_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.pretrained_button)

        side = QTabWidget()
        side.setDocumentMode(True)
        side.addTab(self.palette, self.tr("Layers"))
        side.addTab(self.gallery, self.tr("Templates"))
        self.side_tabs = side
        center = QWidget()
        center_lay = QVBoxLayout(center)
        center_lay.setContentsMargins(0, 0, 0, 0)
        self.network_switch = NetworkSwitch()  # a GAN's two networks; hidden for every other task
        self.network_switch.targetChanged.connect(self.show_target)
        center_lay.addWidget(self.network_switch)
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

        self.task_names = {
            "classification": self.tr("classification"),
            "regression": self.tr("regression"),
            "forecasting": self.tr("forecasting"),
            "generation": self.tr("generation (GAN)"),
        }
        self.palette.layerRequested.connect(self.insert_layer)
        self.gallery.templateRequested.connect(self.apply_template)
        self.tree.insertRequested.connect(lambda t, parent, row: self.insert_layer(t, parent, row))
        self.tree.moveRequested.connect(self.move_layer)
        self.tree.deleteRequested.connect(self.delete_selected)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.inspector.layerEdited.connect(self.edit_layer)
        self.inspector.networkEdited.connect(self.set_network_option)
        state.networkSpecChanged.connect(self.refresh)
        state.networkSpecChanged.connect(self._populate_gallery)  # the check mark follows the template in use
        state.trainSpecChanged.connect(self._train_changed)  # a GAN's options shape its networks
        state.dataLoaded.connect(self._populate_gallery)
        state.dataStatusChanged.connect(self.refresh)
        state.networkAdapted.connect(self._adapted)
        state.taskSwitched.connect(self._task_switched)
        state.experimentReplaced.connect(self.undo_stack.clear)
        state.engineReady.connect(self._engine_ready)
        state.engineFailed.connect(self._engine_failed)
        if state.engine_ready:
            self._engine_ready()
        else:
            self.refresh()

    @property
    def summary(self) -> Any:
        """The workspace's summary of the network shown (a GAN's generator or discriminator) for the loaded
        data (None without data)."""
        if self.target == DISCRIMINATOR:
            return self.state.discriminator_summary
        return self.state.network_summary

    def shown_network(self) -> NetworkSpec:
        """The network the tree shows and edits."""
        if self.target == DISCRIMINATOR:
            return self.state.experiment.discriminator or NetworkSpec()
        return self.state.experiment.network

    def show_target(self, target: str) -> None:
        """Show and edit ``target``: :data:`NETWORK` (a GAN's generator) or a GAN's :data:`DISCRIMINATOR`."""
        if target == DISCRIMINATOR and not self.state.is_gan:
            target = NETWORK
        if target != self.target:
            self.target = target
            self.network_switch.set_target(target)
            self._select = None
            self.refresh()

    # -- engine and data ---------------------------------------------------------------------------------
    def _engine_failed(self, _why: str) -> None:
        self.refresh()  # the status says the engine failed, not that it is still starting

    def _engine_ready(self) -> None:
        import models.network as api

        self.api = api
        self.docs = dict(api.LAYER_DOCS)
        self.inspector.docs = self.docs
        self.palette.populate(self.docs, tuple(api.LAYER_GROUPS))
        self._populate_gallery()
        self.refresh()

    def _populate_gallery(self, *_: Any) -> None:
        if self.api is not None:
            current = self.state.experiment.network.template
            problems = self.state.template_problems() or None  # None before the data: every template is offered
            self.gallery.populate(self.api.list_templates(), problems, current, self.state.recommended_templates())

    def _adapted(self, before: ModelParts, after: ModelParts) -> None:
        """The workspace re-made the network for new data: the starting network is no edit; an adaptation is."""
        if not before.network.layers:
            self._select = None
            self.undo_stack.clear()
            return
        self.undo_stack.push(
            PartsEdit(self.state, before, after, self.tr("Adapt the template to the data"), self._set_selection)
        )

    def _task_switched(self, before: ModelParts, after: ModelParts) -> None:
        """The Train page switched the task (e.g. to a GAN): one undoable step, like a template."""
        task = self.task_names.get(after.train.task, after.train.task)
        self.undo_stack.push(
            PartsEdit(self.state, before, after, self.tr("Switch to {task}").format(task=task), self._set_selection)
        )

    def _train_changed(self) -> None:
        if self.state.is_gan or self.network_switch.isVisible():  # a GAN's options shape both networks
            self.refresh()

    # -- edits -------------------------------------------------------------------------------------------
    def _dump(self) -> dict[str, Any]:
        return self.shown_network().model_dump(mode="json")

    def _set_selection(self, path: Path | None, target: str = NETWORK) -> None:
        """Select ``path`` in ``target`` at the next refresh (an undo or redo shows the network it changes)."""
        if target != self.target and (target == NETWORK or self.state.is_gan):
            self.target = target
            self.network_switch.set_target(target)
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
                self.state,
                before,
                after,
                text,
                self._set_selection,
                self.tree.current_path(),
                select_after,
                merge_key,
                self.target,
            )
        )
        return True

    def apply_template(self, name: str) -> None:
        """Use template ``name`` shaped for the loaded data: a GAN template sets the generator, the discriminator,
        task ``generation`` and its options; any other returns to the data's own task. One undoable step."""
        try:
            after = self.state.template_parts(name)
        except DanluError as err:
            show_error(self, self.tr("Template does not fit"), error_text(err))
            return
        title = next((template_text(t.title) for t in self.api.list_templates() if t.name == name), name)
        text = self.tr("Use template {name}").format(name=title)
        self.undo_stack.push(PartsEdit(self.state, self.state.parts(), after, text, self._set_selection))

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

    # -- pretrained weights ------------------------------------------------------------------------------
    def _weights_imported(self, entry: Any) -> None:
        self.status.set(
            "ok",
            self.tr("Imported {name} ({arch}) into the weights library.").format(name=entry.name, arch=entry.arch),
        )
        self._selection_changed()  # a backbone's weights list now offers it

    def set_init_from(self, run_dir: str | None) -> bool:
        """Start training from the matching layers of ``run_dir`` (None: from the usual initialisation)."""
        if run_dir:
            from models.training.runs import RunFolder

            try:
                run = RunFolder.open(run_dir)
            except DanluError as err:
                show_error(self, self.tr("Not a run folder"), error_text(err))
                return False
            if not (run.checkpoint("best").is_file() or run.checkpoint("last").is_file()):
                show_error(self, self.tr("No checkpoint"), self.tr("{run} has no checkpoint yet.").format(run=run_dir))
                return False
        self.set_network_option("init_from", run_dir or None)
        return True

    def _choose_init_run(self) -> None:
        from models.training.runs import default_runs_dir

        path = QFileDialog.getExistingDirectory(self, self.tr("Initialise from run"), str(default_runs_dir()))
        if path:
            self.set_init_from(path)

    # -- save / load -------------------------------------------------------------------------------------
    def save_network(self, path: str | FsPath) -> None:
        """Write the network shown (a GAN's generator or discriminator) as YAML (a NetworkSpec)."""
        save_network_yaml(self.shown_network(), path)

    def load_network(self, path: str | FsPath) -> bool:
        """Read a network YAML (or the ``network`` of an experiment YAML) into the network shown, as an undoable
        edit."""
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
    def refresh(self, *_: Any) -> None:
        """Redraw the switch, tree, totals, inspector and status from the workspace's summary."""
        self._show_switch()
        dump = self._dump()
        summary = self.summary
        rows = {r.index: r for r in summary.rows} if summary is not None else {}
        keep = self.tree.current_path()
        self.tree.show_network(dump["layers"], self.docs, rows)
        select = keep if self._select is _KEEP else self._select
        self._select = _KEEP
        self.tree.blockSignals(True)
        self.tree.select_path(select if select in self.tree.items else None)
        self.tree.blockSignals(False)
        self._selection_changed()
        self._show_totals()

    def _show_switch(self) -> None:
        """A GAN shows its two networks' switch; any other experiment has one network."""
        gan = self.state.is_gan
        if not gan and self.target == DISCRIMINATOR:
            self.target, self._select = NETWORK, None
            self.network_switch.set_target(NETWORK)
        self.network_switch.show_summaries(gan, self.state.network_summary, self.state.discriminator_summary)

    def _network_name(self) -> str:
        """The name of the network shown, for a GAN ("" otherwise)."""
        return self.network_switch.names[self.target] if self.state.is_gan else ""

    def _show_totals(self) -> None:
        s = self.summary
        if s is None:
            self.totals.setText("")
        else:
            shape = "[" + ", ".join(map(str, s.input_shape)) + "]"
            out = "?" if s.output_shape is None else "[" + ", ".join(map(str, s.output_shape)) + "]"
            text = self.tr("Input {inp} → output {out}   ·   {params} parameters   ·   {macs} MACs per sample")
            if self.state.is_gan:  # what each of a GAN's networks takes and gives
                text = {
                    NETWORK: self.tr(
                        "Generator: latent {inp} → image {out}   ·   {params} parameters   ·   {macs} MACs per image"
                    ),
                    DISCRIMINATOR: self.tr(
                        "Discriminator: image {inp} → score {out}   ·   {params} parameters   ·   {macs} MACs per image"
                    ),
                }[self.target]
            params = f"{s.params:,}"
            if s.frozen:
                params += self.tr(" ({trainable} trainable, {frozen} frozen)").format(
                    trainable=f"{s.trainable:,}", frozen=f"{s.frozen:,}"
                )
            self.totals.setText(text.format(inp=shape, out=out, params=params, macs=human_count(s.macs)))
        ok, message = self.state.network_ok, self.state.network_error
        if ok and self.state.is_gan:
            self.status.set("ok", self.tr("Both networks fit the data: ready to train."))
        elif ok:
            self.status.set("ok", self.tr("The network fits the data: ready to train."))
        elif (not self.state.engine_ready and not self.state.engine_error) or self.state.loading:
            self.status.set("busy", message[:1].upper() + message[1:] + "…")
        else:
            self.status.set("error", message[:1].upper() + message[1:])

    def _selection_changed(self) -> None:
        self.actions.update(len(self.tree.selected_paths()))
        path = self.tree.current_path()
        if path is None or len(self.tree.selectedItems()) != 1:
            self.inspector.show_network_options(self.shown_network(), self._network_name())
            return
        layer = ops.get(self._dump()["layers"], path)
        error = None
        if self.summary is not None:
            try:
                error = self.summary.row(ops.format_path(path)).error
            except KeyError:
                error = None
        self.inspector.show_layer(path, layer, error)
