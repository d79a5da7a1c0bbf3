"""A time budget for periodic work done from a hot path (checkpoints, log flushes, progress events)."""

from __future__ import annotations

import time


class Interval:
    """Answers "is it time again?": True when ``seconds`` have passed since it last answered True.

    Args:
        seconds: The least time between two True answers.
    """

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._last = -float("inf")

    def due(self, force: bool = False) -> bool:
        """True (and the clock restarts) when the time has come or ``force`` is set."""
        now = time.monotonic()
        if force or now - self._last >= self.seconds:
            self._last = now
            return True
        return False

    def restart(self) -> None:
        """Count the interval from now (as if it had just been due)."""
        self._last = time.monotonic()

    def expire(self) -> None:
        """Make the next :meth:`due` answer True."""
        self._last = -float("inf")
