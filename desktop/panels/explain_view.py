"""Explain a prediction: an "Explain" toggle, the method and the class to explain, and the picture.

The work (Captum's Grad-CAM or Integrated Gradients, then matplotlib's drawing) runs on a pool thread via
``run_for``; only numpy arrays come back, and a newer request makes an older result void. The core decides
which methods fit the network (``Explainer.methods``), so the method list never offers one that would fail.
"""

from __future__ import annotations

import copy
import threading
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.errors import error_text
from desktop.panels.panel_common import StatusLine, run_for

#: Captum hooks the explained layer while it works: one explanation at a time per network.
_EXPLAINING = threading.Lock()


def _explain_job(explainer: Any, name: str, x: np.ndarray, method: str, target: int | None) -> np.ndarray:
    """Pool thread: explain one sample and draw it (an ``H x W x 4`` uint8 picture)."""
    import torch

    from models.explain.render import rgba
    from models.predict_inputs import Sample

    with _EXPLAINING:
        explanation = explainer.explain_sample(Sample(name, torch.as_tensor(x)), method, target)
    return rgba(explanation)


def pixmap_from_rgba(picture: np.ndarray) -> QPixmap:
    """A QPixmap of an ``H x W x 4`` uint8 array (copied, so the array may go)."""
    a = np.ascontiguousarray(picture)
    image = QImage(a.data, a.shape[1], a.shape[0], a.strides[0], QImage.Format.Format_RGBA8888)
    return QPixmap.fromImage(image.copy())


class ExplainView(QWidget):
    """The explanation of one sample of the current run.

    Signals:
        explained: a picture was shown (``picture`` holds it as an RGBA array).
    """

    explained = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.explainer: Any = None
        self.sample: tuple[str, np.ndarray] | None = None
        self.picture: np.ndarray | None = None
        self._pixmap: QPixmap | None = None
        self._gen = 0
        self.toggle = QPushButton(self.tr("Explain"))
        self.toggle.setCheckable(True)
        self.toggle.setToolTip(self.tr("Show which parts of the input drove the prediction"))
        self.method = QComboBox()
        self.method.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.target = QComboBox()
        self.target.setToolTip(self.tr("The class whose evidence is shown"))
        self.status = StatusLine()
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.image.setMinimumHeight(80)  # the Predict page fits a 1280x720 screen with it shown
        self.image.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.image.setVisible(False)
        row = QHBoxLayout()
        row.addWidget(self.toggle)
        row.addWidget(self.method)
        row.addWidget(QLabel(self.tr("for")))
        row.addWidget(self.target, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addWidget(self.image, 1)
        self.toggle.toggled.connect(self._toggled)
        self.method.currentIndexChanged.connect(lambda _i: self._refresh())
        self.target.currentIndexChanged.connect(lambda _i: self._refresh())
        self.set_predictor(None)

    # -- the run -----------------------------------------------------------------------------------------
    def set_predictor(self, predictor: Any) -> None:
        """Explain with ``predictor``'s network (a loaded :class:`models.predict.Predictor`); None disables."""
        self._gen += 1
        self.sample, self.picture = None, None
        self.image.clear()
        for combo in (self.method, self.target):
            combo.blockSignals(True)
            combo.clear()
        if predictor is None:
            self.explainer = None
            self.status.set("idle", self.tr("Choose a run to explain its predictions."))
        else:
            # Imported only with a predictor: models.explain imports torch and Lightning, which the panel's
            # constructor (set_predictor(None)) must not do on the GUI thread while the engine loads.
            from models.explain import Explainer
            from models.explain.methods import METHOD_TITLES

            self.explainer = Explainer(predictor)
            # Its own copy: predictions may run on the predictor's network while Captum hooks this one.
            self.explainer.network = copy.deepcopy(predictor.network)
            for m in self.explainer.methods():
                self.method.addItem(METHOD_TITLES[m], m)
            info = predictor.info
            if info.task == "classification":
                self.target.addItem(self.tr("the predicted class"), None)
                for k, name in enumerate(info.class_names):
                    self.target.addItem(name, k)
            else:
                for k in range(info.num_outputs):
                    self.target.addItem(self.tr("output {k}").format(k=k), k)
            self.status.set("idle", self.tr("Press Explain, then choose an input."))
        for combo in (self.method, self.target):
            combo.blockSignals(False)
        for w in (self.toggle, self.method, self.target):
            w.setEnabled(self.explainer is not None)

    def set_sample(self, name: str, x: np.ndarray | None) -> None:
        """The sample to explain (the network's input as a numpy array); explained now when the toggle is on."""
        self.sample = None if x is None else (name, np.asarray(x))
        self._refresh()

    # -- explaining --------------------------------------------------------------------------------------
    def _toggled(self, on: bool) -> None:
        self.image.setVisible(on)
        if on:
            self._refresh()
        else:
            self._gen += 1  # a result still on its way is not wanted any more
            self.status.set("idle", self.tr("Press Explain to see what drove the prediction."))

    def _refresh(self) -> None:
        if self.explainer is None or not self.toggle.isChecked():
            return
        if self.sample is None:
            self.image.clear()
            self.status.set("idle", self.tr("Choose an input to explain."))
            return
        self._gen += 1
        gen, explainer = self._gen, self.explainer
        (name, x), method, target = self.sample, self.method.currentData(), self.target.currentData()
        title = self.method.currentText()
        self.status.set("busy", self.tr("Computing {method} for {name}…").format(method=title, name=name))

        def done(picture: np.ndarray) -> None:
            if gen == self._gen:
                self._show(picture)
                self.status.set("ok", self.tr("{method} of {name}.").format(method=title, name=name))
                self.explained.emit()

        def failed(exc: BaseException, _details: str) -> None:
            if gen == self._gen:
                self.image.clear()
                self.status.set("error", error_text(exc))

        run_for(self, lambda: _explain_job(explainer, name, x, method, target), done, failed)

    def _show(self, picture: np.ndarray) -> None:
        self.picture = picture
        self._pixmap = pixmap_from_rgba(picture)
        self._fit()

    def _fit(self) -> None:
        if self._pixmap is not None and self.image.width() > 1:
            self.image.setPixmap(
                self._pixmap.scaled(
                    self.image.size(), Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
                )
            )

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()
