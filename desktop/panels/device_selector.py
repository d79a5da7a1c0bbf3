"""DeviceSelector: the device (each CUDA GPU, MPS, CPU) and a precision that device supports.

Bound to ``state.experiment.train.accelerator / device_index / precision``. The list comes from the core's
``list_devices()`` once the engine has loaded; until then the selector shows "loading" and is disabled.
Several selectors (toolbar, training panel) stay in sync through the state's signals.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktop.workspace import Workspace

PRECISION_LABELS = {
    "32": QT_TRANSLATE_NOOP("DeviceSelector", "32-bit"),
    "16-mixed": QT_TRANSLATE_NOOP("DeviceSelector", "16-bit mixed"),
    "bf16-mixed": QT_TRANSLATE_NOOP("DeviceSelector", "bfloat16 mixed"),
}


class DeviceSelector(QWidget):
    """Two combo boxes: device and precision (only the precisions the chosen device supports).

    Args:
        state: The experiment state.
        compact: Toolbar style (short labels).
    """

    def __init__(self, state: Workspace, parent: QWidget | None = None, compact: bool = False) -> None:
        super().__init__(parent)
        self.state = state
        self.devices: list[Any] = []
        self._syncing = False
        self.device = QComboBox()
        self.device.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.device.setToolTip(
            self.tr(
                "Where training runs: a CUDA GPU, Apple's GPU (MPS) or the CPU. Automatic picks the fastest available."
            )
        )
        self.precision = QComboBox()
        self.precision.setToolTip(
            self.tr(
                "Numeric precision. Mixed precision (16-bit or bfloat16) is faster "
                "and uses less memory on GPUs that support it."
            )
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        if compact:
            layout.addWidget(QLabel(self.tr("Device")))
        layout.addWidget(self.device, 1)
        if compact:
            layout.addWidget(QLabel(self.tr("Precision")))
        layout.addWidget(self.precision)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.device.addItem(self.tr("Loading engine…"))
        self.setEnabled(False)

        self.device.currentIndexChanged.connect(self._device_chosen)
        self.precision.currentIndexChanged.connect(self._precision_chosen)
        state.engineReady.connect(self.refresh)
        state.engineFailed.connect(self._engine_failed)
        state.trainSpecChanged.connect(self._sync_from_state)
        if state.engine_ready:
            self.refresh()
        elif state.engine_error:  # built after a failed load
            self._engine_failed(state.engine_error)

    def _engine_failed(self, _why: str) -> None:
        self.device.setItemText(0, self.tr("No engine (see the log)"))  # not "Loading engine…" forever

    def refresh(self) -> None:
        """(Re)read the device list from the engine."""
        from models.training.devices import list_devices

        self.devices = list_devices()
        self._syncing = True
        self.device.clear()
        best = self.devices[0].label if self.devices else "CPU"
        self.device.addItem(self.tr("Automatic ({best})").format(best=best), "auto:0")
        for dev in self.devices:
            self.device.addItem(dev.label, f"{dev.accelerator}:{dev.index}")
            tip = self.tr("Supports: {p}").format(
                p=", ".join(self.tr(PRECISION_LABELS.get(p, p)) for p in dev.precisions)
            )
            self.device.setItemData(self.device.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self._syncing = False
        self.setEnabled(True)
        self._sync_from_state()

    def supported_precisions(self, accelerator: str, index: int) -> tuple[str, ...]:
        from models.training.devices import find_device

        device = find_device(self.devices, accelerator, index)
        return device.precisions if device is not None else ("32",)

    # -- state -> widgets --------------------------------------------------------------------------------
    def _sync_from_state(self) -> None:
        if not self.devices:
            return
        spec = self.state.experiment.train
        self._syncing = True
        try:
            key = "auto:0" if spec.accelerator == "auto" else f"{spec.accelerator}:{spec.device_index}"
            index = self.device.findData(key)
            if index < 0:  # a device from another machine (opened experiment): keep it visible, marked missing
                text = self.tr("{acc} {i} (not on this machine)").format(acc=spec.accelerator, i=spec.device_index)
                self.device.addItem(text, key)
                index = self.device.count() - 1
            self.device.setCurrentIndex(index)
            self._fill_precisions(spec.accelerator, spec.device_index, spec.precision)
        finally:
            self._syncing = False

    def _fill_precisions(self, accelerator: str, index: int, current: str) -> None:
        self.precision.clear()
        for p in self.supported_precisions(accelerator, index):
            self.precision.addItem(self.tr(PRECISION_LABELS.get(p, p)), p)
        found = self.precision.findData(current)
        self.precision.setCurrentIndex(found if found >= 0 else 0)

    # -- widgets -> state --------------------------------------------------------------------------------
    def _device_chosen(self) -> None:
        data = self.device.currentData()
        if self._syncing or not isinstance(data, str):
            return
        accelerator, index_text = data.split(":")
        index = int(index_text)
        spec = self.state.experiment.train
        allowed = self.supported_precisions(accelerator, index)
        precision = spec.precision if spec.precision in allowed else allowed[0]
        self.state.update({"train.accelerator": accelerator, "train.device_index": index, "train.precision": precision})

    def _precision_chosen(self) -> None:
        value = self.precision.currentData()
        if self._syncing or value is None:
            return
        self.state.update({"train.precision": value})
