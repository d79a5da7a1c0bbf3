"""``danlu --screenshots DIR``: the demo flow offscreen (built-in digits + the CNN template, 2 epochs), then a
PNG of every panel. The README's pictures come from here, so they always show the current app.

``--screenshot-sizes 1280x720,1366x768`` also saves every page at those window sizes in both themes
(``results-1280x720-dark.png``), to check that the window stays usable on laptop screens.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from desktop import theme
from desktop.main_window import PAGES, MainWindow

SIZE = (1440, 900)
#: Laptop screens the window must stay usable on (issue 10): ``--screenshot-sizes`` with these names them.
LAPTOP_SIZES = ((1280, 720), (1366, 768))
THEMES = ("light", "dark")


def parse_sizes(text: str) -> list[tuple[int, int]]:
    """``"1280x720,1366x768"`` as ``[(1280, 720), (1366, 768)]``; raises ValueError naming a bad entry."""
    sizes = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        width, sep, height = part.lower().partition("x")
        if not sep or not width.isdigit() or not height.isdigit() or int(width) < 1 or int(height) < 1:
            raise ValueError(f"{part!r} is not a window size such as 1280x720")
        sizes.append((int(width), int(height)))
    return sizes


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


def capture_pages(
    window: MainWindow,
    out_dir: str | Path,
    sizes: Sequence[tuple[int, int]] = LAPTOP_SIZES,
    themes: Sequence[str] = THEMES,
    pages: Sequence[str] = PAGES,
    pause_s: float = 0.3,
) -> list[str]:
    """Save ``<page>-<W>x<H>-<theme>.png`` for every page, size and theme; returns the file names.

    The window is resized to each size exactly (offscreen there is no window frame), so a picture shows what
    a user of that screen sees; the window's own size and theme are restored afterwards.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance()
    before_size, before_theme, before_page = window.size(), theme.current(), window.nav.currentRow()
    written = []
    try:
        for variant in themes:
            theme.apply_theme(app, variant)
            for width, height in sizes:
                window.resize(width, height)
                for key in pages:
                    window.show_page(key)
                    settle(pause_s)
                    if (window.width(), window.height()) != (width, height):  # say it: the picture is bigger
                        page = window.stack.currentWidget().minimumSizeHint()
                        print(
                            f"screenshots: the window cannot shrink to {width}x{height} on the {key} page "
                            f"(window minimum {window.minimumSizeHint().width()}x{window.minimumSizeHint().height()}, "
                            f"page minimum {page.width()}x{page.height()})",
                            flush=True,
                        )
                    name = f"{key}-{width}x{height}-{variant}.png"
                    window.grab().save(str(out / name))
                    written.append(name)
    finally:
        theme.apply_theme(app, before_theme)
        window.resize(before_size)
        window.nav.setCurrentRow(before_page)
    return written


def take_screenshots(
    window: MainWindow, out_dir: str | Path, epochs: int = 2, sizes: Sequence[tuple[int, int]] = ()
) -> int:
    """Train the default experiment for ``epochs`` and save ``<page>.png`` for every page (plus dark variants),
    and with ``sizes`` every page at each size in both themes (:func:`capture_pages`)."""
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
    if sizes:  # the demo's classifier on every page, before the scenes switch to other experiments
        written += capture_pages(window, out, sizes)
    written += scenes.after_demo(window, out)
    theme.apply_theme(QApplication.instance(), window.settings.theme)
    print(f"screenshots: {', '.join(written)} in {out}", flush=True)
    window.shutdown()
    return 0
