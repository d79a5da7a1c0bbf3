"""LightningModules for classification, regression and forecasting (torchmetrics for every metric)."""

from models.tasks.module import ClassificationTask, DanluTask, RegressionTask, build_task, task_class

__all__ = ["ClassificationTask", "DanluTask", "RegressionTask", "build_task", "task_class"]
