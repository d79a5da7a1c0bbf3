"""The network builder: layer catalogue, shape inference, ``build_network`` and templates.

Public API::

    summarize(spec, info) -> NetworkSummary          # shapes, params, MACs, errors; no tensors
    build_network(spec, info) -> torch.nn.Module      # [N, *input_shape] -> [N, num_outputs]
    list_templates() / make_template(name, info) / default_template(info) / template_problem(name, info)
    LAYER_DOCS[type] -> LayerDoc(title, group, summary, when_to_use)
"""

from models.network.builder import apply_init, build_network, zero_biases
from models.network.docs import LAYER_DOCS, LAYER_GROUPS, LayerDoc
from models.network.modules import Network
from models.network.summary import LayerRow, LayerShapeError, NetworkSummary, summarize
from models.network.templates import (
    TemplateInfo,
    default_template,
    list_templates,
    make_template,
    template_problem,
    templates_for,
)

__all__ = [
    "LAYER_DOCS",
    "LAYER_GROUPS",
    "LayerDoc",
    "LayerRow",
    "LayerShapeError",
    "Network",
    "NetworkSummary",
    "TemplateInfo",
    "apply_init",
    "build_network",
    "default_template",
    "list_templates",
    "make_template",
    "summarize",
    "template_problem",
    "templates_for",
    "zero_biases",
]
