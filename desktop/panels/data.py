"""The data panel: choose a dataset, see what is in it, set the split and augmentation.

A view of the workspace: the forms describe a DataSpec and the panel hands it to ``workspace.set_data`` (or, when
the forms describe no valid spec yet, ``workspace.set_data_draft_error`` with what is missing). The workspace
loads the dataset off the GUI thread and reports back; the panel shows its status, summary, class counts,
samples and augmentation preview, and an error dialog when a load fails (the form stays as it was, editable).
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
from desktop.panels.panel_common import StatusLine, VerticalScrollArea, run_for, show_error
from desktop.spec_paths import View
from desktop.workspace import Workspace, describe_data, is_image_data
from models.spec.data import DataSpec

SAMPLES_PER_CLASS = 8
SERIES_PER_CLASS = 3
PREVIEW_IMAGES = 18


class DataPanel(QWidget):
    """Dataset choice, summary, class counts, samples, split and augmentation (see module docstring).

    Signals:
        samplesShown: thumbnails or series plots were drawn for the loaded dataset.
        previewShown: the augmentation preview was redrawn.
    """

    samplesShown = Signal()
    previewShown = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._gen = 0  # generation of the dataset shown; older sample jobs are ignored
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
        scroll = VerticalScrollArea()  # as wide as the form needs: a narrower one cut its right edge off
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
        self._preview_timer = QTimer(self, singleShot=True, interval=250)
        self._preview_timer.timeout.connect(self._start_preview)

        self.form.changed.connect(self.commit)
        self.split.changed.connect(self._commit_timer.start)
        self.augment.changed.connect(self._commit_timer.start)
        self.reload_button.clicked.connect(workspace.load_data)
        self.preview.reshuffleRequested.connect(self._reshuffle)
        workspace.dataSpecChanged.connect(self._spec_changed)
        workspace.experimentReplaced.connect(self._show_spec)
        workspace.dataStatusChanged.connect(self._status_changed)
        workspace.dataLoaded.connect(self._loaded)
        workspace.dataFailed.connect(self._failed)
        # Until the engine is loaded this page's status follows its load (the default data waits for it).
        workspace.engineProgress.connect(self._show_engine_status)
        workspace.engineFailed.connect(self._show_engine_status)

        self._align_captions()
        self._show_spec()
        self._show_nothing()
        if workspace.info is not None:
            self._loaded(workspace.info, workspace.summary)
        elif workspace.engine_ready:
            self._status_changed(*workspace.data_status)
        else:
            self._show_engine_status()

    def _show_engine_status(self, *_: object) -> None:
        ws = self.workspace
        if not ws.engine_ready and ws.info is None:
            self.status.set("error" if ws.engine_error else "busy", ws.engine_status())

    # -- spec <-> widgets --------------------------------------------------------------------------------
    def _show_spec(self) -> None:
        spec = self.workspace.experiment.data
        self.form.set_spec(spec)
        self.split.set_spec(spec)
        self.augment.set_spec(spec)
        self.augment.setVisible(self.workspace.data_is_images)

    def _align_captions(self) -> None:
        """One label column for the three boxes (every source's rows counted), so fields line up and keep their
        place when the source changes."""
        captions = [c for f in (self.form.form, self.split.form, self.augment.form) for c in f.captions.values()]
        captions.append(self.split.train_caption)
        width = max(c.sizeHint().width() for c in captions)
        for caption in captions:
            caption.setMinimumWidth(width)

    def build_spec(self) -> DataSpec:
        """The DataSpec the panel's widgets describe.

        Raises:
            ValidationError: the widgets do not describe a valid spec yet.
        """
        return DataSpec.model_validate(self._edited_dump(), strict=False)

    def _edited_dump(self) -> dict[str, Any]:
        data = self.workspace.experiment.data.model_dump()
        for form in (self.form.form, self.split.form, self.augment.form):
            form.write(data)
        self.augment.setVisible(is_image_data(View(data)))  # follows the choice shown, complete or not
        return data

    def commit(self) -> None:
        """Hand the widgets' DataSpec to the workspace (it loads the data when the samples change); an incomplete
        choice tells the workspace what is missing, so nothing trains the data shown before."""
        self._commit_timer.stop()
        try:
            spec = self.build_spec()
        except ValidationError as err:
            message = self.form.friendly(self.form.form.message(err))
            self.form.show_hint(message)
            self.workspace.set_data_draft_error(message)
            return
        self.form.show_hint("")
        self.workspace.set_data(spec)

    def _spec_changed(self) -> None:
        self._show_spec()
        if self.workspace.datamodule is not None:  # only the augmentation changed: the same samples, new preview
            self._preview_timer.start()

    # -- the workspace's dataset -------------------------------------------------------------------------
    def _status_changed(self, kind: str, message: str) -> None:
        self.status.set(kind, message)
        self.reload_button.setEnabled(kind != "busy" and not self.workspace.data_draft_error)
        if self.workspace.info is None and kind != "busy":
            self._show_nothing()

    def _loaded(self, info: Any, summary: Any) -> None:
        self._gen += 1
        self._show_summary(summary)
        self._start_samples(self._gen, self.workspace.datamodule)
        self._preview_timer.start()

    def _failed(self, message: str) -> None:
        self._gen += 1
        self._show_nothing()
        show_error(
            self,
            self.tr("Cannot load the dataset"),
            self.tr(
                "The dataset {what} could not be loaded.\n\n{msg}\n\nChange the choice on the left and it is "
                "loaded again."
            ).format(what=describe_data(self.workspace.experiment.data), msg=message),
            self.workspace.data_error_details,
        )

    # -- showing -----------------------------------------------------------------------------------------
    def _show_nothing(self) -> None:
        self._gen += 1  # sample jobs still running are for a dataset no longer shown
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
        spec = self.workspace.experiment.data
        dm = self.workspace.datamodule
        if dm is None or dm.info.modality != "image":
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
