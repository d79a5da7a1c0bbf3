"""Image folder and CSV-index sources: formats, modes, bad files, augmentation, previews, prediction input."""

from __future__ import annotations

import json
import os

import numpy as np
import pytest
import torch
from PIL import Image

from models.data import build_datamodule, inspect
from models.data.previews import preview_augmentations, sample_thumbnails
from models.errors import DataError
from models.spec.data import AugmentSpec, DataSpec, ImageOptions
from tests.models.test_data_support import bomb_png, make_image_folder, prediction_batch, shape_image


def folder_spec(path, **kw) -> DataSpec:
    return DataSpec(source="image_folder", name=None, path=str(path), **kw)


def reasons(summary) -> dict[str, str]:
    return {os.path.basename(s.path): s.reason for s in summary.skipped}


@pytest.fixture(scope="module")
def messy_folder(tmp_path_factory):
    """Two good classes plus every kind of bad or unusual file."""
    root = make_image_folder(tmp_path_factory.mktemp("messy"), per_class=10)
    cat = root / "circle"
    rgb = shape_image(0, 16, seed=99)
    Image.fromarray(rgb).convert("CMYK").save(cat / "cmyk.jpg")
    Image.fromarray(rgb[:, :, 0].astype(np.uint16) * 257).save(cat / "sixteen.png")  # I;16
    Image.fromarray(rgb).convert("P").save(cat / "palette.gif")
    alpha = np.full((16, 16, 1), 255, np.uint8)
    alpha[:8] = 0
    Image.fromarray(np.concatenate([rgb, alpha], axis=2), "RGBA").save(cat / "alpha.webp", lossless=True)
    Image.fromarray(rgb).save(cat / "photo.bmp")
    Image.fromarray(rgb).save(cat / "scan.tiff")
    (cat / "zero.png").write_bytes(b"")
    (cat / "readme.txt").write_text("not an image")
    (cat / "garbage.png").write_bytes(b"\x89PNG\r\n\x1a\nthis is not really a png")
    good = (root / "square" / "0.png").read_bytes()
    (root / "square" / "truncated.png").write_bytes(good[: len(good) - 30])
    (root / "square" / "bomb.png").write_bytes(bomb_png())
    os.symlink(root, root / "square" / "loop")
    (root / "unreadable").mkdir()
    (root / "unreadable" / "x.jpg").write_bytes(b"\xff\xd8\xff junk")
    (root / "stray.png").write_bytes(good)
    return root


def test_image_folder_loads_all_modes_and_reports_every_skip(messy_folder):
    dm = build_datamodule(folder_spec(messy_folder), batch_size=8, num_workers=0)
    s = dm.summary()
    assert dm.info.class_names == ("circle", "square") and dm.info.input_shape == (3, 16, 16)
    assert sum(s.split_sizes.values()) == 26  # 20 plain + CMYK, 16-bit, palette, RGBA, BMP, TIFF
    r = reasons(s)
    assert "0 bytes" in r["zero.png"]
    assert "not an image file" in r["readme.txt"]
    assert "not a readable image" in r["garbage.png"]
    assert "truncated" in r["truncated.png"] or "corrupt" in r["truncated.png"]
    assert "decompression bomb" in r["bomb.png"]
    assert "symlink loop" in r["loop"]
    assert "no readable image" in r["unreadable"]
    assert "class sub-folder" in r["stray.png"]
    assert any("'unreadable'" in n for n in s.notes)
    modes = next(n for n in s.notes if n.startswith("image modes"))
    for mode in ("CMYK", "I;16", "P", "RGBA"):
        assert mode in modes
    x, y = next(iter(dm.train_dataloader()))
    assert x.shape == (8, 3, 16, 16) and x.dtype == torch.float32 and torch.isfinite(x).all()
    # the JSON summary a user sees (danlu data inspect) is complete and serialisable
    d = json.loads(json.dumps(s.to_dict(), allow_nan=False))
    assert d["split_sizes"] and d["class_counts"]["train"] and d["skipped"][0]["reason"]
    assert len(d["value_range"]) == 2 and d["examples_per_class"]["circle"]


def test_every_image_mode_converts_to_one_or_three_channels(messy_folder):
    dm = build_datamodule(folder_spec(messy_folder, image=ImageOptions(channels=1, size=[12, 10])), num_workers=0)
    assert dm.info.input_shape == (1, 12, 10)
    ds = dm.train_set
    imgs = [ds[i][0] for i in range(len(ds))]
    assert all(t.shape == (1, 12, 10) for t in imgs)
    rs = dm.resolved_spec().image
    assert rs.size == [12, 10] and rs.channels == 1 and len(rs.mean) == 1 and rs.std[0] > 0


