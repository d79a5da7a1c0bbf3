"""Render resources/icons/danlu.svg to a PNG (for the Windows .ico and macOS .icns PyInstaller derives from it).

Usage: python packaging/render_icon.py OUT.png [SIZE]   (needs PySide6 in the build environment)
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ICON = Path(__file__).resolve().parents[1] / "resources" / "icons" / "danlu.svg"


def render(out: Path, size: int = 512) -> Path:
    """Draw the SVG icon into a transparent ``size`` x ``size`` PNG at ``out``."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICON)).render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out)):
        raise SystemExit(f"could not write {out}")
    return out


if __name__ == "__main__":
    print(render(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 512))
