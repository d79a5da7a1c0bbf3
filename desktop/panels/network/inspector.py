"""The layer inspector: what the selected layer does, when to use it, and validated editors for its fields.

With no layer selected it edits the network-wide options (initialisation, zero biases). Edits are reported
as requests (``layerEdited``, ``networkEdited``); the panel turns them into undoable commands.
"""

from __future__ import annotations

import html
from typing import Any

from pydantic_core import ValidationError  # not pydantic: see desktop/panels/panel_common.py
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from desktop.panels.fields import FieldEditor, make_editor
from desktop.panels.network.ops import Path
from desktop.panels.network.palette import doc_text
from desktop.panels.network.weights_editor import WeightsEditor
from desktop.panels.panel_common import ERROR_BG, ERROR_FG
from models.spec.network import LAYER_CLASSES, NetworkSpec

_SKIP = {"type", "layers"}


class LayerInspector(QScrollArea):
    """Explanation and editors of one layer, or of the network-wide options.

    Signals:
        layerEdited(object, object, str): (path, the edited layer's dump, the field changed).
        networkEdited(str, object): (field of NetworkSpec, new value) for the network-wide options.
    """

    layerEdited = Signal(object, object, str)
    networkEdited = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.docs: dict[str, Any] = {}
        self.path: Path | None = None
        self.layer: dict[str, Any] | None = None
        self.editors: dict[str, FieldEditor] = {}
        self.labels = {
            "name": self.tr("Name"),
            "init": self.tr("Initialisation"),
            "out_features": self.tr("Output features"),
            "bias": self.tr("Bias"),
            "out_channels": self.tr("Output channels"),
            "kernel_size": self.tr("Kernel size"),
            "stride": self.tr("Stride"),
            "padding": self.tr("Padding"),
            "dilation": self.tr("Dilation"),
            "output_size": self.tr("Output size"),
            "momentum": self.tr("Momentum"),
            "eps": self.tr("Epsilon"),
            "p": self.tr("Drop probability"),
            "negative_slope": self.tr("Negative slope"),
            "alpha": self.tr("Alpha"),
            "num_embeddings": self.tr("Vocabulary size"),
            "embedding_dim": self.tr("Embedding size"),
            "hidden_size": self.tr("Hidden size"),
            "num_layers": self.tr("Stacked layers"),
            "bidirectional": self.tr("Bidirectional"),
            "dropout": self.tr("Dropout"),
            "output": self.tr("Output"),
            "num_heads": self.tr("Attention heads"),
            "kind": self.tr("Kind"),
            "max_len": self.tr("Max length"),
            "dim_feedforward": self.tr("Feed-forward size"),
            "activation": self.tr("Activation"),
            "mode": self.tr("Mode"),
            "shape": self.tr("Shape"),
            "dims": self.tr("Axis order"),
            "zero_bias": self.tr("Zero biases"),
            "arch": self.tr("Architecture"),
            "weights": self.tr("Weights"),
            "freeze": self.tr("Freeze stages"),
            "lr_factor": self.tr("LR factor"),
            "unfreeze_every": self.tr("Unfreeze every"),
            "init_from": self.tr("Initialise from run"),
        }
        self.hints = {
            "name": self.tr("Optional label shown in the editor and in error messages."),
            "init": self.tr("Weight initialisation of this layer; empty uses the network's setting."),
            "stride": self.tr("Step between windows; automatic = the kernel size."),
            "padding": self.tr("Zeros added on each side; 'same' keeps the size."),
            "num_embeddings": self.tr("Number of distinct token ids; automatic = the dataset's vocabulary."),
            "output": self.tr("'last' gives the final step [hidden]; 'sequence' gives every step [T, hidden]."),
            "dims": self.tr("New order of the per-sample axes, e.g. 1, 0 swaps [T, F] into [F, T]."),
            "shape": self.tr("New per-sample shape; one entry may be -1."),
            "zero_bias": self.tr("Set every bias to zero after initialisation."),
            "weights": self.tr("Pretrained weights: a file of the weights library, a file by path, or none."),
            "freeze": self.tr("Frozen stages keep weights and batch-norm statistics: none, all, or 0 (stem) to 4."),
            "lr_factor": self.tr("The backbone learns at the learning rate times this (the head at the full rate)."),
            "unfreeze_every": self.tr("Every this many epochs the deepest frozen stage starts learning (0: never)."),
            "init_from": self.tr("A run folder: layers whose name and shape match start from its best checkpoint."),
        }
        self.texts = {
            "auto": self.tr("automatic"),
            "inherit": self.tr("(network default)"),
            "number": self.tr("number"),
            "none": self.tr("none"),
        }
        self.show_network_options(NetworkSpec())

    # -- building ----------------------------------------------------------------------------------------
    def _page(self) -> tuple[QVBoxLayout, QFormLayout]:
        page = QWidget()
        lay = QVBoxLayout(page)
        lay.setContentsMargins(8, 8, 8, 8)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        old = self.takeWidget()
        if old is not None:  # may be inside one of its editors' signals: delete later, not now
            old.hide()
            old.deleteLater()
        self.setWidget(page)
        self.editors = {}
        return lay, form

    def _label(self, text: str, style: str = "", wrap: bool = True) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(wrap)
        label.setTextFormat(Qt.TextFormat.RichText)
        if style:
            label.setStyleSheet(style)
        return label

    def show_network_options(self, spec: NetworkSpec, title: str = "") -> None:
        """Show the network-wide options (no layer selected); ``title`` names the network (a GAN's two)."""
        title = html.escape(title or self.tr("Network"))
        if self.path is None and self.layer is None and "init" in self.editors:
            for field, editor in self.editors.items():
                editor.set_value(getattr(spec, field))
            self.template_label.setText(self._template_text(spec))
            self.title_label.setText(f"<h3>{title}</h3>")
            return
        self.path, self.layer = None, None
        lay, form = self._page()
        self.title_label = self._label(f"<h3>{title}</h3>")
        lay.addWidget(self.title_label)
        self.template_label = self._label(self._template_text(spec))
        lay.addWidget(self.template_label)
        lay.addWidget(
            self._label(
                self.tr("Select a layer to edit it, or add layers from the palette by double-click or drag and drop."),
                "color: gray;",
            )
        )
        for field in ("init", "zero_bias", "init_from"):
            info = NetworkSpec.model_fields[field]
            editor = make_editor(info.annotation, info, self.texts)
            editor.set_value(getattr(spec, field))
            editor.setToolTip(self.hints.get(field, ""))
            editor.changed.connect(lambda f=field, e=editor: self.networkEdited.emit(f, e.value()))
            self.editors[field] = editor
            form.addRow(self.labels.get(field, field), editor)
        lay.addLayout(form)
        lay.addStretch(1)

    def _template_text(self, spec: NetworkSpec) -> str:
        return self.tr("Template: {name}").format(name=spec.template or self.tr("none"))

    def show_layer(self, path: Path, layer: dict[str, Any], error: str | None = None) -> None:
        """Show ``layer`` (a dump) at ``path``; reuses the editors when the same layer is shown again."""
        if self.path == path and self.layer is not None and self.layer.get("type") == layer.get("type"):
            self.layer = dict(layer)
            for field, editor in self.editors.items():
                editor.set_value(layer.get(field))
            self._set_error(error)
            return
        self.path, self.layer = path, dict(layer)
        kind = layer.get("type", "?")
        cls = LAYER_CLASSES.get(kind)
        doc = self.docs.get(kind)
        lay, form = self._page()
        title = doc_text(doc.title) if doc else kind
        index = ".".join(map(str, path))
        word = self.tr("layer")
        lay.addWidget(
            self._label(f"<h3>{title}</h3><span style='color: gray'>{word} {index} · <code>{kind}</code></span>")
        )
        if doc:
            lay.addWidget(self._label(doc_text(doc.summary)))
            when = self.tr("When to use:")
            lay.addWidget(self._label(f"<i>{when}</i> {doc_text(doc.when_to_use)}"))
        self.error_label = self._label(
            "", f"background: {ERROR_BG.name()}; color: {ERROR_FG.name()}; padding: 6px; border-radius: 4px;"
        )
        lay.addWidget(self.error_label)
        self._set_error(error)
        if cls is not None:
            order = [f for f in cls.model_fields if f not in _SKIP and f not in ("name", "init")]
            for field in ["name", *order, "init"]:
                info = cls.model_fields[field]
                try:
                    if kind == "backbone" and field == "weights":
                        editor = WeightsEditor(layer.get("arch", "resnet18"))
                    else:
                        editor = make_editor(info.annotation, info, self.texts)
                except TypeError:
                    continue
                editor.set_value(layer.get(field, info.get_default(call_default_factory=True)))
                tip = self.hints.get(field) or info.description or ""
                editor.setToolTip(tip)
                editor.changed.connect(lambda f=field: self._field_changed(f))
                self.editors[field] = editor
                label = QLabel(self.labels.get(field, field.replace("_", " ").capitalize()))
                label.setToolTip(tip)
                form.addRow(label, editor)
        if kind == "backbone":
            self.stages_label = self._label(self._stages_text(layer), "color: gray;")
            lay.addWidget(self.stages_label)
        if kind == "residual":
            n = len(layer.get("layers", []))
            lay.addWidget(
                self._label(self.tr("{n} inner layers. Drop layers onto the block to add them inside it.").format(n=n))
            )
        lay.addLayout(form)
        self.form_error = self._label("", f"color: {ERROR_FG.name()};")
        self.form_error.setVisible(False)
        lay.addWidget(self.form_error)
        lay.addStretch(1)

    def _stages_text(self, layer: dict[str, Any]) -> str:
        from models.spec.backbones import ARCHITECTURES

        a = ARCHITECTURES.get(layer.get("arch", ""))
        if a is None:
            return ""
        names = ", ".join(f"{i}: {n}" for i, n in enumerate(a.stage_names()))
        frozen = a.frozen_params(layer.get("freeze", "none"))
        return self.tr("Stages {names}. Frozen: {frozen} of {total} parameters.").format(
            names=names, frozen=f"{frozen:,}", total=f"{a.params:,}"
        )

    def _set_error(self, error: str | None) -> None:
        self.error_label.setText(error or "")
        self.error_label.setVisible(bool(error))

    # -- editing -----------------------------------------------------------------------------------------
    def _field_changed(self, field: str) -> None:
        if self.layer is None or self.path is None:
            return
        dump = dict(self.layer)
        dump[field] = self.editors[field].value()
        cls = LAYER_CLASSES[dump["type"]]
        try:
            validated = cls.model_validate(dump)
        except ValidationError as err:
            msg = "; ".join(f"{self.labels.get(str(e['loc'][0]), e['loc'][0])}: {e['msg']}" for e in err.errors())
            self.form_error.setText(msg)
            self.form_error.setVisible(True)
            return
        self.form_error.setVisible(False)
        self.layer = validated.model_dump(mode="json")
        if self.layer.get("type") == "backbone":
            weights = self.editors.get("weights")
            if isinstance(weights, WeightsEditor):
                weights.set_arch(self.layer["arch"])
            self.stages_label.setText(self._stages_text(self.layer))
        self.layerEdited.emit(self.path, self.layer, field)
