"""The frozen executable's entry point: ``danlu`` in a PyInstaller bundle (never imported by the app).

It does what the ``danlu`` console script (desktop.launcher) does, after the fixes a frozen process needs
(models.frozen): no arguments or a YAML open the window, ``--self-test`` runs desktop.selftest through the
app (window check included), anything else is the CLI.
"""

from __future__ import annotations

import sys


def main() -> int:
    from models.frozen import prepare_process

    prepare_process()  # first: a spawned DataLoader worker must stop here and run its task instead
    argv = sys.argv[1:]
    try:
        from desktop.launcher import main as launch  # GUI for no args / a YAML, else the CLI
    except ImportError:
        from models.cli import main as launch
    return int(launch(argv) or 0)


if __name__ == "__main__":
    sys.exit(main())