def test_stats_come_from_the_train_split_and_normalise_it(tmp_path):
    root = make_image_folder(tmp_path / "d", per_class=15)
    dm = build_datamodule(folder_spec(root), num_workers=0)
    x = torch.stack([dm.train_set[i][0] for i in range(len(dm.train_set))])
    assert x.mean(dim=(0, 2, 3)).abs().max() < 1e-3
    assert (x.std(dim=(0, 2, 3)) - 1).abs().max() < 1e-2
    # the computed statistics are reused when the resolved spec is loaded again
    again = build_datamodule(dm.resolved_spec(), num_workers=0)
    assert again.resolved_spec().image.mean == dm.resolved_spec().image.mean


def test_default_size_is_chosen_from_the_data_and_capped(tmp_path):
    root = tmp_path / "big"
    for c in ("a", "b"):
        (root / c).mkdir(parents=True)
        for i in range(4):
            Image.new("L", (400, 300), color=i * 40).save(root / c / f"{i}.png")
    dm = build_datamodule(folder_spec(root), num_workers=0)
    assert dm.info.input_shape == (1, 96, 128)  # grayscale kept, 300x400 scaled so the long side is 128


def test_image_folder_bad_paths_have_clear_messages(tmp_path):
    with pytest.raises(DataError, match="no such folder"):
        build_datamodule(folder_spec(tmp_path / "nope"))
    (tmp_path / "empty").mkdir()
    with pytest.raises(DataError, match="no readable images"):
        build_datamodule(folder_spec(tmp_path / "empty"))
    one = tmp_path / "one" / "only"
    one.mkdir(parents=True)
    for i in range(3):
        Image.fromarray(shape_image(0, seed=i)).save(one / f"{i}.png")
    with pytest.raises(DataError, match="only one class"):
        build_datamodule(folder_spec(tmp_path / "one"))
    flat = tmp_path / "flat"
    flat.mkdir()
    Image.fromarray(shape_image(0)).save(flat / "a.png")
    with pytest.raises(DataError, match="directly in the folder"):
        build_datamodule(folder_spec(flat))
    with pytest.raises(DataError, match="is a file"):
        build_datamodule(folder_spec(flat / "a.png"))


def test_image_csv_index_with_duplicates_and_missing_files(tmp_path):
    root = make_image_folder(tmp_path / "imgs", per_class=8)
    rows = ["path,label"] + [f"imgs/{c}/{i}.png,{c}" for c in ("circle", "square") for i in range(8)]
    rows += ["imgs/circle/0.png,square", "imgs/circle/missing.png,circle", "imgs/../imgs/circle/1.png,circle"]
    index = tmp_path / "index.csv"
    index.write_text("\n".join(rows) + "\n")
    dm = build_datamodule(DataSpec(source="image_csv", name=None, path=str(index)), num_workers=0)
    assert sum(dm.summary().split_sizes.values()) == 16
    skipped = [s.reason for s in dm.summary().skipped]
    assert any("duplicate" in r and "line 18 repeats line 2" in r and "'square'" in r for r in skipped)
    assert any("file not found" in r for r in skipped)
    assert sum("duplicate" in r for r in skipped) == 2
    assert root.exists()


def test_image_csv_label_column_must_exist(tmp_path):
    make_image_folder(tmp_path / "imgs", per_class=3)
    index = tmp_path / "index.csv"
    index.write_text("file,kind,extra\nimgs/circle/0.png,circle,1\n")
    with pytest.raises(DataError, match="'label' is not in the header|no 'label' column"):
        build_datamodule(DataSpec(source="image_csv", name=None, path=str(index)))
    with pytest.raises(DataError, match="'species' is not in the header"):
        build_datamodule(DataSpec(source="image_csv", name=None, path=str(index), target_column="species"))


def test_given_test_folder_is_kept_as_the_test_split(tmp_path):
    train = make_image_folder(tmp_path / "train", per_class=10)
    test = make_image_folder(tmp_path / "test", per_class=3)
    dm = build_datamodule(folder_spec(train, test_path=str(test)), num_workers=0)
    assert dm.summary().split_sizes["test"] == 6
    assert all(str(test) in p for p in dm.test_set.paths)
    assert not any(str(test) in p for p in dm.train_set.paths + dm.val_set.paths)


def test_corrupt_file_at_load_time_does_not_end_the_epoch(tmp_path):
    root = make_image_folder(tmp_path / "d", per_class=6)
    dm = build_datamodule(folder_spec(root), batch_size=4, num_workers=0)
    victim = dm.train_set.paths[0]
    with open(victim, "r+b") as fh:  # corrupt the pixel data after the scan
        fh.seek(40)
        fh.write(b"\x00" * 60)
    with pytest.warns(RuntimeWarning, match="cannot be decoded"):
        batches = list(dm.train_dataloader())
    assert sum(len(b[1]) for b in batches) == len(dm.train_set)


