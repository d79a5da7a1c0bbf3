"""What goes into a Danlu bundle, shared by ``danlu.spec`` (PyInstaller) and ``build.py`` (its dry run).

Plain data and small helpers only: importing this must not need PyInstaller, torch or Qt, so the fast test
and ``build.py --dry-run`` can validate a build's inputs on any machine.
"""

from __future__ import annotations

import fnmatch
import os
import re
import tomllib
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
NAME = "danlu"
VARIANTS = ("cpu", "cuda")
ENTRY_SCRIPT = PACKAGING / "danlu_entry.py"
HOOKS_DIR = PACKAGING / "hooks"
RUNTIME_HOOKS = {"cpu": [HOOKS_DIR / "rthook_torchvision_cpu.py"], "cuda": []}
ICON_SVG = ROOT / "resources" / "icons" / "danlu.svg"
RESOURCES = ROOT / "resources"

#: Our packages, plus what is only imported by name at run time (CLI subcommands, lazily loaded panels).
APP_PACKAGES = ("models", "desktop", "resources")

#: Distributions whose metadata must travel: ``importlib.metadata.version()`` and Lightning's
#: ``RequirementCache``/``package_available`` read it at run time and treat a missing one as "not installed".
METADATA = (
    "danlu",
    "torch",
    "torchvision",
    "lightning",
    "lightning-utilities",
    "pytorch-lightning",
    "torchmetrics",
    "onnx",
    "onnxruntime",
    "numpy",
    "pydantic",
    "PySide6_Essentials",
    "shiboken6",
    "pyqtgraph",
    "safetensors",
    "scikit-learn",
    "scipy",
    "Pillow",
    "PyYAML",
    "platformdirs",
    "tensorboard",
    "packaging",
    "fsspec",
    "filelock",
    "tqdm",
    "typing_extensions",
    "protobuf",
)

#: Packages whose Python source (not only bytecode) must be in the bundle: TorchScript compiles ``forward``
#: from source (``inspect.getsource``), so the network layers and torch's own scripted helpers need it.
SOURCE_PACKAGES = ("models", "torch", "torchvision", "torchmetrics")

#: Never needed by Danlu; some are pulled in by optional imports of our dependencies and weigh a lot.
EXCLUDES = (
    "tkinter",
    "_tkinter",
    "matplotlib",
    "IPython",
    "jupyter",
    "notebook",
    "ipykernel",
    "pandas",
    "pytest",
    "hypothesis",
    "onnxscript",
    "onnx_ir",
    "triton.testing",
    "PyInstaller",
    "pip",
    "setuptools",
    "pkg_resources",
    "distutils",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuick3D",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtMultimedia",
    "PySide6.QtNetworkAuth",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.Qt3DCore",
    "PySide6.QtWebEngineCore",
    "PySide6.QtBluetooth",
    "PySide6.QtPositioning",
    "PySide6.QtSerialPort",
    "PySide6.QtRemoteObjects",
    "PySide6.QtScxml",
    "PySide6.QtCharts",
    "PySide6.QtDataVisualization",
    "PySide6.QtGraphs",
    "tensorboard_data_server",
    "grpc",
    "werkzeug",
    "aiohttp",
    # torch.compile's GPU compiler (890 MB in the CUDA build); Danlu never calls torch.compile, and torch
    # treats a missing triton as "not installed"
    "triton",
)

