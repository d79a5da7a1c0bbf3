"""GanResultsView: the Results page of a generation (GAN) run, drawn from a RunBuffer.

Left: the sample grid with its epoch slider and, after training, the latent interpolation strip and (for
conditional GANs) one row per class. Right: generator and discriminator losses, D(real) and D(fake), the
classifier-feature distances, and the samples' class accuracy and diversity. On top: the run's warnings
(the discriminator winning outright, collapsing samples).
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QVBoxLayout, QWidget

from desktop import theme
from desktop.i18n import vocab_text
from desktop.plots import MetricPlot
from desktop.plots.samples import SampleGridView, SampleImage
from desktop.run_buffer import RunBuffer
from models.vocab import METRICS


def _series(*names: str) -> list[tuple[str, str]]:
    """Curves of logged metrics, labelled as the registry (and its translation) names them."""
    return [(name, vocab_text(METRICS[name].label)) for name in names]


class GanResultsView(QWidget):
    """Every plot of a GAN run; :meth:`draw` copies a buffer in (only what changed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.losses = MetricPlot(self.tr("Losses"), self.tr("loss"), _series("train_g_loss", "train_d_loss"))
        self.scores = MetricPlot(
            self.tr("Discriminator outputs (mean)"), self.tr("D(x)"), _series("train_d_real", "train_d_fake")
        )
        self.quality = MetricPlot(
            self.tr("Classifier-feature distances (lower is better)"), self.tr("distance"), _series("val_fd", "val_kd")
        )
        # The class accuracy is a share (0 to 1) but the feature spread is a ratio to the real images' that
        # exceeds 1 when the samples vary more than the data (noisy early generators): the axis shows 0 to 1
        # and widens to fit it, and a dashed line marks 1 (every class recognised; as varied as the data).
        self.spread = MetricPlot(
            self.tr("Samples"),
            self.tr("share or ratio"),
            _series("val_class_acc", "val_diversity"),
            legend_corner="bottom-right",
            y_span=(0, 1.05),
        )
        self.spread_one = pg.InfiniteLine(pos=1.0, angle=0, movable=False)
        self.spread.addItem(self.spread_one, ignoreBounds=True)
        self.spread.themeChanged.connect(self._recolor_spread_one)
        self._recolor_spread_one()
        self.spread.setToolTip(
            self.tr(
                "Drawn class recognised: how often the quality classifier sees the class a sample was drawn for "
                "(conditional GANs). Feature spread: the samples' variety over the real images' (1 = as varied "
                "as the data; near 0 = collapsed; above 1 = noisier than the data)."
            )
        )
        for plot in (self.losses, self.scores, self.quality, self.spread):
            plot.getPlotItem().getAxis("left").enableAutoSIPrefix(False)  # probabilities, not "x0.001"
        self.quality.setToolTip(
            self.tr(
                "Fréchet and kernel distances between features of real and generated images, measured by a "
                "classifier trained on this data (not the Inception network of published FID scores)."
            )
        )
        self.samples = SampleGridView()
        self.samples_title = QLabel(self.tr("Samples from a fixed latent batch"))
        self.strip = SampleImage()
        self.strip_title = QLabel(self.tr("After training: walks through the latent space"))
        self.classes = SampleImage()
        self.classes_title = QLabel(self.tr("After training: one row per class"))
        for image in (self.strip, self.classes):
            image.setMinimumHeight(40)  # the window must fit a 1280x720 screen (the images scale down)
        self.warning = QLabel()
        self.warning.setProperty("role", "error")  # the theme's colour for problems
        self.warning.setWordWrap(True)

        left = QVBoxLayout()
        left.addWidget(self.samples_title)
        left.addWidget(self.samples, 3)
        for title, image in ((self.strip_title, self.strip), (self.classes_title, self.classes)):
            left.addWidget(title)
            left.addWidget(image, 1)
        plots = QGridLayout()
        for i, plot in enumerate((self.losses, self.scores, self.quality, self.spread)):
            plots.addWidget(plot, i // 2, i % 2)
        body = QGridLayout()
        body.addLayout(left, 0, 0)
        body.addLayout(plots, 0, 1)
        body.setColumnStretch(0, 2)
        body.setColumnStretch(1, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.warning)
        layout.addLayout(body, 1)
        self._drawn_epochs = -1
        self.clear()

    def _recolor_spread_one(self) -> None:
        colour = pg.mkColor(theme.colors().foreground)
        colour.setAlpha(110)
        self.spread_one.setPen(pg.mkPen(colour, width=1, style=Qt.PenStyle.DashLine))

    def plots(self) -> tuple[MetricPlot, ...]:
        return (self.losses, self.scores, self.quality, self.spread)

    def clear(self) -> None:
        for plot in self.plots():
            plot.clear_data()
        self.samples.clear()
        for title, image in ((self.strip_title, self.strip), (self.classes_title, self.classes)):
            image.set_image(None)
            title.hide()
            image.hide()
        self.warning.hide()
        self._drawn_epochs = -1

    def draw(self, buf: RunBuffer, force: bool = False) -> None:
        """Copy the buffer's epochs, grids, strips and warnings into the view."""
        if force or buf.epochs_version != self._drawn_epochs:
            self._drawn_epochs = buf.epochs_version
            x = buf.epochs()
            for plot in self.plots():
                for key in plot.curves:
                    plot.set_series(key, x, buf.metric(key))
        store = buf.samples
        self.samples.update_from(store)
        for kind, title, image in (
            ("interpolation", self.strip_title, self.strip),
            ("classes", self.classes_title, self.classes),
        ):
            grid = store.strips.get(kind)
            if grid is not None and image.shown is not grid:
                image.set_image(grid)
            title.setVisible(grid is not None)
            image.setVisible(grid is not None)
        if store.warnings:
            self.warning.setText("\n".join("⚠ " + w for w in store.warnings))
        self.warning.setVisible(bool(store.warnings))
