"""Fast checks of the packaging inputs (no PyInstaller, no build): the real build is packaging/check.sh."""

from __future__ import annotations

import importlib.util
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "packaging"


def _load(name: str, path: Path):  # noqa: ANN202 - a module object
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def cfg():  # noqa: ANN201
    return _load("bundle_config", PACKAGING / "bundle_config.py")


@pytest.mark.parametrize("variant", ["cpu", "cuda"])
def test_dry_run_validates_inputs_and_names_the_artifacts(variant: str, tmp_path: Path) -> None:
    out = subprocess.run(
        [sys.executable, str(PACKAGING / "build.py"), "--variant", variant, "--dry-run", "--dist", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    plan = json.loads(out.stdout)
    assert plan["tarball"].endswith(f"-linux-x86_64-{variant}.tar.gz")
    assert plan["deb"].endswith("_amd64.deb")
    assert not list(tmp_path.iterdir()), "a dry run must not write anything"


def test_dry_run_reports_a_missing_input(tmp_path: Path, cfg) -> None:  # noqa: ANN001
    build = _load("danlu_build", PACKAGING / "build.py")
    original = cfg.required_inputs
    try:
        build.cfg.required_inputs = lambda: [*original(), ROOT / "resources" / "icons" / "missing.svg"]
        problems = build.validate("cpu")
    finally:
        build.cfg.required_inputs = original
    assert problems == ["missing build input: resources/icons/missing.svg"]
    assert build.validate("rocm")[-1].startswith("unknown variant 'rocm'")


def test_cpu_bundle_drops_cuda_pieces_and_cuda_bundle_keeps_them(cfg) -> None:  # noqa: ANN001
    assert cfg.dropped("torchvision/_C.so", "cpu") and not cfg.dropped("torchvision/_C.so", "cuda")
    assert cfg.dropped("nvidia/cublas/lib/libcublas.so.13", "cpu")
    assert not cfg.dropped("nvidia/cublas/lib/libcublas.so.13", "cuda")
    for variant in cfg.VARIANTS:
        assert not cfg.dropped("torch/lib/libtorch_cpu.so", variant)
        assert not cfg.dropped("PySide6/Qt/plugins/platforms/libqoffscreen.so", variant)
        assert cfg.dropped("torch/lib/libtorchbind_test.so", variant)


def test_versions_and_names(cfg) -> None:  # noqa: ANN001
    assert cfg.artifact_stem("cpu", "0.1.0") == "danlu-0.1.0-linux-x86_64-cpu"
    assert cfg.deb_version("0.2.0rc1") == "0.2.0~rc1"
    with pytest.raises(ValueError, match="unknown variant"):
        cfg.artifact_stem("rocm")


def test_frozen_process_gets_stdio_when_a_windowed_build_has_none(monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    from models import frozen

    monkeypatch.setattr(frozen, "_prepared", False)
    monkeypatch.setattr(frozen, "user_log_dir", lambda: tmp_path / "logs")
    monkeypatch.setattr(sys, "stdout", None)
    monkeypatch.setattr(sys, "stderr", None)
    frozen.prepare_process()
    print("reaches the log file")
    sys.stdout.flush()
    assert "reaches the log file" in (tmp_path / "logs" / "danlu.log").read_text(encoding="utf-8")


def test_a_library_collected_twice_becomes_one_file_and_a_symlink(cfg) -> None:  # noqa: ANN001
    toc = [
        ("libtorch_cpu.so", "/venv/torch/lib/libtorch_cpu.so", "BINARY"),
        ("torch/lib/libtorch_cpu.so", "/venv/torch/lib/libtorch_cpu.so", "BINARY"),
        ("libz.so.1", "/usr/lib/libz.so.1", "BINARY"),
    ]
    assert cfg.dedupe_binaries(toc) == [
        ("libtorch_cpu.so", "torch/lib/libtorch_cpu.so", "SYMLINK"),
        ("torch/lib/libtorch_cpu.so", "/venv/torch/lib/libtorch_cpu.so", "BINARY"),
        ("libz.so.1", "/usr/lib/libz.so.1", "BINARY"),
    ]


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="needs dpkg-deb")
def test_deb_depends_on_every_system_library_qt_loads(tmp_path: Path) -> None:
    """A .deb installed with --no-install-recommends must still open its window (issue: exit 134 on a
    minimal system), so Qt's xcb libraries are Depends, the same list the launcher names when missing."""
    from desktop.qt_platform import GUI_PACKAGES, XCB_PACKAGES

    build = _load("danlu_build", PACKAGING / "build.py")
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    (bundle / "danlu").write_text("#!/bin/sh\n")
    deb = build.make_deb(bundle, "cpu", tmp_path / "dist", tmp_path / "work")
    fields = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Depends", "Recommends"], capture_output=True, text=True, check=True
    ).stdout
    depends = {d.split("(")[0].strip() for d in fields.split("Depends:", 1)[1].splitlines()[0].split(",")}
    assert {*XCB_PACKAGES.values(), *GUI_PACKAGES.values()} <= depends
    assert "libxcb-icccm4" in depends and "libxcb-keysyms1" in depends and "libxcb-cursor0" in depends
    assert "Recommends" not in fields  # nothing the window needs is left to an optional install
