"""Turning a user's files into network inputs with exactly the eval-time preprocessing of training.

The spec must be the *resolved* one saved with the run (``experiment.yaml`` of the run folder): it holds
what was computed from the training data (image size, channels and normalisation; sequence length and mask;
text vocabulary; forecast scaling).
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import torch

from models.data.base import DataInfo
from models.data.csvio import read_csv
from models.data.images import decode_image, probe_image
from models.errors import DataError
from models.spec.data import DataSpec

_BUILTIN_GEOMETRY = {"digits": ([8, 8], 1)}
_BUILTIN_SEQUENCES = {"waveforms": (64, 1)}


def _need(value: object, field: str) -> None:
    if value is None:
        raise DataError(
            f"data.{field} is not set; predict with the experiment saved in the run folder "
            "(it holds the values computed from the training data)"
        )


def load_image_for_prediction(path: str | Path, spec: DataSpec) -> torch.Tensor:
    """Decode, resize, convert channels and normalise one image: float32 ``[C, H, W]``.

    Raises:
        DataError: the file is missing or not a readable image, or the spec lacks the resolved values.
    """
    size, channels = spec.image.size, spec.image.channels
    if spec.source == "builtin" and spec.name in _BUILTIN_GEOMETRY:
        size, channels = size or _BUILTIN_GEOMETRY[spec.name][0], channels or _BUILTIN_GEOMETRY[spec.name][1]
    _need(size, "image.size")
    _need(channels, "image.channels")
    _need(spec.image.mean, "image.mean")
    _need(spec.image.std, "image.std")
    p = Path(path)
    if not p.is_file():
        raise DataError(f"{p}: no such image file")
    head = probe_image(str(p))
    if isinstance(head, str):
        raise DataError(f"{p}: {head}")
    try:
        img = decode_image(str(p), int(channels), (size[0], size[1]))  # type: ignore[index, arg-type]
    except Exception as err:  # noqa: BLE001 - PIL raises many types for corrupt data
        raise DataError(f"{p}: cannot be decoded ({type(err).__name__}: {err})") from None
    mean = torch.tensor(spec.image.mean, dtype=torch.float32).view(-1, 1, 1)
    std = torch.tensor(spec.image.std, dtype=torch.float32).view(-1, 1, 1)
    return (img.float() / 255.0 - mean) / std


def load_sequence_file_for_prediction(path: str | Path, spec: DataSpec) -> torch.Tensor:
    """Every sample of a sequence file (.ts, UCR, .npz/.npy, long CSV; labels optional) as ``[N, T, F]``.

    A UCR-style file whose rows all have exactly ``length + 1`` values is read as label-first (like the
    training file); otherwise every value is part of the series.

    Raises:
        DataError: unreadable file, or its channel count differs from the training data.
    """
    from models.data.seqformats import detect_format
    from models.data.sequences import prepare_sequences
    from models.data.sources.sequence import read_spec_file

    opts = spec.sequence
    length, channels, mask = opts.length, opts.channels, opts.mask
    if spec.source == "builtin" and spec.name in _BUILTIN_SEQUENCES:
        length, channels = (
            length or _BUILTIN_SEQUENCES[spec.name][0],
            channels or _BUILTIN_SEQUENCES[spec.name][1],
        )
        mask = bool(mask)
    _need(length, "sequence.length")
    _need(channels, "sequence.channels")
    p = Path(path)
    raw = read_spec_file(spec, str(p), need_labels=False)
    label_first = detect_format(p, opts.format, opts.id_column) == "ucr"
    if label_first and all(len(s) == length + 1 and s.shape[1] == 1 for s in raw.series):  # type: ignore[operator]
        raw.series = [s[1:] for s in raw.series]
    got = {s.shape[1] for s in raw.series}
    if got != {channels}:
        raise DataError(
            f"{p.name}: samples have {', '.join(map(str, sorted(got)))} channel(s) per step but the "
            f"network was trained on {channels}"
        )
    prep = prepare_sequences(raw.series, opts, p.name, length=length, mask=mask)
    if prep.skipped:
        reasons = "; ".join(f"{s.path}: {s.reason}" for s in prep.skipped[:3])
        raise DataError(f"{p.name}: {len(prep.skipped)} sample(s) cannot be used ({reasons})")
    return torch.from_numpy(prep.x)


def _texts(path: Path, spec: DataSpec) -> list[str]:
    if path.suffix.lower() in (".csv", ".tsv"):
        table = read_csv(path)
        col = table.index(spec.text.text_column, "text column (data.text.text_column)")
        return [r[col] for r in table.rows]
    from models.data.csvio import read_text

    return [ln for ln in read_text(path)[0].splitlines() if ln.strip()]


def prediction_inputs(paths: list[str | Path], spec: DataSpec, info: DataInfo) -> tuple[torch.Tensor, list[str]]:
    """Network inputs for a list of files and a name for each sample.

    Images: one sample per file. Sequences: every sample of each file (``name#k`` when a file holds several).
    Text: each line of a ``.txt`` file, or each row of a CSV's text column. Forecasting: the last ``window``
    steps of each CSV series.

    Raises:
        DataError: a file cannot be read or does not match ``info.input_shape`` (the message names it).
    """
    if not paths:
        raise DataError("no input file given")
    xs: list[torch.Tensor] = []
    names: list[str] = []
    for path in map(Path, paths):
        if info.modality == "image":
            x = load_image_for_prediction(path, spec)[None]
        elif info.modality == "sequence":
            x = load_sequence_file_for_prediction(path, spec)
        elif info.modality == "text":
            from models.data.sources.text import encode_texts, tokenize

            _need(spec.text.vocab, "text.vocab")
            ids, _ = encode_texts(
                [tokenize(t, spec.text) for t in _texts(path, spec)],
                spec.text.vocab or [],
                info.input_shape[0],
            )
            x = torch.from_numpy(ids)
        elif info.modality == "forecast":
            x = _forecast_window(path, spec, info)
        else:
            raise DataError(
                f"{path.name}: prediction from files is supported for image, sequence, text and "
                f"forecast data, not {info.modality}"
            )
        if tuple(x.shape[1:]) != tuple(info.input_shape):
            raise DataError(
                f"{path.name}: gives samples of shape {list(x.shape[1:])} but the network expects "
                f"{list(info.input_shape)}"
            )
        if len(x) == 0:
            raise DataError(f"{path.name}: holds no sample")
        xs.append(x)
        names += [path.name] if len(x) == 1 else [f"{path.name}#{k + 1}" for k in range(len(x))]
    return torch.cat(xs), names


def _forecast_window(path: Path, spec: DataSpec, info: DataInfo) -> torch.Tensor:
    from models.data.sources.forecasting import read_series

    series, _, _, _ = read_series(str(path), spec)
    w = spec.forecast.window
    if len(series) < w:
        raise DataError(f"{path.name}: {len(series)} time steps, fewer than the window of {w}")
    mean = np.asarray(spec.forecast.mean or [0.0] * series.shape[1])
    std = np.asarray(spec.forecast.std or [1.0] * series.shape[1])
    if spec.forecast.normalize and spec.forecast.mean is None and spec.source != "builtin":
        _need(None, "forecast.mean")
    return torch.from_numpy(((series[-w:] - mean) / std).astype(np.float32))[None]
