"""``python -m desktop`` opens the Danlu window (same arguments as ``danlu``)."""

import sys

from desktop.launcher import gui

sys.exit(gui())
