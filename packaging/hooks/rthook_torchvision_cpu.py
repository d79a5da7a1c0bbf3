"""PyInstaller runtime hook (CPU bundle only): let torchvision import without its C++ ops library.

PyPI's torchvision is built against CUDA torch; beside the CPU torch wheel its ``_C`` ops library (nms,
roi_align and other detection ops, which Danlu does not use) cannot load, and the bundle leaves it out.
torchvision then still registers a fake ("meta") kernel for ``torchvision::nms`` and ``qnms`` at import,
which fails when the operators were never declared. Declaring their schemas, just before that module runs,
lets ``import torchvision`` succeed; calling those two operators raises torch's "no kernel" error.
Everything Danlu uses (transforms.v2, tv_tensors) is pure Python and unaffected.
"""

import importlib.abc
import importlib.machinery
import sys

_TARGET = "torchvision._meta_registrations"
_SCHEMA = "(Tensor dets, Tensor scores, float iou_threshold) -> Tensor"
_keep = []  # torch.library.Library objects unregister their definitions when garbage-collected


def _declare_ops():
    import torch

    if hasattr(torch.ops.torchvision, "nms"):  # the ops library did load: nothing to declare
        return
    lib = torch.library.Library("torchvision", "DEF")
    for op in ("nms", "qnms"):
        lib.define(op + _SCHEMA)
    _keep.append(lib)


class _Loader(importlib.abc.Loader):
    """Wraps the real loader of that one module: declare the operators, then run the module."""

    def __init__(self, inner):
        self.inner = inner

    def create_module(self, spec):
        return self.inner.create_module(spec)

    def exec_module(self, module):
        _declare_ops()
        self.inner.exec_module(module)


class _Finder(importlib.abc.MetaPathFinder):
    def find_spec(self, fullname, path, target=None):
        if fullname != _TARGET:
            return None
        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is None:
            for finder in sys.meta_path:
                if finder is self or not hasattr(finder, "find_spec"):
                    continue
                spec = finder.find_spec(fullname, path, target)
                if spec is not None:
                    break
        if spec is None or spec.loader is None:
            return None
        spec.loader = _Loader(spec.loader)
        return spec


sys.meta_path.insert(0, _Finder())
