"""Pretrained weights from a local file, checked before they touch a network. Nothing is ever downloaded.

Reads torchvision's state-dict files (``.pth``, loaded with ``torch.load(weights_only=True)``, so a file that
would run code when unpickled is refused and the code never runs) and ``.safetensors`` files, compares every
key and shape with the architecture, and says exactly what does not match: missing and unexpected keys,
shape mismatches, or "this looks like a resnet50 file, not resnet18". torchvision names its files
``<arch>-<first hex digits of the SHA-256>.pth``; when a name carries such a prefix the file's hash must
start with it.
"""

from __future__ import annotations

import functools
import pickle
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import torch

from models.errors import DataError
from models.export.metadata import sha256_file
from models.spec.backbones import ARCHITECTURES, arch, official_file

#: ``resnet18-f37072fd.pth``: torch.hub's convention, the digits after the last dash are a SHA-256 prefix.
HASH_IN_NAME = re.compile(r"-([0-9a-f]{6,64})\.[A-Za-z]+$")
SUFFIXES = (".pth", ".pt", ".safetensors")
#: Batch-norm step counters: older files lack them and they do not affect the outputs.
_OPTIONAL = ".num_batches_tracked"
_SHOWN = 4


class WeightsError(DataError):
    """A weights file is missing, unreadable, unsafe, damaged or for another architecture."""


@dataclass
class KeyMatch:
    """How a state dict fits an architecture (keys are torchvision's, without any prefix).

    Attributes:
        loaded: Keys present in both with equal shapes.
        missing: Keys the architecture needs that the file lacks.
        unexpected: Keys in the file the architecture does not have (the ImageNet head excluded).
        mismatched: ``(key, shape in the file, shape the architecture needs)``.
        head: Keys of the ImageNet classifier, dropped (the layers after the backbone are the new head).
    """

    loaded: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    unexpected: list[str] = field(default_factory=list)
    mismatched: list[tuple[str, tuple[int, ...], tuple[int, ...]]] = field(default_factory=list)
    head: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not (self.missing or self.unexpected or self.mismatched)

    def score(self) -> float:
        """Share of the architecture's and the file's keys that match (1.0 = a perfect fit)."""
        total = len(self.loaded) + len(self.missing) + len(self.unexpected) + len(self.mismatched)
        return len(self.loaded) / total if total else 0.0


def _shape_text(shape: tuple[int, ...]) -> str:
    return "[" + ", ".join(map(str, shape)) + "]"


def _some(keys: list[str]) -> str:
    more = f" and {len(keys) - _SHOWN} more" if len(keys) > _SHOWN else ""
    return ", ".join(keys[:_SHOWN]) + more


# ---------------------------------------------------------------------------------------------------- reading


def read_state_dict(path: str | Path) -> dict[str, torch.Tensor]:
    """The tensors of a ``.pth``/``.pt`` or ``.safetensors`` file, by name.

    A checkpoint-like dict holding a ``state_dict`` or ``model`` entry is unwrapped; the ``module.`` prefix of
    ``DataParallel`` saves is dropped.

    Raises:
        WeightsError: the file is missing, unreadable, truncated, would run code, or holds no tensors.
    """
    path = Path(path).expanduser()
    if not path.exists():
        raise WeightsError(
            f"{path}: no such weights file; copy the file there, or import it into the weights library with "
            "`danlu weights import FILE`"
        )
    if path.is_dir():
        raise WeightsError(f"{path}: is a folder; choose the weights file itself (.pth or .safetensors)")
    if path.suffix.lower() == ".safetensors":
        state = _read_safetensors(path)
    else:
        state = _read_torch(path)
    return _unwrap(state, path)


def _read_safetensors(path: Path) -> Any:
    from safetensors import SafetensorError
    from safetensors.torch import load_file

    try:
        return load_file(str(path), device="cpu")
    except (SafetensorError, OSError, ValueError, RuntimeError) as err:
        raise WeightsError(
            f"{path}: not a readable safetensors file ({err}); it may be truncated or damaged: copy it again"
        ) from None


