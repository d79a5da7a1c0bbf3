"""Pydantic specs of an experiment. ``Experiment = DataSpec + NetworkSpec + TrainSpec``."""

from models.spec.data import AugmentSpec, DataSpec, SplitSpec
from models.spec.experiment import SCHEMA_VERSION, Experiment, load_experiment, save_experiment
from models.spec.network import LAYER_CLASSES, LAYER_TYPES, NetworkSpec
from models.spec.train import TrainSpec

__all__ = [
    "SCHEMA_VERSION",
    "AugmentSpec",
    "DataSpec",
    "Experiment",
    "LAYER_CLASSES",
    "LAYER_TYPES",
    "NetworkSpec",
    "SplitSpec",
    "TrainSpec",
    "load_experiment",
    "save_experiment",
]
