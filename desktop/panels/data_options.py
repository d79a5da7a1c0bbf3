"""Split sliders (validation/test fractions, seed) and augmentation toggles of the data panel."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QWidget,
)

from models.spec.data import AugmentSpec, SplitSpec


class _PercentSlider(QWidget):
    """A horizontal slider in whole percent with its value shown next to it."""

    valueChanged = Signal(int)

    def __init__(self, maximum: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, maximum)
        self.slider.setPageStep(5)
        self.label = QLabel()
        self.label.setMinimumWidth(40)
        self.label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        lay.addWidget(self.slider, 1)
        lay.addWidget(self.label)
        self.slider.valueChanged.connect(self._changed)
        self._changed(self.slider.value())

    def _changed(self, value: int) -> None:
        self.label.setText(f"{value} %")
        self.valueChanged.emit(value)

    def fraction(self) -> float:
        return self.slider.value() / 100.0

    def set_fraction(self, value: float) -> None:
        self.slider.setValue(int(round(value * 100)))


class SplitOptions(QGroupBox):
    """Validation and test fractions (train gets the rest), the shuffle seed and stratification.

    Signals:
        edited: a control changed (the panel debounces and commits).
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Split"), parent)
        self.val = _PercentSlider(45)
        self.test = _PercentSlider(45)
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setKeyboardTracking(False)
        self.stratify = QCheckBox(self.tr("Keep class proportions in every split"))
        self.train_label = QLabel()
        form = QFormLayout(self)
        form.addRow(self.tr("Validation"), self.val)
        form.addRow(self.tr("Test"), self.test)
        form.addRow(self.tr("Train"), self.train_label)
        form.addRow(self.tr("Seed"), self.seed)
        form.addRow("", self.stratify)
        signals = (self.val.valueChanged, self.test.valueChanged, self.seed.valueChanged, self.stratify.toggled)
        for sig in signals:
            sig.connect(self._changed)
        self._updating = False
        self._changed()

    def _changed(self, *_: Any) -> None:
        self.train_label.setText(f"{100 - self.val.slider.value() - self.test.slider.value()} %")
        if not self._updating:
            self.edited.emit()

    def set_spec(self, spec: SplitSpec) -> None:
        self._updating = True
        try:
            self.val.set_fraction(spec.val)
            self.test.set_fraction(spec.test)
            self.seed.setValue(spec.seed)
            self.stratify.setChecked(spec.stratify)
        finally:
            self._updating = False
        self._changed_label_only()

    def _changed_label_only(self) -> None:
        self.train_label.setText(f"{100 - self.val.slider.value() - self.test.slider.value()} %")

    def values(self) -> dict[str, Any]:
        return {
            "val": self.val.fraction(),
            "test": self.test.fraction(),
            "seed": self.seed.value(),
            "stratify": self.stratify.isChecked(),
        }


class AugmentOptions(QGroupBox):
    """Image augmentation toggles (train split only); checkable: unchecked means no augmentation.

    Signals:
        edited: a control changed.
    """

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Augmentation (train split, images)"), parent)
        self.setCheckable(True)
        self.rotation = QSpinBox()
        self.rotation.setRange(0, 180)
        self.rotation.setSuffix(" °")
        self.crop = QCheckBox(self.tr("Random resized crop, keep at least"))
        self.crop_scale = QDoubleSpinBox()
        self.crop_scale.setRange(0.05, 1.0)
        self.crop_scale.setSingleStep(0.05)
        self.hflip = QCheckBox(self.tr("Flip left-right"))
        self.vflip = QCheckBox(self.tr("Flip up-down"))
        self.jitter = _PercentSlider(100)
        self.noise = _PercentSlider(100)
        crop_row = QHBoxLayout()
        crop_row.addWidget(self.crop)
        crop_row.addWidget(self.crop_scale)
        crop_row.addStretch(1)
        flips = QHBoxLayout()
        flips.addWidget(self.hflip)
        flips.addWidget(self.vflip)
        flips.addStretch(1)
        form = QFormLayout(self)
        form.addRow(self.tr("Rotate up to"), self.rotation)
        form.addRow(crop_row)
        form.addRow(flips)
        form.addRow(self.tr("Colour jitter"), self.jitter)
        form.addRow(self.tr("Gaussian noise"), self.noise)
        for w in (self.rotation, self.crop_scale):
            w.setKeyboardTracking(False)
        signals = (
            self.toggled,
            self.rotation.valueChanged,
            self.crop.toggled,
            self.crop_scale.valueChanged,
            self.hflip.toggled,
            self.vflip.toggled,
            self.jitter.valueChanged,
            self.noise.valueChanged,
        )
        for sig in signals:
            sig.connect(self._changed)
        self._updating = False
        self.setChecked(False)

    def _changed(self, *_: Any) -> None:
        self.crop_scale.setEnabled(self.crop.isChecked())
        if not self._updating:
            self.edited.emit()

    def set_spec(self, spec: AugmentSpec) -> None:
        self._updating = True
        try:
            self.setChecked(spec.enabled)
            self.rotation.setValue(int(round(spec.rotation)))
            self.crop.setChecked(spec.random_resized_crop)
            self.crop_scale.setValue(spec.crop_scale_min)
            self.hflip.setChecked(spec.hflip)
            self.vflip.setChecked(spec.vflip)
            self.jitter.set_fraction(spec.color_jitter)
            self.noise.set_fraction(spec.gaussian_noise)
        finally:
            self._updating = False
        self.crop_scale.setEnabled(self.crop.isChecked())

    def values(self) -> dict[str, Any]:
        return {
            "enabled": self.isChecked(),
            "rotation": float(self.rotation.value()),
            "random_resized_crop": self.crop.isChecked(),
            "crop_scale_min": float(self.crop_scale.value()),
            "hflip": self.hflip.isChecked(),
            "vflip": self.vflip.isChecked(),
            "color_jitter": self.jitter.fraction(),
            "gaussian_noise": self.noise.fraction(),
        }
