"""Build Danlu's Linux bundle: PyInstaller one-folder app -> ``.tar.gz`` and ``.deb``.

Usage (from the repository root)::

    python packaging/build.py --variant cpu --python /tmp/venv-cpu/bin/python
    python packaging/build.py --variant cuda --python /tmp/venv-cuda/bin/python
    python packaging/build.py --variant cpu --dry-run      # validate inputs, print the plan, build nothing

``--python`` is the build environment: a venv holding Danlu's dependencies (the CPU or CUDA torch wheel)
and PyInstaller. This script itself needs only the standard library, so the dry run works anywhere.

Outputs in ``dist/``: ``danlu-<version>-linux-x86_64-<variant>.tar.gz`` (one folder: the app, its desktop
entry and icon), ``danlu[-cuda]_<version>_amd64.deb`` (the app in /opt/danlu, ``/usr/bin/danlu``, the desktop
entry and icon) and ``...-<variant>.sizes.json`` (installed and compressed sizes, largest parts).
"""

from __future__ import annotations

import argparse
import ast
import configparser
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import bundle_config as cfg  # noqa: E402

LINUX = cfg.PACKAGING / "linux"
DESKTOP_KEYS = ("Type", "Name", "Exec", "Icon", "Categories")
#: System libraries the bundle loads and does not ship: the C/C++ runtime, and what Qt's GUI and its X11 (xcb)
#: platform plugin load from the system (desktop/qt_platform.py lists the same and names missing ones at start).
#: The xcb ones are Depends, not Recommends: with --no-install-recommends (minimal images) Qt would abort.
DEB_DEPENDS = (
    "libc6 (>= 2.28)",
    "libgcc-s1",
    "libstdc++6",
    "libgl1",
    "libegl1",
    "libfontconfig1",
    "libfreetype6",
    "libglib2.0-0",
    "libdbus-1-3",
    "libxkbcommon0",
    "libxkbcommon-x11-0",
    "libxcb1",
    "libx11-6",
    "libx11-xcb1",
    "libxcb-cursor0",
    "libxcb-icccm4",
    "libxcb-image0",
    "libxcb-keysyms1",
    "libxcb-randr0",
    "libxcb-render0",
    "libxcb-render-util0",
    "libxcb-shape0",
    "libxcb-shm0",
    "libxcb-sync1",
    "libxcb-util1",
    "libxcb-xfixes0",
    "libxcb-xkb1",
)


class BuildError(RuntimeError):
    """A build input is missing or a build step failed; the message says which and what to do."""


# -- validation (the dry run) -------------------------------------------------------------------------------
def validate(variant: str) -> list[str]:
    """Check every build input without PyInstaller; returns the problems found (empty = ready)."""
    problems = [f"missing build input: {p.relative_to(cfg.ROOT)}" for p in cfg.required_inputs() if not p.exists()]
    if variant not in cfg.VARIANTS:
        problems.append(f"unknown variant {variant!r}; choose one of {', '.join(cfg.VARIANTS)}")
        return problems
    for path in (cfg.PACKAGING / "danlu.spec", cfg.ENTRY_SCRIPT, *cfg.RUNTIME_HOOKS[variant]):
        if path.exists():
            try:
                ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            except SyntaxError as err:
                problems.append(f"{path.relative_to(cfg.ROOT)}:{err.lineno}: syntax error: {err.msg}")
    desktop = LINUX / "danlu.desktop"
    if desktop.exists():
        parser = configparser.ConfigParser(interpolation=None, strict=True)
        parser.optionxform = str  # type: ignore[assignment,method-assign] - keys are case-sensitive
        parser.read(desktop, encoding="utf-8")
        if "Desktop Entry" not in parser:
            problems.append("packaging/linux/danlu.desktop: no [Desktop Entry] group")
        else:
            entry = parser["Desktop Entry"]
            problems += [f"packaging/linux/danlu.desktop: missing key {k}" for k in DESKTOP_KEYS if k not in entry]
            if entry.get("Icon") != cfg.NAME or not entry.get("Exec", "").startswith(cfg.NAME):
                problems.append("packaging/linux/danlu.desktop: Exec and Icon must name 'danlu'")
    launcher = LINUX / "danlu"
    if launcher.exists() and not os.access(launcher, os.X_OK):
        problems.append("packaging/linux/danlu: the launcher must be executable (chmod +x)")
    try:
        cfg.artifact_stem(variant)
    except (KeyError, OSError) as err:
        problems.append(f"pyproject.toml: cannot read the project version ({err})")
    return problems


