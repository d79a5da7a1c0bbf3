"""Lightning callbacks, one concern each: event forwarding, stop/pause control, finite-loss guard, RNG state,
checkpoints."""

from models.training.callbacks.checkpoint import RunCheckpoint
from models.training.callbacks.control import RunControl
from models.training.callbacks.events import EventForwarder
from models.training.callbacks.finite import FiniteLossGuard
from models.training.callbacks.rng import RngState

__all__ = ["EventForwarder", "FiniteLossGuard", "RngState", "RunCheckpoint", "RunControl"]
