"""Training engine shared by the CLI and the GUI: fit, evaluate, run folders, checkpoints.

Importing this package imports torch and Lightning (seconds): the GUI does it after its window shows.
"""

from models.training.checkpoints import TrainedModel, load_checkpoint, load_trained
from models.training.evaluate import evaluate, evaluate_network
from models.training.fit import RunResult, fit
from models.training.runs import RunFolder, RunInfo, default_runs_dir, delete_run, list_runs

__all__ = [
    "RunFolder",
    "RunInfo",
    "RunResult",
    "TrainedModel",
    "default_runs_dir",
    "delete_run",
    "evaluate",
    "evaluate_network",
    "fit",
    "list_runs",
    "load_checkpoint",
    "load_trained",
]
