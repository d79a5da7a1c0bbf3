"""LightningModules: the maths of training (loss, optimiser, schedule, metrics) around a built network."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

import lightning as L
import torch

from models.data.base import DataInfo
from models.spec.experiment import Experiment
from models.tasks.losses import build_loss
from models.tasks.metrics import (
    classification_curves,
    classification_metrics,
    curves_to_plain,
    regression_metrics,
    scalars,
)
from models.tasks.optim import build_optimizer, build_scheduler
from models.tasks.param_groups import optimizer_groups


class _RunningMean:
    """Sample-weighted mean of per-batch mean losses, summed on the loss's device (no host sync per batch)."""

    def __init__(self) -> None:
        self.total = torch.zeros(())
        self.count = 0

    def add(self, batch_mean: torch.Tensor, samples: int) -> None:
        self.total = self.total.to(batch_mean.device) + batch_mean.detach() * samples
        self.count += samples

    def mean(self) -> torch.Tensor | None:
        return self.total / self.count if self.count else None

    def reset(self) -> None:
        self.total, self.count = torch.zeros((), device=self.total.device), 0


class DanluTask(L.LightningModule):
    """Common training logic. Subclasses choose metrics and how outputs become predictions.

    Hyper-parameters are saved as plain data (``experiment`` and ``info`` dicts) so checkpoints load with
    ``torch.load(weights_only=True)``.
    """

    def __init__(
        self, experiment: dict[str, Any], info: dict[str, Any], class_weights: list[float] | None = None
    ) -> None:
        super().__init__()
        self.save_hyperparameters({"experiment": experiment, "info": info, "class_weights": class_weights})
        from models.network import build_network  # the network package is heavy; import where used

        self.experiment = Experiment.from_dict(experiment)
        self.info = DataInfo(**{k: tuple(v) if isinstance(v, list) else v for k, v in info.items()})
        self.network = build_network(self.experiment.network, self.info)
        spec = self.experiment.train
        weights = torch.tensor(class_weights) if class_weights is not None else None
        self.loss_fn = build_loss(spec, max(2, self.info.num_classes), weights)
        self.l1 = spec.optimizer.l1
        watched = {spec.checkpoint.monitor} | ({spec.early_stopping.monitor} if spec.early_stopping.enabled else set())
        self._watches_train_loss = "train_loss" in watched
        self._epoch_row: dict[str, float] = {}  # values published this epoch, written to the loggers at its end
        self.steps_per_epoch = 1  # set by fit() before training, for per-step schedules
        self.last_val_curves: dict[str, Any] | None = None
        self._train_loss = _RunningMean()
        self._eval_loss = _RunningMean()
        self._pending: list[tuple[torch.Tensor, torch.Tensor]] = []  # eval outputs not yet in the metrics
        self._pending_samples = 0
        # ROC points and the confusion matrix cost more than every scalar metric together; on a small dataset
        # (epochs of tens of milliseconds) they are computed at most every CURVES_EVERY_S and on the last
        # planned epoch (the evaluation after training has the final ones in any case).
        from models.training.interval import Interval  # here: models.training imports this module

        self._curves_every = Interval(self.CURVES_EVERY_S)
        self.curves_due = True

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.network(x)

    # -- training ------------------------------------------------------------------------------------------
    def training_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> torch.Tensor:
        x, y = batch
        out = self(x)
        loss = self.loss_fn(out, y)
        if self.l1:
            loss = loss + self.l1 * sum(p.abs().sum() for p in self.network.parameters())
        # self.log costs about a millisecond per call: log the step loss only on the steps the loggers write,
        # and keep the epoch mean as a running tensor sum (no host sync per step).
        if (self.global_step + 1) % max(1, self.trainer.log_every_n_steps) == 0:
            if self._fast_logging():
                # the step and epoch Lightning would log it with (the CSV readers place it by both)
                self._write_loggers(
                    {"train_loss_step": float(loss.detach()), "epoch": self.current_epoch}, self.global_step
                )
            else:
                self.log("train_loss_step", loss, on_step=True, on_epoch=False, batch_size=len(y))
        self._train_loss.add(loss, len(y))
        return loss

    def epoch_train_loss(self) -> float | None:
        """Sample-weighted mean training loss of the current epoch so far (one host sync)."""
        mean = self._train_loss.mean()
        return None if mean is None else float(mean)

    def on_train_epoch_end(self) -> None:
        mean = self._train_loss.mean()
        if mean is not None:
            values = {"train_loss_epoch": mean}
            if self._watches_train_loss:  # early stopping, best.ckpt or the plateau schedule follow it
                values["train_loss"] = mean
            self.publish(values, sync_dist=True)
        self._train_loss.reset()
        if self._epoch_row:  # this epoch's values (validation included) as one logger row
            # at the step of the epoch's last batch, as Lightning logs epoch-end values: a resume from the
            # checkpoint written at this epoch's end (global_step) keeps the row (RunCSVLogger drops later ones)
            self._write_loggers({**self._epoch_row, "epoch": self.current_epoch}, max(0, self.global_step - 1))
            self._epoch_row = {}

    # -- epoch-level logging without self.log ----------------------------------------------------------------
    def _fast_logging(self) -> bool:
        trainer = self._trainer
        fitting = trainer is not None and trainer.state.fn == "fit"  # validation inside fit() included
        return fitting and trainer.world_size == 1 and not trainer.sanity_checking  # type: ignore[union-attr]

    def publish(self, values: dict[str, torch.Tensor | float], sync_dist: bool = False) -> None:
        """Make epoch-level values visible to the callbacks and the loggers.

        ``self.log`` costs about a millisecond a call (Lightning moves its whole result record to the device
        each time): the 7-8 calls of an epoch were a large share of a small epoch. In a single-process fit the
        values go straight into ``trainer.callback_metrics`` (what EarlyStopping, ModelCheckpoint, the plateau
        schedule and the event forwarder read) and reach the loggers as one row per epoch; distributed runs
        keep ``self.log``, which synchronises the values across ranks.
        """
        if not self._fast_logging():
            self.log_dict(values, sync_dist=sync_dist)
            return
        metrics = self.trainer.callback_metrics
        for key, value in values.items():
            tensor = value.detach().float() if isinstance(value, torch.Tensor) else torch.tensor(float(value))
            metrics[key] = tensor
            self._epoch_row[key] = float(tensor)

    def _write_loggers(self, row: dict[str, float], step: int) -> None:
        for logger in self.trainer.loggers:
            logger.log_metrics(row, step=step)
            logger.save()

    def configure_optimizers(self) -> Any:
        spec = self.experiment.train
        opt = build_optimizer(optimizer_groups(self, spec.optimizer.lr), spec.optimizer)
        sched = build_scheduler(
            opt,
            spec.scheduler,
            spec.optimizer.lr,
            spec.epochs,
            self.steps_per_epoch,
            spec.checkpoint.monitor,
            spec.checkpoint.mode,
        )
        return opt if sched is None else {"optimizer": opt, "lr_scheduler": sched}

    # -- evaluation ----------------------------------------------------------------------------------------
    def validation_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> None:
        self._eval_step(batch, "val")

    def test_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> None:
        self._eval_step(batch, "test")

    #: Least wall-clock time between two validation epochs that compute the curves (ROC, confusion matrix).
    CURVES_EVERY_S = 0.5

    #: Evaluation outputs are fed to the metrics in chunks of this many samples: a torchmetrics update costs
    #: about a millisecond whatever its size, so one update per batch was most of a small validation pass.
    METRIC_CHUNK = 4096

    def _eval_step(self, batch: tuple[torch.Tensor, torch.Tensor], prefix: str) -> None:
        x, y = batch
        out = self(x)
        # Summed here and logged once per epoch (self.log costs ~1 ms a call); same sample-weighted mean.
        self._eval_loss.add(self.loss_fn(out, y), len(y))
        self._pending.append((out.detach().float(), y))
        self._pending_samples += len(y)
        if self._pending_samples >= self.METRIC_CHUNK:
            self._flush_metrics()

    def _flush_metrics(self) -> None:
        if self._pending:
            outs, ys = zip(*self._pending, strict=True)
            self.update_metrics(torch.cat(outs), torch.cat(ys))
        self._pending.clear()
        self._pending_samples = 0

    def _end_eval_epoch(self, prefix: str) -> None:
        self._flush_metrics()
        mean = self._eval_loss.mean()
        if mean is not None:
            self.publish({f"{prefix}_loss": mean}, sync_dist=True)
        self._eval_loss.reset()
        self._log_metrics(prefix)

    def on_validation_epoch_start(self) -> None:
        self._pending.clear()  # a pass interrupted by a stop must not leak into the next one
        self._pending_samples = 0
        self._eval_loss.reset()
        trainer = self._trainer
        last = trainer is None or trainer.should_stop or self.current_epoch + 1 >= (trainer.max_epochs or 0)
        self.curves_due = self._curves_every.due(force=last or trainer.sanity_checking)

    def on_test_epoch_start(self) -> None:
        self.curves_due = True

    def on_validation_epoch_end(self) -> None:
        self._end_eval_epoch("val")

    def on_test_epoch_end(self) -> None:
        self._end_eval_epoch("test")

    def update_metrics(self, out: torch.Tensor, y: torch.Tensor) -> None:  # pragma: no cover - abstract
        raise NotImplementedError

    def _log_metrics(self, prefix: str) -> None:  # pragma: no cover - abstract
        raise NotImplementedError


