"""Image data benchmark: scan time and loading throughput of the danlu image pipeline against a plain
torchvision ``ImageFolder`` + ``DataLoader`` with the same transforms, batch size and workers.

Generates a folder of small PNG images (10 classes) once, then runs interleaved repetitions and prints JSON.
Targets: scan of 10k files < 1 s; throughput ratio (danlu / torchvision) >= 0.95.

    python benchmarks/data_throughput.py --images 10000 --workers 2 --reps 3
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def make_folder(root: Path, n: int, size: int, classes: int = 10) -> None:
    """``root/c<k>/<i>.png``: ``n`` random RGB images of ``size x size`` (skipped when already there)."""
    from PIL import Image

    marker = root / f".done-{n}-{size}"
    if marker.exists():
        return
    rng = np.random.default_rng(0)
    for i in range(n):
        d = root / f"c{i % classes}"
        d.mkdir(parents=True, exist_ok=True)
        base = rng.integers(0, 256, (1, 1, 3))
        img = np.clip(base + rng.integers(-40, 40, (size, size, 3)), 0, 255).astype(np.uint8)
        Image.fromarray(img).save(d / f"{i}.png")
    marker.write_text("ok")


def epoch(loader: object) -> tuple[float, int]:
    t = time.perf_counter()
    n = 0
    for x, _ in loader:  # type: ignore[attr-defined]
        n += len(x)
    return time.perf_counter() - t, n


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--images", type=int, default=10_000)
    ap.add_argument("--source-size", type=int, default=40, help="side of the generated images")
    ap.add_argument("--size", type=int, default=32, help="target side after resizing")
    ap.add_argument("--batch-size", type=int, default=64)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--reps", type=int, default=3)
    ap.add_argument("--root", type=Path, default=Path(tempfile.gettempdir()) / "danlu-bench-images")
    args = ap.parse_args()

    import torch
    from torch.utils.data import DataLoader
    from torchvision import datasets
    from torchvision.transforms import v2

    from models.data.base import loader_context
    from models.data.images import ImageFileDataset
    from models.data.imagescan import scan_image_folder

    t0 = time.perf_counter()
    make_folder(args.root, args.images, args.source_size)
    gen_s = time.perf_counter() - t0

    # (a) scan: danlu lists the files and reads every header; ImageFolder only lists them.
    scan_danlu, scan_tv = [], []
    index = None
    for _ in range(args.reps):
        t = time.perf_counter()
        index = scan_image_folder(args.root)
        scan_danlu.append(time.perf_counter() - t)
        t = time.perf_counter()
        tv_set = datasets.ImageFolder(str(args.root))
        scan_tv.append(time.perf_counter() - t)
    assert index is not None

    # (b) throughput with identical work: decode, RGB, resize to size x size, scale to [0, 1], normalise.
    size = (args.size, args.size)
    mean, std = [0.5, 0.5, 0.5], [0.25, 0.25, 0.25]
    classes = sorted(set(index.label_names))
    danlu_set = ImageFileDataset(index.paths, index.labels_for(classes), 3, size, mean, std)
    tv_set = datasets.ImageFolder(
        str(args.root),
        transform=v2.Compose(
            [
                v2.Resize(size, antialias=True),
                v2.PILToTensor(),
                v2.ToDtype(torch.float32, scale=True),
                v2.Normalize(mean, std),
            ]
        ),
    )
    assert len(tv_set) == len(danlu_set)
    kw: dict[str, object] = {"batch_size": args.batch_size, "shuffle": True, "num_workers": args.workers}
    if args.workers > 0:
        kw.update(persistent_workers=True, multiprocessing_context=loader_context())
    loaders = {"danlu": DataLoader(danlu_set, **kw), "torchvision": DataLoader(tv_set, **kw)}  # type: ignore[arg-type]
    for loader in loaders.values():  # warm up: worker start-up is not part of the throughput
        epoch(loader)
    rates: dict[str, list[float]] = {k: [] for k in loaders}
    for rep in range(args.reps):
        order = list(loaders) if rep % 2 == 0 else list(reversed(loaders))  # interleaved, alternating order
        for name in order:
            secs, n = epoch(loaders[name])
            rates[name].append(n / secs)
    ratios = [d / t for d, t in zip(rates["danlu"], rates["torchvision"])]
    med = statistics.median
    out = {
        "images": args.images,
        "source_size": args.source_size,
        "target_size": args.size,
        "batch_size": args.batch_size,
        "workers": args.workers,
        "reps": args.reps,
        "start_method": kw.get("multiprocessing_context").get_start_method() if args.workers else "main",  # type: ignore[union-attr]
        "cpu_count": os.cpu_count(),
        "generate_s": round(gen_s, 2),
        "scan": {
            "danlu_headers_s": [round(s, 4) for s in scan_danlu],
            "danlu_median_s": round(med(scan_danlu), 4),
            "torchvision_imagefolder_s": [round(s, 4) for s in scan_tv],
            "torchvision_median_s": round(med(scan_tv), 4),
            "skipped": len(index.skipped),
        },
        "throughput": {
            "danlu_samples_per_s": [round(r, 1) for r in rates["danlu"]],
            "torchvision_samples_per_s": [round(r, 1) for r in rates["torchvision"]],
            "ratio": [round(r, 3) for r in ratios],
            "ratio_median": round(med(ratios), 3),
        },
        "targets": {
            "scan_under_1s_per_10k": med(scan_danlu) * 10_000 / args.images < 1.0,
            "ratio_at_least_0.95": med(ratios) >= 0.95,
        },
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
