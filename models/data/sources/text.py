"""``source: text`` — text classification from a CSV with a text column and a label column.

Tokens (words, or characters) are mapped to ids with a vocabulary built on the train split (``min_freq``,
at most ``max_vocab`` tokens, most frequent first); id 0 is padding, 1 an unknown token. Texts are cut or
padded at the end to ``T = min(max_length, longest train text)`` tokens. The vocabulary and ``T`` are stored
in the resolved spec (``data.text.vocab``, ``data.text.max_length``) so predictions use the same ids.
"""

from __future__ import annotations

import re
from collections import Counter

import numpy as np

from models.data.base import ArrayDataModule, DataInfo, SkippedItem, split_indices
from models.data.csvio import is_missing, read_csv
from models.data.sources.common import classes_for, encode
from models.errors import DataError
from models.spec.data import DataSpec, TextOptions

PAD, UNK = 0, 1
_WORD = re.compile(r"\w+|[^\w\s]")


def tokenize(text: str, opts: TextOptions) -> list[str]:
    """Words (runs of letters/digits, and single punctuation marks) or characters."""
    if opts.lowercase:
        text = text.lower()
    return _WORD.findall(text) if opts.tokenizer == "word" else list(text)


def build_vocab(token_lists: list[list[str]], opts: TextOptions) -> list[str]:
    """Tokens seen at least ``min_freq`` times, most frequent first (ties by name), at most ``max_vocab``."""
    counts = Counter(t for toks in token_lists for t in toks)
    items = sorted((t for t, c in counts.items() if c >= opts.min_freq), key=lambda t: (-counts[t], t))
    return items[: opts.max_vocab]


def encode_texts(token_lists: list[list[str]], vocab: list[str], length: int) -> tuple[np.ndarray, float]:
    """``[N, length]`` int64 ids (padded with 0 at the end) and the fraction of unknown tokens."""
    lookup = {t: i + 2 for i, t in enumerate(vocab)}
    out = np.zeros((len(token_lists), length), dtype=np.int64)
    unk = total = 0
    for i, toks in enumerate(token_lists):
        ids = [lookup.get(t, UNK) for t in toks[:length]]
        out[i, : len(ids)] = ids
        unk += ids.count(UNK)
        total += len(ids)
    return out, unk / max(total, 1)


class TextData(ArrayDataModule):
    """Token-id sequences ``[T]`` int64 held in memory."""

    def __init__(self, spec: DataSpec, batch_size: int = 64, num_workers: int | None = None) -> None:
        super().__init__(spec, batch_size, num_workers)
        assert spec.path is not None
        opts = spec.text
        tables = [read_csv(spec.path)] + ([read_csv(spec.test_path)] if spec.test_path else [])
        notes = [n for t in tables for n in t.notes]
        skipped: list[SkippedItem] = []
        texts: list[list[str]] = []
        labels: list[str] = []
        counts = []
        for t in tables:
            xc = t.index(opts.text_column, "text column (data.text.text_column)")
            yc = t.index(spec.target_column or "label", "label column (data.target_column)")
            n = 0
            for r, row in enumerate(t.rows):
                if not row[xc].strip():
                    skipped.append(SkippedItem(t.where(r), "empty text; row left out"))
                elif is_missing(row[yc]):
                    skipped.append(SkippedItem(t.where(r), "missing label; row left out"))
                else:
                    texts.append(tokenize(row[xc], opts))
                    labels.append(row[yc].strip())
                    n += 1
            counts.append(n)
        n_tr = counts[0]
        if n_tr == 0:
            raise DataError(f"{tables[0].path.name}: no row has both a text and a label")
        classes = classes_for(labels, f"{tables[0].path.name}, column {spec.target_column or 'label'!r}")
        y = encode(labels, classes)
        tr, va, te = split_indices(n_tr, y[:n_tr], spec.split, has_test=len(tables) > 1)
        if len(tables) > 1:
            te = np.arange(n_tr, len(labels))
        vocab = list(opts.vocab) if opts.vocab else build_vocab([texts[i] for i in tr], opts)
        longest = max((len(texts[i]) for i in tr), default=2)
        length = max(2, min(opts.max_length, longest))
        x, _ = encode_texts(texts, vocab, length)
        cut = sum(len(t) > length for t in texts)
        notes.append(
            f"{opts.tokenizer} tokens; vocabulary of {len(vocab)} built on the train split "
            f"(+ padding and unknown); {length} tokens per text"
            + (f", {cut} text(s) cut to that length" if cut else "")
        )
        for name, ix in (("val", va), ("test", te)):
            if len(ix):
                _, oov = encode_texts([texts[i] for i in ix], vocab, length)
                notes.append(f"{name} split: {oov:.1%} of tokens are not in the vocabulary")
        info = DataInfo(
            "classification",
            "text",
            (length,),
            "int64",
            num_outputs=len(classes),
            class_names=tuple(classes),
            vocab_size=len(vocab) + 2,
        )
        self._resolved = spec.model_copy(deep=True)
        self._resolved.text.vocab = vocab
        self._resolved.text.max_length = length
        self._set_arrays(info, x, y, {"train": tr, "val": va, "test": te}, notes, skipped)

    def resolved_spec(self) -> DataSpec:
        return self._resolved
