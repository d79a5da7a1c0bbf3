"""The core never imports Qt: importing models (all of it) must not pull in PySide6 or pyqtgraph."""

from __future__ import annotations

import subprocess
import sys

import pytest


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


@pytest.mark.parametrize(
    "imports",
    [
        "import models.vocab, models.spec",  # the validators and the GUI's lists, before the engine loads
        # the GUI dispatches events on their classes before the engine loads (it took 21 s cold)
        "import models.training.events\nfrom models.training import list_runs, default_runs_dir",
        "from models.training.metrics_log import read_metrics_csv",  # saved runs' curves
    ],
)
def test_light_modules_load_neither_torch_nor_qt(imports):
    code = (
        f"import sys\n{imports}\n"
        "heavy = [m for m in ('torch', 'lightning', 'torchmetrics', 'PySide6', 'pyqtgraph') if m in sys.modules]\n"
        "print(heavy); sys.exit(1 if heavy else 0)\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_fit_and_evaluate_stay_the_functions_after_their_modules_load():
    import models.training
    import models.training.evaluate
    import models.training.fit
    from models.training import evaluate, fit

    assert callable(fit) and fit.__module__ == "models.training.fit" and models.training.fit is fit
    assert callable(evaluate) and models.training.evaluate is evaluate
    assert models.training.RunResult.__name__ == "RunResult" and "list_runs" in dir(models.training)
