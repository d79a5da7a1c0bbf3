"""Sequence sources: .ts, UCR, .npz/.npy, long CSV; lengths, missing values, test pairs, prediction input."""

from __future__ import annotations

import json

import numpy as np
import pytest
import torch

from models.data import build_datamodule
from models.data.previews import sample_series
from models.errors import DataError
from models.spec.data import DataSpec, SequenceOptions
from tests.models.test_data_support import prediction_batch, waves, write_long_csv, write_npz, write_ts, write_ucr


def seq_spec(path, **kw) -> DataSpec:
    return DataSpec(source="sequence", name=None, path=str(path), **kw)


def write_format(fmt: str, tmp_path, xs, ys):
    return {
        "ts": lambda: write_ts(tmp_path / "d.ts", xs, ys),
        "ucr": lambda: write_ucr(tmp_path / "d.tsv", xs, ys),
        "npz": lambda: write_npz(tmp_path / "d.npz", xs, ys),
        "long_csv": lambda: write_long_csv(tmp_path / "d.csv", xs, ys),
    }[fmt]()


@pytest.mark.parametrize("fmt", ["ts", "ucr", "npz", "long_csv"])
def test_every_format_gives_the_same_samples(fmt, tmp_path):
    channels = 1 if fmt == "ucr" else 2
    xs, ys = waves(n_per_class=10, length=20, channels=channels)
    dm = build_datamodule(seq_spec(write_format(fmt, tmp_path, xs, ys)), num_workers=0)
    info = dm.info
    assert info.modality == "sequence" and info.input_shape == (20, channels) and info.input_dtype == "float32"
    assert info.class_names == ("a", "b") and info.num_outputs == 2
    x, y = dm.arrays
    assert x.shape == (20, 20, channels)
    np.testing.assert_allclose(x[3], xs[3], atol=1e-4)  # values and time order survive every format
    assert list(y[:10]) == [0] * 10
    xb, yb = next(iter(dm.train_dataloader()))
    assert xb.dtype == torch.float32 and yb.dtype == torch.int64
    json.dumps(dm.summary().to_dict(), allow_nan=False)


def test_npy_with_sibling_labels(tmp_path):
    xs, ys = waves(n_per_class=6, length=12)
    np.save(tmp_path / "X_train.npy", np.stack(xs)[:, :, 0])
    np.save(tmp_path / "y_train.npy", np.asarray([0 if y == "a" else 1 for y in ys]))
    dm = build_datamodule(seq_spec(tmp_path / "X_train.npy"), num_workers=0)
    assert dm.info.input_shape == (12, 1) and dm.info.class_names == ("0", "1")
    (tmp_path / "lonely").mkdir()
    np.save(tmp_path / "lonely" / "data.npy", np.zeros((4, 5)))
    with pytest.raises(DataError, match="no labels found"):
        build_datamodule(seq_spec(tmp_path / "lonely" / "data.npy"))


def test_npz_with_objects_is_refused(tmp_path):
    np.savez(tmp_path / "o.npz", X=np.zeros((4, 5)), y=np.array([{"a": 1}] * 4, dtype=object))
    with pytest.raises(DataError, match="Python objects"):
        build_datamodule(seq_spec(tmp_path / "o.npz"))


def test_variable_lengths_pad_with_mask_or_resample(tmp_path):
    xs, ys = waves(n_per_class=8, length=30, variable=True)
    path = write_ts(tmp_path / "v.ts", xs, ys)
    dm = build_datamodule(seq_spec(path), num_workers=0)
    longest = max(len(x) for x in xs)
    assert dm.info.input_shape == (longest, 2)  # 1 channel + the mask channel
    x = dm.arrays[0]
    short = int(np.argmin([len(s) for s in xs]))
    assert x[short, len(xs[short]) - 1, 1] == 1 and x[short, len(xs[short]) :, 1].sum() == 0
    assert dm.resolved_spec().sequence.mask is True and dm.resolved_spec().sequence.length == longest
    rs = build_datamodule(seq_spec(path, sequence=SequenceOptions(length_mode="resample", length=16)), num_workers=0)
    assert rs.info.input_shape == (16, 1)
    assert any("resampled" in n for n in rs.summary().notes)


def test_missing_values_are_reported_and_imputed_or_skipped(tmp_path):
    xs, ys = waves(n_per_class=8, length=16)
    xs[2][5, 0] = np.nan
    xs[3][7, 0] = np.inf
    path = write_npz(tmp_path / "m.npz", xs, ys)
    dm = build_datamodule(seq_spec(path), num_workers=0)
    assert np.isfinite(dm.arrays[0]).all()
    assert any("non-finite" in n and "2 sample(s)" in n for n in dm.summary().notes)
    assert dm.arrays[0][2, 5, 0] == pytest.approx((xs[2][4, 0] + xs[2][6, 0]) / 2, abs=1e-4)
    strict = build_datamodule(seq_spec(path, sequence=SequenceOptions(impute=False)), num_workers=0)
    assert sum(strict.summary().split_sizes.values()) == 14
    assert sum("impute" in s.reason for s in strict.summary().skipped) == 2


def test_ts_missing_marks_and_channel_mismatch(tmp_path):
    xs, ys = waves(n_per_class=8, length=10, channels=2)
    xs[0][3, 1] = np.nan
    path = write_ts(tmp_path / "c.ts", xs, ys, missing=True)
    lines = path.read_text().splitlines()
    bad_line = next(i for i, ln in enumerate(lines) if ln.endswith(":b"))
    lines[bad_line] = lines[bad_line].split(":", 1)[1]  # this sample now has 1 channel
    path.write_text("\n".join(lines) + "\n")
    dm = build_datamodule(seq_spec(path), num_workers=0)
    skipped = dm.summary().skipped
    assert len(skipped) == 1 and f"line {bad_line + 1}" in skipped[0].path and "channel" in skipped[0].reason
    assert sum(dm.summary().split_sizes.values()) == 15


