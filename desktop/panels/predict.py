"""The predict panel: run a trained network on the user's files, and see what it gets wrong.

``set_run(run_dir)`` loads the run once (``models.predict.Predictor``, the same code ``danlu predict`` uses)
off the GUI thread. Inputs are chosen or dropped; each is read with the training preprocessing and shown
with its top-k class probabilities (or predicted values for regression and forecasting). The second tab
lists the misclassified samples of the validation or test split with their true and predicted labels. A GAN
run predicts nothing: its page is :class:`~desktop.panels.generate_view.GenerateView`, which draws new images.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QDragEnterEvent, QDropEvent, QImage
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.errors import error_text
from desktop.panels.explain_view import ExplainView
from desktop.panels.generate_view import GenerateView
from desktop.panels.panel_common import ERROR_FG, StatusLine, run_for
from desktop.panels.predict_views import InputPreview, MisclassifiedGallery, TopKChart
from desktop.workspace import Workspace

PREVIEW_SIZE = 220
MAX_GALLERY = 48


def _read_inputs(predictor: Any, paths: list[str], top_k: int) -> list[dict[str, Any]]:
    """Background job: read and predict each input; a bad file becomes an error row, not a failure."""
    rows: list[dict[str, Any]] = []
    samples: list[Any] = []
    for path in paths:
        try:
            got = predictor.reader.read([path])
        except Exception as err:  # noqa: BLE001 - shown on that input's row
            rows.append({"name": Path(path).name, "error": error_text(err)})
            continue
        for sample in got:
            short = sample.name.replace(str(path), Path(path).name)  # folders: keep the name inside
            rows.append({"name": short, "sample": len(samples), "x": sample.x.numpy()})
            samples.append(sample)
    predictions = predictor.predict_samples(samples, top_k) if samples else []
    modality = predictor.info.modality
    for row in rows:
        if "sample" not in row:
            continue
        k = row.pop("sample")
        sample = samples[k]
        row["prediction"] = predictions[k]
        if modality == "image" and Path(sample.name).is_file():
            image = QImage(sample.name)  # QImage (not QPixmap) is safe off the GUI thread
            row["preview"] = image.scaled(
                PREVIEW_SIZE,
                PREVIEW_SIZE,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation
                if max(image.width(), image.height()) > PREVIEW_SIZE
                else Qt.TransformationMode.FastTransformation,
            )
        elif modality in ("sequence", "forecast"):
            row["preview"] = np.asarray(sample.x, dtype=np.float32)
    return rows


def _load_run(run_dir: str, which: str) -> Any:
    """Background job: the run's Predictor, or for a GAN run the classes its generator draws (a tuple)."""
    from models.errors import DanluError
    from models.predict import Predictor
    from models.spec.experiment import load_experiment
    from models.training.runs import RunFolder

    try:
        task = load_experiment(RunFolder(run_dir).experiment_path).train.task
    except DanluError:
        task = ""  # the Predictor says what is wrong with the run
    if task == "generation":
        from models.generate import generator_classes

        return generator_classes(run_dir, which)
    return Predictor(run_dir, which)


def _misclassified(predictor: Any, split: str) -> tuple[str, list[dict[str, Any]], int, int]:
    """Background job: evaluate the run's network on a split and collect its mistakes with previews."""
    from models.data import build_datamodule
    from models.training import evaluate_network

    dm = build_datamodule(predictor.experiment.data, num_workers=0)
    dataset = dm.test_set if split == "test" else dm.val_set
    if len(dataset) == 0:
        split, dataset = "val", dm.val_set
    result = evaluate_network(predictor.network, dataset, predictor.info, split)
    names = predictor.class_names
    items = []
    for wrong in result.get("misclassified", [])[:MAX_GALLERY]:
        i = int(wrong["index"])
        if hasattr(dm, "thumbnail"):
            preview = dm.thumbnail(i, split)
        elif predictor.info.modality in ("image", "sequence", "forecast"):
            preview = np.asarray(dataset[i][0], dtype=np.float32)
        else:
            preview = None
        items.append(
            {
                "index": i,
                "preview": preview,
                "true": names[wrong["true"]],
                "pred": names[wrong["pred"]],
                "confidence": float(wrong["confidence"]),
                "x": np.asarray(dataset[i][0]),  # the network's input, for explaining it
            }
        )
    confusion = np.asarray(result.get("confusion") or [[0]])
    return split, items, int(confusion.sum() - np.trace(confusion)), int(result.get("num_samples", 0))


