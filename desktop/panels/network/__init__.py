"""The network editor panel (templates, palette, layer tree with live summary, inspector, undo/redo)."""

from desktop.panels.network.panel import NetworkPanel

__all__ = ["NetworkPanel"]
