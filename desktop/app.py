"""Application bootstrap: ``main(argv)`` opens the Danlu window (optionally an experiment file).

Only Qt, numpy and the light ``models.spec`` load before the window shows; the pages (and pyqtgraph) are built
after its first paint, one per event-loop turn, then torch and Lightning load stage by stage on a background
thread (``desktop.engine``), so the window appears at once and says how far the engine has got.

Usage: ``danlu`` / ``python -m desktop`` [EXPERIMENT.yaml] [--lang en|zh_CN] [--theme light|dark]
[--screenshots DIR [--screenshot-sizes WxH,...]] [--self-test]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import time
from typing import Any

START = time.perf_counter()  # for the start-up figure in the log and the benchmark


def _window_sizes(text: str) -> list[tuple[int, int]]:
    """argparse type of --screenshot-sizes: a typo is refused before anything starts."""
    from desktop.screenshots import parse_sizes

    try:
        return parse_sizes(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from exc


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="danlu", description="Danlu (丹炉): point-and-click deep learning.")
    parser.add_argument("experiment", nargs="?", help="an experiment YAML file to open")
    parser.add_argument("--lang", choices=("system", "en", "zh_CN"), help="user-interface language")
    parser.add_argument("--theme", choices=("light", "dark"), help="colour theme (saved for next time)")
    parser.add_argument(
        "--screenshots",
        metavar="DIR",
        help="run the demo offscreen (digits + CNN, 2 epochs) and save a PNG of every panel",
    )
    parser.add_argument(
        "--screenshot-sizes",
        metavar="WxH[,WxH]",
        type=_window_sizes,
        default=[],
        help="with --screenshots: also save every page at these window sizes in light and dark "
        "(e.g. 1280x720,1366x768)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the window offscreen, load the engine, check the panels and exit (0 = ok)",
    )
    args = parser.parse_args(argv)
    if args.screenshot_sizes and not args.screenshots:
        parser.error("--screenshot-sizes needs --screenshots DIR")
    return args


def main(argv: list[str] | None = None) -> int:
    """Start the desktop app; returns the process exit code."""
    args = parse_args(list(sys.argv[1:] if argv is None else argv))
    headless = bool(args.screenshots or args.self_test)
    if headless:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.lang:
        os.environ["DANLU_LANGUAGE"] = args.lang
    for name in ("stdout", "stderr"):  # a windowed frozen app has none; libraries still print
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 - lives as long as the app

    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from desktop import i18n, theme  # importing the package applied the shiboken refcount guard
    from desktop import settings as settings_module

    app = QApplication.instance() or QApplication(sys.argv[:1])
    scratch = _isolate_from_the_user() if args.screenshots else ""
    app.setOrganizationName(settings_module.ORGANIZATION)
    app.setApplicationName(settings_module.APPLICATION)
    app.setApplicationDisplayName("Danlu")
    settings = settings_module.Settings()
    if args.theme:
        settings.theme = args.theme
    i18n.install_translators(app, settings.language)
    theme.apply_theme(app, settings.theme)

    from desktop.main_window import MainWindow, _icon_path
    from desktop.workspace import Workspace

    app.setWindowIcon(QIcon(_icon_path()))
    state = Workspace()
    # The app shows its window first and builds the panels (and imports pyqtgraph) right after.
    window = MainWindow(state, settings, start_engine=not headless, defer_panels=not headless)
    if args.screenshots:
        from desktop.screenshots import take_screenshots

        try:
            return take_screenshots(window, args.screenshots, sizes=args.screenshot_sizes)
        finally:
            shutil.rmtree(scratch, ignore_errors=True)
    if args.self_test:  # packaging hook (desktop/selftest.py): engine stages + this window's own check, JSON out
        from desktop.selftest import run_self_test

        return run_self_test(window_check=lambda: _self_test(window))
    report_first_paint(window)
    window.show()
    path = args.experiment or (settings.last_experiment if os.path.isfile(settings.last_experiment) else "")
    if path:
        QTimer.singleShot(0, lambda: window.files.open_path(path))
    return app.exec()


def _isolate_from_the_user() -> str:
    """--screenshots trains demo runs, a study and a GAN and changes settings: keep them out of the user's own
    runs folder and settings (a temporary folder, removed afterwards; ``$DANLU_RUNS_DIR`` keeps the runs there).
    Returns the temporary folder."""
    import tempfile

    from PySide6.QtCore import QSettings

    folder = tempfile.mkdtemp(prefix="danlu-screenshots-")
    os.environ.setdefault("DANLU_RUNS_DIR", os.path.join(folder, "runs"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, os.path.join(folder, "config"))
    return folder


def report_first_paint(window: Any) -> None:
    """Log (and, for the start-up benchmark, print) the moment the window is first painted, and when the engine
    is ready (Train possible once the data has loaded)."""
    from PySide6.QtCore import QEvent, QObject

    def engine_ready() -> None:
        if os.environ.get("DANLU_REPORT_SHOWN"):
            print(f"DANLU_ENGINE_READY {time.time():.6f}", flush=True)
        seconds = time.perf_counter() - START
        window.log.append("info", window.tr("Training engine ready {s:.1f} s after start.").format(s=seconds))

    window.state.engineReady.connect(engine_ready)

    class FirstPaint(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                seconds = time.perf_counter() - START
                if os.environ.get("DANLU_REPORT_SHOWN"):
                    print(f"DANLU_WINDOW_SHOWN {time.time():.6f}", flush=True)
                window.log.append("info", window.tr("Window shown {s:.2f} s after start.").format(s=seconds))
            return False

    window.installEventFilter(FirstPaint(window))


def _self_test(window: object) -> int:
    """Load the engine and check every panel exists (packaging smoke test)."""
    window.engine.load_now()  # type: ignore[attr-defined]
    missing = sorted(window.broken)  # type: ignore[attr-defined] - frozen builds: pages whose panel failed
    print("self-test:", "ok" if not missing else f"missing panels: {', '.join(missing)}", flush=True)
    window.shutdown()  # type: ignore[attr-defined]
    return 0 if not missing else 1