def _read_torch(path: Path) -> Any:
    try:
        return torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as err:
        named = re.search(r"GLOBAL (\S+)", str(err))
        if named:
            raise WeightsError(
                f"{path}: refused to load: it names the Python object {named.group(1)}, which could run code; "
                "Danlu never runs code from a weights file. Use the official torchvision file or a .safetensors file."
            ) from None
        if not zipfile.is_zipfile(path):
            raise WeightsError(
                f"{path}: not a PyTorch weights file (torch.save writes a zip archive; this is not one); it may be "
                "damaged, or another kind of file: use the official torchvision .pth or a .safetensors file"
            ) from None
        raise WeightsError(f"{path}: refused to load: it holds objects that are not plain tensors") from None
    except (RuntimeError, EOFError, zipfile.BadZipFile, OSError, ValueError) as err:
        first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise WeightsError(
            f"{path}: not a readable PyTorch weights file ({first}); it may be truncated or damaged: copy it again"
        ) from None


def _unwrap(state: Any, path: Path) -> dict[str, torch.Tensor]:
    if isinstance(state, dict):
        for key in ("state_dict", "model"):
            inner = state.get(key)
            if isinstance(inner, dict) and inner and all(isinstance(v, torch.Tensor) for v in inner.values()):
                state = inner
                break
    if not isinstance(state, dict) or not state:
        raise WeightsError(f"{path}: holds no weights (expected a state dict: parameter names -> tensors)")
    tensors = {str(k): v for k, v in state.items() if isinstance(v, torch.Tensor)}
    if len(tensors) != len(state):
        odd = [str(k) for k, v in state.items() if not isinstance(v, torch.Tensor)]
        raise WeightsError(
            f"{path}: is not a plain state dict: {_some(odd)} are not tensors; save `model.state_dict()` instead"
        )
    if all(k.startswith("module.") for k in tensors):
        tensors = {k[len("module.") :]: v for k, v in tensors.items()}
    return tensors


# ----------------------------------------------------------------------------------------------- hashing


def name_hash_prefix(path: str | Path) -> str | None:
    """The SHA-256 prefix in a torchvision-style file name (``resnet18-f37072fd.pth`` -> ``f37072fd``)."""
    m = HASH_IN_NAME.search(Path(path).name)
    return m.group(1) if m else None


def check_hash(path: str | Path, digest: str | None = None) -> tuple[str, str]:
    """The file's SHA-256 and a sentence about its name's hash prefix.

    Raises:
        WeightsError: the name carries a hash prefix that the content does not match.
    """
    path = Path(path)
    digest = digest or sha256_file(path)
    prefix = name_hash_prefix(path)
    if prefix is None:
        return digest, "the file name carries no hash to compare with"
    if not digest.startswith(prefix):
        known = official_file(path.name)
        again = f" from {known[1].url}" if known else ""
        raise WeightsError(
            f"{path}: its SHA-256 starts with {digest[: len(prefix)]} but its name says {prefix}: the file is "
            f"damaged or not the file of that name; fetch it again{again} and copy it in"
        )
    return digest, f"matches the hash prefix {prefix} in its name"


# ---------------------------------------------------------------------------------------- matching keys


@functools.cache
def expected_shapes(arch_name: str) -> dict[str, tuple[int, ...]]:
    """Every state-dict key of the architecture (its ImageNet head removed) with its shape."""
    from models.network.backbone import make_torchvision

    with torch.device("meta"):  # shapes only: no memory, no initialisation cost
        model = make_torchvision(arch_name)
    return {k: tuple(v.shape) for k, v in model.state_dict().items()}


def match_keys(state: dict[str, torch.Tensor], arch_name: str) -> KeyMatch:
    """Compare a state dict with an architecture, key by key and shape by shape."""
    need = expected_shapes(arch_name)
    heads = arch(arch_name).head_prefixes
    out = KeyMatch()
    for key, tensor in state.items():
        if key.startswith(heads) and key not in need:
            out.head.append(key)
        elif key not in need:
            out.unexpected.append(key)
        elif tuple(tensor.shape) != need[key]:
            out.mismatched.append((key, tuple(tensor.shape), need[key]))
        else:
            out.loaded.append(key)
    out.missing = [k for k in need if k not in state and not k.endswith(_OPTIONAL)]
    return out