def plan(variant: str, python: str, dist: Path, work: Path) -> dict[str, Any]:
    """What a build would do and produce."""
    stem = cfg.artifact_stem(variant)
    return {
        "variant": variant,
        "version": cfg.version(),
        "python": python,
        "spec": str(cfg.PACKAGING / "danlu.spec"),
        "bundle": str(work / "dist" / cfg.NAME),
        "tarball": str(dist / f"{stem}.tar.gz"),
        "deb": str(dist / deb_filename(variant)),
        "sizes": str(dist / f"{stem}.sizes.json"),
        "excludes": list(cfg.EXCLUDES),
        "dropped": list(cfg.DROP[variant]),
        "runtime_hooks": [str(p) for p in cfg.RUNTIME_HOOKS[variant]],
    }


def deb_package(variant: str) -> str:
    return cfg.NAME if variant == "cpu" else f"{cfg.NAME}-{variant}"


def deb_filename(variant: str) -> str:
    return f"{deb_package(variant)}_{cfg.deb_version()}_amd64.deb"


# -- build steps --------------------------------------------------------------------------------------------
def _run(cmd: list[str], env: dict[str, str] | None = None) -> None:
    print("+", " ".join(cmd), flush=True)
    result = subprocess.run(cmd, env=env, check=False)
    if result.returncode != 0:
        raise BuildError(f"{cmd[0]} failed with exit code {result.returncode}: {' '.join(cmd)}")


def _ensure_torchvision_shim(python: str) -> None:
    """Install the CPU torchvision shim into the build venv when torchvision cannot import there.

    PyInstaller's hooks import the packages they analyse; beside the CPU torch wheel, PyPI's (CUDA)
    torchvision fails to import without the shim that the bundle gets as a runtime hook. The same file goes
    into the build venv's site-packages, started by a ``.pth`` line.
    """
    probe = subprocess.run([python, "-c", "import torchvision"], capture_output=True, text=True, check=False)
    if probe.returncode == 0:
        return
    if "torchvision::nms" not in probe.stderr:
        raise BuildError(f"{python}: torchvision does not import:\n{probe.stderr.strip()}")
    site = subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    print(f"build.py: installing the torchvision CPU shim into {site}", flush=True)
    shutil.copy2(cfg.RUNTIME_HOOKS["cpu"][0], Path(site) / "_danlu_torchvision_cpu.py")
    (Path(site) / "_danlu_torchvision_cpu.pth").write_text("import _danlu_torchvision_cpu\n", encoding="utf-8")


def export_head(work: Path) -> Path:
    """A clean copy of the committed tree (``git archive HEAD``) to build from; returns its root.

    Building from the working tree would freeze whatever half-saved edit is on disk at that moment.
    """
    src = work / "src"
    shutil.rmtree(src, ignore_errors=True)
    src.mkdir(parents=True)
    archive = subprocess.run(
        ["git", "-C", str(cfg.ROOT), "archive", "--format=tar", "HEAD"], capture_output=True, check=False
    )
    if archive.returncode != 0:
        raise BuildError(
            f"git archive HEAD failed (use --source tree outside a git checkout): "
            f"{archive.stderr.decode(errors='replace').strip()}"
        )
    subprocess.run(["tar", "-x", "-C", str(src)], input=archive.stdout, check=True)
    return src