#: Bundle paths (relative, forward slashes, fnmatch patterns) dropped after analysis, per variant.
_COMMON_DROP = (
    "torch/lib/libjitbackend_test.so",
    "torch/lib/libtorchbind_test.so",
    "torch/lib/libbackend_with_compiler.so",
    "torch/lib/libaoti_custom_ops.so",
    "torch/include/*",
    "torch/share/cmake/*",
    "torch/test/*",
    # torch/bin holds C++ test programs and protoc (50 MB); only torch_shm_manager is used at run time
    "torch/bin/*Test",
    "torch/bin/test_*",
    "torch/bin/protoc*",
    "torch/bin/*.pt",
    "torch/bin/*.ptl",
    "PySide6/Qt/lib/libQt6Quick*",
    "PySide6/Qt/lib/libQt6Qml*",
    "PySide6/Qt/lib/libQt6Pdf*",
    "PySide6/Qt/lib/libQt6Designer*",
    "PySide6/Qt/lib/libQt6VirtualKeyboard*",
    "PySide6/Qt/qml/*",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/translations/qtwebengine*",
    "PySide6/Qt/translations/assistant*",
    "PySide6/Qt/translations/designer*",
    "PySide6/Qt/translations/linguist*",
    "triton/*",
    "*.a",
)
DROP = {
    # The CPU torch wheel has no CUDA; PyPI's torchvision is a CUDA build whose C++ ops (detection only:
    # nms, roi_align, ...) link libtorch_cuda. Danlu uses torchvision's transforms, which are pure Python, so
    # the ops library and its CUDA/image libraries are left out (see hooks/rthook_torchvision_cpu.py).
    "cpu": _COMMON_DROP
    + ("torchvision/*.so", "torchvision.libs/*", "nvidia/*", "libcudart*", "libnvjpeg*", "libcu*", "libnv*"),
    "cuda": _COMMON_DROP,
}


#: Binaries that arrive with debug information (the Python runtime from pyenv/the system, not the wheels):
#: ``strip --strip-debug`` keeps their symbols and removes ~20 MB. Never the wheels' libraries: auditwheel
#: and patchelf lay them out in a way ``strip`` breaks ("ELF load command address/offset not page-aligned").
STRIP_DEBUG = ("libpython3*.so*", "python3*/lib-dynload/*.so")


def version() -> str:
    """Danlu's version from pyproject.toml (the single source of truth)."""
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return str(data["project"]["version"])


def artifact_stem(variant: str, ver: str | None = None) -> str:
    """``danlu-<version>-linux-x86_64-<variant>``: the name of the tarball and its top folder."""
    if variant not in VARIANTS:
        raise ValueError(f"unknown variant {variant!r}; choose one of {', '.join(VARIANTS)}")
    return f"{NAME}-{ver or version()}-linux-x86_64-{variant}"


def deb_version(ver: str | None = None) -> str:
    """Debian's version string for a PEP 440 version (``0.1.0rc1`` -> ``0.1.0~rc1``, sorting before 0.1.0)."""
    return re.sub(r"(\d)(a|b|rc|\.dev)(\d+)", r"\1~\2\3", ver or version())


def dropped(dest: str, variant: str) -> bool:
    """True when the bundle path ``dest`` is excluded from ``variant``."""
    path = dest.replace("\\", "/")
    return any(fnmatch.fnmatch(path, pattern) for pattern in DROP[variant])


def required_inputs() -> list[Path]:
    """Files a build reads; a missing one is reported by ``build.py --dry-run`` before any work."""
    linux = PACKAGING / "linux"
    return [
        ENTRY_SCRIPT,
        PACKAGING / "danlu.spec",
        ICON_SVG,
        RESOURCES / "__init__.py",
        linux / "danlu.desktop",
        linux / "danlu",
        *RUNTIME_HOOKS["cpu"],
        *(ROOT / p / "__init__.py" for p in APP_PACKAGES),
    ]


def dedupe_binaries(binaries: list[tuple[str, str, str]]) -> list[tuple[str, str, str]]:
    """Replace a top-level copy of a library that is also collected inside a package by a symlink to it.

    PyInstaller files a library it found as a dependency at the top level unless it can tell the library
    belongs to a package; when it cannot (e.g. torch's libraries seen from a build venv that reaches the
    packages through a ``.pth``), ``libtorch_cpu.so`` and ``libtorch_cuda.so`` end up twice (~1 GB). A
    symlink keeps the top-level name loadable and the bytes single.
    """
    nested: dict[str, str] = {}
    for dest, src, kind in binaries:
        if kind != "SYMLINK" and "/" in dest.replace("\\", "/"):
            nested.setdefault(os.path.realpath(src), dest)
    out = []
    for dest, src, kind in binaries:
        target = nested.get(os.path.realpath(src)) if kind != "SYMLINK" else None
        if target and "/" not in dest.replace("\\", "/"):
            out.append((dest, target.replace("\\", "/"), "SYMLINK"))  # top level: relative target = the path
        else:
            out.append((dest, src, kind))
    return out
