"""Split (validation/test fractions, seed) and augmentation forms of the data panel, bound to DataSpec paths."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QSlider, QVBoxLayout, QWidget

from desktop.panels.fields import FieldEditor
from desktop.panels.form_widgets import new_form
from desktop.panels.spec_form import Row, SpecForm
from models.spec.data import DataSpec


class PercentEditor(FieldEditor):
    """A fraction edited as a horizontal slider in whole percent, its value shown next to it."""

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, maximum)
        self.slider.setPageStep(5)
        self.label = QLabel()
        self.label.setMinimumWidth(40)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.layout_.addWidget(self.slider, 1)
        self.layout_.addWidget(self.label)
        self.slider.valueChanged.connect(self._moved)
        self._moved(self.slider.value())

    def _moved(self, value: int) -> None:
        self.label.setText(f"{value} %")
        self._emit()

    def value(self) -> float:
        return self.slider.value() / 100.0

    def _set(self, value: Any) -> None:
        self.slider.setValue(int(round(float(value) * 100)))


def _percent(maximum: int) -> Any:
    return lambda _annotation, _field: PercentEditor(maximum)


class SplitOptions(QGroupBox):
    """Validation and test fractions (train gets the rest), the shuffle seed and stratification.

    Signals:
        changed: a control changed (the panel debounces and commits).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Split"), parent)
        self.form = SpecForm(DataSpec, root="data", parent=self)
        layout = new_form()
        QVBoxLayout(self).addLayout(layout)
        self.form.add_rows(
            layout,
            [
                Row(
                    "split.val",
                    self.tr("Validation"),
                    self.tr("Share of the samples held out to watch training."),
                    _percent(45),
                ),
                Row(
                    "split.test",
                    self.tr("Test"),
                    self.tr("Share of the samples kept for the final evaluation."),
                    _percent(45),
                ),
            ],
        )
        self.train_label, self.train_caption = QLabel(), QLabel(self.tr("Train"))
        self.train_caption.setToolTip(self.tr("The rest of the samples: what the network learns from."))
        layout.addRow(self.train_caption, self.train_label)
        self.form.add_rows(
            layout,
            [
                Row("split.seed", self.tr("Seed"), self.tr("Which samples go to which split.")),
                Row(
                    "split.stratify",
                    "",
                    self.tr("Each split gets the same share of every class (classification)."),
                    check_text=self.tr("Keep class proportions in every split"),
                ),
            ],
        )
        self.val, self.test = self.form["split.val"], self.form["split.test"]
        self.form.changed.connect(self._changed)
        self._changed_label_only()

    def set_spec(self, spec: DataSpec) -> None:
        self.form.load(spec)
        self._changed_label_only()

    def _changed(self) -> None:
        self._changed_label_only()
        self.changed.emit()

    def _changed_label_only(self) -> None:
        self.train_label.setText(f"{100 - self.val.slider.value() - self.test.slider.value()} %")


class AugmentOptions(QGroupBox):
    """Image augmentation (train split only); off by default.

    Signals:
        changed: a control changed.
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Augmentation (train split, images)"), parent)
        on = lambda d: d.augment.enabled  # noqa: E731
        self.form = SpecForm(DataSpec, root="data", parent=self)
        layout = new_form()
        QVBoxLayout(self).addLayout(layout)
        self.form.add_rows(
            layout,
            [
                Row(
                    "augment.enabled",
                    "",
                    self.tr("Random changes to the training images, so the network learns what does not matter."),
                    check_text=self.tr("Augment the training images"),
                ),
                Row(
                    "augment.rotation",
                    self.tr("Rotate up to (°)"),
                    self.tr("Random rotation in both directions."),
                    applies=on,
                ),
                Row(
                    "augment.random_resized_crop",
                    "",
                    self.tr("A random part of the image, resized back."),
                    applies=on,
                    check_text=self.tr("Random resized crop"),
                ),
                Row(
                    "augment.crop_scale_min",
                    self.tr("Keep at least"),
                    self.tr("The smallest share of the image a crop keeps."),
                    applies=lambda d: on(d) and d.augment.random_resized_crop,
                ),
                Row(
                    "augment.hflip",
                    "",
                    self.tr("Mirror half of the images."),
                    applies=on,
                    check_text=self.tr("Flip left-right"),
                ),
                Row(
                    "augment.vflip",
                    "",
                    self.tr("Turn half of the images upside down."),
                    applies=on,
                    check_text=self.tr("Flip up-down"),
                ),
                Row(
                    "augment.color_jitter",
                    self.tr("Colour jitter"),
                    self.tr("Brightness and contrast changes."),
                    _percent(100),
                    applies=on,
                ),
                Row(
                    "augment.gaussian_noise",
                    self.tr("Gaussian noise"),
                    self.tr("Noise added to each pixel."),
                    _percent(100),
                    applies=on,
                ),
            ],
        )
        self.form.changed.connect(self.changed)

    def set_spec(self, spec: DataSpec) -> None:
        self.form.load(spec)
