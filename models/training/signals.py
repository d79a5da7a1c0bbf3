"""SIGTERM and Ctrl-C (SIGINT) as a cooperative stop: the run saves last.ckpt, is marked ``stopped`` and resumes.

Lightning 2.6 handles SIGTERM itself, but only by raising ``SIGTERMException`` (a ``SystemExit`` with code 0)
from its loops, without saving anything; for Ctrl-C it catches ``KeyboardInterrupt`` and calls
``sys.exit(1)``. The handlers here turn both signals into the same stop the GUI's Stop button uses (a
``threading.Event`` checked after every batch); ``fit`` treats Lightning's SIGTERM exception as that stop
too. A second Ctrl-C aborts at once (``KeyboardInterrupt``).
"""

from __future__ import annotations

import contextlib
import os
import signal
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

SIGNALS = (signal.SIGINT, signal.SIGTERM)


@dataclass
class CaughtSignal:
    """Which signal asked the run to stop (None: none did), and the stop event it set."""

    stop: threading.Event = field(default_factory=threading.Event)
    signum: int | None = None
    count: int = 0

    @property
    def name(self) -> str:
        return signal.Signals(self.signum).name if self.signum else ""

    @property
    def exit_code(self) -> int:
        """The shell's convention for a process ended by a signal: 128 + the signal number (130, 143)."""
        return 128 + self.signum if self.signum else 0


def is_termination(err: BaseException) -> bool:
    """An exception that ends training because of a signal (Lightning's SIGTERMException, Ctrl-C), not a fault."""
    return isinstance(err, (KeyboardInterrupt, SystemExit))


def is_sigterm(err: BaseException) -> bool:
    """Lightning's exception for a SIGTERM received during ``trainer.fit``."""
    from lightning.pytorch.utilities.exceptions import SIGTERMException

    return isinstance(err, SIGTERMException)


@contextlib.contextmanager
def stop_on_signals(
    stop: threading.Event | None = None, notice: Callable[[int], str] | None = None
) -> Iterator[CaughtSignal]:
    """While inside, SIGINT and SIGTERM set ``stop`` instead of killing the process.

    Args:
        stop: The event the training loop watches (a new one when None).
        notice: Returns a line to print on stderr at the first signal (written with ``os.write``: safe inside
            a signal handler, even while the main thread is printing).

    Yields:
        A CaughtSignal that records the first signal. Outside the main thread (where Python cannot install
        handlers) nothing is installed.
    """
    caught = CaughtSignal(stop or threading.Event())
    if threading.current_thread() is not threading.main_thread():
        yield caught
        return

    def handler(signum: int, frame: object) -> None:
        caught.count += 1
        if caught.signum is None:
            caught.signum = signum
        if caught.count > 1 and signum == signal.SIGINT:
            raise KeyboardInterrupt  # Ctrl-C twice: abort now
        caught.stop.set()
        if caught.count == 1 and notice is not None:
            with contextlib.suppress(OSError):
                os.write(2, (notice(signum) + "\n").encode())

    previous = {signum: signal.signal(signum, handler) for signum in SIGNALS}
    try:
        yield caught
    finally:
        for signum, old in previous.items():
            signal.signal(signum, old)
