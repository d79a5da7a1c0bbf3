"""``danlu --screenshots DIR``: the demo flow offscreen (built-in digits + the CNN template, 2 epochs), then a
PNG of every panel. The README's pictures come from here, so they always show the current app.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop import theme
from desktop.main_window import PAGES, MainWindow

SIZE = (1440, 900)


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str) -> None:
    """Process events until ``condition()`` holds; raises TimeoutError naming ``what``."""
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        QCoreApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.3) -> None:
    """Let pending timers (plot redraws, debounced previews) run."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def take_screenshots(window: MainWindow, out_dir: str | Path, epochs: int = 2) -> int:
    """Train the default experiment for ``epochs`` and save ``<page>.png`` for every page (plus dark variants)."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    state = window.state
    window.resize(*SIZE)
    window.show()
    window.engine.load_now()
    wait_until(lambda: state.info is not None and state.network_ok, 120, "the digits set and the CNN template")
    from desktop import screenshot_scenes as scenes  # features the demo never shows, one PNG each

    written = scenes.before_demo(window, out)
    window.training.epochs.edit(epochs)
    finished: list[object] = []
    window.controller.runFinished.connect(finished.append)
    window.training.train_button.click()
    wait_until(lambda: bool(finished), 600, "the demo run to finish")
    window.runs.refresh()
    if window.runs.runs:
        window.runs.select_run(window.runs.runs[0].path)
        window.runs.open_selected()
    for variant in ("light", "dark"):
        theme.apply_theme(QApplication.instance(), variant)
        pages = PAGES if variant == "light" else ("train", "results")
        for key in pages:
            window.show_page(key)
            settle(0.6)
            name = f"{key}.png" if variant == "light" else f"{key}-dark.png"
            window.grab().save(str(out / name))
            written.append(name)
    written += scenes.after_demo(window, out)
    theme.apply_theme(QApplication.instance(), window.settings.theme)
    print(f"screenshots: {', '.join(written)} in {out}", flush=True)
    window.shutdown()
    return 0
