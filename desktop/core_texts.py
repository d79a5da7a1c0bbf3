"""The UI language's version of texts the core writes in English at run time: dataset notes and log lines.

:mod:`models` never imports Qt, so its notes ("30 numeric features standardised on the train split") and log
lines ("training with 3 CPU threads (...)") are English. They come from a fixed set of templates, listed here
with ``QT_TRANSLATE_NOOP`` so ``pyside6-lupdate`` puts them in ``danlu_zh_CN.ts`` (context ``CoreTexts``).
:func:`core_text` matches a text against them, keeps the values the core filled in and returns the
translation; a value that is itself a known text (e.g. "10 epochs" inside the budget line, or a list of
them) is translated too. A text no template matches (a new or changed message in the core) is shown as
written, so a drift between the core and this list costs a translation, never a message.

A template is the core's f-string with each ``{expression}`` replaced by a ``{name}`` (any text); keep them in
step with the messages in ``models/data`` and ``models/training`` (``tests/desktop/test_i18n.py`` checks the
built-in datasets' notes and a run's log lines).
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.i18n import active_language

CONTEXT = "CoreTexts"

TEMPLATES: tuple[str, ...] = (
    # -- dataset notes: built-in sets (models/data/builtin.py) ----------------------------------------------
    QT_TRANSLATE_NOOP("CoreTexts", "8x8 grayscale digits from scikit-learn, scaled to [0, 1]"),
    QT_TRANSLATE_NOOP("CoreTexts", "30 numeric features standardised on the train split"),
    QT_TRANSLATE_NOOP("CoreTexts", "synthetic noisy waveforms, 64 steps, 1 channel"),
    QT_TRANSLATE_NOOP("CoreTexts", "10 features standardised"),
    QT_TRANSLATE_NOOP("CoreTexts", "target standardised on the train split (mean {mean}, std {std})"),
    QT_TRANSLATE_NOOP(
        "CoreTexts", "synthetic seasonal series, {n} steps; window {window}, horizon {horizon}; chronological splits"
    ),
    # -- classes (models/data/base.py) -----------------------------------------------------------------------
    QT_TRANSLATE_NOOP("CoreTexts", "class(es) {names} have no train sample"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "class imbalance: {big} has {n_big} train samples, {small} {n_small} ({ratio}x); "
        "consider the loss weighted_cross_entropy (class weights are listed)",
    ),
    # -- images (models/data/imagescan.py, sources/images.py) ------------------------------------------------
    QT_TRANSLATE_NOOP("CoreTexts", "image modes: {modes}"),
    QT_TRANSLATE_NOOP("CoreTexts", "image modes: {modes}; {n} turned upright by their EXIF orientation"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "resized to {size}, {channels} channel(s); normalised with the train-split mean {mean} and std {std}",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "train-split augmentation: {what}"),
    QT_TRANSLATE_NOOP("CoreTexts", "DataLoader workers: {n}"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "DataLoader workers: {n} (small dataset: decoding in the main process is faster than starting workers)",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "class folder {name} has no readable image; the class is left out"),
    QT_TRANSLATE_NOOP("CoreTexts", "ignored {n} hidden file(s) or folder(s) (names starting with '.')"),
    QT_TRANSLATE_NOOP("CoreTexts", "test set ({path}): {note}"),
    # -- tables (models/data/sources/tabular.py, common.py, csvio.py) -----------------------------------------
    QT_TRANSLATE_NOOP("CoreTexts", "{n} numeric column(s) standardised on the train split: {columns}"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} categorical column(s) one-hot encoded (categories): {columns}"),
    QT_TRANSLATE_NOOP("CoreTexts", "missing values imputed from the train split: {what}"),
    QT_TRANSLATE_NOOP("CoreTexts", "{column} {n} missing -> median {value}"),
    QT_TRANSLATE_NOOP("CoreTexts", "{column} {n} missing -> {value}"),
    QT_TRANSLATE_NOOP("CoreTexts", "left out (identifier-like or empty): {columns}"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "no target column named; using the last column {column} (set data.target_column to choose another)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "regression target standardised on the train split (mean {mean}, std {std}); metrics are in these units",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "{file}: read as UTF-16 (byte-order mark found)"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "{file} is not UTF-8 (byte {byte} on line {line}); read it as GB18030 (Chinese: GBK/GB2312). "
        "Save it as UTF-8 if characters look wrong.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "{file} is not UTF-8 (byte {byte} on line {line}); read it as {encoding}. "
        "Save it as UTF-8 if accented characters look wrong.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts", "{file}: decimal commas read as numbers (';'-separated, European style) in column(s) {columns}"
    ),
    # -- text (models/data/sources/text.py) ------------------------------------------------------------------
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "words tokens; vocabulary of {n} built on the train split (+ padding and unknown); {length} tokens per text",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "characters tokens; vocabulary of {n} built on the train split (+ padding and unknown); "
        "{length} tokens per text",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "words tokens; vocabulary of {n} built on the train split (+ padding and unknown); {length} tokens per "
        "text, {cut} text(s) cut to that length",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "characters tokens; vocabulary of {n} built on the train split (+ padding and unknown); {length} tokens "
        "per text, {cut} text(s) cut to that length",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "val split: {share} of tokens are not in the vocabulary"),
    QT_TRANSLATE_NOOP("CoreTexts", "test split: {share} of tokens are not in the vocabulary"),
    # -- sequences and series (models/data/sequences.py, seqformats.py, timesteps.py, sources/) ---------------
    QT_TRANSLATE_NOOP("CoreTexts", "{n} series, {channels} channel(s), {length} steps"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} series, {channels} channel(s), {length} steps (+1 mask channel)"),
    QT_TRANSLATE_NOOP("CoreTexts", "{name}: lengths {low}-{high} resampled to {steps} steps"),
    QT_TRANSLATE_NOOP("CoreTexts", "{name}: lengths {low}-{high}; padded at the end to {steps} steps"),
    QT_TRANSLATE_NOOP(
        "CoreTexts", "{name}: lengths {low}-{high}; padded at the end to {steps} steps, {cut} series cut to that length"
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "{name}: lengths {low}-{high}; padded at the end to {steps} steps; "
        "a mask channel marks real steps (1) and padding (0)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "{name}: lengths {low}-{high}; padded at the end to {steps} steps, {cut} series cut to that length; "
        "a mask channel marks real steps (1) and padding (0)",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "{name}: {values} missing or non-finite value(s) (NaN/inf) in {samples} sample(s) (e.g. {examples}) "
        "filled by linear interpolation",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "{file}: line {line} is read as a header"),
    QT_TRANSLATE_NOOP("CoreTexts", "labels read from {file}"),
    QT_TRANSLATE_NOOP("CoreTexts", "{file}: X read as N x T x C = {shape}"),
    QT_TRANSLATE_NOOP("CoreTexts", "no {column} column: rows are taken in file order"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} series, channels: {channels}"),
    QT_TRANSLATE_NOOP("CoreTexts", "found the matching test file {name}; it is the test split"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "{file}: {n} duplicate row(s) dropped (same time and values as an earlier row), e.g. line {line} repeats "
        "line {first}",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "non-numeric column(s) ignored: {columns}"),
    QT_TRANSLATE_NOOP("CoreTexts", "rows sorted by {column}"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} missing value(s) filled by linear interpolation in time"),
    QT_TRANSLATE_NOOP(
        "CoreTexts", "values standardised with the train block's mean/std; errors (MAE) are in those units"
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "{n} time steps, column(s) {columns}; window {window}, horizon {horizon}; chronological blocks train "
        "{train} | val {val} | test {test} steps",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "{n} time steps, column(s) {columns}; window {window}, horizon {horizon}; chronological blocks train "
        "{train} | val {val} | test {test} steps (given test file)",
    ),
    # -- why a file or row was skipped (the Data page's Skipped table; models/data/images.py, imagescan.py, ...) --
    QT_TRANSLATE_NOOP("CoreTexts", "empty file (0 bytes)"),
    QT_TRANSLATE_NOOP("CoreTexts", "decompression bomb: {why}"),
    QT_TRANSLATE_NOOP("CoreTexts", "not a readable image (unknown or corrupt header)"),
    QT_TRANSLATE_NOOP("CoreTexts", "permission denied"),
    QT_TRANSLATE_NOOP("CoreTexts", "file not found (a broken link?)"),
    QT_TRANSLATE_NOOP("CoreTexts", "corrupt or truncated image ({why})"),
    QT_TRANSLATE_NOOP("CoreTexts", "broken link"),
    QT_TRANSLATE_NOOP("CoreTexts", "cannot be read ({why})"),
    QT_TRANSLATE_NOOP("CoreTexts", "cannot be listed ({why})"),
    QT_TRANSLATE_NOOP("CoreTexts", "symlink loop: this folder was already scanned"),
    QT_TRANSLATE_NOOP("CoreTexts", "not an image file (extension {ext})"),
    QT_TRANSLATE_NOOP("CoreTexts", "class folder with no readable image; class left out"),
    QT_TRANSLATE_NOOP("CoreTexts", "not inside a class sub-folder"),
    QT_TRANSLATE_NOOP("CoreTexts", "class {name} of the test set is not among the training classes"),
    QT_TRANSLATE_NOOP("CoreTexts", "empty path"),
    QT_TRANSLATE_NOOP("CoreTexts", "line {line}: empty label"),
    QT_TRANSLATE_NOOP("CoreTexts", "line {line}: file not found"),
    QT_TRANSLATE_NOOP("CoreTexts", "line {line}: not an image file (extension {ext})"),
    QT_TRANSLATE_NOOP("CoreTexts", "empty text; row left out"),
    QT_TRANSLATE_NOOP("CoreTexts", "missing label; row left out"),
    QT_TRANSLATE_NOOP("CoreTexts", "missing target {column}; row left out"),
    QT_TRANSLATE_NOOP("CoreTexts", "missing label"),
    QT_TRANSLATE_NOOP("CoreTexts", "empty series (no values)"),
    QT_TRANSLATE_NOOP("CoreTexts", "dimension {d}: {value} is not a number"),
    QT_TRANSLATE_NOOP("CoreTexts", "value {i}: {value} is not a number"),
    QT_TRANSLATE_NOOP("CoreTexts", "more than one label ({labels})"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "{n} missing or non-finite value(s) (NaN/inf); set data.sequence.impute to fill them",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} channel(s), but the file declares or starts with {dims}; sample left out"),
    # -- log lines before a run (models/training/budget.py, threads.py, prepare.py) ----------------------------
    QT_TRANSLATE_NOOP("CoreTexts", "{n} epoch"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} epochs"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} batch"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} batches"),
    QT_TRANSLATE_NOOP("CoreTexts", "{epochs} x {batches} of {size}"),
    QT_TRANSLATE_NOOP("CoreTexts", "{plan}, stops early after {patience} epochs without improvement"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "{plan}, stops early after {patience} epochs without improvement of the training loss "
        "(only {n} validation samples)",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "auto: {what}"),
    QT_TRANSLATE_NOOP("CoreTexts", "auto (epochs): {what}"),
    QT_TRANSLATE_NOOP("CoreTexts", "auto (batch size): {what}"),
    QT_TRANSLATE_NOOP("CoreTexts", "training with {n} CPU thread ({why})"),
    QT_TRANSLATE_NOOP("CoreTexts", "training with {n} CPU threads ({why})"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} CPU thread ({why})"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} CPU threads ({why})"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} physical core"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} physical cores"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} kept for the app"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} for loader workers"),
    QT_TRANSLATE_NOOP("CoreTexts", "{n} busy with other work"),
    QT_TRANSLATE_NOOP("CoreTexts", "shared by {n} processes"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "train.batch_size {size} is larger than the train split ({n} samples): every epoch is a single optimiser "
        "step; set a smaller batch size or 'auto'",
    ),
    # -- how a run ended (models/training/fit.py) and resuming (resume.py) --------------------------------------
    QT_TRANSLATE_NOOP("CoreTexts", "stopped by SIGTERM; resume it to continue from last.ckpt"),
    QT_TRANSLATE_NOOP("CoreTexts", "interrupted; last.ckpt holds the last state saved before it"),
    QT_TRANSLATE_NOOP("CoreTexts", "stopped by the user; resume it to continue from last.ckpt"),
    QT_TRANSLATE_NOOP("CoreTexts", "early stopping after epoch {done} of {planned}"),
    QT_TRANSLATE_NOOP("CoreTexts", "trained to epoch {done} as asked; resume to continue to epoch {planned}"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "training epochs {first}-{last} of the {planned} planned; the learning-rate schedule continues as planned",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "training epoch {first} of the {planned} planned; the learning-rate schedule continues as planned",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "extending the plan from {planned} to {epochs} epochs: epoch {first} runs a new {schedule} cycle {start}; "
        "the epochs up to {kept} keep the original schedule",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "extending the plan from {planned} to {epochs} epochs: epochs {first}-{last} run a new {schedule} cycle "
        "{start}; the epochs up to {kept} keep the original schedule",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "starting again at lr {lr} (a warm restart, no warm-up)"),
    QT_TRANSLATE_NOOP("CoreTexts", "rising again from lr {low} to {peak}"),
    QT_TRANSLATE_NOOP(
        "CoreTexts", "extending the plan from {planned} to {epochs} epochs; the learning rate stays at {lr}"
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "extending the plan from {planned} to {epochs} epochs; the {schedule} schedule continues by its rule",
    ),
    # -- how a study ended (models/study/engine.py) ---------------------------------------------------------------
    QT_TRANSLATE_NOOP("CoreTexts", "all {budget} trials are done"),
    QT_TRANSLATE_NOOP("CoreTexts", "all {budget} trials are done ({running} still running elsewhere)"),
    QT_TRANSLATE_NOOP("CoreTexts", "{done} of {budget} trials done"),
    QT_TRANSLATE_NOOP("CoreTexts", "{done} of {budget} trials done here ({running} still running elsewhere)"),
    QT_TRANSLATE_NOOP("CoreTexts", "stopped; {done} of {budget} trials done; run the study again to continue"),
    QT_TRANSLATE_NOOP("CoreTexts", "time limit reached; {done} of {budget} trials done; run again to continue"),
    # -- starting from pretrained weights or an earlier run (models/training/warm_start.py, network/weights.py) ---
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "layer {i} {arch}: loaded {n} tensors from {file} (SHA-256 {sha}, {check}); dropped {dropped} tensors of "
        "the ImageNet classifier",
    ),
    QT_TRANSLATE_NOOP("CoreTexts", "initialised from {run} ({checkpoint}): loaded {loaded}; skipped {skipped}"),
    # -- during a run (models/training/callbacks/unfreeze.py, models/tasks/generation_callback.py) -------------
    QT_TRANSLATE_NOOP("CoreTexts", "epoch {epoch}: {arch} ({name}): the whole backbone now learns"),
    QT_TRANSLATE_NOOP("CoreTexts", "epoch {epoch}: {arch} ({name}): stage 4 now learns"),
    QT_TRANSLATE_NOOP("CoreTexts", "epoch {epoch}: {arch} ({name}): stages {stage} to 4 now learn"),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "the discriminator wins outright: its loss has stayed below {loss} for {epochs} epochs, so the generator "
        "learns almost nothing. Try a lower train.gan.discriminator_lr, train.gan.spectral_norm, the hinge loss, "
        "or a smaller discriminator.",
    ),
    QT_TRANSLATE_NOOP(
        "CoreTexts",
        "the samples collapse: their classifier features spread only {share} as much as the real images' (mode "
        "collapse). Try lower learning rates, the wgan_gp loss, more train.gan.discriminator_steps, or restart "
        "with another seed.",
    ),
)

_FIELD = re.compile(r"\{(\w+)\}")
_MAX_DEPTH = 4  # values inside values: "auto: {plan}" -> "{plan}, stops early ..." -> "{epochs} x ..." -> "{n} epochs"


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """(template, its regex), the most specific (most literal text) first, so a longer variant wins."""
    compiled = []
    for template in TEMPLATES:
        parts = _FIELD.split(template)  # literal, name, literal, name, ..., literal
        regex = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)" for i, p in enumerate(parts))
        literal = sum(len(p) for p in parts[::2])
        compiled.append((literal, template, re.compile(regex, re.S)))
    compiled.sort(key=lambda c: -c[0])
    return tuple((template, regex) for _literal, template, regex in compiled)


def core_text(text: str) -> str:
    """``text`` (a dataset note or log line from the core) in the UI language; unchanged when unknown."""
    language = active_language()
    if language == "en":  # the core writes English: nothing to match (~150 patterns a call otherwise)
        return text
    return _translated(language, text)


@lru_cache(maxsize=4096)
def _translated(language: str, text: str) -> str:
    """Cached per language: skip reasons and log lines repeat (one per skipped file of a large folder)."""
    return _translate(text, 0) or text


def _translate(text: str, depth: int) -> str | None:
    """The translation of a text a template matches, else None."""
    for template, regex in _patterns():
        match = regex.fullmatch(text)
        if match:
            values = {name: _value(value, depth + 1) for name, value in match.groupdict().items()}
            return QCoreApplication.translate(CONTEXT, template).format(**values)
    return None


def _value(value: str, depth: int) -> str:
    """A value the core filled in: translated when it is a known text or a comma-separated list of them."""
    if depth > _MAX_DEPTH or not any(c.isalpha() for c in value):
        return value
    # A list first, e.g. the thread count's reasons "8 physical cores, 1 kept for the app, 2 busy with other
    # work": as a whole, "{n} busy with other work" would match it with n = "8 physical cores, 1 kept ...".
    separators = {
        ", ": QCoreApplication.translate("CoreTexts", ", "),
        "; ": QCoreApplication.translate("CoreTexts", "; "),
    }
    for separator, shown in separators.items():
        if separator in value:
            parts = [_translate(p, depth) for p in value.split(separator)]
            if all(p is not None for p in parts):
                return shown.join(p for p in parts if p is not None)
    whole = _translate(value, depth)
    return value if whole is None else whole
