"""Cost of one explanation against one prediction, side by side in one process (CPU, one thread by default).

A ResNet-18 backbone + linear head at a chosen size, and the lenet template on 32x32 images: time per sample
of a forward pass, of Grad-CAM and of Integrated Gradients (``IG_STEPS`` steps), median of the repeats.
Prints JSON; compare the ratios, not the absolute times (they move with the machine's load).

    python benchmarks/explain_cost.py --size 224 --reps 5 --threads 1
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

import torch

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))


def _median_s(fn, reps: int) -> float:  # noqa: ANN001
    fn()  # warm-up
    times = []
    for _ in range(reps):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def main() -> None:
    from models.data.base import DataInfo
    from models.explain.methods import IG_STEPS, find_cam_layer, gradcam, integrated_gradients
    from models.network import build_network, make_template
    from models.spec import network as ns

    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=224)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    out = {"threads": args.threads, "ig_steps": IG_STEPS, "networks": {}}
    photo = DataInfo("classification", "image", (3, args.size, args.size), num_outputs=5, class_names=tuple("abcde"))
    small = DataInfo("classification", "image", (3, 32, 32), num_outputs=5, class_names=tuple("abcde"))
    cases = {
        f"resnet18@{args.size}": (ns.NetworkSpec(layers=[ns.Backbone(), ns.Linear(out_features=5)]), photo),
        "lenet@32": (make_template("lenet", small), small),
    }
    for name, (spec, info) in cases.items():
        net = build_network(spec, info).eval()
        x = torch.randn(*info.input_shape)
        layer = find_cam_layer(net, spec, info)

        def forward(net=net, x=x) -> None:  # noqa: ANN001
            with torch.no_grad():
                net(x.unsqueeze(0))

        predict_s = _median_s(forward, args.reps)
        cam_s = _median_s(lambda net=net, layer=layer, x=x: gradcam(net, layer, x, 0), args.reps)
        ig_s = _median_s(lambda net=net, x=x: integrated_gradients(net, x, 0), args.reps)
        out["networks"][name] = {
            "predict_s": round(predict_s, 4),
            "gradcam_s": round(cam_s, 4),
            "ig_s": round(ig_s, 4),
            "gradcam_over_predict": round(cam_s / predict_s, 1),
            "ig_over_predict": round(ig_s / predict_s, 1),
        }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
