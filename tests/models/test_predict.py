"""``predict``/``danlu predict``: same classes as the run's evaluation, training preprocessing, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
import torch
from PIL import Image

from models.cli import main as cli_main
from models.data import build_datamodule
from models.errors import DataError
from models.network import make_template
from models.predict import Predictor, predict
from models.spec import DataSpec, Experiment, TrainSpec
from models.training import fit

TRAIN = {"epochs": 2, "accelerator": "cpu", "batch_size": 16}


def _pattern(kind: int, rng: np.random.Generator) -> np.ndarray:
    """16x16 RGB: horizontal bars, vertical bars, or a red blob, with noise."""
    img = rng.integers(0, 60, size=(16, 16, 3))
    if kind == 0:
        img[::4] += 180
    elif kind == 1:
        img[:, ::4] += 180
    else:
        img[4:12, 4:12, 0] += 190
    return np.clip(img, 0, 255).astype(np.uint8)


def _train(tmp: Path, data: DataSpec, template: str, name: str, epochs: int = 2) -> Path:
    info = build_datamodule(data, num_workers=0).info
    exp = Experiment(
        name=name,
        data=data,
        network=make_template(template, info),
        train=TrainSpec.model_validate(
            {
                **TRAIN,
                "epochs": epochs,
                "task": info.task,
                "loss": "cross_entropy" if info.task == "classification" else "mse",
            },
            strict=False,
        ),
    )
    return fit(exp, runs_dir=tmp / "runs", progress_bar=False).run_dir


@pytest.fixture(scope="module")
def image_run(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("images")
    rng = np.random.default_rng(0)
    for k, cls in enumerate(("bars", "columns", "blob")):
        (tmp / "data" / cls).mkdir(parents=True)
        for i in range(20):
            Image.fromarray(_pattern(k, rng)).save(tmp / "data" / cls / f"{i:02d}.png")
    data = DataSpec(source="image_folder", name=None, path=str(tmp / "data"))
    return _train(tmp, data, "lenet", "shapes"), tmp


@pytest.mark.slow
def test_predict_on_held_out_images_matches_the_runs_evaluation(image_run):
    run, _ = image_run
    ev = json.loads((run / "evaluation.json").read_text())
    exp_data = Predictor(run).experiment.data
    test_set = build_datamodule(exp_data, num_workers=0).test_set
    assert ev["split"] == "test" and len(test_set) == ev["num_samples"]
    expected = np.asarray(test_set.labels).copy()
    for wrong in ev["misclassified"]:
        expected[wrong["index"]] = wrong["pred"]
    results = predict(run, test_set.paths, top_k=3)
    assert [r.top_k[0].index for r in results] == expected.tolist()
    assert [r.input for r in results] == [str(p) for p in test_set.paths]
    for r in results:
        probs = [c.probability for c in r.top_k]
        assert len(probs) == 3 and probs == sorted(probs, reverse=True) and sum(probs) <= 1 + 1e-6


@pytest.mark.slow
def test_predict_array_and_folder_inputs(image_run):
    run, tmp = image_run
    predictor = Predictor(run)
    img = _pattern(2, np.random.default_rng(5))
    Image.fromarray(img).save(tmp / "one.png")
    from_file = predictor.predict([tmp / "one.png"])[0]
    from_array = predictor.predict([img])[0]
    assert from_file.label == from_array.label and from_array.input == "array 1"
    assert abs(from_file.top_k[0].probability - from_array.top_k[0].probability) < 1e-5
    folder = predictor.predict([tmp / "data" / "blob"], top_k=1)
    assert len(folder) == 20 and all(len(r.top_k) == 1 for r in folder)


@pytest.mark.slow
def test_cli_predict_prints_json_top_k(image_run, capsys):
    run, tmp = image_run
    files = sorted((tmp / "data" / "bars").glob("*.png"))[:2]
    code = cli_main(["predict", str(run), *map(str, files), "--top-k", "2"])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and [o["input"] for o in out] == [str(f) for f in files]
    assert all(len(o["top_k"]) == 2 and o["label"] in ("bars", "columns", "blob") for o in out)


@pytest.mark.slow
def test_wrong_input_type_names_the_file(image_run, tmp_path, capsys):
    run, _ = image_run
    bad = tmp_path / "notes.txt"
    bad.write_text("not an image")
    with pytest.raises(DataError, match="notes.txt: not an image"):
        predict(run, [bad])
    code = cli_main(["predict", str(run), str(bad)])
    err = capsys.readouterr().err
    assert code == 2 and "notes.txt" in err and "Traceback" not in err
    with pytest.raises(DataError, match="no such file"):
        predict(run, [tmp_path / "missing.png"])


@pytest.fixture(scope="module")
def sequence_run(tmp_path_factory) -> Path:
    return _train(tmp_path_factory.mktemp("seq"), DataSpec(name="waveforms"), "gru", "waves", epochs=1)


@pytest.mark.slow
def test_predict_sequence_file_and_wrong_shape(sequence_run, tmp_path):
    from models.data.builtin import make_waveforms

    x, _ = make_waveforms(n_per_class=3, seed=7)
    np.save(tmp_path / "waves.npy", x)
    predictor = Predictor(sequence_run)
    results = predictor.predict([tmp_path / "waves.npy"], top_k=1)
    with torch.no_grad():
        direct = predictor.network(torch.as_tensor(x)).argmax(-1).tolist()
    assert [r.top_k[0].index for r in results] == direct
    assert results[0].input.endswith("waves.npy sample 1")
    np.save(tmp_path / "two_channels.npy", np.repeat(x, 2, axis=2))
    with pytest.raises(DataError, match=r"two_channels.npy sample 1: .*\[64, 2\].*\[64, 1\]"):
        predictor.predict([tmp_path / "two_channels.npy"])


@pytest.mark.slow
def test_predict_tabular_csv_uses_the_training_encoding(tmp_path):
    rng = np.random.default_rng(0)
    n = 90
    size = rng.normal(10, 3, n)
    colour = rng.choice(["red", "green", "blue"], n)
    label = np.where(size + (colour == "red") * 4 > 11, "big", "small")
    rows = ["size,colour,label"] + [f"{s:.3f},{c},{lab}" for s, c, lab in zip(size, colour, label)]
    (tmp_path / "train.csv").write_text("\n".join(rows) + "\n")
    data = DataSpec(source="tabular", name=None, path=str(tmp_path / "train.csv"), target_column="label")
    run = _train(tmp_path, data, "mlp", "table")
    predictor = Predictor(run)
    dm = build_datamodule(predictor.experiment.data, num_workers=0)
    test_ix = dm.split_index["test"]
    (tmp_path / "new.csv").write_text("size,colour\n" + "\n".join(f"{size[i]:.3f},{colour[i]}" for i in test_ix))
    results = predictor.predict([tmp_path / "new.csv"])
    with torch.no_grad():
        direct = predictor.network(dm.test_set.tensors[0]).softmax(-1)
    assert [r.top_k[0].index for r in results] == direct.argmax(-1).tolist()
    assert np.allclose([r.top_k[0].probability for r in results], direct.max(-1).values.numpy(), atol=1e-5)
    (tmp_path / "short.csv").write_text("size\n1.0\n")
    with pytest.raises(DataError, match=r"short.csv: lacks the column\(s\) 'colour'"):
        predictor.predict([tmp_path / "short.csv"])


@pytest.mark.slow
def test_predict_regression_csv_reports_values_in_the_targets_units(tmp_path):
    from sklearn.datasets import load_diabetes

    run = _train(tmp_path, DataSpec(name="diabetes"), "mlp_regressor", "diabetes", epochs=1)
    predictor = Predictor(run)
    dm = build_datamodule(predictor.experiment.data, num_workers=0)
    d = load_diabetes()
    test_ix, train_ix = dm.split_index["test"], dm.split_index["train"]
    rows = [",".join(d.feature_names)] + [",".join(f"{v:.17g}" for v in d.data[i]) for i in test_ix]
    (tmp_path / "patients.csv").write_text("\n".join(rows) + "\n")
    results = predictor.predict([tmp_path / "patients.csv"])
    assert results[0].input.endswith("patients.csv row 1") and results[0].top_k == []
    with torch.no_grad():
        standardised = predictor.network(dm.test_set.tensors[0]).numpy()[:, 0]
    y = d.target[train_ix]
    expected = standardised * (y.std() + 1e-8) + y.mean()
    assert np.allclose([r.value[0] for r in results], expected, rtol=1e-5, atol=1e-3)
    assert results[0].to_dict()["value"] == results[0].value


def test_tabular_regression_target_scale_matches_the_training_standardisation(tmp_path):
    from models.predict_inputs import InputReader

    rng = np.random.default_rng(1)
    x = rng.normal(size=60)
    target = 100 + 20 * x + rng.normal(size=60)
    (tmp_path / "t.csv").write_text("x,price\n" + "\n".join(f"{a:.6f},{b:.6f}" for a, b in zip(x, target)))
    spec = DataSpec(source="tabular", name=None, path=str(tmp_path / "t.csv"), target_column="price")
    dm = build_datamodule(spec, num_workers=0)
    mean, std = InputReader(dm.resolved_spec(), dm.info).target_scale()
    raw = np.asarray([float(f"{b:.6f}") for b in target])
    # the training targets are exactly (raw - mean) / std
    assert np.allclose(dm.arrays[1][:, 0], (raw - mean[0]) / std[0], atol=1e-5)
