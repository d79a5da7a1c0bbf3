"""``danlu weights import FILE [--arch A]`` and ``danlu weights list [--known] [--json]``.

Danlu never downloads weights: a user fetches torchvision's official files elsewhere (``--known`` prints their
names and download.pytorch.org addresses) and imports them into the library, which checks them first.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

EXIT_OK = 0


def _size(n: int) -> str:
    return f"{n / 2**20:,.1f} MiB"


def cmd_import(args: argparse.Namespace) -> int:
    from models.network.weights_library import import_weights, library_dir

    entry = import_weights(args.file, args.arch)
    official = f" (official torchvision {entry.official})" if entry.official else ""
    print(f"imported {entry.name} into {library_dir()}: {entry.arch}{official}, {_size(entry.size_bytes)}")
    print(f"  sha256 {entry.sha256}")
    print(f"  use it as `weights: {entry.name}` in a backbone layer")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from models.network.weights_library import library_dir, list_weights
    from models.spec.backbones import ARCHITECTURES

    if args.known:
        known = [
            {"arch": a.name, "file": f.name, "variant": f.variant, "imagenet_top1": f.top1, "url": f.url}
            for a in ARCHITECTURES.values()
            for f in a.files
        ]
        if args.json:
            print(json.dumps(known, indent=2))
        else:
            for k in known:
                print(f"{k['arch']:20s} {k['file']:42s} {k['variant']:14s} top-1 {k['imagenet_top1']:.1f}%  {k['url']}")
        return EXIT_OK
    entries = list_weights()
    if args.json:
        print(json.dumps([asdict(e) for e in entries], indent=2))
        return EXIT_OK
    if not entries:
        print(f"the weights library ({library_dir()}) is empty; `danlu weights list --known` names the files to get")
        return EXIT_OK
    for e in entries:
        print(f"{e.arch:20s} {e.name:42s} {_size(e.size_bytes):>10s}  sha256 {e.sha256[:16]}…")
    return EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:
    """Add ``danlu weights ...`` to the CLI."""
    weights = sub.add_parser(
        "weights", help="the library of pretrained backbone weights (local files; nothing is downloaded)"
    ).add_subparsers(dest="weights_command", metavar="ACTION")
    p = weights.add_parser(
        "import",
        help="check a torchvision .pth/.safetensors file and copy it into the weights library",
        description="Reads the file safely (torch.load weights_only / safetensors), checks its SHA-256 against "
        "the hash in its name, and its keys and shapes against the architecture, then copies it into the library.",
    )
    p.add_argument("file", help="the weights file, e.g. resnet18-f37072fd.pth")
    p.add_argument("--arch", help="the architecture (default: detected from the file's keys and shapes)")
    p.set_defaults(func=cmd_import)
    p = weights.add_parser("list", help="the library's files with architecture, size and hash")
    p.add_argument("--known", action="store_true", help="list torchvision's official files and where to get them")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_list)