def run_pyinstaller(variant: str, python: str, work: Path, src: Path = cfg.ROOT) -> Path:
    """Freeze the app (sources under ``src``) into ``<work>/dist/danlu``; returns that folder."""
    if variant == "cpu":
        _ensure_torchvision_shim(python)
    check = subprocess.run(
        [python, "-c", "import PyInstaller, torch, PySide6, lightning"], capture_output=True, text=True, check=False
    )
    if check.returncode != 0:
        raise BuildError(
            f"{python} cannot import PyInstaller, torch, PySide6 and lightning; install Danlu's "
            f"dependencies and pyinstaller into that environment first:\n{check.stderr.strip()}"
        )
    env = dict(os.environ, DANLU_VARIANT=variant, PYTHONNOUSERSITE="1")
    _run(
        [
            python,
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(work / "dist"),
            "--workpath",
            str(work / "build"),
            str(src / "packaging" / "danlu.spec"),
        ],
        env=env,
    )
    bundle = work / "dist" / cfg.NAME
    if not (bundle / cfg.NAME).is_file():
        raise BuildError(f"PyInstaller finished but {bundle / cfg.NAME} is missing")
    return bundle


def strip_debug_info(bundle: Path) -> int:
    """``strip --strip-debug`` the bundle's top-level libraries that still carry debug sections; bytes saved."""
    strip = shutil.which("strip")
    if strip is None:
        print("build.py: strip not found; debug information left in the Python runtime", file=sys.stderr)
        return 0
    internal = bundle / "_internal"
    saved = 0
    for pattern in cfg.STRIP_DEBUG:
        for path in internal.glob(pattern):
            if not path.is_file() or path.is_symlink() or b".debug_info" not in path.read_bytes()[-2_000_000:]:
                continue  # section names sit in the string table at the end of the file
            before = path.stat().st_size
            subprocess.run([strip, "--strip-debug", str(path)], check=True)
            saved += before - path.stat().st_size
    print(f"build.py: stripped debug information: {saved / 1024 / 1024:.1f} MiB saved", flush=True)
    return saved


def _install_desktop_files(dest: Path, icon_dir: Path) -> None:
    (dest).mkdir(parents=True, exist_ok=True)
    shutil.copy2(LINUX / "danlu.desktop", dest / "danlu.desktop")
    icon_dir.mkdir(parents=True, exist_ok=True)
    shutil.copy2(cfg.ICON_SVG, icon_dir / "danlu.svg")


def make_tarball(bundle: Path, variant: str, dist: Path, work: Path) -> Path:
    """``<stem>.tar.gz`` with one top folder ``<stem>/``: the app plus ``share/`` (desktop entry, icon)."""
    stem = cfg.artifact_stem(variant)
    stage = work / "tar" / stem
    shutil.rmtree(stage.parent, ignore_errors=True)
    shutil.copytree(bundle, stage, symlinks=True)
    share = stage / "share"
    _install_desktop_files(share / "applications", share / "icons" / "hicolor" / "scalable" / "apps")
    dist.mkdir(parents=True, exist_ok=True)
    out = dist / f"{stem}.tar.gz"
    _run(["tar", "--owner=0", "--group=0", "--numeric-owner", "-C", str(stage.parent), "-czf", str(out), stem])
    shutil.rmtree(stage.parent, ignore_errors=True)
    return out


