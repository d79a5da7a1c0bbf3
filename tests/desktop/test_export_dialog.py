"""ExportDialog and the report opener, driven like a user would (offscreen)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop.dialogs.export_dialog import ExportDialog
from desktop.dialogs.report import open_report
from tests.models.tiny_runs import train_digits

pytestmark = pytest.mark.slow  # the dialogs export and report a run trained for the module


@pytest.fixture(scope="module")
def run_dir(tmp_path_factory) -> Path:
    return train_digits(tmp_path_factory.mktemp("runs"))


def test_export_from_the_dialog_shows_the_parity_result(qtbot, run_dir, tmp_path):
    dialog = ExportDialog(run_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.destination.text().endswith(f"{run_dir.name}-best.onnx")
    dialog.format.setCurrentIndex(dialog.format.findData("torchscript"))
    assert dialog.destination.text().endswith(".pt")  # the default follows the format
    dialog.set_destination(tmp_path / "model.pt")
    with qtbot.waitSignal(dialog.exported, timeout=120_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    result = blocker.args[0]
    assert result.model_path == tmp_path / "model.pt" and result.model_path.is_file()
    assert (tmp_path / "model.pt.json").is_file()
    text = dialog.parity.text()
    assert text.startswith("Parity passed: max |difference|") and "32 samples" in text and "torch.jit.load" in text
    assert dialog.export_button.isEnabled() and dialog.show_button.isEnabled()
    assert str(tmp_path / "model.pt") in dialog.status.text()


def test_dialog_reports_a_failed_export_and_writes_nothing(qtbot, run_dir, tmp_path):
    blocker_file = tmp_path / "a-file"
    blocker_file.write_text("x")
    dialog = ExportDialog(run_dir)
    qtbot.addWidget(dialog)
    dialog.set_destination(blocker_file / "model.onnx")
    with qtbot.waitSignal(dialog.failed, timeout=120_000) as blocker:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "cannot write the export there" in blocker.args[0]
    assert dialog.parity.text().startswith("Export failed:") and "Nothing was written" in dialog.status.text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file"]


def test_open_report_writes_and_opens_the_html(qtbot, run_dir, monkeypatch):
    opened: list[str] = []
    monkeypatch.setattr("desktop.dialogs.report.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    done: list[Path] = []
    open_report(run_dir, on_done=done.append, on_error=pytest.fail)
    qtbot.waitUntil(lambda: bool(done), timeout=120_000)
    assert done[0] == run_dir / "report.html" and opened == [str(run_dir / "report.html")]
    assert 'id="confusion-matrix"' in done[0].read_text(encoding="utf-8")


def test_runs_panel_export_button_opens_the_dialog(qtbot, main_window, runs_dir, run_dir, monkeypatch):  # noqa: ANN001
    import shutil

    from tests.desktop.helpers import click

    copy = runs_dir / run_dir.name
    shutil.copytree(run_dir, copy)
    runs = main_window.runs
    main_window.show_page("runs")
    click(qtbot, runs.refresh_button)
    runs.select_run(str(copy))
    assert runs.export_button.isEnabled() and runs.report_button.isEnabled()
    click(qtbot, runs.export_button)
    dialog = runs.findChild(ExportDialog)
    assert dialog is not None and dialog.run_dir == copy
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        click(qtbot, dialog.export_button)
    assert dialog.parity.text().startswith("Parity passed") and (copy / "exports").is_dir()
    dialog.close()
    opened: list[str] = []
    monkeypatch.setattr("desktop.dialogs.report.QDesktopServices.openUrl", lambda url: opened.append(url.toLocalFile()))
    click(qtbot, runs.report_button)
    qtbot.waitUntil(lambda: bool(opened), timeout=120_000)
    assert opened == [str(copy / "report.html")]


def test_results_panel_exports_the_finished_run(qtbot, main_window, run_dir):  # noqa: ANN001
    from desktop.run_buffer import RunBuffer
    from tests.desktop.helpers import click

    results = main_window.results
    assert not results.export_button.isEnabled()  # no run yet
    results.buffer = RunBuffer.from_run_dir(run_dir)  # as after a run finished in this session
    results._active_changed(False)
    assert results.export_button.isEnabled() and results.report_button.isEnabled()
    click(qtbot, results.export_button)
    dialog = results.findChild(ExportDialog)
    assert dialog is not None and dialog.run_dir == run_dir
    dialog.format.setCurrentIndex(dialog.format.findData("safetensors"))
    with qtbot.waitSignal(dialog.exported, timeout=120_000):
        click(qtbot, dialog.export_button)
    assert "Parity passed" in dialog.parity.text() and dialog.result.model_path.suffix == ".safetensors"


def _fully_shown(qtbot, dialog) -> None:  # noqa: ANN001
    """Every line of the result is on screen and nothing overlaps (the dialog grew to fit)."""
    status, parity, buttons = dialog.status, dialog.parity, dialog.buttons

    def fits() -> bool:
        return (
            status.height() >= status.document().size().height()
            and status.geometry().bottom() < parity.geometry().top()
            and parity.height() >= parity.heightForWidth(parity.width())
            and parity.geometry().bottom() < buttons.geometry().top()
            and buttons.geometry().bottom() <= dialog.height()
        )

    qtbot.waitUntil(fits, timeout=5_000)


def test_the_dialog_grows_to_show_a_long_path_whole_and_selectable(qtbot, run_dir, tmp_path):
    import stat

    deep = tmp_path.joinpath(*[f"a_folder_with_a_long_name_{i}" for i in range(5)])  # no spaces to wrap at
    deep.mkdir(parents=True)
    dialog = ExportDialog(run_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    height = dialog.height()
    dialog.format.setCurrentIndex(dialog.format.findData("safetensors"))
    dialog.set_destination(deep / "model.safetensors")
    old = os.umask(0o022)
    try:
        with qtbot.waitSignal(dialog.exported, timeout=120_000) as blocker:
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    finally:
        os.umask(old)
    result = blocker.args[0]
    assert str(result.model_path) in dialog.status.text() and str(result.metadata_path) in dialog.status.text()
    _fully_shown(qtbot, dialog)
    assert dialog.height() > height  # it grew to the result
    assert dialog.status.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    assert dialog.status.horizontalScrollBar().maximum() == 0  # wrapped, not cut off at the side
    assert stat.S_IMODE(result.model_path.stat().st_mode) == 0o644  # not mkstemp's owner-only 0600
    if os.environ.get("DANLU_SHOTS"):
        dialog.grab().save(os.path.join(os.environ["DANLU_SHOTS"], "export-dialog-long-path.png"))

    dialog.resize(420, dialog.height())  # narrower: more lines, the dialog grows again
    _fully_shown(qtbot, dialog)
    dialog._error(RuntimeError("cannot write " + str(deep / "x.onnx") + " because " + "reasons " * 30), "")
    _fully_shown(qtbot, dialog)
