"""The core never imports Qt: importing models (all of it) must not pull in PySide6 or pyqtgraph."""

from __future__ import annotations

import subprocess
import sys


def test_models_import_without_qt():
    code = (
        "import sys, importlib, pkgutil, models\n"
        "for m in pkgutil.walk_packages(models.__path__, 'models.'):\n"
        "    importlib.import_module(m.name)\n"
        "gui = ('PySide6', 'pyqtgraph', 'shiboken6', 'desktop')\n"
        "bad = [m for m, mod in sys.modules.items() if mod is not None and m.split('.')[0] in gui]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    # Qt is made unimportable so an accidental import fails loudly instead of silently succeeding.
    blocker = "import sys; sys.modules['PySide6'] = None; sys.modules['pyqtgraph'] = None\n"
    proc = subprocess.run([sys.executable, "-c", blocker + code], capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
