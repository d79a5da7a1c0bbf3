"""``source: sequence`` — sequence classification (or regression) from .ts, UCR, .npz/.npy or long CSV.

A given ``test_path`` (or the ``*_TEST*`` file beside a ``*_TRAIN*`` file) is kept as the test split;
validation is split off the train file, stratified by class. Samples are ``[T, F]`` float32.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from models.data.base import ArrayDataModule, DataInfo, split_indices
from models.data.seqformats import RawSequences, read_sequences
from models.data.sequences import PreparedSequences, prepare_sequences
from models.data.sources.common import (
    choose_task,
    classes_for,
    encode,
    paired_test_file,
    regression_targets,
    standardise_target,
)
from models.errors import DataError
from models.spec.data import DataSpec


def read_spec_file(spec: DataSpec, path: str, need_labels: bool = True) -> RawSequences:
    """Read one sequence file with the spec's format options."""
    o = spec.sequence
    return read_sequences(path, o.format, o.id_column, o.time_column, spec.target_column, need_labels)


class SequenceData(ArrayDataModule):
    """Sequence samples held in memory as ``[N, T, F]``."""

    def __init__(self, spec: DataSpec, batch_size: int = 64, num_workers: int | None = None) -> None:
        super().__init__(spec, batch_size, num_workers)
        assert spec.path is not None
        notes: list[str] = []
        train_raw = read_spec_file(spec, spec.path)
        test_path = spec.test_path
        if test_path is None and (paired := paired_test_file(spec.path)):
            test_path = paired
            notes.append(f"found the matching test file {Path(paired).name}; it is the test split")
        test_raw = read_spec_file(spec, test_path) if test_path else None
        skipped = list(train_raw.skipped) + (test_raw.skipped if test_raw else [])
        notes += train_raw.notes + (test_raw.notes if test_raw else [])

        name = Path(spec.path).name
        train = prepare_sequences(train_raw.series, spec.sequence, name)
        test: PreparedSequences | None = None
        if test_raw is not None:
            test = prepare_sequences(
                test_raw.series,
                spec.sequence,
                Path(test_path or "").name,
                length=train.length,
                mask=train.mask,
            )
            if test.channels != train.channels and len(test.kept):
                raise DataError(
                    f"{Path(test_path or '').name} has {test.channels} channel(s) per step but "
                    f"{name} has {train.channels}; the test file must match the train file"
                )
        for p in (train, test):
            if p is not None:
                skipped += p.skipped
                notes += p.notes
        if not len(train.kept):
            raise DataError(f"{name}: no usable sample after cleaning (see the skipped list)")
        ytr = [train_raw.labels[i] for i in train.kept]  # type: ignore[index]
        yte = [test_raw.labels[i] for i in test.kept] if test is not None and test_raw else []  # type: ignore[index]
        task = choose_task(spec, ytr + yte, train_raw.regression)
        n_tr, n_te = len(ytr), len(yte)
        x = np.concatenate([train.x] + ([test.x] if test is not None else []))
        classes: list[str] = []
        if task == "classification":
            classes = classes_for(ytr + yte, name, train_raw.class_order)
            y = encode(ytr + yte, classes)
            tr, va, te = split_indices(n_tr, y[:n_tr], spec.split, has_test=test is not None)
        else:
            y = regression_targets(ytr + yte, name)
            tr, va, te = split_indices(n_tr, None, spec.split, has_test=test is not None)
        if test is not None:
            te = np.arange(n_tr, n_tr + n_te)
        if task == "regression":
            y, note = standardise_target(y, tr)
            notes.append(note)
        feats = x.shape[2]
        notes.insert(
            0,
            f"{n_tr + n_te} series, {train.channels} channel(s), {train.length} steps"
            + (" (+1 mask channel)" if train.mask else ""),
        )
        info = DataInfo(
            task,
            "sequence",
            (train.length, feats),
            num_outputs=len(classes) or 1,  # type: ignore[arg-type]
            class_names=tuple(classes),
        )
        self._resolved = spec.model_copy(deep=True)
        self._resolved.test_path = test_path
        self._resolved.sequence.length = train.length
        self._resolved.sequence.mask = train.mask
        self._resolved.sequence.channels = train.channels
        self._set_arrays(info, x, y, {"train": tr, "val": va, "test": te}, notes, skipped)

    def resolved_spec(self) -> DataSpec:
        return self._resolved
