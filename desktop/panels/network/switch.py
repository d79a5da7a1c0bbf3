"""The Generator | Discriminator switch above the layer tree: which of a GAN's two networks the editor shows."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabBar, QWidget

from desktop.panels.network.commands import DISCRIMINATOR, NETWORK


class NetworkSwitch(QTabBar):
    """Two tabs, Generator and Discriminator, shown for a GAN only; a tab is marked ⚠ while its network has an error.

    Signals:
        targetChanged(str): the user chose :data:`NETWORK` (the generator) or :data:`DISCRIMINATOR`.
    """

    targetChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setExpanding(False)
        self.setDrawBase(False)
        self.names = {NETWORK: self.tr("Generator"), DISCRIMINATOR: self.tr("Discriminator")}
        self.addTab(self.names[NETWORK])
        self.addTab(self.names[DISCRIMINATOR])
        self.setTabToolTip(0, self.tr("The generator turns a random latent vector into an image."))
        self.setTabToolTip(1, self.tr("The discriminator scores an image: real (from the data) or generated."))
        self.hide()
        self.currentChanged.connect(lambda index: self.targetChanged.emit(self.target))

    @property
    def target(self) -> str:
        return DISCRIMINATOR if self.currentIndex() == 1 else NETWORK

    def set_target(self, target: str) -> None:
        """Show ``target`` as chosen, without reporting it (the editor decided)."""
        self.blockSignals(True)
        self.setCurrentIndex(1 if target == DISCRIMINATOR else 0)
        self.blockSignals(False)

    def show_summaries(self, gan: bool, generator: Any, discriminator: Any) -> None:
        """Show the switch for a GAN (hide it otherwise), each tab marked when its summary has an error."""
        self.setVisible(gan)
        for index, (target, summary) in enumerate(((NETWORK, generator), (DISCRIMINATOR, discriminator))):
            broken = summary is not None and not summary.ok
            self.setTabText(index, f"{self.names[target]} ⚠" if broken else self.names[target])
