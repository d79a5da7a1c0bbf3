"""How an exception reads in the GUI: the one rule for dialogs, status lines and the log."""

from __future__ import annotations

from models.errors import DanluError, TrainingError


def error_text(exc: BaseException) -> str:
    """The message a user should read.

    Danlu's own errors (bad input: :class:`DanluError`; a failed run: :class:`TrainingError`) already say what
    happened and what to do, and a missing or unreadable file names its path: they read as they are. Anything
    else is a bug or an unexpected condition and keeps its type, so a report of it says what it was.
    """
    text = str(exc).strip()
    if text and isinstance(exc, DanluError | TrainingError | FileNotFoundError | PermissionError):
        return text
    return f"{type(exc).__name__}: {text}" if text else type(exc).__name__
