"""Dialogs opened from the panels: export (with its parity result) and the run report."""
