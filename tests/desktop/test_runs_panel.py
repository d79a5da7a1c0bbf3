"""Runs panel: list run folders, open one (saved curves, ROC, confusion), overlay several, delete, reveal."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtGui import QDesktopServices

from models.spec import Experiment
from tests.desktop.helpers import click

CSV_HEADER = "epoch,lr-Adam,step,train_loss_epoch,train_loss_step,val_acc,val_auroc,val_f1,val_loss\n"


def make_run(runs_dir: Path, name: str, status: str, val_losses: list[float], created: float, **fields: object) -> Path:
    """A run folder as fit() writes it (plain files), without training anything; ``fields`` go into status.json."""
    run = runs_dir / name
    (run / "checkpoints").mkdir(parents=True)
    (run / "checkpoints" / "last.ckpt").write_bytes(b"")
    (run / "experiment.yaml").write_text(Experiment(name=name).to_yaml(), encoding="utf-8")
    best = min(val_losses)
    (run / "status.json").write_text(
        json.dumps(
            {
                "created": created,
                "status": status,
                "dataset": "builtin:digits",
                "network": "lenet",
                "task": "classification",
                "monitor": "val_loss",
                "epochs_completed": len(val_losses),
                "best_metric": best,
                **fields,
            }
        ),
        encoding="utf-8",
    )
    rows = [CSV_HEADER]
    for epoch, loss in enumerate(val_losses):
        step = epoch * 20 + 19
        rows += [
            f",0.001,{epoch * 20},,,,,,\n",
            f"{epoch},,{step},,{loss + 0.1},,,,\n",
            f"{epoch},,{step},,,{1 - loss / 3},0.99,{1 - loss / 3},{loss}\n",
            f"{epoch},,{step},{loss + 0.2},,,,,\n",
        ]
    (run / "metrics.csv").write_text("".join(rows), encoding="utf-8")
    confusion = [[5, 1, 0], [0, 6, 0], [1, 0, 7]]
    (run / "evaluation.json").write_text(
        json.dumps(
            {
                "split": "test",
                "task": "classification",
                "metrics": {"acc": 0.9},
                "class_names": ["a", "b", "c"],
                "roc": [{"label": c, "fpr": [0, 0.1, 1], "tpr": [0, 0.9, 1], "auc": 0.95} for c in "abc"],
                "confusion": confusion,
                "num_samples": 20,
            }
        ),
        encoding="utf-8",
    )
    return run


def test_runs_are_listed_opened_compared_revealed_and_deleted(qtbot, main_window, runs_dir, monkeypatch):  # noqa: ANN001
    now = time.time()
    old = make_run(runs_dir, "20260101-120000-first", "finished", [1.0, 0.6, 0.4], now - 60)
    new = make_run(runs_dir, "20260102-120000-second", "stopped", [0.9, 0.5], now)
    runs = main_window.runs
    main_window.show_page("runs")
    click(qtbot, runs.refresh_button)
    assert [r.path for r in runs.runs] == [str(new), str(old)]  # newest first
    cells = [runs.table.item(0, c).text() for c in range(runs.table.columnCount())]
    assert cells[0] == new.name and cells[2] == "builtin:digits" and cells[3] == "lenet"
    assert cells[4] == "val_loss 0.5000" and cells[5] == "" and cells[6] == "2" and cells[7] == "stopped"

    opened: list[str] = []
    runs.runOpened.connect(opened.append)
    runs.select_run(str(old))
    click(qtbot, runs.open_button)
    assert opened == [str(old)] and main_window.training.resume_target == str(old)
    detail = runs.detail
    assert list(detail.loss.val_curve.getData()[1]) == [1.0, 0.6, 0.4]
    assert detail.metrics.point_count("val_acc") == 3
    assert detail.confusion.image.image.shape == (3, 3) and int(detail.confusion.image.image.sum()) == 20
    assert len(detail.roc.legend_texts()) == 3 and "AUC 0.950" in detail.roc.legend_texts()[0]
    assert "test" in detail.confusion.title
    x, lr = detail.lr.live_curve.getData()
    assert len(x) > 0 and set(lr) == {0.001}
    assert runs.resume_button.isEnabled()

    runs.table.selectAll()
    assert runs.compare.curve_names() == [new.name, old.name]
    combo = runs.compare.metric_choice
    offered = [combo.itemData(i) for i in range(combo.count())]
    assert "val_acc" in offered and not {"val_mse", "val_mae", "val_r2"} & set(offered)  # classification runs
    combo.setCurrentIndex(combo.findData("val_acc"))
    assert runs.compare.curve_names() == [new.name, old.name]
    assert "accuracy" in runs.compare.plot.getPlotItem().titleLabel.text

    revealed: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: revealed.append(url.toLocalFile()) or True)
    runs.table.clearSelection()
    runs.select_run(str(new))
    click(qtbot, runs.reveal_button)
    assert revealed == [str(new)]

    monkeypatch.setattr(runs, "confirm", lambda title, text: False)
    click(qtbot, runs.delete_button)
    assert new.exists()  # "No" keeps it
    monkeypatch.setattr(runs, "confirm", lambda title, text: new.name in text)
    click(qtbot, runs.delete_button)
    assert not new.exists() and old.exists()
    assert [r.path for r in runs.runs] == [str(old)]


def test_runs_say_why_they_ended_and_a_damaged_status_is_flagged_not_fatal(qtbot, main_window, runs_dir) -> None:  # noqa: ANN001
    now = time.time()
    ended = {
        "early": ("finished", "early_stopping", "early stopping after epoch 2 of 10", 10),
        "user": ("stopped", "user", "stopped by the user; resume it to continue from last.ckpt", 10),
        "diverged": ("failed", "error", "training diverged: the training loss grew from 2.3 to 4e+21", 10),
        "done": ("finished", "completed", "", 2),
        "asked": ("finished", "target", "trained to epoch 2 as asked; resume to continue to epoch 30", 30),
    }
    for i, (name, (status, reason, message, planned)) in enumerate(ended.items()):
        make_run(
            runs_dir, name, status, [0.9, 0.5], now - i, stop_reason=reason, message=message, epochs_planned=planned
        )
    make_run(runs_dir, "listed", "finished", [0.9, 0.5], now - 10)
    (runs_dir / "listed" / "status.json").write_text("[1, 2]")
    make_run(runs_dir, "three", "finished", [0.9, 0.5], now - 11, epochs_completed="three")
    runs = main_window.runs
    main_window.show_page("runs")
    click(qtbot, runs.refresh_button)
    assert runs.table.rowCount() == 7  # the damaged ones never hide the others

    def cells(name: str) -> list:
        row = next(r for r in range(runs.table.rowCount()) if runs.table.item(r, 0).text() == name)
        return [runs.table.item(row, c) for c in range(runs.table.columnCount())]

    status = {name: cells(name)[7].text() for name in ended}
    assert status == {
        "early": "finished (stopped early)",
        "user": "stopped by you",
        "diverged": "failed (diverged)",
        "done": "finished",
        "asked": "finished (as asked)",
    }
    assert cells("early")[6].text() == "2 of 10" and cells("done")[6].text() == "2"
    assert cells("diverged")[7].toolTip().startswith("training diverged: the training loss grew")
    assert "early stopping after epoch 2 of 10" in cells("early")[7].toolTip()

    for name, problem in (("listed", "holds a list"), ("three", "epochs_completed is 'three'")):
        row = cells(name)
        assert "status.json damaged" in row[7].text(), name
        assert problem in row[7].toolTip() and problem in row[0].toolTip(), name
        assert not row[7].icon().isNull()  # a warning sign beside the text
    runs.select_run(str(runs_dir / "three"))
    click(qtbot, runs.open_button)  # still opens: its curves are in metrics.csv
    assert len(runs.detail.loss.val_curve.getData()[0]) == 2
    if os.environ.get("DANLU_SHOTS"):
        main_window.grab().save(os.path.join(os.environ["DANLU_SHOTS"], "runs-page.png"))
        from PySide6.QtWidgets import QSplitter

        runs.findChild(QSplitter).setSizes([400, 300])  # every row (the page's default split shows two)
        runs.grab().save(os.path.join(os.environ["DANLU_SHOTS"], "runs-table.png"))
