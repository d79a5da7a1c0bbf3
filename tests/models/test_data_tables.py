"""CSV-based sources (tabular, text, forecasting), CSV bad inputs, splits, summaries and built-ins."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from models.data import build_datamodule, inspect
from models.data.base import split_indices
from models.data.previews import sample_series
from models.errors import DataError
from models.spec.data import BUILTIN_NAMES, DataSpec, ForecastOptions, SplitSpec, TextOptions
from tests.models.test_data_support import forecast_rows, prediction_batch, tabular_rows, text_rows, write_csv


def spec(source, path, **kw) -> DataSpec:
    return DataSpec(source=source, name=None, path=str(path), **kw)


def test_tabular_standardises_one_hot_encodes_and_imputes(tmp_path):
    header, rows = tabular_rows()
    dm = build_datamodule(spec("tabular", write_csv(tmp_path / "t.csv", header, rows)), num_workers=0)
    info = dm.info
    assert info.modality == "tabular" and info.task == "classification" and info.class_names == ("no", "yes")
    assert info.input_shape == (5,)  # x1, x2, colour one-hot (3)
    x = dm.arrays[0]
    assert np.isfinite(x).all()
    tr = dm.split_index["train"]
    assert abs(x[tr, 1].mean()) < 1e-6 and abs(x[tr, 1].std() - 1) < 1e-3
    assert set(np.unique(x[:, 2:])) == {0.0, 1.0} and (x[:, 2:].sum(1) == 1).all()
    notes = " ".join(dm.summary().notes)
    assert "standardised" in notes and "one-hot" in notes and "'x1' 6 missing -> median" in notes


def test_tabular_regression_target_is_detected(tmp_path):
    rng = np.random.default_rng(0)
    rows = [[f"{a:.3f}", f"{2 * a + 0.1 * rng.normal():.3f}"] for a in rng.normal(size=40)]
    dm = build_datamodule(
        spec("tabular", write_csv(tmp_path / "r.csv", ["a", "price"], rows), target_column="price"),
        num_workers=0,
    )
    assert dm.info.task == "regression" and dm.info.num_outputs == 1 and dm.arrays[1].dtype == np.float32
    assert any("standardised" in n for n in dm.summary().notes)


def test_csv_bad_inputs_name_line_and_column(tmp_path):
    header, rows = tabular_rows(n=30)
    path = write_csv(tmp_path / "bad.csv", header, rows)
    lines = path.read_text().splitlines()
    ragged = lines.copy()
    ragged[7] += ",extra"
    path.write_text("\n".join(ragged) + "\n")
    with pytest.raises(DataError, match=r"bad.csv line 8: 5 fields, but the header has 4"):
        build_datamodule(spec("tabular", path))
    lines[12] = "abc," + lines[12].split(",", 1)[1]
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(DataError, match=r"bad.csv line 13, column 'x1': 'abc' is not a number"):
        build_datamodule(spec("tabular", path))
    with pytest.raises(DataError, match=r"'target' is not in the header; the columns are 'x1', 'x2'"):
        build_datamodule(spec("tabular", path, target_column="target"))
    one = write_csv(tmp_path / "one.csv", ["a", "label"], [[i, "same"] for i in range(10)])
    with pytest.raises(DataError, match="only one class"):
        build_datamodule(spec("tabular", one))
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n")
    with pytest.raises(DataError, match="empty"):
        build_datamodule(spec("tabular", empty))


def test_non_utf8_csv_is_read_and_reported(tmp_path):
    header, rows = text_rows()
    rows[3][0] = "café crème"
    path = write_csv(tmp_path / "latin.csv", header, rows, encoding="cp1252")
    dm = build_datamodule(spec("text", path), num_workers=0)
    assert any("not UTF-8" in n and "line 5" in n for n in dm.summary().notes)
    assert "café" in dm.resolved_spec().text.vocab


def test_text_vocabulary_from_train_split_only(tmp_path):
    header, rows = text_rows(40)
    rows.append(["", "pos"])
    dm = build_datamodule(spec("text", write_csv(tmp_path / "x.csv", header, rows)), num_workers=0)
    info = dm.info
    assert (
        info.modality == "text"
        and info.input_dtype == "int64"
        and info.vocab_size == len(dm.resolved_spec().text.vocab) + 2
    )
    x = dm.arrays[0]
    assert x.dtype == np.int64 and x.max() < info.vocab_size and x.shape[1] == info.input_shape[0]
    assert any("empty text" in s.reason for s in dm.summary().skipped)
    train_tokens = {t for i in dm.split_index["train"] for t in x[i]}
    val_tokens = {t for i in dm.split_index["val"] for t in x[i]}
    assert val_tokens - train_tokens <= {1}  # unseen words become the unknown id, never a new id
    xb, yb = next(iter(dm.train_dataloader()))
    assert xb.dtype == torch.int64
    chars = build_datamodule(
        spec("text", tmp_path / "x.csv", text=TextOptions(tokenizer="char", max_length=8)), num_workers=0
    )
    assert chars.info.input_shape == (8,)
    batch, names = prediction_batch([tmp_path / "x.csv"], dm.resolved_spec(), info)
    assert batch.shape == (41, info.input_shape[0]) and torch.equal(batch[0], torch.as_tensor(x[0]))


def test_forecasting_windows_are_chronological(tmp_path):
    header, rows = forecast_rows(200)
    rows = rows[100:] + rows[:100]  # out of order in the file: sorted by the date column
    fc = ForecastOptions(window=10, horizon=3)
    dm = build_datamodule(spec("forecasting", write_csv(tmp_path / "f.csv", header, rows), forecast=fc), num_workers=0)
    info = dm.info
    assert info.task == "forecasting" and info.input_shape == (10, 2) and info.num_outputs == 6
    assert any("sorted by 'date'" in n for n in dm.summary().notes)
    x, y = dm.arrays
    sizes = dm.summary().split_sizes
    assert sizes == {"train": 140 - 12, "val": 30 - 2, "test": 30 - 2}
    # the first val target follows the last train target in time: targets never cross a block boundary
    rs = dm.resolved_spec().forecast
    series = (np.asarray([[float(r[1]), float(r[2])] for r in forecast_rows(200)[1]]) - rs.mean) / rs.std
    last_train = dm.split_index["train"][-1]
    np.testing.assert_allclose(y[last_train].reshape(3, 2)[-1], series[139], atol=1e-4)
    np.testing.assert_allclose(y[dm.split_index["val"][0]].reshape(3, 2)[0], series[140], atol=1e-4)
    np.testing.assert_allclose(x[dm.split_index["val"][0]], series[130:140], atol=1e-4)
    assert len(sample_series(dm, per_class=2)["all"]) == 2
    batch, _ = prediction_batch([tmp_path / "f.csv"], dm.resolved_spec(), info)
    assert batch.shape == (1, 10, 2)
    np.testing.assert_allclose(batch[0].numpy(), series[-10:], atol=1e-4)  # scaled like the training windows
    with pytest.raises(DataError, match="data.forecast.mean is not set"):
        prediction_batch([tmp_path / "f.csv"], dm.spec, info)  # the unresolved spec: no training scale


def test_forecasting_too_short_and_missing_values(tmp_path):
    header, rows = forecast_rows(30)
    rows[5][1] = ""
    path = write_csv(tmp_path / "s.csv", header, rows)
    dm = build_datamodule(spec("forecasting", path, forecast=ForecastOptions(window=4, horizon=1)), num_workers=0)
    assert any("1 missing value(s) filled" in n for n in dm.summary().notes)
    with pytest.raises(DataError, match="window"):
        build_datamodule(spec("forecasting", path, forecast=ForecastOptions(window=25, horizon=5)))


def test_splits_are_deterministic_and_stratified():
    y = np.repeat([0, 1, 2], [60, 30, 10])
    s = SplitSpec(val=0.2, test=0.2, seed=7)
    a = split_indices(len(y), y, s)
    b = split_indices(len(y), y, s)
    assert all(np.array_equal(p, q) for p, q in zip(a, b))
    c = split_indices(len(y), y, SplitSpec(val=0.2, test=0.2, seed=8))
    assert not np.array_equal(a[0], c[0])
    tr, va, te = a
    assert len(set(tr) | set(va) | set(te)) == 100 and not (set(tr) & set(va) or set(tr) & set(te))
    for part in (va, te):
        assert list(np.bincount(y[part], minlength=3)) == [12, 6, 2]


def test_imbalance_is_reported_with_class_weights(tmp_path):
    rows = [[i, "common"] for i in range(60)] + [[i, "rare"] for i in range(8)]
    dm = build_datamodule(spec("tabular", write_csv(tmp_path / "imb.csv", ["v", "label"], rows)), num_workers=0)
    s = dm.summary()
    assert s.imbalance_ratio and s.imbalance_ratio > 5
    assert any("imbalance" in n and "weighted_cross_entropy" in n for n in s.notes)
    w = dm.class_weights()
    assert w[1] > w[0]


@pytest.mark.parametrize("name", BUILTIN_NAMES)
def test_builtin_summaries_are_json(name):
    d = inspect(DataSpec(name=name)).to_dict()
    text = json.dumps(d, allow_nan=False)
    assert d["split_sizes"]["train"] > 0 and d["num_outputs"] >= 1 and "examples_per_class" in text
