"""Scenes for ``danlu --screenshots``: the features the demo flow never reaches, each set up through the real
widgets as a user would (choose, click, drop files) and saved as its own PNG.

:func:`before_demo` runs while the experiment still has its automatic budget; :func:`after_demo` runs once the
demo run has finished and every page was saved. Each scene function returns the names of the files it wrote.
"""

from __future__ import annotations

import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDockWidget

from desktop import theme
from desktop.main_window import MainWindow
from desktop.screenshots import settle, wait_until

#: The scenes' window size: the README's main pictures' (desktop.screenshots may add other sizes for them).
SCENE_SIZE = (1440, 900)
#: The ready-made study of the Studies scene, cut to a budget a 2-core machine runs in well under a minute.
STUDY_PRESET, STUDY_TRIALS, STUDY_SEEDS = "optimizers", 3, 3
GAN_TEMPLATE, GAN_EPOCHS = "conditional_dcgan", 10
#: Digits the Predict scene drops onto the page (one of each, from the built-in set).
PREDICT_DIGITS = (3, 5, 8)


def save(window: MainWindow, out: Path, name: str, page: str | None = None) -> str:
    """Show ``page`` (if given), let the plots redraw and save the window as ``out/name``."""
    if page is not None:
        window.show_page(page)
    settle(0.6)
    window.grab().save(str(out / name))
    return name


def timed(scene: Callable[..., list[str]], *args: Any) -> list[str]:
    """Run one scene and print how long it took (the whole screenshot run must stay short)."""
    start = time.monotonic()
    names = scene(*args)
    print(f"screenshots: {scene.__name__} {time.monotonic() - start:.1f} s -> {', '.join(names)}", flush=True)
    return names


# -- before the demo run -------------------------------------------------------------------------------------
def train_auto(window: MainWindow, out: Path) -> list[str]:
    """``train-auto.png``: the Train page with epochs and batch size ``auto`` and the budget they resolve to
    for the loaded data ("auto: N epochs x M batches of B, stops early ...")."""
    t = window.training

    def shown() -> bool:
        budget = t.budget()
        return budget is not None and t.budget_label.text().startswith(budget.describe())

    wait_until(shown, 60, "the automatic budget on the Train page")
    return [save(window, out, "train-auto.png", "train")]


def before_demo(window: MainWindow, out: str | Path) -> list[str]:
    """The scenes of the default experiment before the demo fixes its epochs (light theme)."""
    theme.apply_theme(QApplication.instance(), "light")
    window.resize(*SCENE_SIZE)
    return timed(train_auto, window, Path(out))


# -- after the demo run --------------------------------------------------------------------------------------
def check_baseline(window: MainWindow) -> list[str]:
    """The Results header must show "network 0.9x - baseline 0.9x"; say why on stderr when it cannot."""
    from models.baseline import headline

    evaluation = window.results.buffer.evaluation
    if headline(evaluation) is None:
        base = (evaluation or {}).get("baseline") or {}
        why = base.get("skipped") or ("no evaluation" if not evaluation else "no baseline in evaluation.json")
        print(f"screenshots: results.png shows no baseline: {why}", file=sys.stderr, flush=True)
    return []


def write_digit_pngs(folder: Path, digits: tuple[int, ...] = PREDICT_DIGITS, size: int = 8) -> list[Path]:
    """One PNG per digit in ``digits`` from the built-in set (scikit-learn's 8x8 digits), ``size`` pixels wide."""
    import numpy as np
    from PIL import Image
    from sklearn.datasets import load_digits

    data = load_digits()
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for digit in digits:
        index = int(np.flatnonzero(data.target == digit)[-1])  # the set's last ones: likely in a held-out split
        picture = Image.fromarray((data.images[index] * 16).clip(0, 255).astype(np.uint8))
        path = folder / f"digit_{digit}.png"
        picture.resize((size, size), Image.Resampling.NEAREST).save(path)
        paths.append(path)
    return paths


