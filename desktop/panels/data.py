"""The data panel: choose a dataset, see what is in it, set the split and augmentation.

Flow: the form describes a DataSpec -> the panel writes it to ExperimentState -> ``dataSpecChanged`` -> the
dataset is loaded off the GUI thread (``models.data.build_datamodule``) -> ``state.set_data_loaded`` on
success, or an error dialog plus ``state.dataFailed`` on failure (the form stays as it was, editable).
Nothing from the engine is imported before ``state.engineReady``.
"""

from __future__ import annotations

from typing import Any

from pydantic_core import ValidationError  # not pydantic: see desktop/panels/panel_common.py
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import error_text
from desktop.panels.data_form import DataSourceForm
from desktop.panels.data_options import AugmentOptions, SplitOptions
from desktop.panels.data_samples import AugmentPreview, SampleGrid, SeriesGrid
from desktop.panels.data_views import ClassCountsChart, SkippedTable, SummaryFacts
from desktop.panels.panel_common import StatusLine, run_for, show_error
from desktop.state import ExperimentState
from models.spec.data import DataSpec
from models.vocab import modality_of

SAMPLES_PER_CLASS = 8
SERIES_PER_CLASS = 3
PREVIEW_IMAGES = 18


def _same_except_augment(a: DataSpec, b: DataSpec) -> bool:
    """Whether two specs describe the same samples (augmentation only changes training batches)."""
    return a.model_dump(exclude={"augment"}) == b.model_dump(exclude={"augment"})


