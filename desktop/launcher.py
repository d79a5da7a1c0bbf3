"""The ``danlu`` console script: the desktop app, or the headless CLI when a subcommand is given.

It lives in ``desktop`` because the core (``models``) must never import the GUI; the CLI itself is
``models.cli`` and runs without Qt (``python -m models.cli ...``).
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

GUI_FLAGS = ("--screenshots", "--screenshot-sizes", "--lang", "--self-test")
#: Flags with which the app runs offscreen (desktop.app sets QT_QPA_PLATFORM itself): no display needed.
HEADLESS_FLAGS = ("--screenshots", "--screenshot-sizes", "--self-test")


def wants_gui(argv: Sequence[str]) -> bool:
    """No arguments, a GUI flag, or a single experiment YAML -> the desktop app."""
    if not argv:
        return True
    if argv[0] in GUI_FLAGS:
        return True
    return len(argv) == 1 and argv[0].endswith((".yaml", ".yml")) and Path(argv[0]).is_file()


def gui(argv: Sequence[str] | None = None) -> int:
    """Open the desktop app (``danlu-gui``, ``python -m desktop``): exit 2 with what to install when Qt
    could not open a window here, instead of Qt's abort (exit 134)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not any(a.split("=")[0] in HEADLESS_FLAGS for a in args):
        from desktop.qt_platform import platform_problem

        problem = platform_problem()
        if problem:
            print(problem, file=sys.stderr)
            return 2
    from desktop.app import main as gui_main

    return gui_main(args)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``danlu`` console script."""
    from models.frozen import prepare_process

    prepare_process()  # packaging: freeze_support + stdio for windowed/frozen runs (models/frozen.py)
    args = list(sys.argv[1:] if argv is None else argv)
    if wants_gui(args):
        return gui(args)
    from models.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
