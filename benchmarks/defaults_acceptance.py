"""Do Danlu's pure defaults train? Test accuracy of small public sets with the old fixed budget and with auto.

For each dataset: the experiment ``danlu template show`` would write (default template, default TrainSpec),
trained twice on the CPU: ``before`` = the old defaults (10 epochs, batch 64, no early stopping, constant
rate) and ``after`` = the current defaults (``epochs: auto``, ``batch_size: auto``). Both are evaluated on the
dataset's own test split, beside the published reference for that dataset.

Sequence sets are real UCR/UEA TRAIN/TEST pairs (``.ts``) that ship inside the ``sktime`` (or ``aeon``) wheel
(install the benchmark extra: ``pip install -e '.[bench]'``); Danlu reads the ``.ts`` files directly and keeps
the TEST file as the test split (val is split off TRAIN). Image sets are scikit-learn's 8x8 digits written as a
PNG folder, and generated 28x28 shapes (circle / square / triangle with noise and random size and position).

References: FCN (Wang et al. 2017) test accuracy re-run by Fawaz et al. (2019), mean of 5 runs
(hfawaz/dl-4-tsc results/results-ucr-128.csv; results-mts.csv for JapaneseVowels).

Prints one JSON object (datasets, the machine's load before/after, torch threads).
Usage: python benchmarks/defaults_acceptance.py [--only GunPoint,digits] [--skip-before] [--out results.json]
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

import numpy as np

warnings.filterwarnings("ignore")

#: name -> (published test accuracy, source)
SEQUENCE_SETS: dict[str, tuple[float, str]] = {
    "GunPoint": (1.000, "FCN, Fawaz et al. 2019"),
    "ItalyPowerDemand": (0.963, "FCN, Fawaz et al. 2019"),
    "ArrowHead": (0.843, "FCN, Fawaz et al. 2019"),
    "BasicMotions": (1.000, "FCN/ResNet, Ruiz et al. 2021 (UEA bake-off)"),
    "JapaneseVowels": (0.993, "FCN, Fawaz et al. 2019 (MTS archive)"),
    "OSULeaf": (0.979, "FCN, Fawaz et al. 2019"),
}
IMAGE_SETS: dict[str, tuple[float, str]] = {
    "digits": (0.97, "SVC, scikit-learn's digits example (50% split)"),
    "shapes": (1.00, "separable by construction"),
}
OLD_DEFAULTS = {"epochs": 10, "batch_size": 64}


def ts_folder() -> Path | None:
    """The folder of ``.ts`` sets inside an installed sktime or aeon (found without importing either)."""
    for package in ("sktime", "aeon"):
        spec = importlib.util.find_spec(package)
        if spec and spec.submodule_search_locations:
            folder = Path(list(spec.submodule_search_locations)[0]) / "datasets" / "data"
            if folder.is_dir():
                return folder
    return None


def write_digits(root: Path) -> Path:
    from PIL import Image
    from sklearn.datasets import load_digits

    digits = load_digits()
    for i, (img, label) in enumerate(zip(digits.images, digits.target)):
        folder = root / str(label)
        folder.mkdir(parents=True, exist_ok=True)
        Image.fromarray((img * (255 / 16)).astype(np.uint8)).save(folder / f"{i:04d}.png")
    return root


def write_shapes(root: Path, per_class: int = 500, seed: int = 0) -> Path:
    """Noisy 28x28 circles, squares and triangles of random size and position."""
    from PIL import Image, ImageDraw

    rng = np.random.default_rng(seed)
    for name in ("circle", "square", "triangle"):
        (root / name).mkdir(parents=True, exist_ok=True)
        for i in range(per_class):
            img = Image.new("L", (28, 28), 0)
            draw = ImageDraw.Draw(img)
            r = int(rng.integers(5, 11))
            cx, cy = (int(v) for v in rng.integers(r + 1, 28 - r - 1, size=2))
            fill = int(rng.integers(150, 256))
            if name == "circle":
                draw.ellipse([cx - r, cy - r, cx + r, cy + r], fill=fill)
            elif name == "square":
                draw.rectangle([cx - r, cy - r, cx + r, cy + r], fill=fill)
            else:
                draw.polygon([(cx, cy - r), (cx - r, cy + r), (cx + r, cy + r)], fill=fill)
            noisy = np.asarray(img, dtype=np.float32) + rng.normal(0, 40, (28, 28))
            Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8)).save(root / name / f"{i:04d}.png")
    return root


def describe(dm: Any) -> dict[str, Any]:
    sizes = dm.summary().split_sizes
    shape = list(dm.info.input_shape)
    return {
        "n_train": sizes.get("train", 0),
        "n_val": sizes.get("val", 0),
        "n_test": sizes.get("test", 0),
        "classes": dm.info.num_classes,
        "shape": shape,
    }


def train_once(data: Any, runs: Path, train: dict[str, Any] | None, threads: int | str) -> dict[str, Any]:
    from models.defaults import experiment_for
    from models.spec import TrainSpec
    from models.training import fit
    from models.training.events import LogMessage

    exp = experiment_for(data)
    options = {**exp.train.model_dump(), "accelerator": "cpu", "cpu_threads": threads, **(train or {})}
    exp.train = TrainSpec.model_validate(options, strict=False)
    logs: list[str] = []
    start = time.perf_counter()
    result = fit(exp, sink=lambda e: logs.append(e.text) if isinstance(e, LogMessage) else None, runs_dir=runs)
    seconds = time.perf_counter() - start
    evaluation = result.evaluation or {}
    return {
        "template": exp.network.template,
        "accuracy": round(float(evaluation.get("metrics", {}).get("acc", float("nan"))), 4),
        "split": evaluation.get("split"),
        "epochs_completed": result.epochs_completed,
        "seconds": round(seconds, 1),
        "log": logs[:2],
        "baseline": evaluation.get("baseline"),
    }


def load() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="comma-separated dataset names")
    parser.add_argument("--skip-before", action="store_true", help="train only with the current defaults")
    parser.add_argument("--out", type=Path, help="also write the JSON here")
    parser.add_argument(
        "--threads", default="1", help="train.cpu_threads for every run (default 1: fair on a shared machine)"
    )
    args = parser.parse_args()
    only = {s for s in args.only.split(",") if s}
    threads: int | str = args.threads if args.threads == "auto" else int(args.threads)
    import torch

    from models.data import build_datamodule
    from models.spec import DataSpec

    tmp = Path(tempfile.mkdtemp(prefix="danlu-accept-"))
    datasets: list[tuple[str, Any, tuple[float, str]]] = []
    folder = ts_folder()
    for name, ref in SEQUENCE_SETS.items():
        train = folder / name / f"{name}_TRAIN.ts" if folder else None
        if (not only or name in only) and train is not None and train.is_file():
            datasets.append((name, DataSpec(source="sequence", name=None, path=str(train)), ref))
    writers = {"digits": write_digits, "shapes": write_shapes}
    for name, ref in IMAGE_SETS.items():
        if not only or name in only:
            path = writers[name](tmp / name)
            datasets.append((name, DataSpec(source="image_folder", name=None, path=str(path)), ref))
    rows = []
    started = load()
    for name, data, (reference, source) in datasets:
        row: dict[str, Any] = {"dataset": name, **describe(build_datamodule(data, num_workers=0))}
        row["reference"], row["reference_source"] = reference, source
        if not args.skip_before:
            row["before"] = train_once(data, tmp / "runs", OLD_DEFAULTS, threads)
        row["after"] = train_once(data, tmp / "runs", None, threads)
        row["load_after"] = load()
        rows.append(row)
        print(json.dumps(row), flush=True)  # progress: one line per dataset (the summary follows)
    out = {
        "benchmark": "defaults_acceptance",
        "device": "cpu",
        "torch_threads": torch.get_num_threads(),
        "cpu_threads_setting": threads,
        "cpu_count": os.cpu_count(),
        "load_before": started,
        "load_after": load(),
        "ts_source": str(folder) if folder else None,
        "datasets": rows,
    }
    text = json.dumps(out, indent=2)
    print(text)
    if args.out:
        args.out.write_text(text)


if __name__ == "__main__":
    main()
