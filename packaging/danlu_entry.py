"""The frozen executable's entry point: ``danlu`` in a PyInstaller bundle (never imported by the app).

It does what the ``danlu`` console script (desktop.launcher) does, after the fixes a frozen process needs
(models.frozen): no arguments or a YAML open the window, ``--self-test`` runs desktop.selftest through the
app (window check included), anything else is the CLI.
"""

from __future__ import annotations

import os
import sys


def _is_launcher_echo(first: str) -> bool:
    """Lightning's DDP launcher starts the other ranks as ``[sys.executable, abspath(sys.argv[0]), *args]``;
    frozen, both name this executable (the second possibly via a symlink on PATH), so it is no argument."""
    if os.path.abspath(first) == os.path.abspath(sys.executable):
        return True
    return "LOCAL_RANK" in os.environ and os.path.basename(first) == os.path.basename(sys.executable)


def main() -> int:
    from models.frozen import prepare_process

    prepare_process()  # first: a spawned DataLoader worker must stop here and run its task instead
    argv = sys.argv[1:]
    if argv and _is_launcher_echo(argv[0]):
        argv = argv[1:]
    try:
        from desktop.launcher import main as launch  # GUI for no args / a YAML, else the CLI
    except ImportError:
        from models.cli import main as launch
    return int(launch(argv) or 0)


if __name__ == "__main__":
    sys.exit(main())
