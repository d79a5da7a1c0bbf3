"""Networks as YAML files: a NetworkSpec dump, or the ``network`` of an experiment file."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic_core import ValidationError  # not pydantic: see desktop/panels/panel_common.py

from models.errors import SpecError
from models.io import atomic_write_text, dump_yaml
from models.spec.base import spec_error
from models.spec.network import NetworkSpec


def save_network_yaml(spec: NetworkSpec, path: str | Path) -> None:
    """Write ``spec`` as YAML, atomically."""
    atomic_write_text(Path(path), dump_yaml(spec.model_dump(mode="json")))


def read_network_yaml(path: str | Path) -> NetworkSpec:
    """Read a network YAML file (or take the ``network`` of an experiment YAML file).

    Raises:
        SpecError: the file cannot be read or is not a valid network; the message names the file and field.
    """
    try:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as err:
        raise SpecError(f"{path}: cannot be read ({err})") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise SpecError(f"{path}:{where} is not valid YAML") from None
    if isinstance(data, dict) and "network" in data and "layers" not in data:
        data = data["network"]
    if not isinstance(data, dict):
        raise SpecError(f"{path}: expected a mapping with 'layers' at the top level")
    try:
        return NetworkSpec.model_validate(data)
    except ValidationError as err:
        raise spec_error(err, root="network", source=str(path)) from None