def test_train_test_pair_is_honoured(tmp_path):
    xs, ys = waves(n_per_class=10, length=12)
    write_ucr(tmp_path / "Shapes_TRAIN.tsv", xs, ys)
    xt, yt = waves(n_per_class=3, length=12, seed=5)
    write_ucr(tmp_path / "Shapes_TEST.tsv", xt, yt)
    dm = build_datamodule(seq_spec(tmp_path / "Shapes_TRAIN.tsv"), num_workers=0)  # found by its name
    assert dm.summary().split_sizes["test"] == 6
    assert sum(dm.summary().split_sizes.values()) == 26
    np.testing.assert_allclose(dm.test_set[0][0].numpy()[:, 0], xt[0][:, 0], atol=1e-4)
    other = tmp_path / "other.tsv"
    write_ucr(other, xt, yt)
    given = build_datamodule(seq_spec(tmp_path / "Shapes_TRAIN.tsv", test_path=str(other)), num_workers=0)
    assert given.resolved_spec().test_path == str(other)


def test_long_csv_inconsistent_label_and_bad_number(tmp_path):
    xs, ys = waves(n_per_class=6, length=8)
    path = write_long_csv(tmp_path / "l.csv", xs, ys, shuffle=False)
    text = path.read_text().splitlines()
    text[1] = text[1].rsplit(",", 1)[0] + ",b"  # series s0 now has labels a and b
    path.write_text("\n".join(text) + "\n")
    dm = build_datamodule(seq_spec(path), num_workers=0)
    assert any("more than one label" in s.reason for s in dm.summary().skipped)
    text[3] = text[3].replace(text[3].split(",")[2], "abc")
    path.write_text("\n".join(text) + "\n")
    with pytest.raises(DataError, match=r"l.csv line 4, column 'ch0': 'abc' is not a number"):
        build_datamodule(seq_spec(path))


def test_znormalize_and_regression_from_ts(tmp_path):
    xs, ys = waves(n_per_class=8, length=16)
    xs = [x * 5 + 3 for x in xs]
    dm = build_datamodule(
        seq_spec(write_npz(tmp_path / "z.npz", xs, ys), sequence=SequenceOptions(znormalize=True)),
        num_workers=0,
    )
    x = dm.arrays[0]
    assert np.abs(x.mean(axis=1)).max() < 1e-4 and np.abs(x.std(axis=1) - 1).max() < 1e-3
    path = write_ts(tmp_path / "r.ts", xs, [f"{i * 0.37:.2f}" for i in range(len(xs))])
    text = path.read_text().replace("@classLabel true", "@targetLabel true\n# was: ")
    path.write_text(text)
    reg = build_datamodule(seq_spec(path), num_workers=0)
    assert reg.info.task == "regression" and reg.info.num_outputs == 1 and reg.arrays[1].shape == (16, 1)


def test_single_class_and_missing_file(tmp_path):
    xs, _ = waves(n_per_class=5, length=8)
    with pytest.raises(DataError, match="only one class"):
        build_datamodule(seq_spec(write_ucr(tmp_path / "one.tsv", xs, ["x"] * len(xs))))
    with pytest.raises(DataError, match="no such file"):
        build_datamodule(seq_spec(tmp_path / "missing.ts"))


def test_prediction_input_for_sequence_files(tmp_path):
    xs, ys = waves(n_per_class=8, length=16, channels=2)
    dm = build_datamodule(seq_spec(write_npz(tmp_path / "t.npz", xs, ys)), num_workers=0)
    spec = dm.resolved_spec()
    np.save(tmp_path / "new.npy", np.stack(xs[:3]))
    x, names = prediction_batch([tmp_path / "new.npy"], spec, dm.info)
    assert x.shape == (3, 16, 2)
    assert torch.allclose(x[0], torch.as_tensor(dm.arrays[0][0]))
    assert names == [f"{tmp_path / 'new.npy'} sample {k}" for k in (1, 2, 3)]
    np.save(tmp_path / "wrong.npy", np.zeros((2, 16, 3)))
    with pytest.raises(DataError, match=r"wrong.npy sample 1: .*\[16, 3\].*\[16, 2\]"):
        prediction_batch([tmp_path / "wrong.npy"], spec, dm.info)


def test_prediction_reads_a_labelled_ucr_file_like_the_training_file(tmp_path):
    xs, ys = waves(n_per_class=8, length=16)
    train = write_ucr(tmp_path / "train.tsv", xs, ["1" if y == "a" else "2" for y in ys])  # the archive's labels
    dm = build_datamodule(seq_spec(train), num_workers=0)
    x, _ = prediction_batch([train], dm.resolved_spec(), dm.info)  # e.g. the archive's TEST file: labels first
    assert x.shape == (len(xs), 16, 1)
    assert torch.allclose(x[0], torch.as_tensor(dm.arrays[0][0]))


def test_sample_series_for_builtin_and_files(tmp_path):
    dm = build_datamodule(DataSpec(name="waveforms"), num_workers=0)
    series = sample_series(dm, per_class=3)
    assert set(series) == {"sine", "square", "sawtooth", "triangle"} and series["sine"][0].shape == (64, 1)
    xs, ys = waves(n_per_class=5, length=10)
    fdm = build_datamodule(seq_spec(write_ucr(tmp_path / "s.tsv", xs, ys)), num_workers=0)
    assert [len(v) for v in sample_series(fdm, per_class=2).values()] == [2, 2]
