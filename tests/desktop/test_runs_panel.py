"""Runs panel: list run folders, open one (saved curves, ROC, confusion), overlay several, delete, reveal."""

from __future__ import annotations

import json
import time
from pathlib import Path

from PySide6.QtGui import QDesktopServices

from models.spec import Experiment
from tests.desktop.helpers import click

CSV_HEADER = "epoch,lr-Adam,step,train_loss_epoch,train_loss_step,val_acc,val_auroc,val_f1,val_loss\n"


def make_run(runs_dir: Path, name: str, status: str, val_losses: list[float], created: float) -> Path:
    """A run folder as fit() writes it (plain files), without training anything."""
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
