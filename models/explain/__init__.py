"""Explanations of predictions with Captum: Grad-CAM for image networks, Integrated Gradients for the rest.

Public API::

    Explainer(run_dir).explain(inputs, method=None|"gradcam"|"ig", target=None|class) -> [Explanation]
    Explainer(run_dir).methods() -> ["gradcam", "ig"] or ["ig"]
    render.save_png(explanation, path) / render.rgba(explanation) / render.png_bytes(explanation)
"""

from models.explain.explainer import Explainer, Explanation, resolve_target
from models.explain.methods import METHODS, ExplainError

__all__ = ["METHODS", "ExplainError", "Explainer", "Explanation", "resolve_target"]
