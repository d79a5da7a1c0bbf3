"""File datasets train end to end through fit(): every sequence format (1D-CNN, LSTM and Transformer
templates), a text CSV with the LSTM template, a forecasting CSV (MAE reported) and an image folder."""

from __future__ import annotations

import json

import pytest

from models.defaults import experiment_for
from models.spec.data import DataSpec, ForecastOptions
from models.spec.train import TrainSpec
from models.training import fit
from models.vocab import metrics_for
from tests.models.test_data_support import (
    forecast_rows,
    make_image_folder,
    text_rows,
    waves,
    write_csv,
    write_long_csv,
    write_npz,
    write_ts,
    write_ucr,
)

pytestmark = pytest.mark.slow  # every test trains a small file dataset end to end

TRAIN = TrainSpec(epochs=1, batch_size=16, accelerator="cpu")


def run(tmp_path, data: DataSpec, template: str):
    exp = experiment_for(data, template, name="t", train=TRAIN)
    result = fit(exp, runs_dir=tmp_path / "runs")
    assert result.status == "finished", result.message
    return result, json.loads((result.run_dir / "evaluation.json").read_text())


# Each format is paired with a template so the three templates and four formats are all covered in four runs
# (the DataModules hand identical [N, T, F] tensors to the network whatever the file format).
@pytest.mark.parametrize(
    ("fmt", "template"), [("ts", "fcn1d"), ("ucr", "lstm"), ("npz", "transformer"), ("long_csv", "fcn1d")]
)
def test_sequence_formats_train(fmt, template, tmp_path):
    channels = 1 if fmt == "ucr" else 2
    xs, ys = waves(n_per_class=16, length=16, channels=channels, variable=fmt == "ts")
    path = {
        "ts": lambda: write_ts(tmp_path / "d.ts", xs, ys),
        "ucr": lambda: write_ucr(tmp_path / "d.tsv", xs, ys),
        "npz": lambda: write_npz(tmp_path / "d.npz", xs, ys),
        "long_csv": lambda: write_long_csv(tmp_path / "d.csv", xs, ys),
    }[fmt]()
    result, ev = run(tmp_path, DataSpec(source="sequence", name=None, path=str(path)), template)
    assert ev["class_names"] == ["a", "b"] and ev["num_samples"] > 0
    assert "sequence:" in (result.run_dir / "experiment.yaml").read_text()


def test_text_csv_trains_with_lstm(tmp_path):
    header, rows = text_rows(48)
    data = DataSpec(source="text", name=None, path=str(write_csv(tmp_path / "t.csv", header, rows)))
    result, ev = run(tmp_path, data, "lstm")
    assert ev["class_names"] == ["neg", "pos"]
    assert "vocab:" in (result.run_dir / "experiment.yaml").read_text()  # ids stay valid for prediction


def test_forecasting_csv_trains_and_reports_mae(tmp_path):
    header, rows = forecast_rows(160)
    data = DataSpec(
        source="forecasting",
        name=None,
        path=str(write_csv(tmp_path / "f.csv", header, rows)),
        forecast=ForecastOptions(window=12, horizon=2),
    )
    _, ev = run(tmp_path, data, "forecaster")
    assert ev["metrics"]["mae"] >= 0
    assert {m.key for m in metrics_for("forecasting")} - {"loss"} <= set(ev["metrics"])  # the registry is true


def test_image_folder_trains_with_lenet(tmp_path):
    root = make_image_folder(tmp_path / "imgs", per_class=12)
    _, ev = run(tmp_path, DataSpec(source="image_folder", name=None, path=str(root)), "lenet")
    assert ev["class_names"] == ["circle", "square"]