class ClassificationTask(DanluTask):
    """Single-label classification (binary or multiclass); outputs are logits over the classes."""

    def __init__(
        self, experiment: dict[str, Any], info: dict[str, Any], class_weights: list[float] | None = None
    ) -> None:
        super().__init__(experiment, info, class_weights)
        k = self.info.num_classes
        self.metrics = classification_metrics(k)
        self.curves = classification_curves(k)

    def predict_proba(self, x: torch.Tensor) -> torch.Tensor:
        return self(x).float().softmax(dim=-1)

    def update_metrics(self, out: torch.Tensor, y: torch.Tensor) -> None:
        probs = out.softmax(dim=-1)
        self.metrics.update(probs, y)
        if self.curves_due:
            self.curves.update(probs, y)

    def _log_metrics(self, prefix: str) -> None:
        values = scalars(self.metrics.compute(), prefix)
        self.publish(values)  # torchmetrics already synchronised across ranks
        self.last_val_curves = None
        if self.curves_due:
            self.last_val_curves = curves_to_plain(self.curves.compute(), self.info.class_names)
            self.curves.reset()
        self.metrics.reset()


class RegressionTask(DanluTask):
    """Regression and forecasting: outputs are the predicted values (horizon x channels, flattened)."""

    MAX_SCATTER = 500

    def __init__(
        self, experiment: dict[str, Any], info: dict[str, Any], class_weights: list[float] | None = None
    ) -> None:
        super().__init__(experiment, info, class_weights)
        self.metrics = regression_metrics(self.info.num_outputs)
        self._scatter: list[torch.Tensor] = []

    def update_metrics(self, out: torch.Tensor, y: torch.Tensor) -> None:
        y = y.float().reshape(out.shape)
        self.metrics.update(out.squeeze(-1) if out.shape[-1] == 1 else out, y.squeeze(-1) if y.shape[-1] == 1 else y)
        if self.curves_due and sum(len(s) for s in self._scatter) < self.MAX_SCATTER:
            self._scatter.append(torch.stack([y[:, 0], out[:, 0]], dim=1).detach().cpu())

    def _log_metrics(self, prefix: str) -> None:
        self.publish(scalars(self.metrics.compute(), prefix))
        pairs = torch.cat(self._scatter)[: self.MAX_SCATTER] if self._scatter else torch.zeros(0, 2)
        self.last_val_curves = {"predictions": pairs.tolist()} if self.curves_due else None
        self._scatter.clear()
        self.metrics.reset()


def build_task(experiment: Experiment, info: DataInfo, class_weights: torch.Tensor | None = None) -> Any:
    """The LightningModule for ``experiment.train.task``, built from plain data (checkpoint-safe)."""
    exp, inf = experiment.to_dict(), asdict(info)
    weights = class_weights.tolist() if class_weights is not None else None
    return task_class(info.task)(exp, inf, weights)


def task_class(task: str) -> type[Any]:
    """The LightningModule class of a task (``generation``: the GAN module, imported on first use)."""
    if task == "generation":
        from models.tasks.generation import GenerationTask

        return GenerationTask
    return ClassificationTask if task == "classification" else RegressionTask