def drop_files(widget: Any, paths: list[Path]) -> None:
    """Drop ``paths`` onto ``widget`` as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    widget.dropEvent(event)


def predict_gradcam(window: MainWindow, out: Path, scratch: Path) -> list[str]:
    """``predict-gradcam.png``: a few digit images dropped on the Predict page of the demo run, the first one
    selected and explained with Grad-CAM."""
    predict = window.panels["predict"]
    window.show_page("predict")
    wait_until(lambda: predict.predictor is not None, 60, "the demo run on the Predict page")
    shown: list[bool] = []
    predict.predictionsShown.connect(lambda: shown.append(True))
    drop_files(predict, write_digit_pngs(scratch / "predict"))
    wait_until(lambda: bool(shown), 60, "the predictions of the dropped digits")
    predict.list.setCurrentRow(0)
    explained: list[bool] = []
    view = predict.explain
    view.explained.connect(lambda *_: explained.append(True))
    view.toggle.click()
    wait_until(lambda: bool(explained), 60, "the Grad-CAM overlay")
    # Room for the overlay, as a user makes it: the Log closed (View menu), the splitter dragged to keep the
    # whole 220 px input preview and the top-5 bars, the rest for the explanation.
    log = window.findChild(QDockWidget, "logDock")
    log.toggleViewAction().trigger()
    settle(0.2)
    total = sum(predict.right.sizes())
    predict.right.setSizes([230, 190, max(200, total - 420)])
    names = [save(window, out, "predict-gradcam.png")]
    log.toggleViewAction().trigger()
    return names


def studies(window: MainWindow, out: Path) -> list[str]:
    """``studies.png``: the ready-made optimizer comparison, cut to a few trials and seeds, run from the Studies
    page on the demo's experiment (digits, CNN, its epochs)."""
    panel = window.panels["studies"]
    builder = panel.builder
    window.show_page("studies")
    builder.preset.setCurrentIndex(builder.preset.findData(STUDY_PRESET))
    builder.use_preset.click()
    builder.seeds.setValue(STUDY_SEEDS)
    builder.trials.setValue(STUDY_TRIALS)
    # A name of its own: a study of the preset's name from an earlier run would be continued (or refused).
    builder.name.setText(f"{STUDY_PRESET}-{time.strftime('%Y%m%d-%H%M%S')}")
    finished: list[Any] = []
    window.controller.studyFinished.connect(finished.append)
    panel.run_button.click()
    wait_until(lambda: bool(finished) or panel.status.kind == "error", 300, "the study to finish")
    if not finished:
        raise RuntimeError(f"the study did not start: {panel.status.text.text()}")
    wait_until(lambda: panel.report is not None and bool(panel.report.get("trials")), 30, "the study's report")
    panel.redraw()
    panel.table.selectRow(0)  # the best configuration
    panel.tabs.setCurrentWidget(panel.seeds)  # the seeds' spread: which differences are real
    return [save(window, out, "studies.png", "studies")]


def use_template(window: MainWindow, name: str) -> None:
    """Choose template ``name`` in the Network page's gallery and press its button."""
    from desktop.panels.network.gallery import NAME_ROLE

    network = window.panels["network"]
    gallery = network.gallery
    network.side_tabs.setCurrentWidget(gallery)
    for row in range(gallery.list.count()):
        if gallery.list.item(row).data(NAME_ROLE) == name:
            gallery.list.setCurrentRow(row)
            gallery.list.scrollToItem(gallery.list.item(row), QAbstractItemView.ScrollHint.PositionAtCenter)
            break
    else:
        raise LookupError(f"the gallery has no template {name!r}")
    if not gallery.apply.isEnabled():
        raise RuntimeError(f"template {name!r} cannot be used here: {gallery.list.currentItem().toolTip()}")
    gallery.apply.click()


