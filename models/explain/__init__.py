"""Explanations of predictions with Captum: Grad-CAM for image networks, Integrated Gradients for the rest.

Public API::

    Explainer.open(run_dir).explain(inputs, method=None|"gradcam"|"ig", target=None|class) -> [Explanation]
    Explainer(predictor).methods() -> ["gradcam", "ig"] or ["ig"]   # shares a loaded Predictor
    render.save_png(explanation, path) / render.rgba(explanation) / render.png_bytes(explanation)
"""

from models.explain.explainer import Explainer, Explanation, resolve_target
from models.explain.methods import METHODS, ExplainError

__all__ = ["METHODS", "ExplainError", "Explainer", "Explanation", "resolve_target"]
