"""One prepared GPU check (under 8 minutes on a CUDA machine): Danlu's training throughput against a plain loop.

For lenet and resnet_small (10,000 generated 28x28 images in an image folder) and transformer (10,000
generated sequences of 64 steps x 8 channels), at precision 32, 16-mixed and bf16-mixed: train samples/s
of a hand-written PyTorch loop (same loaders, network, optimiser, autocast and grad scaler, a validation
pass) and of ``fit()`` on the same GPU, and their ratio. Then the GUI benchmark
(``benchmarks/gui_responsiveness.py``) with training on the GPU. Prints one JSON object; exits 2 without CUDA.

Usage: python benchmarks/gpu_check.py [--epochs 2] [--skip-gui] [--models lenet,resnet_small,transformer]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PRECISIONS = ("32", "16-mixed", "bf16-mixed")
MODELS = ("lenet", "resnet_small", "transformer")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--epochs", type=int, default=2)
    parser.add_argument("--batch-size", type=int, default=128)
    parser.add_argument("--models", default=",".join(MODELS))
    parser.add_argument("--skip-gui", action="store_true", help="skip the GUI benchmark")
    args = parser.parse_args()
    warnings.filterwarnings("ignore")
    import torch

    if not torch.cuda.is_available():
        print(json.dumps({"benchmark": "gpu_check", "error": "no CUDA device"}))
        sys.exit(2)
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from workloads import danlu_fit, machine_load, plain_loop, write_image_folder, write_sequences

    from models.data import build_datamodule
    from models.network import make_template
    from models.spec import DataSpec, Experiment, TrainSpec

    started = time.perf_counter()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        images = DataSpec(source="image_folder", name=None, path=str(write_image_folder(Path(tmp) / "img")))
        seqs = DataSpec(source="sequence", name=None, path=str(write_sequences(Path(tmp) / "seq.npz")))
        for model in args.models.split(","):
            data = seqs if model == "transformer" else images
            info = build_datamodule(data, num_workers=0).info
            for precision in PRECISIONS:
                exp = Experiment(
                    name=f"gpu-{model}",
                    data=data,
                    network=make_template(model, info),
                    train=TrainSpec(
                        epochs=args.epochs, batch_size=args.batch_size, accelerator="cuda", precision=precision
                    ),
                )
                row: dict[str, object] = {"model": model, "precision": precision}
                try:
                    plain_loop(exp, 1, "cuda", precision)  # warm-up (cuDNN autotuning, allocator)
                    plain = plain_loop(exp, args.epochs, "cuda", precision)[0]
                    danlu = danlu_fit(exp, args.epochs, Path(tmp) / "runs")[0]
                    row.update(
                        plain_samples_per_s=round(plain, 1),
                        danlu_samples_per_s=round(danlu, 1),
                        ratio=round(danlu / plain, 3),
                        peak_memory_mb=round(torch.cuda.max_memory_allocated() / 2**20, 1),
                    )
                except Exception as err:  # noqa: BLE001 - one failing combination must not hide the others
                    row["error"] = f"{type(err).__name__}: {err}"
                rows.append(row)
                print(json.dumps(row), file=sys.stderr, flush=True)
    gui = None
    if not args.skip_gui:
        proc = subprocess.run(
            [
                sys.executable,
                str(ROOT / "benchmarks" / "gui_responsiveness.py"),
                "--epochs",
                "3",
                "--starts",
                "1",
                "--repeats",
                "1",
            ],
            capture_output=True,
            text=True,
            cwd=ROOT,
            timeout=300,
        )
        try:
            gui = json.loads(proc.stdout[proc.stdout.index("{") :])
        except ValueError:
            gui = {"error": proc.stderr[-2000:]}
    print(
        json.dumps(
            {
                "benchmark": "gpu_check",
                "device": torch.cuda.get_device_name(0),
                "torch": torch.__version__,
                "epochs": args.epochs,
                "batch_size": args.batch_size,
                "rows": rows,
                "gui_responsiveness": gui,
                "seconds": round(time.perf_counter() - started, 1),
                "load": machine_load(),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
