"""Danlu's ML core: experiment spec, network builder, data, tasks, training and the CLI.

This package never imports Qt: the desktop app and the CLI are both clients of it.
"""

__version__ = "0.1.0"
