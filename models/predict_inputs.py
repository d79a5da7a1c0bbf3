"""Turn prediction inputs (files, folders, arrays, text) into network inputs with the training preprocessing.

Each reader (:data:`READERS`, one per modality; :data:`models.vocab.DATA_SOURCES` names a source's) mirrors
its data source: images are decoded, resized and normalised like :class:`models.data.images.ImageFileDataset`;
sequence files go through the same reader and ``prepare_sequences`` with the run's resolved length and mask;
text uses the run's vocabulary (a ``.txt`` file is one text, a CSV one text per row); tabular CSVs are encoded
with the statistics of the run's own train split; forecasting takes the last window of a series. A file that
does not fit gets a :class:`DataError` naming it and the shape the run expects.

The spec must be the run's resolved one (``experiment.yaml``): it holds what training computed (image
mean/std, sequence length, vocabulary, forecast scaling). When a value the training used is missing, reading
fails with a DataError naming the field; guessing (a mean of 0 and a std of 1, no scaling) would feed the
network inputs on another scale and give confident, wrong predictions.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

from models.data.base import DataInfo
from models.errors import DataError
from models.spec.data import DataSpec

PredictInput = str | Path | np.ndarray


@dataclass
class Sample:
    """One network input and what to call it in the output (a file, ``file row 3``, ``array 2``)."""

    name: str
    x: torch.Tensor


def _shape(shape: Sequence[int]) -> str:
    return "[" + ", ".join(str(int(s)) for s in shape) + "]"


def _need(value: Any, field: str) -> Any:
    """``value``, or a DataError saying the run's experiment lacks ``data.<field>``."""
    if value is None:
        raise DataError(
            f"data.{field} is not set; predict with the experiment saved in the run folder "
            "(it holds the values computed from the training data)"
        )
    return value


