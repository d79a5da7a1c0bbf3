"""The Experiment: DataSpec + NetworkSpec + TrainSpec, with YAML load/save that round-trips losslessly."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import Field, ValidationError

from models.errors import SpecError
from models.io import atomic_write_text, dump_yaml
from models.spec.base import StrictModel, spec_error
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
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as err:
            mark = getattr(err, "problem_mark", None)
            where = f" line {mark.line + 1}, column {mark.column + 1}" if mark else ""
            raise SpecError(f"{source or 'experiment'}:{where} is not valid YAML ({err})") from None
        return cls.from_dict(data, source)


def load_experiment(path: str | Path) -> Experiment:
    """Read an experiment YAML file; errors name the file and the field."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise SpecError(f"{path}: no such file") from None
    except (OSError, UnicodeDecodeError) as err:
        raise SpecError(f"{path}: cannot be read ({err})") from None
    return Experiment.from_yaml(text, source=str(path))


def save_experiment(experiment: Experiment, path: str | Path) -> None:
    """Write an experiment as YAML atomically."""
    atomic_write_text(Path(path), experiment.to_yaml())
