"""DataSpec: where the data comes from, how it is split, preprocessed and augmented."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, model_validator

from models.spec.base import StrictModel
from models.vocab import BUILTINS, DATA_SOURCES

#: The choices of ``DataSpec.source``: the kinds of :data:`models.vocab.DATA_SOURCES`.
SourceKind = Literal[tuple(DATA_SOURCES)]  # type: ignore[valid-type]
BUILTIN_NAMES = tuple(BUILTINS)


class SplitSpec(StrictModel):
    """Train/validation/test fractions (train gets the rest), stratified for classification."""

    val: float = Field(0.15, ge=0, lt=1)
    test: float = Field(0.15, ge=0, lt=1)
    seed: int = 0
    stratify: bool = True

    @model_validator(mode="after")
    def _fractions_leave_a_train_split(self) -> SplitSpec:
        if self.val + self.test >= 0.95:
            raise ValueError("val + test must be below 0.95 so the train split is not empty")
        return self


class ImageOptions(StrictModel):
    """Image decoding: target size ``[H, W]`` and channels (None = chosen from the data)."""

    size: list[int] | None = None
    channels: Literal[1, 3] | None = None
    mean: list[float] | None = Field(default=None, description="Per-channel mean, from the train split.")
    std: list[float] | None = Field(default=None, description="Per-channel std, computed on the train split.")


class SequenceOptions(StrictModel):
    """Sequence loading: the file format, variable-length handling and normalisation."""

    format: Literal["auto", "ts", "ucr", "npz", "long_csv"] = "auto"
    length_mode: Literal["pad", "resample"] = "pad"
    length: int | None = Field(default=None, ge=2)
    znormalize: bool = False
    impute: bool = True
    id_column: str = "series_id"
    time_column: str = "time"
    mask: bool | None = Field(
        default=None,
        description="Append a 0/1 mask channel marking padding (None = "
        "only when lengths vary); filled in from the train split.",
    )
    channels: int | None = Field(default=None, ge=1, description="Channels per step; filled in from data.")


class ForecastOptions(StrictModel):
    """Supervised windows over a time series: ``window`` past steps predict ``horizon`` future steps."""

    window: int = Field(32, ge=2)
    horizon: int = Field(1, ge=1)
    value_columns: list[str] | None = None
    time_column: str | None = None
    normalize: bool = True
    mean: list[float] | None = Field(default=None, description="Per-column mean of the train block.")
    std: list[float] | None = Field(default=None, description="Per-column std of the train block.")


class TextOptions(StrictModel):
    """Text classification: the text column, tokenizer and maximum length in tokens."""

    text_column: str = "text"
    tokenizer: Literal["char", "word"] = "word"
    max_length: int = Field(128, ge=2)
    min_freq: int = Field(1, ge=1)
    max_vocab: int = Field(20000, ge=10)
    lowercase: bool = True
    vocab: list[str] | None = Field(default=None, description="Tokens from id 2 on, built on the train set.")


class AugmentSpec(StrictModel):
    """Image augmentation, applied to the train split only."""

    enabled: bool = False
    rotation: float = Field(0.0, ge=0, le=180)
    random_resized_crop: bool = False
    crop_scale_min: float = Field(0.8, gt=0, le=1)
    hflip: bool = False
    vflip: bool = False
    color_jitter: float = Field(0.0, ge=0, le=1)
    gaussian_noise: float = Field(0.0, ge=0, le=1)


class DataSpec(StrictModel):
    """Where the data comes from and how it is prepared.

    Attributes:
        source: The kind of source.
        name: The built-in dataset name (``source: builtin``).
        path: File or folder of the data (or of the train split when ``test_path`` is given).
        test_path: An optional given test set, kept as the test split.
        target_column: Label/target column for tabular, CSV index and text sources.
        task: Classification or regression for tabular and sequence sources (auto: from the target values).
    """

    source: SourceKind = "builtin"
    name: str | None = "digits"
    path: str | None = None
    test_path: str | None = None
    target_column: str | None = None
    task: Literal["auto", "classification", "regression"] = "auto"
    split: SplitSpec = Field(default_factory=SplitSpec)
    image: ImageOptions = Field(default_factory=ImageOptions)
    sequence: SequenceOptions = Field(default_factory=SequenceOptions)
    forecast: ForecastOptions = Field(default_factory=ForecastOptions)
    text: TextOptions = Field(default_factory=TextOptions)
    augment: AugmentSpec = Field(default_factory=AugmentSpec)

    @model_validator(mode="after")
    def _source_has_its_fields(self) -> DataSpec:
        if self.source == "builtin":
            if self.name not in BUILTIN_NAMES:
                raise ValueError(f"built-in dataset {self.name!r} is unknown; choose one of {', '.join(BUILTIN_NAMES)}")
        elif not self.path:
            raise ValueError(f"source {self.source!r} needs a path")
        return self
