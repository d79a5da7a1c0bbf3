"""Building the window and every page must not load the engine (torch, Lightning) on the GUI thread.

The engine loads in the background after the window shows (9-20 s cold on a loaded 2-core machine); a page that
imports it while it is built freezes the whole window for that long (the Predict page once did: 17 s).
"""

from __future__ import annotations

import os
import subprocess
import sys


def test_every_page_builds_without_loading_torch_or_lightning(tmp_path) -> None:  # noqa: ANN001
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import desktop\n"
        "app = QApplication([])\n"
        "from desktop.main_window import PAGES, MainWindow\n"
        "from desktop.workspace import Workspace\n"
        "window = MainWindow(Workspace(), start_engine=False)\n"
        "window.show(); app.processEvents()\n"
        "assert sorted(window.panels) == sorted(PAGES), window.panels\n"
        "heavy = [m for m in ('torch', 'lightning', 'torchmetrics', 'captum', 'sklearn') if m in sys.modules]\n"
        "print(heavy); sys.exit(1 if heavy else 0)\n"
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "DANLU_RUNS_DIR": str(tmp_path / "runs"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, f"a page loaded the engine while it was built: {proc.stdout}{proc.stderr[-2000:]}"