def detect_arch(state: dict[str, torch.Tensor]) -> str | None:
    """The catalogue architecture a state dict fits best, if it fits one well (>= 90% of keys and shapes)."""
    scores = {name: match_keys(state, name).score() for name in ARCHITECTURES}
    best = max(scores, key=lambda n: scores[n])
    return best if scores[best] >= 0.9 else None


def explain_mismatch(path: str | Path, arch_name: str, m: KeyMatch, state: dict[str, torch.Tensor]) -> str:
    """One message saying exactly what does not match, or which architecture the file is for instead."""
    title = arch(arch_name).name
    other = detect_arch(state)
    if other is not None and other != arch_name:
        return (
            f"{path}: this looks like a {other} file, not {title}; set the backbone's arch to {other}, or choose "
            f"a {title} weights file"
        )
    parts = []
    if m.missing:
        parts.append(f"missing keys ({len(m.missing)}): {_some(m.missing)}")
    if m.unexpected:
        parts.append(f"unexpected keys ({len(m.unexpected)}): {_some(m.unexpected)}")
    if m.mismatched:
        shown = [f"{k} is {_shape_text(a)} in the file but {_shape_text(b)} in {title}" for k, a, b in m.mismatched]
        parts.append(f"shape mismatches ({len(m.mismatched)}): {_some(shown)}")
    return (
        f"{path}: does not fit {title} ({len(m.loaded)} of {len(expected_shapes(arch_name))} tensors match): "
        + "; ".join(parts)
        + f". Use an official {title} file (`danlu weights list --known` names them)"
    )


# -------------------------------------------------------------------------------------------------- loading


@dataclass
class LoadedWeights:
    """What loading a weights file into a backbone did (plain data for the run folder and the log)."""

    file: str
    sha256: str
    hash_check: str
    arch: str
    tensors: int
    head_dropped: int

    def describe(self) -> str:
        return (
            f"{self.arch}: loaded {self.tensors} tensors from {self.file} (SHA-256 {self.sha256[:16]}…, "
            f"{self.hash_check}); dropped {self.head_dropped} tensors of the ImageNet classifier"
        )


@dataclass
class CheckedWeights:
    """A weights file read and matched against an architecture, ready to load."""

    path: Path
    arch: str
    state: dict[str, torch.Tensor]
    match: KeyMatch
    sha256: str
    hash_check: str


def checked_state(path: str | Path, arch_name: str) -> CheckedWeights:
    """Read, hash-check and match a file against ``arch_name``.

    Raises:
        WeightsError: anything that would make loading fail or load the wrong thing.
    """
    path = Path(path).expanduser()
    state = read_state_dict(path)
    digest, note = check_hash(path)
    m = match_keys(state, arch_name)
    if not m.ok:
        raise WeightsError(explain_mismatch(path, arch_name, m, state))
    return CheckedWeights(path, arch_name, state, m, digest, note)


def load_backbone_weights(module: torch.nn.Module, weights: str | Path | CheckedWeights) -> LoadedWeights:
    """Load a weights file (or one already checked) into a :class:`models.network.backbone.Backbone`.

    Raises:
        WeightsError: the file is missing, unreadable, unsafe, damaged or of another architecture.
    """
    arch_name: str = module.arch_name  # type: ignore[assignment]
    checked = weights if isinstance(weights, CheckedWeights) else checked_state(weights, arch_name)
    if checked.arch != arch_name:
        raise WeightsError(f"{checked.path}: was checked for {checked.arch}, not {arch_name}")
    keep = {k: checked.state[k] for k in checked.match.loaded}
    result = module.model.load_state_dict(keep, strict=False)  # type: ignore[union-attr]
    leftover = [k for k in result.missing_keys if not k.endswith(_OPTIONAL)]
    if leftover or result.unexpected_keys:  # match_keys already agreed; this guards against a drift
        raise WeightsError(f"{checked.path}: could not load {_some(leftover + list(result.unexpected_keys))}")
    return LoadedWeights(
        str(checked.path), checked.sha256, checked.hash_check, arch_name, len(keep), len(checked.match.head)
    )
