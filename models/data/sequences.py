"""Sequence preprocessing shared by training and prediction: missing values, z-normalisation, lengths.

Variable lengths (``data.sequence.length_mode``):

* ``pad`` (default): series are cut or zero-padded at the end to ``length`` (default: the longest train
  series). When train lengths vary (or ``data.sequence.mask`` is true) a last channel is appended that is
  1 on real steps and 0 on padding, so the network can tell padding from data.
* ``resample``: every series is linearly interpolated to ``length`` steps (no mask).

Trailing all-NaN steps are padding of a variable-length file, not missing values. Other NaN/inf values
are reported and, with ``data.sequence.impute`` (default), filled by linear interpolation along time;
without it the sample is left out with the reason.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from models.data.base import SkippedItem
from models.spec.data import SequenceOptions


@dataclass
class PreparedSequences:
    """``x [N, T, F]`` float32 plus which input samples were kept and what happened."""

    x: np.ndarray
    kept: np.ndarray
    length: int
    mask: bool
    channels: int
    skipped: list[SkippedItem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def _impute(s: np.ndarray) -> np.ndarray:
    """Linear interpolation of non-finite values along time, per channel (an all-missing channel -> 0)."""
    out = s.copy()
    t = np.arange(len(s))
    for c in range(s.shape[1]):
        ok = np.isfinite(s[:, c])
        out[:, c] = np.interp(t, t[ok], s[ok, c]) if ok.any() else 0.0
    return out


def _resample(s: np.ndarray, length: int) -> np.ndarray:
    if len(s) == length:
        return s
    src = np.linspace(0.0, 1.0, len(s)) if len(s) > 1 else np.zeros(1)
    dst = np.linspace(0.0, 1.0, length)
    return np.stack([np.interp(dst, src, s[:, c]) for c in range(s.shape[1])], axis=1)


def prepare_sequences(
    series: list[np.ndarray],
    opts: SequenceOptions,
    name: str,
    length: int | None = None,
    mask: bool | None = None,
) -> PreparedSequences:
    """Clean, normalise and bring ``[T_i, C]`` series to one ``[T, F]`` shape.

    Args:
        series: Raw series (NaN where missing).
        opts: Sequence options (impute, znormalize, length_mode).
        name: File name used in skip reasons.
        length: Target length (None: ``opts.length``, else the longest series here).
        mask: Append the padding mask channel (None: ``opts.mask``, else when lengths vary here).
    """
    skipped: list[SkippedItem] = []
    cleaned: list[np.ndarray] = []
    kept: list[int] = []
    n_bad_series, n_bad_values, examples = 0, 0, []
    for i, s in enumerate(series):
        s = np.asarray(s, dtype=np.float64)
        allnan = np.isnan(s).all(axis=1)
        end = len(s) - int(np.argmax(~allnan[::-1])) if (~allnan).any() else 0
        s = s[:end]
        if len(s) == 0:
            skipped.append(SkippedItem(f"{name} sample {i + 1}", "empty series (no values)"))
            continue
        bad = int((~np.isfinite(s)).sum())
        if bad:
            if not opts.impute:
                skipped.append(
                    SkippedItem(
                        f"{name} sample {i + 1}",
                        f"{bad} missing or non-finite value(s) (NaN/inf); set data.sequence.impute to fill them",
                    )
                )
                continue
            n_bad_series, n_bad_values = n_bad_series + 1, n_bad_values + bad
            examples.append(str(i + 1))
            s = _impute(s)
        if opts.znormalize:
            sd = s.std(axis=0, keepdims=True)
            s = (s - s.mean(axis=0, keepdims=True)) / np.where(sd > 1e-8, sd, 1.0)
        cleaned.append(s)
        kept.append(i)
    notes: list[str] = []
    if n_bad_series:
        notes.append(
            f"{name}: {n_bad_values} missing or non-finite value(s) (NaN/inf) in {n_bad_series} "
            f"sample(s) (e.g. {', '.join(examples[:5])}) filled by linear interpolation"
        )
    channels = cleaned[0].shape[1] if cleaned else 0
    lengths = np.asarray([len(s) for s in cleaned], dtype=np.int64)
    varied = bool(len(lengths)) and lengths.min() != lengths.max()
    target = int(length or opts.length or (lengths.max() if len(lengths) else 2))
    use_mask = False
    if opts.length_mode == "resample":
        out = [_resample(s, target) for s in cleaned]
        if varied or (len(lengths) and lengths[0] != target):
            notes.append(f"{name}: lengths {lengths.min()}-{lengths.max()} resampled to {target} steps")
    else:
        use_mask = bool(mask if mask is not None else (opts.mask if opts.mask is not None else varied))
        cut = int((lengths > target).sum())
        out = []
        for s in cleaned:
            pad = np.zeros((target, channels + use_mask))
            k = min(len(s), target)
            pad[:k, :channels] = s[:k]
            if use_mask:
                pad[:k, channels] = 1.0
            out.append(pad)
        if varied or cut:
            notes.append(
                f"{name}: lengths {lengths.min()}-{lengths.max()}; padded at the end to {target} steps"
                + (f", {cut} series cut to that length" if cut else "")
                + ("; a mask channel marks real steps (1) and padding (0)" if use_mask else "")
            )
    x = np.stack(out).astype(np.float32) if out else np.zeros((0, target, channels + use_mask), np.float32)
    return PreparedSequences(x, np.asarray(kept, dtype=np.int64), target, use_mask, channels, skipped, notes)
