"""pyqtgraph plots; each owns its items (created once, updated with setData/setImage)."""

from desktop.plots.confusion import ConfusionPlot
from desktop.plots.loss import LossPlot
from desktop.plots.metric import LrPlot, MetricPlot
from desktop.plots.roc import RocPlot
from desktop.plots.scatter import ScatterPlot

__all__ = ["ConfusionPlot", "LossPlot", "LrPlot", "MetricPlot", "RocPlot", "ScatterPlot"]
