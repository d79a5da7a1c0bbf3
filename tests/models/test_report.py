"""``danlu report``: a self-contained HTML report with curves, ROC AUCs, confusion matrix and examples."""

from __future__ import annotations

import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from models.cli import main as cli_main
from models.report import build_report
from models.report.svg import Series, heatmap, line_chart, nice_ticks
from models.training.metrics_log import read_metrics_csv
from tests.models.tiny_runs import train_digits


@pytest.fixture(scope="module")
def digits_run(tmp_path_factory) -> Path:
    return train_digits(tmp_path_factory.mktemp("runs"), epochs=2)


def _svgs(html: str) -> dict[str, ET.Element]:
    """Every inline SVG, parsed as XML (so each is well-formed), by id."""
    out = {}
    for i, text in enumerate(re.findall(r"<svg.*?</svg>", html, re.S)):
        root = ET.fromstring(text)
        out[root.get("id") or f"svg{i}"] = root
    return out


@pytest.mark.slow
def test_report_has_confusion_matrix_roc_aucs_and_curves(digits_run):
    path = build_report(digits_run)
    assert path == digits_run / "report.html"
    html = path.read_text(encoding="utf-8")
    ev = json.loads((digits_run / "evaluation.json").read_text())
    svgs = _svgs(html)
    assert {"loss-curve", "metric-curves", "roc-curves", "confusion-matrix"} <= set(svgs)
    # the confusion matrix shows every count of the run's evaluation, cell by cell
    counts = [str(v) for row in ev["confusion"] for v in row]
    titles = [t.text for t in svgs["confusion-matrix"].iter("{http://www.w3.org/2000/svg}title")]
    assert len(titles) == len(counts) and all(t.endswith(f": {c}") for t, c in zip(titles, counts))
    # every class's ROC AUC, in the legend and in the table
    for roc in ev["roc"]:
        assert f"{roc['label']} (AUC {roc['auc']:.3f})" in html
        assert f"<td>{roc['label']}</td><td class='num'>{roc['auc']:.4f}</td>" in html
    assert "id='per-class'" in html and "id='class-counts'" in html and "id='network'" in html
    if ev["misclassified"]:
        assert "id='misclassified'" in html and "data:image/png;base64," in html
    # self-contained: nothing is fetched from elsewhere
    assert not re.search(r"""(src|href)=["']?(https?:|file:|/)""", html)


@pytest.mark.slow
def test_report_without_evaluation_json_evaluates_now(digits_run, tmp_path):
    run = tmp_path / "copy"
    shutil.copytree(digits_run, run)
    (run / "evaluation.json").unlink()
    html = build_report(run, with_data=False).read_text(encoding="utf-8")
    assert "evaluated now" in html and 'id="confusion-matrix"' in html
    assert not (run / "evaluation.json").exists()


@pytest.mark.slow
def test_cli_report(digits_run, tmp_path, capsys):
    out = tmp_path / "r.html"
    assert cli_main(["report", str(digits_run), "--out", str(out), "--no-data"]) == 0
    assert capsys.readouterr().out.strip() == str(out) and out.stat().st_size > 1000
    assert cli_main(["report", str(tmp_path)]) == 2
    assert "not a run folder" in capsys.readouterr().err


def test_metrics_csv_sparse_rows_are_merged_per_epoch(tmp_path):
    csv = tmp_path / "metrics.csv"
    csv.write_text(
        "epoch,lr-Adam,step,train_loss_epoch,val_loss,val_acc\n,0.001,0,,,\n0,,9,,0.9,0.5\n"
        "0,,9,1.2,,\n1,,19,,0.7,0.75\n1,,19,0.8,,\n"
    )
    log = read_metrics_csv(csv)
    assert log.epochs == [
        {"epoch": 0.0, "val_loss": 0.9, "val_acc": 0.5, "train_loss": 1.2},  # the registry's name for the column
        {"epoch": 1.0, "val_loss": 0.7, "val_acc": 0.75, "train_loss": 0.8},
    ]
    assert log.lr == [(0, 0.001)] and log.steps_per_epoch == 10
    assert read_metrics_csv(tmp_path / "missing.csv").epochs == []


def test_svg_writer_produces_well_formed_charts():
    chart = line_chart(
        [Series("a & b", [0, 1, 2], [1.0, float("nan"), 3.0])], title="T <1>", xlabel="x", ylabel="y", element_id="c"
    )
    heat = heatmap([[3, 1], [0, 4]], row_labels=["p", "q"], col_labels=["p", "q"], title="M", xlabel="x", ylabel="y")
    for svg in (chart, heat):
        ET.fromstring(svg)
    assert "a &amp; b" in chart and "T &lt;1&gt;" in chart
    assert nice_ticks(0, 1) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
