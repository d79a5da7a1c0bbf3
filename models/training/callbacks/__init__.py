"""Lightning callbacks, one concern each: epoch counting, event forwarding, stop/pause control, loss
guard, RNG state, best.ckpt (deferred writes), last.ckpt, status.json."""

from models.training.callbacks.checkpoint import LastCheckpoint
from models.training.callbacks.control import RunControl
from models.training.callbacks.deferred import BestCheckpoint
from models.training.callbacks.events import EventForwarder
from models.training.callbacks.guard import LossGuard
from models.training.callbacks.progress import EpochCounter
from models.training.callbacks.rng import RngState
from models.training.callbacks.status import StatusRecorder

__all__ = [
    "BestCheckpoint",
    "EpochCounter",
    "EventForwarder",
    "LossGuard",
    "LastCheckpoint",
    "RngState",
    "RunControl",
    "StatusRecorder",
]
