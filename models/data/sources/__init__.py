"""File-based data sources; :data:`models.vocab.DATA_SOURCES` names each one's class (``datamodule``)."""

from __future__ import annotations

from models.data.sources.forecasting import ForecastData
from models.data.sources.images import ImageFolderData
from models.data.sources.sequence import SequenceData
from models.data.sources.tabular import TabularData
from models.data.sources.text import TextData

__all__ = ["ForecastData", "ImageFolderData", "SequenceData", "TabularData", "TextData"]
