"""The run report: one self-contained HTML file (SVG charts, embedded pictures); ``danlu report``."""

from __future__ import annotations

from pathlib import Path

from models.io import atomic_write_text
from models.report.content import ReportData, gather
from models.report.html import render

REPORT_NAME = "report.html"


def build_report(
    run_dir: str | Path, out: str | Path | None = None, evaluate_if_missing: bool = True, with_data: bool = True
) -> Path:
    """Write the HTML report of a run and return its path.

    Args:
        run_dir: The run folder.
        out: Destination file (default ``<run>/report.html``).
        evaluate_if_missing: Evaluate the checkpoint when evaluation.json is absent (nothing is written
            to the run folder except the report).
        with_data: Load the dataset for the data summary and the misclassified examples.

    Raises:
        DanluError: not a run folder, or an unreadable experiment.yaml.
    """
    data = gather(run_dir, evaluate_if_missing=evaluate_if_missing, with_data=with_data)
    path = Path(out) if out else data.run_dir / REPORT_NAME
    if path.is_dir():
        path = path / REPORT_NAME
    from models.errors import DanluError

    try:
        atomic_write_text(path, render(data))
    except OSError as err:
        raise DanluError(
            f"{path}: cannot write the report ({err.strerror or err}); choose another destination (--out)"
        ) from None
    return path


__all__ = ["REPORT_NAME", "ReportData", "build_report", "gather", "render"]