def _du_bytes(path: Path) -> int:
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def make_deb(bundle: Path, variant: str, dist: Path, work: Path) -> Path:
    """A .deb (``dpkg-deb --root-owner-group``): /opt/danlu, /usr/bin/danlu, desktop entry, icon."""
    if shutil.which("dpkg-deb") is None:
        raise BuildError("dpkg-deb not found; install the dpkg package or build with --no-deb")
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / cfg.NAME, symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    shutil.copy2(LINUX / "danlu", root / "usr" / "bin" / cfg.NAME)
    _install_desktop_files(
        root / "usr" / "share" / "applications", root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps"
    )
    package = deb_package(variant)
    others = [f"{cfg.NAME}-{v}" if v != "cpu" else cfg.NAME for v in cfg.VARIANTS if v != variant]
    description = (
        "CPU build; trains on the processor"
        if variant == "cpu"
        else "CUDA build; trains on NVIDIA GPUs and needs only the NVIDIA driver"
    )
    control = {
        "Package": package,
        "Version": cfg.deb_version(),
        "Section": "science",
        "Priority": "optional",
        "Architecture": "amd64",
        "Maintainer": "Danlu developers <danlu@localhost>",
        "Installed-Size": str(_du_bytes(root) // 1024 + 1),
        "Depends": ", ".join(DEB_DEPENDS),
        "Conflicts": ", ".join(others),
        "Replaces": ", ".join(others),
        "Provides": cfg.NAME if variant != "cpu" else "",
        "Description": f"point-and-click deep learning on your own machine ({variant})\n"
        f" Danlu builds, trains, evaluates and exports neural networks offline.\n {description}.",
    }
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text("".join(f"{k}: {v}\n" for k, v in control.items() if v), encoding="utf-8")
    dist.mkdir(parents=True, exist_ok=True)
    out = dist / deb_filename(variant)
    # xz is dpkg-deb's default; gzip -6 builds ~5x faster on a shared CI box for ~15% more bytes
    comp = os.environ.get("DANLU_DEB_COMPRESSION", "gzip")
    _run(["dpkg-deb", "--root-owner-group", f"-Z{comp}", "--build", str(root), str(out)])
    shutil.rmtree(root, ignore_errors=True)
    return out


def size_report(bundle: Path, variant: str, artifacts: list[Path], dist: Path) -> dict[str, Any]:
    """Installed size, compressed sizes and the largest parts of the bundle; written next to the artifacts."""
    internal = bundle / "_internal"
    groups: dict[str, int] = {}
    for path in internal.rglob("*"):
        if path.is_file() and not path.is_symlink():
            rel = path.relative_to(internal).parts
            key = rel[0] if len(rel) == 1 or rel[0] not in ("torch", "PySide6", "nvidia") else "/".join(rel[:3])
            groups[key] = groups.get(key, 0) + path.lstat().st_size
    mib = 1024 * 1024
    report = {
        "variant": variant,
        "version": cfg.version(),
        "installed_mib": round(_du_bytes(bundle) / mib, 1),
        "artifacts": {p.name: round(p.stat().st_size / mib, 1) for p in artifacts},
        "largest_mib": {k: round(v / mib, 1) for k, v in sorted(groups.items(), key=lambda kv: -kv[1])[:15]},
    }
    (dist / f"{cfg.artifact_stem(variant)}.sizes.json").write_text(
        json.dumps(report, indent=2) + "\n", encoding="utf-8"
    )
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Danlu's Linux bundle, .tar.gz and .deb.")
    parser.add_argument("--variant", choices=cfg.VARIANTS, default="cpu")
    parser.add_argument(
        "--python",
        default=sys.executable,
        help="the build venv's interpreter (with Danlu's dependencies and pyinstaller)",
    )
    parser.add_argument("--dist", type=Path, default=cfg.ROOT / "dist", help="where the artifacts go")
    parser.add_argument("--work", type=Path, default=None, help="scratch folder (default: build/<variant>)")
    parser.add_argument(
        "--source",
        choices=("head", "tree"),
        default="head",
        help="freeze the committed tree (git archive HEAD, default) or the working tree as it is",
    )
    parser.add_argument("--dry-run", action="store_true", help="validate the inputs and print the plan only")
    parser.add_argument("--reuse-bundle", action="store_true", help="skip PyInstaller if the bundle exists")
    parser.add_argument("--no-tar", action="store_true")
    parser.add_argument("--no-deb", action="store_true")
    args = parser.parse_args(argv)
    work = (args.work or cfg.ROOT / "build" / args.variant).resolve()
    dist = args.dist.resolve()
    problems = validate(args.variant)
    if problems:
        for line in problems:
            print(f"build.py: {line}", file=sys.stderr)
        return 2
    print(json.dumps(plan(args.variant, args.python, dist, work), indent=2))
    if args.dry_run:
        return 0
    start = time.monotonic()
    try:
        bundle = work / "dist" / cfg.NAME
        if not (args.reuse_bundle and (bundle / cfg.NAME).is_file()):
            src = export_head(work) if args.source == "head" else cfg.ROOT
            bundle = run_pyinstaller(args.variant, args.python, work, src)
            strip_debug_info(bundle)
        artifacts = []
        if not args.no_tar:
            artifacts.append(make_tarball(bundle, args.variant, dist, work))
        if not args.no_deb:
            artifacts.append(make_deb(bundle, args.variant, dist, work))
    except BuildError as err:
        print(f"build.py: {err}", file=sys.stderr)
        return 1
    report = size_report(bundle, args.variant, artifacts, dist)
    report["build_seconds"] = round(time.monotonic() - start, 1)
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