def write_image_folder(folder: Path, per_class: int = 8, size: int = 32) -> Path:
    """A folder of photos, one subfolder per class: the built-in digits drawn ``size`` pixels wide."""
    import numpy as np
    from PIL import Image
    from sklearn.datasets import load_digits

    data = load_digits()
    for digit in range(10):
        sub = folder / str(digit)
        sub.mkdir(parents=True, exist_ok=True)
        for k, index in enumerate(np.flatnonzero(data.target == digit)[:per_class]):
            picture = Image.fromarray((data.images[index] * 16).clip(0, 255).astype(np.uint8))
            picture.resize((size, size), Image.Resampling.BILINEAR).save(sub / f"{digit}_{k}.png")
    return folder


def network_backbone(window: MainWindow, out: Path, scratch: Path) -> list[str]:
    """``network-backbone.png``: a folder of 32x32 photos dropped on the Data page, the "Fine-tune a pretrained
    ResNet-18" template (no weights imported: ``weights`` none) with stages 0-3 frozen, so the totals under the
    layer table show trainable and frozen parameters. The built-in digits and the CNN are restored after."""
    state = window.state
    data, network = window.panels["data"], window.panels["network"]
    loads: list[Any] = []
    state.dataLoaded.connect(lambda *args: loads.append(args))

    window.show_page("data")
    folder = write_image_folder(scratch / "photos")
    drop_files(data, [folder])
    wait_until(lambda: bool(loads) and state.experiment.data.path == str(folder), 60, "the photo folder")
    window.show_page("network")
    loads.clear()
    use_template(window, "finetune")  # RGB 224x224: the data reload as the backbone expects them
    wait_until(lambda: bool(loads) and state.network_ok, 60, "the fine-tuning template")
    network.tree.select_path((0,))
    network.inspector.editors["weights"].edit("none")  # the same picture whatever the weights library holds
    network.inspector.editors["freeze"].edit(3)
    wait_until(lambda: network.summary is not None and network.summary.frozen > 0, 30, "the frozen stages")
    names = [save(window, out, "network-backbone.png")]

    loads.clear()  # back to the demo's experiment: the built-in digits and the CNN
    source, builtin = data.form.form["source"].combo, data.form.form["name"].combo
    source.setCurrentIndex(source.findData("builtin"))
    builtin.setCurrentIndex(builtin.findData("digits"))
    wait_until(lambda: bool(loads) and state.experiment.data.name == "digits", 60, "the built-in digits")
    use_template(window, "lenet")
    wait_until(lambda: state.experiment.network.template == "lenet" and state.network_ok, 30, "the CNN")
    return names


def gan_results(window: MainWindow, out: Path) -> list[str]:
    """``gan-results.png``: the conditional DCGAN template on the digits, trained a few epochs from the Train
    page; the Results page shows the GAN view (losses, quality, the sample grid and one row per class)."""
    use_template(window, GAN_TEMPLATE)
    wait_until(lambda: window.state.is_gan and window.state.network_ok, 30, "the GAN template")
    window.show_page("train")
    window.training.epochs.edit(GAN_EPOCHS)
    window.training.options.form["gan.feature_epochs"].edit(1)  # the quality classifier: one quick epoch
    finished: list[Any] = []
    window.controller.runFinished.connect(finished.append)
    window.training.train_button.click()
    wait_until(lambda: bool(finished), 300, "the GAN run to finish")
    return [save(window, out, "gan-results.png", "results")]


def after_demo(window: MainWindow, out: str | Path) -> list[str]:
    """The scenes that need the demo run (Predict) or change the experiment (study, backbone, GAN), in light."""
    out = Path(out)
    theme.apply_theme(QApplication.instance(), "light")
    window.resize(*SCENE_SIZE)
    written = check_baseline(window)
    with tempfile.TemporaryDirectory(prefix="danlu-screenshots-") as scratch:
        written += timed(predict_gradcam, window, out, Path(scratch))
        written += timed(studies, window, out)
        written += timed(network_backbone, window, out, Path(scratch))
        written += timed(gan_results, window, out)
    return written
