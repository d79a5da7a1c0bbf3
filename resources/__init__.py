"""Data files of Danlu (themes, icons, translations), read with importlib.resources; no code."""