class InputReader:
    """Reads prediction inputs for one run.

    Args:
        spec: The run's resolved DataSpec (``experiment.yaml``: normalisation, vocabulary, lengths).
        info: The DataInfo the network was trained on.
    """

    def __init__(self, spec: DataSpec, info: DataInfo) -> None:
        self.spec, self.info = spec, info
        self._tabular: Any = None  # fitted lazily: needs the training CSV

    def expects(self) -> str:
        """What this run takes, for error messages and the GUI."""
        m, shape = self.info.modality, _shape(self.info.input_shape)
        return {
            "image": f"image files (PNG, JPEG, ...) or a folder of them; they become {shape}",
            "sequence": f"sequence files (.ts, .tsv/.csv, .npz/.npy) of samples {shape} (steps x features)",
            "forecast": f"a CSV series with the column(s) {self.spec.forecast.value_columns or '?'}; the "
            f"last {self.info.input_shape[0]} steps are used",
            "tabular": f"a CSV file with the training columns ({self.info.input_shape[0]} features after encoding)",
            "text": "text files (.txt), a CSV with the text column, or the text itself",
        }.get(m, shape)

    def read(self, items: Sequence[PredictInput]) -> list[Sample]:
        """Every sample of every input, in order (a folder expands to its files, a CSV to its rows)."""
        if not items:
            raise DataError(f"no input given; this run takes {self.expects()}")
        out: list[Sample] = []
        for k, item in enumerate(items):
            if isinstance(item, np.ndarray | torch.Tensor):
                out.append(Sample(f"array {k + 1}", self._from_array(np.asarray(item), f"array {k + 1}")))
                continue
            out.extend(self._from_path(item))
        return out

    # -- dispatch ------------------------------------------------------------------------------------------
    def _from_path(self, item: str | Path) -> list[Sample]:
        m = self.info.modality
        path = Path(item).expanduser()
        if m == "text" and not path.exists() and path.suffix.lower() not in (".txt", ".csv", ".tsv"):
            return [Sample(_clip(str(item)), self._encode_texts([str(item)])[0])]
        if not path.exists():
            raise DataError(f"{path}: no such file or folder")
        reader = READERS.get(m)
        if reader is None:
            raise DataError(f"{path}: inputs of modality {m!r} cannot be predicted")
        if path.is_dir() and m != "image":
            raise DataError(f"{path} is a folder; this run takes {self.expects()}")
        return reader(self, path)

    def _check(self, x: torch.Tensor, where: str) -> torch.Tensor:
        want = tuple(self.info.input_shape)
        if tuple(x.shape) != want:
            raise DataError(
                f"{where}: gives an input of shape {_shape(x.shape)} but this run's network "
                f"takes {_shape(want)}; give {self.expects()}"
            )
        return x

    # -- images --------------------------------------------------------------------------------------------
    def _images(self, path: Path) -> list[Sample]:
        files = _image_files(path) if path.is_dir() else [path]
        return [Sample(str(f), self._image(f)) for f in files]

    def _image(self, path: Path) -> torch.Tensor:
        from models.data.images import decode_image

        c, h, w = self.info.input_shape
        try:
            raw = decode_image(str(path), c, (h, w))
        except Exception as err:  # noqa: BLE001 - PIL raises many types; the user needs the file named
            raise DataError(
                f"{path}: not an image this run can read ({type(err).__name__}: {err}); this run takes {self.expects()}"
            ) from None
        return self._normalise(raw.float() / 255.0)

    def _normalise(self, x01: torch.Tensor) -> torch.Tensor:
        c = x01.shape[0]
        mean = torch.tensor(_need(self.spec.image.mean, "image.mean"), dtype=torch.float32).view(-1, 1, 1)
        std = torch.tensor(_need(self.spec.image.std, "image.std"), dtype=torch.float32).view(-1, 1, 1)
        if len(mean) != c or len(std) != c:
            raise DataError(f"data.image.mean/std have {len(mean)}/{len(std)} values but the run's images have {c}")
        return (x01 - mean) / std

    def _from_array(self, a: np.ndarray, where: str) -> torch.Tensor:
        """An in-memory sample: raw pixels (H x W [x C], uint8 or [0, 1] floats) for images, else per-sample
        values already in the network's input shape."""
        m = self.info.modality
        if m == "image":
            return self._normalise(self._image_array(a, where))
        dtype = torch.int64 if self.info.input_dtype == "int64" else torch.float32
        return self._check(torch.as_tensor(a, dtype=dtype), where)

    def _image_array(self, a: np.ndarray, where: str) -> torch.Tensor:
        """``H x W``, ``H x W x C`` or ``C x H x W`` pixels (uint8, or floats in [0, 1]) -> ``[C, H, W]`` in
        [0, 1] with the run's channels and size (float pixels are not rounded to 8 bits)."""
        c, h, w = self.info.input_shape
        if a.ndim == 2:
            a = a[None]
        elif a.ndim == 3 and a.shape[-1] in (1, 3, 4) and a.shape[0] not in (1, 3, 4):
            a = np.moveaxis(a, -1, 0)
        if a.ndim != 3 or a.shape[0] not in (1, 3, 4):
            raise DataError(f"{where}: shape {_shape(a.shape)} is not an image (H x W, H x W x C or C x H x W)")
        x = torch.as_tensor(np.asarray(a, dtype=np.float32))
        if a.dtype == np.uint8:
            x = x / 255.0
        x = x[:3]  # alpha dropped, as for image files
        if x.shape[0] == 3 and c == 1:  # ITU-R 601 luma, the weights PIL's "L" conversion uses
            x = (0.299 * x[0] + 0.587 * x[1] + 0.114 * x[2])[None]
        elif x.shape[0] == 1 and c == 3:
            x = x.expand(3, -1, -1)
        if tuple(x.shape[1:]) != (h, w):
            x = torch.nn.functional.interpolate(
                x[None], size=(h, w), mode="bilinear", antialias=True, align_corners=False
            )[0]
        return x.contiguous()

    # -- sequences -----------------------------------------------------------------------------------------
    def _sequences(self, path: Path) -> list[Sample]:
        from models.data.seqformats import detect_format, read_sequences
        from models.data.sequences import prepare_sequences

        o = self.spec.sequence
        length = self.info.input_shape[0]
        raw = read_sequences(path, o.format, o.id_column, o.time_column, self.spec.target_column, need_labels=False)
        if detect_format(path, o.format, o.id_column) == "ucr" and all(
            len(x) == length + 1 and x.shape[1] == 1 for x in raw.series
        ):
            raw.series = [x[1:] for x in raw.series]  # label first, like the training file (a UCR test split)
        prepared = prepare_sequences(raw.series, o, path.name, length=length, mask=bool(o.mask))
        if not len(prepared.kept):
            reasons = "; ".join(s.reason for s in prepared.skipped[:3])
            raise DataError(f"{path}: no usable sequence ({reasons})")
        x = torch.as_tensor(np.asarray(prepared.x), dtype=torch.float32)
        many = len(raw.series) > 1
        out = []
        for j, i in enumerate(prepared.kept):
            name = f"{path} sample {i + 1}" if many else str(path)
            out.append(Sample(name, self._check(x[j], name)))
        return out

    def _forecast(self, path: Path) -> list[Sample]:
        from models.data.sources.forecasting import read_series

        fc = self.spec.forecast
        values, _, _, _ = read_series(str(path), self.spec)
        window = self.info.input_shape[0]
        if len(values) < window:
            raise DataError(f"{path}: has {len(values)} time steps; this run needs the last {window}")
        x = values[-window:].astype(np.float64)
        if fc.normalize and self.spec.source != "builtin":  # built-in series are generated on their own scale
            x = (x - np.asarray(_need(fc.mean, "forecast.mean"))) / np.asarray(_need(fc.std, "forecast.std"))
        tensor = torch.as_tensor(x, dtype=torch.float32)
        return [Sample(f"{path} (last {window} steps)", self._check(tensor, str(path)))]

    # -- tabular -------------------------------------------------------------------------------------------
    def _tabular_rows(self, path: Path) -> list[Sample]:
        if self.spec.source == "builtin":
            x = self._builtin_tabular(path)
        else:
            if self._tabular is None:
                self._tabular = TabularEncoder(self.spec)
            x = self._tabular.encode(path)
        if x.shape[1] != self.info.input_shape[0]:
            raise DataError(
                f"{path}: encodes to {x.shape[1]} features but this run's network takes "
                f"{self.info.input_shape[0]}; use the same columns as the training file"
            )
        rows = torch.as_tensor(x, dtype=torch.float32)
        return [Sample(f"{path} row {r + 1}", rows[r]) for r in range(len(rows))]

    def _builtin_tabular(self, path: Path) -> np.ndarray:
        """Built-in tabular sets: columns by name (or position), standardised with the train split."""
        from models.data.csvio import float_column, read_csv

        d, train_ix = self._builtin_arrays(path)
        names = [str(n) for n in d.feature_names]
        table = read_csv(path)
        if len(table.header) < len(names):
            raise DataError(
                f"{path}: has {len(table.header)} columns; builtin:{self.spec.name} needs the "
                f"{len(names)} features ({', '.join(names[:3])}, ...)"
            )
        cols = (
            [table.index(n, "feature column") for n in names] if names[0] in table.header else list(range(len(names)))
        )
        x = np.stack([float_column(table, c) for c in cols], axis=1)
        if not np.isfinite(x).all():
            r = int(np.argwhere(~np.isfinite(x))[0][0])
            raise DataError(f"{table.where(r)}: a feature value is missing or not a number")
        mean, std = d.data[train_ix].mean(0), d.data[train_ix].std(0) + 1e-8  # as models.data.builtin does
        return ((x - mean) / std).astype(np.float32)

    def _builtin_arrays(self, path: Path | None = None) -> tuple[Any, np.ndarray]:
        """The scikit-learn set behind a built-in tabular dataset and the run's train indices."""
        from sklearn.datasets import load_breast_cancer, load_diabetes

        from models.data import build_datamodule

        loaders = {"breast_cancer": load_breast_cancer, "diabetes": load_diabetes}
        if self.spec.name not in loaders:
            raise DataError(f"{path}: predicting from files is not available for builtin:{self.spec.name}")
        if self._tabular is None:
            train_ix = build_datamodule(self.spec, num_workers=0).split_index["train"]  # type: ignore[attr-defined]
            self._tabular = (loaders[self.spec.name](), train_ix)
        return self._tabular

    def target_scale(self) -> tuple[np.ndarray, np.ndarray] | None:
        """Mean and std that regression targets were standardised with (outputs * std + mean), if known."""
        if self.info.task != "regression" or self.info.modality != "tabular":
            return None
        if self.spec.source == "builtin":
            d, train_ix = self._builtin_arrays()
            y = np.asarray(d.target, dtype=np.float64)[train_ix]
            return np.asarray([y.mean()]), np.asarray([y.std() + 1e-8])  # as models.data.builtin does
        if self._tabular is None:
            self._tabular = TabularEncoder(self.spec)
        return self._tabular.target_scale()

    # -- text ----------------------------------------------------------------------------------------------
    def _encode_texts(self, texts: list[str]) -> list[torch.Tensor]:
        from models.data.sources.text import encode_texts, tokenize

        vocab = list(self.spec.text.vocab or [])
        if not vocab:
            raise DataError("this run's experiment.yaml has no data.text.vocab; train it again to predict text")
        ids, _ = encode_texts([tokenize(t, self.spec.text) for t in texts], vocab, self.info.input_shape[0])
        return list(torch.as_tensor(ids, dtype=torch.int64))

    def _text_file(self, path: Path) -> list[Sample]:
        if path.suffix.lower() in (".csv", ".tsv"):
            from models.data.csvio import read_csv

            table = read_csv(path)
            col = table.index(self.spec.text.text_column, "text column (data.text.text_column)")
            texts = [row[col] for row in table.rows]
            return [Sample(f"{path} row {r + 1}", x) for r, x in enumerate(self._encode_texts(texts))]
        try:
            text = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as err:
            raise DataError(f"{path}: cannot be read as UTF-8 text ({err})") from None
        return [Sample(str(path), self._encode_texts([text])[0])]