class DataPanel(QWidget):
    """Dataset choice, summary, class counts, samples, split and augmentation (see module docstring).

    Signals:
        samplesShown: thumbnails or series plots were drawn for the loaded dataset.
        previewShown: the augmentation preview was redrawn.
    """

    samplesShown = Signal()
    previewShown = Signal()

    def __init__(self, state: ExperimentState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.dm: Any = None  # the loaded DanluDataModule (kept for samples and previews)
        self._loaded_spec: DataSpec | None = None
        self._gen = 0  # generation of the latest load; older results are ignored
        self._preview_gen = 0
        self._preview_seed = 0
        self.setAcceptDrops(True)

        self.form = DataSourceForm()
        self.split = SplitOptions()
        self.augment = AugmentOptions()
        self.reload_button = QPushButton(self.tr("Reload"))
        self.reload_button.setToolTip(self.tr("Read the dataset again from disk"))
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.addWidget(self.form)
        left_lay.addWidget(self.split)
        left_lay.addWidget(self.augment)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reload_button)
        left_lay.addLayout(buttons)
        left_lay.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.left_scroll, self.left = scroll, left

        self.status = StatusLine()
        self.facts = SummaryFacts()
        facts_box = QGroupBox(self.tr("Summary"))
        QVBoxLayout(facts_box).addWidget(self.facts)
        self.counts = ClassCountsChart()
        self.samples = SampleGrid()
        self.series = SeriesGrid()
        self.preview = AugmentPreview()
        self.skipped = SkippedTable()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.counts, self.tr("Classes"))
        self.tabs.addTab(self.samples, self.tr("Images"))
        self.tabs.addTab(self.series, self.tr("Sequences"))
        self.tabs.addTab(self.preview, self.tr("Augmentation preview"))
        self.tabs.addTab(self.skipped, self.tr("Skipped"))
        right = QWidget()
        right_lay = QVBoxLayout(right)
        right_lay.addWidget(self.status)
        right_lay.addWidget(facts_box)
        right_lay.addWidget(self.tabs, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([380, 720])
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(splitter)

        self._commit_timer = QTimer(self, singleShot=True, interval=300)  # sliders fire many times per drag
        self._commit_timer.timeout.connect(self.commit)
        self._load_timer = QTimer(self, singleShot=True, interval=50)
        self._load_timer.timeout.connect(self.load)
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self._start_preview)

        self.form.specEdited.connect(lambda _spec: self.commit())
        self.form.specInvalid.connect(lambda msg: self.status.set("idle", msg))
        self.split.edited.connect(self._commit_timer.start)
        self.augment.edited.connect(self._commit_timer.start)
        self.reload_button.clicked.connect(self.load)
        self.form.source.currentIndexChanged.connect(lambda _i: QTimer.singleShot(0, self._fit_left))
        self.preview.reshuffleRequested.connect(self._reshuffle)
        state.dataSpecChanged.connect(self._spec_changed)
        state.experimentReplaced.connect(self._show_spec)
        state.engineReady.connect(self._engine_ready)

        self._show_spec()
        self._fit_left()
        self._show_nothing()
        if state.engine_ready:
            self._engine_ready()
        else:
            self.status.set("busy", self.tr("Starting the engine…"))

    # -- spec <-> widgets --------------------------------------------------------------------------------
    def _show_spec(self) -> None:
        spec = self.state.experiment.data
        self.form.set_spec(spec)
        self.split.set_spec(spec.split)
        self.augment.set_spec(spec.augment)
        self._update_augment_enabled()

    def _fit_left(self) -> None:
        """Keep the form column wide enough for the current source's options (never cut them off)."""
        bar = self.left_scroll.verticalScrollBar().sizeHint().width()
        self.left_scroll.setMinimumWidth(self.left.minimumSizeHint().width() + bar + 4)

    def build_spec(self) -> DataSpec:
        """The DataSpec the panel's widgets describe.

        Raises:
            ValidationError: the widgets do not describe a valid spec yet.
        """
        data = self.form.build_spec().model_dump(mode="json")
        data["split"] = self.split.values()
        data["augment"] = self.augment.values()
        return DataSpec.model_validate(data)

    def commit(self) -> None:
        """Write the widgets' DataSpec to the experiment (which triggers a load when it changed)."""
        self._commit_timer.stop()
        try:
            spec = self.build_spec()
        except ValidationError as err:
            self.status.set("error", err.errors()[0]["msg"].removeprefix("Value error, "))
            return
        if spec == self.state.experiment.data:
            if self.state.info is None and not self._loading():
                self.load()  # e.g. the same choice again after a failure: try again
            return
        self.state.set_data(spec)

    def _spec_changed(self) -> None:
        spec = self.state.experiment.data
        self._show_spec()
        loaded = self._loaded_spec
        if self.dm is not None and loaded is not None and _same_except_augment(spec, loaded):
            # Only the augmentation changed: the samples are the same, so keep the loaded dataset.
            self._loaded_spec = spec
            self.state.set_data_loaded(self.dm.info, self.dm.summary())
            self._preview_timer.start()
            return
        if self.state.engine_ready:
            self._load_timer.start()

    def _engine_ready(self) -> None:
        if self.state.info is None:
            self.load()

    def _update_augment_enabled(self) -> None:
        # Decided from the spec, not the loaded data, so the group does not flicker while loading.
        spec = self.state.experiment.data
        self.augment.setVisible(modality_of(spec.source, spec.name) == "image")

    # -- loading -----------------------------------------------------------------------------------------
    def _loading(self) -> bool:
        return self.status.kind == "busy"

    def load(self) -> None:
        """Load the experiment's dataset off the GUI thread (results of older loads are ignored)."""
        self._load_timer.stop()
        if not self.state.engine_ready:
            return
        self._gen += 1
        gen, spec = self._gen, self.state.snapshot().data
        self.status.set("busy", self.tr("Loading {what}…").format(what=self._describe(spec)))
        self.reload_button.setEnabled(False)

        def job() -> Any:
            from models.data import build_datamodule

            return build_datamodule(spec)

        run_for(
            self,
            job,
            lambda dm: self._loaded(gen, spec, dm),
            lambda exc, details: self._failed(gen, spec, exc, details),
        )

    def _describe(self, spec: DataSpec) -> str:
        return spec.name or "" if spec.source == "builtin" else spec.path or ""

    def _loaded(self, gen: int, spec: DataSpec, dm: Any) -> None:
        if gen != self._gen:
            return
        self.reload_button.setEnabled(True)
        self.dm, self._loaded_spec = dm, spec
        summary = dm.summary()
        total = sum(summary.split_sizes.values())
        text = self.tr("Loaded {what}: {n} samples.").format(what=self._describe(spec), n=total)
        self.status.set("ok", text)
        self._show_summary(summary)
        self._update_augment_enabled()
        self.state.set_data_loaded(dm.info, summary)
        self._match_task(dm.info.task)
        self._start_samples(gen, dm)
        self._preview_timer.start()

    def _match_task(self, task: str) -> None:
        """The data decides the task: keep the training task and loss consistent with it."""
        train = self.state.experiment.train
        if train.task != task:
            from models.defaults import train_spec_for

            self.state.set_train(train_spec_for(task, train))

    def _failed(self, gen: int, spec: DataSpec, exc: BaseException, details: str) -> None:
        if gen != self._gen:
            return
        self.reload_button.setEnabled(True)
        self.dm = self._loaded_spec = None
        msg = error_text(exc)
        self.status.set("error", msg)
        self._show_nothing()
        show_error(
            self,
            self.tr("Cannot load the dataset"),
            self.tr(
                "The dataset {what} could not be loaded.\n\n{msg}\n\nChange the choice on the "
                "left "
                "and it is loaded again."
            ).format(what=self._describe(spec), msg=msg),
            details,
        )
        self.state.dataFailed.emit(msg)

    # -- showing -----------------------------------------------------------------------------------------
    def _show_nothing(self) -> None:
        self.facts.clear()
        self.counts.show_counts([], {})
        self.samples.show_samples({})
        self.series.show_series({})
        self.preview.show_preview([])
        self.skipped.show_skipped([])
        self._set_tab_counts(0)

    def _set_tab_counts(self, skipped: int) -> None:
        index = self.tabs.indexOf(self.skipped)
        text = self.tr("Skipped ({n})").format(n=skipped) if skipped else self.tr("Skipped")
        self.tabs.setTabText(index, text)

    def _show_summary(self, summary: Any) -> None:
        self.facts.show_summary(summary)
        self.counts.show_counts(list(summary.class_names), dict(summary.class_counts))
        self.skipped.show_skipped(list(summary.skipped))
        self._set_tab_counts(len(summary.skipped))
        image = summary.modality == "image"
        sequence = summary.modality in ("sequence", "forecast")
        classes = bool(summary.class_names)
        for widget, visible in (
            (self.counts, classes),
            (self.samples, image),
            (self.preview, image),
            (self.series, sequence),
        ):
            self.tabs.setTabVisible(self.tabs.indexOf(widget), visible)
        current = self.tabs.currentWidget()
        if not self.tabs.isTabVisible(self.tabs.currentIndex()) or (current is self.skipped and not summary.skipped):
            self.tabs.setCurrentIndex(next(i for i in range(self.tabs.count()) if self.tabs.isTabVisible(i)))
        self.samples.show_samples({})
        self.series.show_series({})

    def _start_samples(self, gen: int, dm: Any) -> None:
        modality = dm.info.modality
        if modality not in ("image", "sequence", "forecast"):
            return

        def job() -> Any:
            import models.data as data

            if modality == "image":
                return data.sample_thumbnails(dm, SAMPLES_PER_CLASS)
            return data.sample_series(dm, SERIES_PER_CLASS)

        def done(result: Any) -> None:
            if gen != self._gen:
                return
            if modality == "image":
                self.samples.show_samples(result)
            else:
                self.series.show_series(result)
            self.samplesShown.emit()

        def failed(exc: BaseException, details: str) -> None:
            if gen == self._gen:
                text = self.tr("Samples could not be shown: {msg}").format(msg=error_text(exc))
                self.samples.set_message(text)

        run_for(self, job, done, failed)

    def _start_preview(self) -> None:
        spec = self.state.experiment.data
        if self.dm is None or self.dm.info.modality != "image":
            return
        self._preview_gen += 1
        gen = self._preview_gen
        spec = spec.model_copy(deep=True)
        seed = spec.split.seed + self._preview_seed

        def job() -> Any:
            from models.data import preview_augmentations

            return preview_augmentations(spec, PREVIEW_IMAGES, seed=seed)

        def done(result: Any) -> None:
            if gen == self._preview_gen:
                self.preview.show_preview(result, spec.augment.enabled)
                self.previewShown.emit()

        def failed(exc: BaseException, details: str) -> None:
            if gen == self._preview_gen:
                self.preview.set_message(self.tr("The preview failed: {msg}").format(msg=error_text(exc)))

        run_for(self, job, done, failed)

    def _reshuffle(self) -> None:
        self._preview_seed += 1
        self._start_preview()

    # -- drag and drop -----------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.form.set_path(paths[0])
