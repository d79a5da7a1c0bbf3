"""GenerateView: new images from a trained GAN run, on the Predict page (what ``danlu generate`` does).

The images come from :func:`models.generate.generate` (the run's sampling generator, its weight average when
it has one) in a background worker; a conditional run draws every class in turn or one chosen class. The grid
is shown at once and can be saved as a PNG.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import error_text
from desktop.panels.panel_common import StatusLine, run_for
from desktop.plots.samples import SampleImage


class GenerateView(QWidget):
    """How many images, which class and seed; Generate; the grid; Save PNG.

    Signals:
        generated: a new grid is shown (``result`` holds it: a ``models.generate.GeneratedGrid``).
    """

    generated = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.run_dir = ""
        self.which = "best"
        self.result: Any = None
        self._gen = 0
        self.count = QSpinBox()
        self.count.setRange(1, 1024)
        self.count.setValue(64)
        self.count.setToolTip(self.tr("How many images to draw (tiled into one grid)."))
        self.class_choice = QComboBox()
        self.class_choice.setToolTip(
            self.tr("A conditional GAN draws the class you choose; every class: the classes in turn, one per row.")
        )
        self.seed = QSpinBox()
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setToolTip(self.tr("The same seed draws the same images; change it for new ones."))
        self.generate_button = QPushButton(self.tr("Generate"))
        self.generate_button.setProperty("primary", True)
        self.save_button = QPushButton(self.tr("Save PNG…"))
        self.save_button.setEnabled(False)
        self.image = SampleImage()
        self.status = StatusLine()
        row = QHBoxLayout()
        for label, widget in (
            (self.tr("Images"), self.count),
            (self.tr("Class"), self.class_choice),
            (self.tr("Seed"), self.seed),
        ):
            row.addWidget(QLabel(label))
            row.addWidget(widget)
        row.addWidget(self.generate_button)
        row.addStretch(1)
        row.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 6, 0, 0)
        lay.addLayout(row)
        lay.addWidget(self.status)
        lay.addWidget(self.image, 1)
        self.generate_button.clicked.connect(self.generate)
        self.save_button.clicked.connect(self._save_dialog)
        self.set_run("", "best", ())

    def set_run(self, run_dir: str, which: str, classes: tuple[str, ...]) -> None:
        """Draw from ``run_dir``'s ``which`` checkpoint; ``classes``: those a conditional run draws (else empty)."""
        self.run_dir, self.which, self.result = run_dir, which, None
        self._gen += 1
        self.image.set_image(None)
        self.save_button.setEnabled(False)
        self.class_choice.clear()
        self.class_choice.addItem(self.tr("every class") if classes else self.tr("no classes (unconditional)"), None)
        for name in classes:
            self.class_choice.addItem(name, name)
        self.class_choice.setEnabled(bool(classes))
        self.generate_button.setEnabled(bool(run_dir))
        self.status.set("idle", self.tr("Press Generate to draw new images.") if run_dir else "")

    def generate(self) -> None:
        """Draw the images off the GUI thread and show them."""
        if not self.run_dir:
            return
        from models.generate import generate

        self._gen += 1
        gen, run_dir, which = self._gen, self.run_dir, self.which
        n, class_, seed = self.count.value(), self.class_choice.currentData(), self.seed.value()
        self.generate_button.setEnabled(False)
        self.status.set("busy", self.tr("Drawing {n} image(s)…").format(n=n))

        def done(result: Any) -> None:
            if gen != self._gen:
                return
            self.result = result
            self.image.set_image(result.grid)
            self.generate_button.setEnabled(True)
            self.save_button.setEnabled(True)
            if class_ is not None:
                what = self.tr("class {name}, seed {seed}").format(name=class_, seed=seed)
            else:
                what = self.tr("seed {seed}").format(seed=seed)
            self.status.set(
                "ok",
                self.tr("{n} new image(s), {rows} x {cols}, {what}.").format(
                    n=n, rows=result.rows, cols=result.cols, what=what
                ),
            )
            self.generated.emit()

        def failed(exc: BaseException, _details: str) -> None:
            if gen == self._gen:
                self.generate_button.setEnabled(True)
                self.status.set("error", self.tr("No images: {msg}").format(msg=error_text(exc)))

        run_for(self, lambda: generate(run_dir, n, class_, which, seed), done, failed)

    def save(self, path: str | Path) -> Path | None:
        """Write the grid shown as a PNG (images at least 32 pixels a side); None when it cannot be written."""
        from models.errors import DanluError
        from models.generate import save_grid

        if self.result is None:
            return None
        try:
            written = save_grid(self.result, path)
        except DanluError as err:
            self.status.set("error", error_text(err))
            return None
        self.status.set("ok", self.tr("Saved {path}.").format(path=written))
        return written

    def _save_dialog(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the images"), "generated.png", "PNG (*.png)")
        if path:
            self.save(path)