#: The reader of each modality's files (``InputReader.<reader>(path)``); a source's is its modality's.
READERS: dict[str, Callable[[InputReader, Path], list[Sample]]] = {
    "image": InputReader._images,
    "sequence": InputReader._sequences,
    "forecast": InputReader._forecast,
    "tabular": InputReader._tabular_rows,
    "text": InputReader._text_file,
}


class TabularEncoder:
    """Encodes prediction CSVs exactly as the training rows were: same column types, medians, means, stds
    and one-hot categories, all taken from the run's own train split.

    The training CSV is read again and split with the run's seed (deterministic), and the data source's own
    encoder is applied to the training and the input rows together, so the two can never drift apart.
    """

    def __init__(self, spec: DataSpec) -> None:
        from models.data import build_datamodule
        from models.data.csvio import is_missing, read_csv
        from models.data.sources.tabular import find_target

        try:
            self.dm = build_datamodule(spec, num_workers=0)
        except DataError as err:
            raise DataError(
                f"tabular inputs are encoded with the training file's statistics, which cannot be read: {err}"
            ) from None
        self.main = read_csv(str(spec.path))
        tcol = find_target(self.main, spec.target_column, [])
        self.target = self.main.header[tcol]
        self.kept = [r for r, row in enumerate(self.main.rows) if not is_missing(row[tcol])]
        self.train_ix = self.dm.split_index["train"]  # type: ignore[attr-defined]

    def target_scale(self) -> tuple[np.ndarray, np.ndarray]:
        """The regression target's train mean and std, as ``standardise_target`` computed them."""
        from models.data.sources.common import regression_targets

        tcol = self.main.index(self.target)
        y = regression_targets([self.main.rows[r][tcol].strip() for r in self.kept], str(self.main.path))
        train = y[self.train_ix]
        return np.asarray([train.mean()]), np.asarray([float(train.std()) or 1.0])

    def encode(self, path: Path) -> np.ndarray:
        from models.data.csvio import read_csv
        from models.data.sources.tabular import TabularData

        table = read_csv(path)
        missing = [h for h in self.main.header if h != self.target and h not in table.header]
        if missing:
            raise DataError(f"{path}: lacks the column(s) {', '.join(map(repr, missing))} that the run was trained on")
        if not table.rows:
            raise DataError(f"{path}: has no data row")
        x, _ = TabularData._features(
            self.dm, [self.main, table], [self.kept, list(range(len(table.rows)))], self.target, self.train_ix
        )
        return x[len(self.kept) :]


def _image_files(folder: Path) -> list[Path]:
    """Every image below ``folder`` (sub-folders included), in a stable order."""
    from models.data.images import IMAGE_EXTENSIONS

    found = sorted(
        Path(root) / name
        for root, _, names in os.walk(folder)
        for name in names
        if Path(name).suffix.lower() in IMAGE_EXTENSIONS and not name.startswith(".")
    )
    if not found:
        raise DataError(f"{folder}: holds no image file ({', '.join(sorted(IMAGE_EXTENSIONS))})")
    return found


def _clip(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