class PredictPanel(QWidget):
    """Predictions of the current run on the user's files, and the run's misclassified samples.

    Signals:
        runLoaded: the run given to :meth:`set_run` is ready to predict.
        predictionsShown: predictions for the inputs were shown.
        misclassifiedShown: the misclassified gallery was filled.
    """

    runLoaded = Signal()
    predictionsShown = Signal()
    misclassifiedShown = Signal()

    def __init__(self, state: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.run_dir = ""
        self.predictor: Any = None
        self.inputs: list[str] = []
        self.rows: list[dict[str, Any]] = []
        self._input_kind: tuple[Any, ...] | None = None  # what the inputs were chosen for: (modality, shape)
        self._gen = 0
        self.setAcceptDrops(True)

        self.title = QLabel(self.tr("No run selected"))
        self.title.setStyleSheet("font-weight: 600; font-size: 14px;")
        self.which = QComboBox()
        self.which.addItem(self.tr("best checkpoint"), "best")
        self.which.addItem(self.tr("last checkpoint"), "last")
        self.status = StatusLine()
        self.status.set("idle", self.tr("Train a network, or open a run in the Runs panel, to predict with it."))
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.which)

        self.choose_files = QPushButton(self.tr("Choose files…"))
        self.choose_folder = QPushButton(self.tr("Choose folder…"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.top_k = QSpinBox()
        self.top_k.setRange(1, 20)
        self.top_k.setValue(5)
        self.top_k.setPrefix(self.tr("top "))
        buttons = QHBoxLayout()
        for w in (self.choose_files, self.choose_folder, self.clear_button):
            buttons.addWidget(w)
        buttons.addStretch(1)
        buttons.addWidget(self.top_k)
        self.expects = QLabel()
        self.expects.setWordWrap(True)
        self.expects.setStyleSheet("color: gray;")
        self.list = QListWidget()
        self.list.setAlternatingRowColors(True)
        self.drop_hint = QLabel(self.tr("Drop files or a folder here,\nor use Choose files…"))
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setStyleSheet("border: 2px dashed gray; border-radius: 8px; color: gray; padding: 24px;")
        self.inputs_stack = QStackedWidget()
        self.inputs_stack.addWidget(self.drop_hint)
        self.inputs_stack.addWidget(self.list)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addLayout(buttons)
        left_lay.addWidget(self.expects)
        left_lay.addWidget(self.inputs_stack, 1)
        self.preview = InputPreview()
        self.chart = TopKChart()
        self.value_label = QLabel()
        self.value_label.setWordWrap(True)
        self.value_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.preview)
        result_box = QWidget()
        result_lay = QVBoxLayout(result_box)
        result_lay.setContentsMargins(0, 0, 0, 0)
        result_lay.addWidget(self.value_label)
        result_lay.addWidget(self.chart, 1)
        right.addWidget(result_box)
        self.explain = ExplainView()
        right.addWidget(self.explain)
        right.setSizes([240, 300, 40])
        self.right = right
        self.explain.toggle.toggled.connect(self._explain_toggled)
        predict_tab = QSplitter(Qt.Orientation.Horizontal)
        predict_tab.addWidget(left)
        predict_tab.addWidget(right)
        predict_tab.setSizes([380, 620])

        self.split = QComboBox()
        self.split.addItem(self.tr("validation split"), "val")
        self.split.addItem(self.tr("test split"), "test")
        self.show_button = QPushButton(self.tr("Show misclassified"))
        self.gallery = MisclassifiedGallery()
        self.mis_summary = QLabel()
        mis_tab = QWidget()
        mis_lay = QVBoxLayout(mis_tab)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Split:")))
        row.addWidget(self.split)
        row.addWidget(self.show_button)
        row.addSpacing(12)
        row.addWidget(self.mis_summary, 1)
        mis_lay.addLayout(row)
        self.mis_items: list[dict[str, Any]] = []
        self.gallery_explain = ExplainView()
        self.gallery_explain.status.set("idle", self.tr("Press Explain, then click a sample."))
        mis_split = QSplitter(Qt.Orientation.Horizontal)
        mis_split.addWidget(self.gallery)
        mis_split.addWidget(self.gallery_explain)
        mis_split.setSizes([620, 380])
        mis_lay.addWidget(mis_split, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(predict_tab, self.tr("Predict files"))
        self.tabs.addTab(mis_tab, self.tr("Misclassified samples"))
        self.generator = GenerateView()  # a GAN run's page
        self.tabs.addTab(self.generator, self.tr("Generate images"))
        self.tabs.setTabVisible(2, False)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addLayout(header)
        lay.addWidget(self.status)
        lay.addWidget(self.tabs, 1)

        self.choose_files.clicked.connect(self._choose_files)
        self.choose_folder.clicked.connect(self._choose_folder)
        self.clear_button.clicked.connect(self.clear_inputs)
        self.top_k.valueChanged.connect(lambda _v: self._predict())
        self.which.currentIndexChanged.connect(lambda _i: self.run_dir and self.set_run(self.run_dir))
        self.list.currentRowChanged.connect(self._show_row)
        self.show_button.clicked.connect(lambda: self.show_misclassified(self.split.currentData()))
        self.gallery.chosen.connect(self._explain_mistake)
        self._set_enabled(False)

    # -- run ---------------------------------------------------------------------------------------------
    def _set_enabled(self, on: bool) -> None:
        for w in (self.choose_files, self.choose_folder, self.top_k, self.show_button, self.split):
            w.setEnabled(on)

    def set_run(self, run_dir: str) -> None:
        """Use the trained network of ``run_dir`` (loaded off the GUI thread); inputs already chosen are kept and
        predicted again when the network takes the same kind of input, and cleared when it does not."""
        self.run_dir = str(run_dir)
        self.predictor = None
        self._gen += 1
        gen, which = self._gen, self.which.currentData()
        self._set_enabled(False)
        for view in (self.explain, self.gallery_explain):
            view.set_predictor(None)
        self.gallery.set_message(self.gallery.empty_text)
        self.generator.set_run("", which, ())
        self.title.setText(Path(self.run_dir).name)
        self.status.set("busy", self.tr("Loading the trained network…"))

        def failed(exc: BaseException, _details: str) -> None:
            if gen == self._gen:
                self.status.set("error", self.tr("This run cannot predict: {msg}").format(msg=error_text(exc)))

        run_dir = self.run_dir
        run_for(self, lambda: _load_run(run_dir, which), lambda p: self._run_loaded(gen, p), failed)

    def _show_generator(self, gan: bool) -> None:
        """A GAN run shows only the Generate tab; any other run the predict and misclassified tabs."""
        for index in (0, 1):
            self.tabs.setTabVisible(index, not gan)
        self.tabs.setTabVisible(2, gan)
        self.tabs.setCurrentIndex(2 if gan else min(self.tabs.currentIndex(), 1))

    def _generator_loaded(self, classes: tuple[str, ...]) -> None:
        self._show_generator(True)
        self.title.setText(f"{Path(self.run_dir).name}   ·   {self.tr('GAN')}")
        self.status.set(
            "ok",
            self.tr("A GAN run makes new images instead of predicting: choose how many (and a class), then Generate."),
        )
        self.generator.set_run(self.run_dir, self.which.currentData(), classes)
        self.runLoaded.emit()
        self.generator.generate()

    def _run_loaded(self, gen: int, predictor: Any) -> None:
        if gen != self._gen:
            return
        if isinstance(predictor, tuple):  # a GAN run: the classes its generator draws
            self._generator_loaded(predictor)
            return
        self._show_generator(False)
        self.predictor = predictor
        info = predictor.info
        what = {
            "classification": self.tr("{n} classes").format(n=len(info.class_names)),
            "regression": self.tr("regression"),
            "forecasting": self.tr("forecasting"),
        }.get(info.task, "")
        self.title.setText(
            f"{Path(self.run_dir).name}   ·   {predictor.experiment.network.template or ''}   ·   {what}"
        )
        kind = (info.modality, tuple(info.input_shape))
        cleared = bool(self.inputs) and kind != self._input_kind
        self._input_kind = kind
        if cleared:  # chosen for another kind of network: they would only fail to read
            self.clear_inputs()
            self.status.set(
                "ok",
                self.tr("The inputs were cleared: this network takes {what}. Choose or drop new ones.").format(
                    what=predictor.expects()
                ),
            )
        else:
            self.status.set("ok", self.tr("Ready. Choose or drop inputs to predict them."))
        self.expects.setText(self.tr("This network takes {what}.").format(what=predictor.expects()))
        classification = info.task == "classification"
        self._set_enabled(True)
        for view in (self.explain, self.gallery_explain):
            view.set_predictor(predictor)
        self.top_k.setEnabled(classification)
        self.show_button.setEnabled(classification)
        self.split.setEnabled(classification)
        self.runLoaded.emit()
        self._predict()

    # -- inputs ------------------------------------------------------------------------------------------
    def add_inputs(self, paths: list[str]) -> None:
        """Add files (or folders of images) and predict them."""
        for p in paths:
            if p not in self.inputs:
                self.inputs.append(str(p))
        self._predict()

    def clear_inputs(self) -> None:
        self.inputs, self.rows = [], []
        self.list.clear()
        self.inputs_stack.setCurrentWidget(self.drop_hint)
        self.chart.show_scores([])
        self.preview.show_input(None)
        self.value_label.clear()

    def _choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose inputs"), "", self.tr("All files (*)"))
        if paths:
            self.add_inputs(paths)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of images"))
        if path:
            self.add_inputs([path])

    def _predict(self) -> None:
        if self.predictor is None or not self.inputs:
            return
        predictor, paths, top_k, gen = self.predictor, list(self.inputs), self.top_k.value(), self._gen
        self.status.set("busy", self.tr("Predicting {n} input(s)…").format(n=len(paths)))

        def failed(exc: BaseException, _details: str) -> None:
            if gen == self._gen:
                self.status.set("error", self.tr("Prediction failed: {msg}").format(msg=error_text(exc)))

        run_for(self, lambda: _read_inputs(predictor, paths, top_k), lambda rows: self._show_rows(gen, rows), failed)

    def _show_rows(self, gen: int, rows: list[dict[str, Any]]) -> None:
        if gen != self._gen:
            return
        current = max(0, self.list.currentRow())
        self.rows = rows
        self.list.clear()
        self.inputs_stack.setCurrentWidget(self.list)
        errors = 0
        for row in rows:
            if "error" in row:
                errors += 1
                item = QListWidgetItem(f"{row['name']}  —  {row['error']}")
                item.setForeground(QBrush(ERROR_FG))
                item.setToolTip(row["error"])
            else:
                pred = row["prediction"]
                if pred.top_k:
                    text = f"{row['name']}  →  {pred.top_k[0].label}  ({pred.top_k[0].probability:.1%})"
                else:
                    text = f"{row['name']}  →  " + ", ".join(f"{v:.4g}" for v in (pred.value or [])[:6])
                item = QListWidgetItem(text)
                item.setToolTip(row["name"])
            self.list.addItem(item)
        self.list.setCurrentRow(min(current, len(rows) - 1))
        ok = len(rows) - errors
        kind = "error" if errors and not ok else "ok"
        self.status.set(
            kind,
            self.tr("{ok} prediction(s), {bad} input(s) could not be read.").format(ok=ok, bad=errors)
            if errors
            else self.tr("{ok} prediction(s).").format(ok=ok),
        )
        self.predictionsShown.emit()

    def _show_row(self, index: int) -> None:
        if not 0 <= index < len(self.rows):
            return
        row = self.rows[index]
        self.explain.set_sample(row["name"], row.get("x"))
        if "error" in row:
            self.chart.show_scores([])
            self.preview.show_input(None)
            self.value_label.setText(row["error"])
            return
        pred = row["prediction"]
        self.chart.setVisible(bool(pred.top_k))
        self.chart.show_scores([(c.label, c.probability) for c in pred.top_k])
        forecast = pred.value if self.predictor is not None and self.predictor.info.task == "forecasting" else None
        self.preview.show_input(row.get("preview"), forecast)
        if pred.top_k:
            self.value_label.setText(
                self.tr("<b>{name}</b>: most likely <b>{label}</b> ({p:.1%})").format(
                    name=row["name"], label=pred.top_k[0].label, p=pred.top_k[0].probability
                )
            )
        else:
            values = ", ".join(f"{v:.4g}" for v in pred.value or [])
            self.value_label.setText(
                self.tr("<b>{name}</b>: predicted {values}").format(name=row["name"], values=values)
            )

    # -- misclassified -----------------------------------------------------------------------------------
    def show_misclassified(self, split: str = "val") -> None:
        """Evaluate on ``split`` (``val`` or ``test``) off the GUI thread and show the mistakes."""
        if self.predictor is None:
            return
        predictor, gen = self.predictor, self._gen
        self.split.setCurrentIndex(max(0, self.split.findData(split)))
        self.show_button.setEnabled(False)
        self.mis_summary.clear()
        self.gallery.set_message(self.tr("Evaluating the network on the split…"))

        def done(result: tuple[str, list[dict[str, Any]], int, int]) -> None:
            if gen != self._gen:
                return
            used, items, wrong, total = result
            self.show_button.setEnabled(True)
            self.split.setCurrentIndex(max(0, self.split.findData(used)))
            self.mis_items = items
            self.gallery.show_items(items)
            text = self.tr("{wrong} of {total} samples misclassified ({acc:.1%} correct).").format(
                wrong=wrong, total=total, acc=1 - wrong / max(1, total)
            )
            if wrong > len(items):
                text += " " + self.tr("The {n} most confident mistakes are shown.").format(n=len(items))
            self.mis_summary.setText(text)
            self.misclassifiedShown.emit()

        def failed(exc: BaseException, _details: str) -> None:
            if gen == self._gen:
                self.show_button.setEnabled(True)
                self.gallery.set_message(self.tr("The split could not be evaluated: {msg}").format(msg=error_text(exc)))

        run_for(self, lambda: _misclassified(predictor, split), done, failed)

    def _explain_toggled(self, on: bool) -> None:
        """The explanation takes half of the height while it is shown (it holds the input again, overlaid)."""
        total = max(1, sum(self.right.sizes()))
        self.right.setSizes([total // 4, total // 4, total // 2] if on else [total * 4 // 9, total * 5 // 9, 40])

    def _explain_mistake(self, k: int) -> None:
        if 0 <= k < len(self.mis_items):
            item = self.mis_items[k]
            name = self.tr("sample {index} (true {true}, predicted {pred})").format(**item)
            self.gallery_explain.set_sample(name, item.get("x"))

    # -- drag and drop -----------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if self.predictor is not None and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.add_inputs(paths)
