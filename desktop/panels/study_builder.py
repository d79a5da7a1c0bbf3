"""StudyBuilder: what a study varies (a table of field paths and values, or a ready-made study), its seeds,
objective, search and budget. It turns into a :class:`models.spec.study.StudySpec` for the current experiment.

A row is a field path and its values in the CLI's ``--vary`` syntax (``sgd,adam``, ``1e-4..1e-1:log``,
``32..256:step=32``). Rows from a ready-made study keep their exact entries (they may set several fields at
once) and are read-only; remove them to change them.
"""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.panels.fields import ChoiceEditor
from desktop.panels.form_widgets import add_row, hint, new_form

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def _count_box(minimum: int, maximum: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(minimum, maximum)
    box.setKeyboardTracking(False)
    return box


#: Fields offered first when adding a row (any experiment field path works).
COMMON_PATHS = (
    "train.optimizer.lr",
    "train.optimizer.name",
    "train.optimizer.weight_decay",
    "train.optimizer.momentum",
    "train.optimizer.l1",
    "train.batch_size",
    "train.epochs",
    "train.label_smoothing",
    "train.scheduler.name",
    "network.init",
)
_NUMERIC_LAYER_FIELDS = ("out_features", "out_channels", "kernel_size", "p", "hidden_size", "num_layers", "num_heads")


def suggested_values(value: Any) -> str:
    """A first guess of values to try around the current ``value`` (the user edits it)."""
    if isinstance(value, bool):
        return "true,false"
    if isinstance(value, int):
        return f"{max(1, value // 2)}..{max(2, value * 2)}"
    if isinstance(value, float):
        if 0 < value < 1 and math.isclose(value * 10 % 1, 0, abs_tol=1e-9) or value == 0:
            return "0.0..0.5:step=0.1"
        return f"{value / 10:g}..{value * 10:g}:log" if value > 0 else "0..1"
    return f"{value}" if value is not None else ""


def field_paths(experiment: Any) -> list[str]:
    """The common paths plus every numeric field of every layer (``network.layers[4].p``)."""
    from models.study.presets import walk_layers

    paths = list(COMMON_PATHS)
    for path, layer in walk_layers(experiment.to_dict()["network"]["layers"], "network.layers"):
        paths += [f"{path}.{k}" for k in _NUMERIC_LAYER_FIELDS if isinstance(layer.get(k), int | float)]
    return paths


class StudyBuilder(QWidget):
    """The left side of the Studies page.

    Signals:
        changed: anything that defines the study was edited.
        failed(str): a ready-made study does not apply to this network; the message says why.
    """

    changed = Signal()
    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.experiment: Any = None
        self.name = QLineEdit("study")
        self.name.setToolTip(self.tr("Names the study and its folder; running the same name again continues it."))

        from models.study.presets import PRESETS

        self.preset = QComboBox()
        self.preset.addItem(self.tr("Ready-made study…"), "")
        for p in PRESETS.values():
            self.preset.addItem(p.label, p.name)
            self.preset.setItemData(self.preset.count() - 1, p.description, Qt.ItemDataRole.ToolTipRole)
        self.use_preset = QPushButton(self.tr("Use"))
        self.use_preset.setToolTip(self.tr("Replace the rows with this ready-made comparison (3 seeds each)."))
        self.use_preset.clicked.connect(self._use_preset)

        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Values")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setToolTip(
            self.tr(
                "Values: choices a,b,c or a range LOW..HIGH, optionally :log or :step=S "
                "(e.g. 1e-4..1e-1:log, 32..256:step=32)."
            )
        )
        self.table.itemChanged.connect(lambda _item: self.changed.emit())
        self.path = QComboBox()
        self.path.setEditable(True)
        self.path.setToolTip(self.tr("Any experiment field, e.g. train.optimizer.lr or network.layers[4].p."))
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(lambda: self.add_row(self.path.currentText()))
        self.remove_button.clicked.connect(self.remove_selected)

        self.seeds = _count_box(1, 50)
        self.seeds.setValue(3)
        self.objective_metric = ChoiceEditor([])
        samplers = {
            "": self.tr("automatic (grid when every row is finite)"),
            "grid": self.tr("grid: every combination"),
            "random": self.tr("random"),
            "tpe": self.tr("TPE (learns from earlier trials)"),
        }
        self.sampler = ChoiceEditor(list(samplers), labels=samplers)
        pruners = {
            "none": self.tr("none"),
            "median": self.tr("median: stop below-median trials"),
            "hyperband": self.tr("Hyperband"),
        }
        self.pruner = ChoiceEditor(list(pruners), labels=pruners)
        self.trials = _count_box(0, 100_000)
        self.trials.setSpecialValueText(self.tr("automatic"))
        self.minutes = _count_box(0, 100_000)
        self.minutes.setSpecialValueText(self.tr("no limit"))
        self.minutes.setSuffix(self.tr(" min"))
        for w in (self.seeds, self.trials, self.minutes):
            w.valueChanged.connect(lambda _v: self.changed.emit())
        for w in (self.objective_metric, self.sampler, self.pruner):
            w.changed.connect(self.changed.emit)
        self.name.textChanged.connect(lambda _t: self.changed.emit())

        what = QGroupBox(self.tr("What varies"))
        box = QVBoxLayout(what)
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.preset, 1)
        preset_row.addWidget(self.use_preset)
        box.addLayout(preset_row)
        box.addWidget(self.table, 1)
        add_row_layout = QHBoxLayout()
        add_row_layout.addWidget(self.path, 1)
        add_row_layout.addWidget(self.add_button)
        add_row_layout.addWidget(self.remove_button)
        box.addLayout(add_row_layout)
        box.addWidget(hint(self.tr("Every configuration trains once per seed; the objective is their mean.")))

        how = QGroupBox(self.tr("Seeds, objective and budget"))
        form = new_form()
        add_row(form, self.tr("Name"), self.name, self.name.toolTip())
        add_row(form, self.tr("Seeds"), self.seeds, self.tr("Runs per configuration, with seeds 0, 1, 2, …"), 3)
        add_row(
            form,
            self.tr("Objective"),
            self.objective_metric,
            self.tr("Best epoch of this metric, averaged over seeds."),
        )
        add_row(form, self.tr("Search"), self.sampler, self.tr("How Optuna picks the next configuration."))
        add_row(form, self.tr("Pruning"), self.pruner, self.tr("Stop configurations that fall behind early."))
        add_row(form, self.tr("Trials"), self.trials, self.tr("Configurations in all (automatic: the grid, or 20)."))
        add_row(form, self.tr("Time limit"), self.minutes, self.tr("The trial in flight finishes first."))
        how.setLayout(form)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(what, 1)
        layout.addWidget(how)

    # -- the experiment ------------------------------------------------------------------------------------
    def set_experiment(self, experiment: Any) -> None:
        """Offer the fields and metrics of ``experiment`` (the study's base when it runs)."""
        from desktop.i18n import vocab_text
        from models.vocab import metrics_for

        self.experiment = experiment
        current = self.path.currentText()
        self.path.blockSignals(True)
        self.path.clear()
        self.path.addItems(field_paths(experiment))
        self.path.setEditText(current or COMMON_PATHS[0])
        self.path.blockSignals(False)
        chosen = self.objective_metric.value() or experiment.train.checkpoint.monitor
        offered = [(m.name, f"{vocab_text(m.label)} ({m.name})") for m in metrics_for(experiment.train.task)]
        self.objective_metric.set_choices(offered)
        if any(name == chosen for name, _ in offered):
            self.objective_metric.set_value(chosen)
        if self.name.text() in ("", "study") or self.name.text().endswith("-study"):
            self.name.setText(f"{experiment.name}-study")

    # -- rows -----------------------------------------------------------------------------------------------
    def add_row(self, path: str, values: str | None = None, entry: Any = None) -> int:
        """Add a row (``entry``: a ready-made SpaceEntry, shown read-only). Returns its index."""
        from models.spec.paths import get_at, parse_path

        if values is None and entry is None and self.experiment is not None:
            try:
                values = suggested_values(get_at(self.experiment.to_dict(), parse_path(path)))
            except Exception:  # noqa: BLE001 - an unknown path is reported when the study is checked
                values = ""
        row = self.table.rowCount()
        self.table.blockSignals(True)
        self.table.insertRow(row)
        field = QTableWidgetItem(entry.param_name if entry is not None else path)
        shown = ", ".join(entry.labels or map(str, entry.choices or [])) if entry is not None else values or ""
        vals = QTableWidgetItem(shown)
        if entry is not None:
            field.setData(ENTRY_ROLE, entry)
            for item in (field, vals):
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(
                    self.tr("From a ready-made study ({paths}); remove the row to change it.").format(
                        paths=", ".join(entry.paths)
                    )
                )
        self.table.setItem(row, 0, field)
        self.table.setItem(row, 1, vals)
        self.table.blockSignals(False)
        self.changed.emit()
        return row

    def remove_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)
        self.changed.emit()

    def clear_rows(self) -> None:
        self.table.setRowCount(0)

    def _use_preset(self) -> None:
        from models.errors import SpecError

        try:
            self.apply_preset()
        except SpecError as err:
            self.failed.emit(str(err))

    def apply_preset(self) -> None:
        """Fill the rows from the chosen ready-made study; raises SpecError when it does not fit the network."""
        from models.study.presets import preset_study

        name = self.preset.currentData()
        if not name or self.experiment is None:
            return
        spec = preset_study(name, self.experiment)
        self.clear_rows()
        for entry in spec.space:
            self.add_row(entry.param_name, entry=entry)
        self.seeds.setValue(len(spec.seeds))
        self.sampler.set_value("grid")
        self.name.setText(spec.name)

    # -- to and from a spec ---------------------------------------------------------------------------------
    def entries(self) -> list[Any]:
        """The rows as SpaceEntries. Raises SpecError naming the row that cannot be read."""
        from models.errors import SpecError
        from models.spec.study import entry_from_text

        out = []
        for row in range(self.table.rowCount()):
            field, values = self.table.item(row, 0), self.table.item(row, 1)
            entry = field.data(ENTRY_ROLE) if field is not None else None
            if entry is not None:
                out.append(entry)
                continue
            path = field.text().strip() if field is not None else ""
            if not path:
                continue
            try:
                out.append(entry_from_text(path, values.text() if values is not None else ""))
            except SpecError as err:
                raise SpecError(self.tr("Row {n}: {err}").format(n=row + 1, err=err)) from None
        return out

    def spec(self, base: Any) -> Any:
        """The study for ``base``. Raises SpecError naming the row or field at fault."""
        from pydantic_core import ValidationError

        from models.errors import SpecError
        from models.spec.base import spec_error
        from models.spec.study import StudySpec

        entries = self.entries()
        if not entries:
            raise SpecError(self.tr("Nothing varies yet: add a field, or use a ready-made study."))
        sampler = self.sampler.value() or ("grid" if all(e.grid_values() is not None for e in entries) else "tpe")
        data = {
            "name": self.name.text().strip() or "study",
            "base": base,
            "space": entries,
            "seeds": list(range(self.seeds.value())),
            "objective": {"metric": self.objective_metric.value() or "val_loss"},
            "sampler": sampler,
            "pruner": self.pruner.value(),
            "n_trials": self.trials.value() or None,
            "timeout": float(self.minutes.value() * 60) or None,
        }
        try:
            return StudySpec.model_validate(data)
        except ValidationError as err:
            raise spec_error(err, what="study") from None

    def load_spec(self, spec: Any) -> None:
        """Show an existing study (opened from its folder); its rows keep their exact entries."""
        self.blockSignals(True)
        self.clear_rows()
        for entry in spec.space:
            self.add_row(entry.param_name, entry=entry)
        self.name.setText(spec.name)
        self.seeds.setValue(len(spec.seeds))
        self.objective_metric.set_value(spec.objective.metric)
        self.sampler.set_value(spec.sampler)
        self.pruner.set_value(spec.pruner)
        self.trials.setValue(spec.n_trials or 0)
        self.minutes.setValue(int((spec.timeout or 0) // 60))
        self.blockSignals(False)
