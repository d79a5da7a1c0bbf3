"""Run a short plain-Python job off the GUI thread and get its result back on the GUI thread.

For loading a dataset, summarising a network, decoding thumbnails, exporting: anything that takes more
than a frame. (Training has its own long-lived worker, ``TrainingWorker``.)
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


class _Relay(QObject):
    """Lives on the GUI thread; its queued signals carry the job's outcome back."""

    done = Signal(object)
    failed = Signal(object, str)  # (exception, formatted traceback)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.fn, self.relay = fn, relay
        self.setAutoDelete(True)

    def run(self) -> None:  # runs on a pool thread
        try:
            result = self.fn()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the user, not kill the thread
            self.relay.failed.emit(exc, traceback.format_exc())
        else:
            self.relay.done.emit(result)


_live: set[_Relay] = set()  # keep relays alive until their job reports


def run_in_background(
    fn: Callable[[], Any],
    on_done: Callable[[Any], None] | None = None,
    on_error: Callable[[BaseException, str], None] | None = None,
    pool: QThreadPool | None = None,
) -> None:
    """Call ``fn()`` on a pool thread; ``on_done(result)`` or ``on_error(exc, details)`` run on the GUI thread.

    Must be called from the GUI thread (the relay is created there, so its signals are delivered there).
    """
    relay = _Relay()
    _live.add(relay)

    def finish(_: Any = None, *__: Any) -> None:
        _live.discard(relay)
        relay.deleteLater()

    if on_done is not None:
        relay.done.connect(on_done)
    if on_error is not None:
        relay.failed.connect(on_error)
    relay.done.connect(finish)
    relay.failed.connect(finish)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))
