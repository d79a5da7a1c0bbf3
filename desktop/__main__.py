"""``python -m desktop`` opens the Danlu window (same arguments as ``danlu``)."""

import sys

from desktop.app import main

sys.exit(main())
