"""Data edge cases that used to pass silently: Chinese encodings, decimal commas, EXIF orientation, gaps and
duplicate time steps in long CSVs, and .ts labels the header does not declare."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from PIL import Image

from models.data import build_datamodule
from models.data.csvio import read_csv, read_text
from models.data.previews import sample_thumbnails
from models.errors import DataError
from models.spec.data import DataSpec, ForecastOptions
from tests.models.test_data_support import (
    forecast_rows,
    prediction_batch,
    waves,
    write_csv,
    write_long_csv,
    write_ts,
)


def spec(source, path, **kw) -> DataSpec:
    return DataSpec(source=source, name=None, path=str(path), **kw)


# --- encodings -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["gbk", "gb18030"])
def test_chinese_csv_keeps_its_class_names_and_names_the_encoding(tmp_path, encoding):
    rows = [[f"{(i % 7) / 3:.2f}", f"{i % 5}", "猫" if i % 2 else "狗"] for i in range(40)]
    path = write_csv(tmp_path / "动物.csv", ["体重", "年龄", "类别"], rows, encoding=encoding)
    dm = build_datamodule(spec("tabular", path, target_column="类别"), num_workers=0)
    assert set(dm.info.class_names) == {"猫", "狗"}
    assert any("GB18030" in n and "动物.csv" in n for n in dm.summary().notes)


def test_utf8_with_bom_and_windows_1252_still_read(tmp_path):
    (tmp_path / "bom.csv").write_bytes("\ufeffname,label\nZoë,a\n".encode())
    text, notes = read_text(tmp_path / "bom.csv")
    assert text.startswith("name,") and notes == []
    # German and French words whose cp1252 bytes also happen to form valid GB18030 pairs
    (tmp_path / "de.csv").write_bytes("name,city\nMüller,Köln\nAndré,Zürich\n".encode("cp1252"))
    text, notes = read_text(tmp_path / "de.csv")
    assert "Müller" in text and "Köln" in text and "Windows-1252" in notes[0]


# --- decimal commas --------------------------------------------------------------------------------------


def _european(path, header, rows):
    path.write_text("\n".join(";".join(r) for r in [header] + rows) + "\n", encoding="utf-8")
    return path


def test_decimal_commas_with_semicolons_are_numbers_in_a_table(tmp_path):
    rng = np.random.default_rng(0)
    rows = []
    for _ in range(40):
        a, b = rng.normal(), rng.normal() * 1000
        rows.append([f"{a:.2f}".replace(".", ","), f"{b:.1f}".replace(".", ","), "ja" if a > 0 else "nein"])
    rows[3][1] = "1.234,5"  # a thousands separator
    rows[4][0] = ""  # missing stays missing
    path = _european(tmp_path / "eu.csv", ["a", "b", "label"], rows)
    dm = build_datamodule(spec("tabular", path), num_workers=0)
    assert dm.info.input_shape == (2,)  # two numeric columns, not two one-hot blocks of categories
    notes = " ".join(dm.summary().notes)
    assert "decimal comma" in notes and "'a'" in notes and "'b'" in notes
    table = read_csv(path)
    assert table.rows[3][1] == "1234.5" and table.rows[0][0] == rows[0][0].replace(",", ".")


def test_decimal_commas_in_a_long_sequence_csv(tmp_path):
    xs, ys = waves(n_per_class=5, length=10)
    path = write_long_csv(tmp_path / "l.csv", xs, ys, shuffle=False)
    text = path.read_text().replace(",", ";").replace(".", ",")
    path.write_text(text)
    dm = build_datamodule(spec("sequence", path), num_workers=0)
    assert dm.info.input_shape == (10, 1) and dm.info.class_names == ("a", "b")
    np.testing.assert_allclose(dm.arrays[0][0], xs[0], atol=1e-4)
    assert any("decimal comma" in n for n in dm.summary().notes)


def test_semicolon_text_with_commas_is_left_alone(tmp_path):
    path = _european(tmp_path / "t.csv", ["text", "n"], [["hello, world", "1,5"], ["3,4", "2"], ["x", "3"]])
    table = read_csv(path)
    assert table.column(0) == ["hello, world", "3,4", "x"]  # not every value is a number: text stays text
    assert table.column(1) == ["1.5", "2", "3"]


# --- EXIF orientation ------------------------------------------------------------------------------------


def _rotated_jpeg(path, label: int, seed: int) -> None:
    """A 24 x 16 (W x H) JPEG whose top half is bright, tagged "rotate 90 degrees clockwise to display"."""
    rng = np.random.default_rng(seed)
    a = np.full((16, 24, 3), 30, np.uint8)
    a[:8] = 220
    a[:, :, 1] = 40 + 150 * label
    a = np.clip(a.astype(int) + rng.integers(-5, 6, a.shape), 0, 255).astype(np.uint8)
    exif = Image.Exif()
    exif[0x0112] = 6
    Image.fromarray(a).save(path, exif=exif, quality=95)


def test_exif_orientation_is_applied_in_training_previews_and_predict(tmp_path):
    for label, name in enumerate(("a", "b")):
        (tmp_path / "d" / name).mkdir(parents=True)
        for i in range(6):
            _rotated_jpeg(tmp_path / "d" / name / f"{i}.jpg", label, seed=10 * label + i)
    dm = build_datamodule(spec("image_folder", tmp_path / "d"), num_workers=0)
    assert dm.resolved_spec().image.size == [24, 16]  # portrait, as a photo viewer shows it
    assert any("EXIF orientation" in n for n in dm.summary().notes)
    raw = dm.train_set.raw(0).float()
    assert raw.shape == (3, 24, 16)
    # displayed upright, the bright half is on the right
    assert raw[0, :, 8:].mean() > raw[0, :, :8].mean() + 100
    thumb = sample_thumbnails(dm, per_class=1)["a"][0]
    assert thumb.shape == (24, 16, 3) and thumb[:, 8:, 0].mean() > thumb[:, :8, 0].mean() + 100
    x, _ = prediction_batch([dm.val_set.paths[0]], dm.resolved_spec(), dm.info)  # the app's prediction reader
    assert torch.allclose(x[0], dm.val_set[0][0])


# --- long CSVs: gaps and duplicate time steps ------------------------------------------------------------


def _long_rows(path):
    xs, ys = waves(n_per_class=4, length=12)
    write_long_csv(path, xs, ys, shuffle=False)
    return path.read_text().splitlines()


def test_gaps_in_a_long_sequence_csv_are_reported_with_lines(tmp_path):
    path = tmp_path / "l.csv"
    lines = _long_rows(path)
    del lines[5:7]  # series s0 loses time steps 4 and 5 (file lines 6-7)
    del lines[20]
    path.write_text("\n".join(lines) + "\n")
    dm = build_datamodule(spec("sequence", path), num_workers=0)
    gap = next(n for n in dm.summary().notes if "gap" in n)
    assert "2 gap(s)" in gap and "3 missing step(s)" in gap
    assert "series 's0'" in gap and "3 (line 5) -> 6 (line 6)" in gap


def test_duplicate_time_steps_in_a_long_csv(tmp_path):
    path = tmp_path / "l.csv"
    lines = _long_rows(path)
    exact = lines + [lines[3]]  # an exact copy of s0's time 2: dropped and reported
    path.write_text("\n".join(exact) + "\n")
    dm = build_datamodule(spec("sequence", path), num_workers=0)
    assert dm.info.input_shape == (12, 1)
    note = next(n for n in dm.summary().notes if "duplicate" in n)
    assert "1 duplicate" in note and "line 4" in note and f"line {len(exact)}" in note
    conflict = lines + [lines[3].replace(lines[3].split(",")[2], "9.0")]
    path.write_text("\n".join(conflict) + "\n")
    with pytest.raises(DataError, match=rf"l.csv: series 's0', time '2' appears on line 4 and line {len(conflict)}"):
        build_datamodule(spec("sequence", path))


def test_forecasting_csv_gaps_and_duplicates(tmp_path):
    header, rows = forecast_rows(60)
    gappy = rows[:10] + rows[13:]
    dm = build_datamodule(
        spec("forecasting", write_csv(tmp_path / "g.csv", header, gappy), forecast=ForecastOptions(window=4)),
        num_workers=0,
    )
    gap = next(n for n in dm.summary().notes if "gap" in n)
    assert "1 gap(s)" in gap and "3 missing step(s)" in gap and "line 11" in gap and "line 12" in gap
    dup = rows + [rows[7]]
    dm = build_datamodule(
        spec("forecasting", write_csv(tmp_path / "d.csv", header, dup), forecast=ForecastOptions(window=4)),
        num_workers=0,
    )
    assert len(dm.arrays[0]) == len(
        build_datamodule(
            spec("forecasting", write_csv(tmp_path / "o.csv", header, rows), forecast=ForecastOptions(window=4)),
            num_workers=0,
        ).arrays[0]
    )
    assert any("1 duplicate" in n and "line 9" in n for n in dm.summary().notes)
    bad = rows + [[rows[7][0], "5.0", rows[7][2]]]
    with pytest.raises(DataError, match=r"b.csv: time '2024-01-01T00:07' appears on line 9 and line 62"):
        build_datamodule(
            spec("forecasting", write_csv(tmp_path / "b.csv", header, bad), forecast=ForecastOptions(window=4))
        )


# --- .ts labels ------------------------------------------------------------------------------------------


def test_ts_label_not_declared_in_the_header_is_an_error(tmp_path):
    xs, ys = waves(n_per_class=4, length=8)
    path = write_ts(tmp_path / "d.ts", xs, ys)
    lines = path.read_text().splitlines()
    row = next(i for i, ln in enumerate(lines) if ln.endswith(":b"))
    lines[row] = lines[row][:-2] + ":B"
    path.write_text("\n".join(lines) + "\n")
    with pytest.raises(DataError) as err:
        build_datamodule(spec("sequence", path))
    msg = str(err.value)
    build_datamodule(spec("sequence", write_ts(tmp_path / "ok.ts", xs, ys)), num_workers=0)  # declared: fine
    assert f"d.ts line {row + 1}" in msg and "'B'" in msg and "@classLabel true a b" in msg
