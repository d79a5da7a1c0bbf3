"""Vocabularies: the metrics, losses and data sources Danlu knows, one entry each, for every layer to read.

Imports neither torch nor Qt: the spec validators, the CLI and the GUI (before the engine loads) use it. Each
registry module starts with how to add an entry (the entry, its implementation, its label's translation and a
test).
"""

from models.vocab.base import TASKS, close_matches
from models.vocab.losses import LOSSES, LossEntry, loss, loss_problem, losses_for
from models.vocab.metrics import (
    METRICS,
    MetricEntry,
    metric,
    metric_order,
    metrics_for,
    monitor_problem,
    monitors_for,
)
from models.vocab.sources import (
    BUILTINS,
    DATA_SOURCES,
    BuiltinEntry,
    DataSourceEntry,
    builtin,
    data_source,
    modality_of,
    source_for_path,
)

__all__ = [
    "BUILTINS",
    "DATA_SOURCES",
    "LOSSES",
    "METRICS",
    "TASKS",
    "BuiltinEntry",
    "DataSourceEntry",
    "LossEntry",
    "MetricEntry",
    "builtin",
    "close_matches",
    "data_source",
    "loss",
    "loss_problem",
    "losses_for",
    "metric",
    "metric_order",
    "metrics_for",
    "modality_of",
    "monitor_problem",
    "monitors_for",
    "source_for_path",
]
