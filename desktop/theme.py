"""Light and dark themes: Fusion style, a palette, a small style sheet and matching plot colours.

Plots subscribe to :data:`notifier` and recolour their own items when the theme changes, so a switch in the
settings applies at once without rebuilding any widget.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import shiboken6
from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication


@dataclass(frozen=True)
class PlotColors:
    """Colours a plot needs; ``series`` is a qualitative palette for curves (colour-blind friendly)."""

    background: str
    foreground: str
    grid_alpha: float
    series: tuple[str, ...]
    muted: str
    colormap: str


# Okabe-Ito based palettes, tuned for contrast on each background.
PLOT_COLORS = {
    "light": PlotColors(
        "#ffffff",
        "#333333",
        0.25,
        ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#8C564B", "#7F7F7F", "#BCBD22", "#000000"),
        "#A8B4C4",
        "viridis",
    ),
    "dark": PlotColors(
        "#1e1f22",
        "#d6d6d6",
        0.2,
        ("#56B4E9", "#E69F00", "#3DDC97", "#F07CBF", "#F0E442", "#FF8C5A", "#C49C94", "#B0B0B0", "#DBDB8D", "#FFFFFF"),
        "#4C5566",
        "inferno",
    ),
}


class _ThemeNotifier(QObject):
    changed = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.name = "light"


notifier = _ThemeNotifier()


def current() -> str:
    """The name of the theme in use."""
    return notifier.name


def colors(name: str | None = None) -> PlotColors:
    """Plot colours of ``name`` (default: the current theme)."""
    return PLOT_COLORS[name or notifier.name]


def _palette(name: str) -> QPalette:
    pal = QPalette()
    if name == "dark":
        base, window, text, button = "#232427", "#2b2d31", "#e3e3e3", "#34363b"
        highlight, mid, disabled = "#3d7be0", "#55575d", "#7a7c80"
    else:
        base, window, text, button = "#ffffff", "#f3f4f6", "#1d1d1f", "#fbfbfc"
        highlight, mid, disabled = "#2f6fd6", "#c9ccd1", "#9a9ca1"
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: window,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: button,
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.Highlight: highlight,
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Mid: mid,
        QPalette.ColorRole.Link: highlight,
    }
    for role, value in roles.items():
        pal.setColor(role, QColor(value))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText, QPalette.ColorRole.WindowText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(disabled))
    return pal


def apply_theme(app: QApplication, name: str) -> None:
    """Apply the ``light`` or ``dark`` theme to the whole application and notify the plots."""
    if name not in PLOT_COLORS:
        raise ValueError(f"unknown theme {name!r}; choose light or dark")
    app.setStyle("Fusion")
    app.setPalette(_palette(name))
    qss = resources.files("resources") / "qss" / f"{name}.qss"
    icons = str(resources.files("resources") / "icons").replace("\\", "/")  # Qt's url() wants forward slashes
    app.setStyleSheet(qss.read_text(encoding="utf-8").replace("@icons@", icons) if qss.is_file() else "")
    notifier.name = name
    if "pyqtgraph" in sys.modules:  # else configure_pyqtgraph() does it when the first plot is made
        configure_pyqtgraph()
    notifier.changed.emit(name)


def glyph_icon(icon: QIcon, size: int = 32) -> QIcon:
    """``icon`` recoloured with the theme's text colour where it is a black glyph on a dark theme.

    Fusion's media icons (play, pause, stop) are black shapes, invisible on the dark toolbar; their alpha
    channel is kept and filled with the text colour. On the light theme the icon is returned unchanged.
    """
    if notifier.name != "dark":
        return icon
    source = icon.pixmap(size, size)
    tinted = QPixmap(source.size())
    tinted.setDevicePixelRatio(source.devicePixelRatio())
    tinted.fill(QColor(0, 0, 0, 0))
    painter = QPainter(tinted)
    painter.drawPixmap(0, 0, source)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(tinted.rect(), _palette("dark").color(QPalette.ColorRole.ButtonText))
    painter.end()
    return QIcon(tinted)


def follow_theme(owner: QObject, apply: Callable[[], None]) -> None:
    """Call ``apply`` now and after every theme change, for as long as ``owner`` exists."""

    def on_change(_name: str) -> None:
        if shiboken6.isValid(owner):  # the notifier is global and outlives windows
            apply()

    apply()
    notifier.changed.connect(on_change)


def configure_pyqtgraph() -> None:
    """Import pyqtgraph and give it the current theme's default colours (plots made later pick them up).

    Kept out of :func:`apply_theme` so that the window can show before pyqtgraph (0.4 s) is imported.
    """
    import pyqtgraph as pg

    c = PLOT_COLORS[notifier.name]
    pg.setConfigOptions(background=c.background, foreground=c.foreground, antialias=True)