def test_augmentation_touches_only_the_train_split(tmp_path):
    root = make_image_folder(tmp_path / "d", per_class=10)
    aug = AugmentSpec(
        enabled=True,
        rotation=30,
        hflip=True,
        vflip=True,
        color_jitter=0.4,
        gaussian_noise=0.1,
        random_resized_crop=True,
    )
    dm = build_datamodule(folder_spec(root, augment=aug), num_workers=0)
    assert dm.train_set.augment is not None
    assert dm.val_set.augment is None and dm.test_set.augment is None
    torch.manual_seed(0)
    a, b = dm.train_set[0][0], dm.train_set[0][0]
    assert a.shape == (3, 16, 16) and not torch.equal(a, b)
    assert torch.equal(dm.val_set[0][0], dm.val_set[0][0])


def test_preview_augmentations_is_deterministic_and_ready_to_show(tmp_path):
    root = make_image_folder(tmp_path / "d", per_class=5)
    spec = folder_spec(root, augment=AugmentSpec(rotation=45, hflip=True, gaussian_noise=0.05))
    imgs = preview_augmentations(spec, n=4, seed=3)
    assert len(imgs) == 4 and all(i.shape == (16, 16, 3) and i.dtype == np.uint8 for i in imgs)
    again = preview_augmentations(spec, n=4, seed=3)
    assert all(np.array_equal(a, b) for a, b in zip(imgs, again))
    digits = preview_augmentations(DataSpec(augment=AugmentSpec(rotation=20)), n=3)
    assert [d.shape for d in digits] == [(8, 8, 1)] * 3


def test_builtin_digits_augment_and_thumbnails():
    dm = build_datamodule(DataSpec(augment=AugmentSpec(enabled=True, rotation=25)), num_workers=0)
    torch.manual_seed(1)
    assert not torch.equal(dm.train_set[0][0], dm.train_set[0][0])
    assert torch.equal(dm.val_set[0][0], dm.val_set[0][0])
    thumbs = sample_thumbnails(dm, per_class=2)
    assert list(thumbs) == [str(c) for c in range(10)]
    assert thumbs["3"][0].shape == (8, 8, 1) and thumbs["3"][0].dtype == np.uint8 and thumbs["3"][0].max() > 100


def test_thumbnails_of_an_image_folder(tmp_path):
    dm = build_datamodule(folder_spec(make_image_folder(tmp_path / "d", per_class=5)), num_workers=0)
    thumbs = sample_thumbnails(dm, per_class=3)
    assert set(thumbs) == {"circle", "square"} and len(thumbs["square"]) == 3
    assert thumbs["circle"][0].shape == (16, 16, 3) and thumbs["circle"][0].dtype == np.uint8


def test_prediction_input_matches_eval_preprocessing(tmp_path):
    dm = build_datamodule(folder_spec(make_image_folder(tmp_path / "d", per_class=6)), num_workers=0)
    spec = dm.resolved_spec()
    x, _ = prediction_batch([dm.val_set.paths[0]], spec, dm.info)
    assert torch.allclose(x[0], dm.val_set[0][0])
    batch, names = prediction_batch([dm.val_set.paths[0], dm.val_set.paths[1]], spec, dm.info)
    assert batch.shape == (2, 3, 16, 16) and os.path.basename(names[0]) == os.path.basename(dm.val_set.paths[0])
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"nope")
    with pytest.raises(DataError, match="bad.png"):
        prediction_batch([bad], spec, dm.info)
    # A run whose experiment lacks the training mean is refused: a guessed 0/1 would predict on another scale.
    unresolved = folder_spec(tmp_path, image=ImageOptions(size=[16, 16], channels=3))
    with pytest.raises(DataError, match="data.image.mean is not set"):
        prediction_batch([dm.val_set.paths[0]], unresolved, dm.info)
    with pytest.raises(DataError, match="data.image.mean is not set"):
        prediction_batch([np.zeros((16, 16, 3), np.uint8)], unresolved, dm.info)


def test_inspect_json_for_an_image_folder(tmp_path):
    d = inspect(folder_spec(make_image_folder(tmp_path / "d", per_class=4))).to_dict()
    json.dumps(d, allow_nan=False)
    assert d["modality"] == "image" and d["num_outputs"] == 2 and d["input_dtype"] == "float32"


def test_worker_processes_decode_images_with_a_safe_start_method(tmp_path):
    dm = build_datamodule(folder_spec(make_image_folder(tmp_path / "d", per_class=6)), batch_size=4, num_workers=1)
    loader = dm.train_dataloader()
    assert loader.persistent_workers and loader.multiprocessing_context.get_start_method() in ("forkserver", "spawn")
    assert sum(len(y) for _, y in loader) == len(dm.train_set)
    small = build_datamodule(folder_spec(tmp_path / "d"), num_workers=None)
    assert small.num_workers == 0 and any("DataLoader workers: 0" in n for n in small.summary().notes)
