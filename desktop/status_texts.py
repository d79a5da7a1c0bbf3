"""The words for a study trial's state, in the UI language: one place for the trials table and the log.

The states are :mod:`models.study`'s ("complete", "pruned", "failed", "stopped", "lost", "running",
"waiting"); an unknown state is shown as it is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def trial_state_text(state: str) -> str:
    """A trial's state for people ("stopped" becomes "stopped (runs again)": a stopped trial is not lost)."""
    translate = QCoreApplication.translate
    return {
        "complete": translate("TrialStates", "complete"),
        "pruned": translate("TrialStates", "pruned"),
        "failed": translate("TrialStates", "failed"),
        "stopped": translate("TrialStates", "stopped (runs again)"),
        "lost": translate("TrialStates", "lost (runs again)"),
        "running": translate("TrialStates", "running"),
        "waiting": translate("TrialStates", "queued"),
    }.get(state, state)
