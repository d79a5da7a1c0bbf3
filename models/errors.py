"""User-facing error types shared by the core, the CLI and the GUI.

A :class:`DanluError` carries a message a person can act on (it names the file, line, field or layer and
says what to do). The CLI prints it without a traceback and exits 2; the GUI shows it in a dialog.
"""

from __future__ import annotations


class DanluError(Exception):
    """Base class of errors caused by user input (a file, a field, a layer), not by a bug."""


class SpecError(DanluError):
    """An experiment, network or option failed validation; the message lists each field path."""


class ShapeError(DanluError):
    """A layer cannot accept the shape its predecessor produces."""


class DataError(DanluError):
    """A dataset path, file or column cannot be used."""


class TrainingError(Exception):
    """Training failed at run time (e.g. a non-finite loss). The CLI exits 1 for these."""


class CheckpointError(DanluError):
    """A checkpoint is missing, unsafe to load, or belongs to another network."""
