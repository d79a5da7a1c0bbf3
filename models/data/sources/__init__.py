"""File-based data sources; importing this package registers each one in :data:`models.data.SOURCES`."""

from __future__ import annotations

from models.data import SOURCES
from models.data.sources.forecasting import ForecastData
from models.data.sources.images import ImageFolderData
from models.data.sources.sequence import SequenceData
from models.data.sources.tabular import TabularData
from models.data.sources.text import TextData

SOURCES.setdefault("image_folder", ImageFolderData)
SOURCES.setdefault("image_csv", ImageFolderData)
SOURCES.setdefault("sequence", SequenceData)
SOURCES.setdefault("tabular", TabularData)
SOURCES.setdefault("forecasting", ForecastData)
SOURCES.setdefault("text", TextData)

__all__ = ["ForecastData", "ImageFolderData", "SequenceData", "TabularData", "TextData"]
