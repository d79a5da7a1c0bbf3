"""The Experiment: DataSpec + NetworkSpec + TrainSpec, with YAML load/save that round-trips losslessly."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError, model_validator

from models.errors import SpecError
from models.io import atomic_write_text, dump_yaml
from models.spec.backbone_input import with_backbone_input
from models.spec.base import StrictModel, parse_yaml, read_spec_text, spec_error
from models.spec.data import DataSpec
from models.spec.gan import GanSpec
from models.spec.network import NetworkSpec
from models.spec.train import TrainSpec

SCHEMA_VERSION = 1


class Experiment(StrictModel):
    """Everything one run needs. The GUI edits it, the CLI runs it, the run folder stores it.

    For ``train.task: generation`` (a GAN), ``network`` is the generator and ``discriminator`` its opponent.
    """

    schema_version: Literal[1] = SCHEMA_VERSION
    name: str = Field("experiment", min_length=1, max_length=80)
    data: DataSpec = Field(default_factory=DataSpec)
    network: NetworkSpec = Field(default_factory=NetworkSpec)
    train: TrainSpec = Field(default_factory=TrainSpec)
    discriminator: NetworkSpec | None = Field(
        default=None, description="Task generation: the network that tells real images from generated ones."
    )

    @model_validator(mode="after")
    def _backbone_input(self) -> Experiment:
        # A pretrained backbone dictates its input (RGB, ImageNet mean/std): one truth for every reader.
        data = with_backbone_input(self.data, list(self.network.layers))
        if data is not None:
            # Not `self.data = data`: assignment would validate the whole model again from inside its validator.
            object.__setattr__(self, "data", data)
        return self

    def to_dict(self) -> dict[str, Any]:
        """Plain-data dump (JSON/YAML/checkpoint-safe)."""
        data = self.model_dump(mode="json")
        # GAN-only parts stay out of the file while unused, so other experiments read exactly as before.
        if data["discriminator"] is None:
            del data["discriminator"]
        if self.train.task != "generation" and self.train.gan == GanSpec():
            del data["train"]["gan"]
        return data

    def to_yaml(self) -> str:
        return dump_yaml(self.to_dict())

    @classmethod
    def from_dict(cls, data: Any, source: str | None = None) -> Experiment:
        """Validate plain data; raises :class:`SpecError` naming each bad field."""
        if not isinstance(data, dict):
            raise SpecError(f"{source or 'experiment'}: expected a mapping at the top level, got {type(data).__name__}")
        try:
            return cls.model_validate(data)
        except ValidationError as err:
            raise spec_error(err, source=source) from None

    @classmethod
    def from_yaml(cls, text: str, source: str | None = None) -> Experiment:
        return cls.from_dict(parse_yaml(text, source), source)


def load_experiment(path: str | Path) -> Experiment:
    """Read an experiment YAML file; errors name the file and the field."""
    path = Path(path)
    return Experiment.from_yaml(read_spec_text(path), source=str(path))


def save_experiment(experiment: Experiment, path: str | Path) -> None:
    """Write an experiment as YAML atomically."""
    atomic_write_text(Path(path), experiment.to_yaml())
