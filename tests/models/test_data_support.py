"""Small generated fixtures for the data tests (nothing downloaded, nothing committed)."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import numpy as np
from PIL import Image

CLASSES = ("circle", "square")


def shape_image(label: int, size: int = 16, seed: int = 0) -> np.ndarray:
    """A uint8 RGB image of a bright disc (label 0) or square (label 1) on noise: learnable and tiny."""
    rng = np.random.default_rng(seed)
    img = rng.integers(0, 60, (size, size, 3)).astype(np.uint8)
    yy, xx = np.mgrid[:size, :size]
    c = size / 2 + rng.uniform(-2, 2, 2)
    r = size / 4
    mask = (
        ((yy - c[0]) ** 2 + (xx - c[1]) ** 2 < r * r) if label == 0 else ((abs(yy - c[0]) < r) & (abs(xx - c[1]) < r))
    )
    img[mask] = (200, 80 + 100 * label, 40)
    return img


def prediction_batch(paths: list, spec, info) -> tuple:  # noqa: ANN001
    """Every sample the prediction reader makes of ``paths``, stacked, and their names."""
    import torch

    from models.predict_inputs import InputReader

    samples = InputReader(spec, info).read(paths)
    return torch.stack([s.x for s in samples]), [s.name for s in samples]


def make_image_folder(root: Path, per_class: int = 12, size: int = 16, ext: str = ".png") -> Path:
    """``root/<class>/<i><ext>`` with ``per_class`` images of each class."""
    for label, name in enumerate(CLASSES):
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            Image.fromarray(shape_image(label, size, seed=label * 1000 + i)).save(root / name / f"{i}{ext}")
    return root


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A tiny PNG whose header claims ``width x height`` pixels (a decompression bomb)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)

    ihdr = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\x00" * 64)) + chunk(b"IEND", b"")
    )


def waves(
    n_per_class: int = 12, length: int = 24, channels: int = 1, seed: int = 0, variable: bool = False
) -> tuple[list[np.ndarray], list[str]]:
    """Two classes of series (``[T, C]``): sine ('a') and ramp ('b'); lengths vary with ``variable``."""
    rng = np.random.default_rng(seed)
    xs, ys = [], []
    for label in ("a", "b"):
        for _ in range(n_per_class):
            t_len = int(rng.integers(length // 2, length + 1)) if variable else length
            t = np.linspace(0, 1, t_len)
            base = np.sin(2 * np.pi * 2 * t) if label == "a" else 2 * t - 1
            xs.append(np.stack([base + 0.1 * rng.normal(size=t_len) for _ in range(channels)], axis=1))
            ys.append(label)
    return xs, ys


def write_ts(path: Path, xs: list[np.ndarray], ys: list[str] | None, missing: bool = False) -> Path:
    chans = xs[0].shape[1]
    equal = len({len(x) for x in xs}) == 1
    head = [
        "@problemName test",
        "@timeStamps false",
        f"@missing {str(missing).lower()}",
        f"@univariate {str(chans == 1).lower()}",
        f"@dimensions {chans}",
        f"@equalLength {str(equal).lower()}",
    ]
    head.append(f"@classLabel true {' '.join(sorted(set(ys)))}" if ys else "@classLabel false")
    lines = head + ["@data"]
    for i, x in enumerate(xs):
        dims = [",".join("?" if np.isnan(v) else f"{v:.5f}" for v in x[:, c]) for c in range(chans)]
        lines.append(":".join(dims) + (f":{ys[i]}" if ys else ""))
    path.write_text("# a comment\n" + "\n".join(lines) + "\n")
    return path


def write_ucr(path: Path, xs: list[np.ndarray], ys: list[str], delim: str = "\t") -> Path:
    rows = [delim.join([y] + [f"{v:.5f}" for v in x[:, 0]]) for x, y in zip(xs, ys)]
    path.write_text("\n".join(rows) + "\n")
    return path


def write_npz(path: Path, xs: list[np.ndarray], ys: list[str]) -> Path:
    np.savez(path, X=np.stack(xs).astype(np.float32), y=np.asarray(ys))
    return path


def write_long_csv(path: Path, xs: list[np.ndarray], ys: list[str], shuffle: bool = True) -> Path:
    rows = []
    for sid, (x, y) in enumerate(zip(xs, ys)):
        for t in range(len(x)):
            rows.append([f"s{sid}", str(t)] + [f"{v:.5f}" for v in x[t]] + [y])
    if shuffle:  # rows in any order: grouping and time sorting must restore each series
        rows = [rows[i] for i in np.random.default_rng(0).permutation(len(rows))]
    header = ["series_id", "time"] + [f"ch{c}" for c in range(xs[0].shape[1])] + ["label"]
    path.write_text("\n".join(",".join(r) for r in [header] + rows) + "\n")
    return path


def write_csv(path: Path, header: list[str], rows: list[list[object]], encoding: str = "utf-8") -> Path:
    text = "\n".join(",".join(str(v) for v in r) for r in [header] + rows) + "\n"
    path.write_bytes(text.encode(encoding))
    return path


def tabular_rows(n: int = 60, seed: int = 0) -> tuple[list[str], list[list[object]]]:
    """Numeric, categorical and missing cells; the class depends on x1 and colour."""
    rng = np.random.default_rng(seed)
    rows: list[list[object]] = []
    for i in range(n):
        x1, colour = rng.normal(), ["red", "green", "blue"][i % 3]
        label = "yes" if x1 + (colour == "red") > 0.5 else "no"
        rows.append([f"{x1:.3f}" if i % 10 else "", f"{rng.normal():.3f}", colour, label])
    return ["x1", "x2", "colour", "label"], rows


def text_rows(n: int = 40) -> tuple[list[str], list[list[object]]]:
    good = ["great film", "loved it", "wonderful acting", "a joy to watch"]
    bad = ["terrible plot", "boring and long", "awful acting", "a waste of time"]
    rows = [[(good if i % 2 else bad)[i % 4] + f" {i % 5}", "pos" if i % 2 else "neg"] for i in range(n)]
    return ["text", "label"], rows


def forecast_rows(n: int = 200) -> tuple[list[str], list[list[object]]]:
    t = np.arange(n)
    a, b = np.sin(2 * np.pi * t / 20), np.cos(2 * np.pi * t / 30)
    return ["date", "a", "b"], [
        [f"2024-01-01T{i // 60:02d}:{i % 60:02d}", f"{a[i]:.4f}", f"{b[i]:.4f}"] for i in range(n)
    ]
