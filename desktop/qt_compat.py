"""Work around a reference-count bug of shiboken6 6.12.0 on CPython < 3.12.

shiboken6 6.12.0 returns ``None`` from every void Qt method and ``True`` from ``Signal.emit`` without taking
a reference. On CPython 3.12+ those singletons are immortal, so nothing happens; on 3.11 every such call
lowers their reference count by one, and after a few thousand calls (minutes of a live plot) the interpreter
aborts with "Fatal Python error: none_dealloc / bool_dealloc". Making the singletons effectively immortal,
as CPython 3.12 itself does, neutralises the bug: their count is raised by 2**40 once, which no session can
exhaust. Idempotent; a no-op on 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40
_applied = False


def immortalize_singletons() -> None:
    """Raise the reference counts of None, True and False far beyond reach (CPython < 3.12 only)."""
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for obj in (None, True, False):
        ctypes.c_ssize_t.from_address(id(obj)).value += _BOOST
    _applied = True
