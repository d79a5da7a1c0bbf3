"""Registries of metrics, losses and data sources, and the validators, parsers and modules that read them."""

from __future__ import annotations

import typing

import pytest
import torch

from models.data import datamodule_class
from models.defaults import parse_data_arg, train_spec_for
from models.errors import DataError, SpecError
from models.spec import DataSpec, Experiment, TrainSpec
from models.spec.data import SourceKind
from models.spec.train import LossName
from models.tasks.losses import LOSS_BUILDERS, build_loss
from models.tasks.metrics import SCALAR_METRICS, task_metrics
from models.vocab import (
    BUILTINS,
    DATA_SOURCES,
    LOSSES,
    METRICS,
    TASKS,
    data_source,
    loss,
    losses_for,
    metric,
    metrics_for,
    modality_of,
    monitors_for,
    source_for_path,
)


# -- metrics ---------------------------------------------------------------------------------------------
def test_metrics_of_each_task_have_a_direction_and_an_implementation():
    assert [m.name for m in metrics_for("classification")] == [
        "val_loss",
        "train_loss",
        "val_acc",
        "val_precision",
        "val_recall",
        "val_f1",
        "val_auroc",
    ]
    assert [m.name for m in metrics_for("forecasting")] == [m.name for m in metrics_for("regression")]
    assert {m.name for m in metrics_for("regression")} == {"val_loss", "train_loss", "val_mse", "val_mae", "val_r2"}
    assert all(m.direction in ("min", "max") and m.label for m in METRICS.values())
    for task in set(TASKS) - {"generation"}:  # a GAN's numbers: tests/models/test_generation.py
        keys = {m.key for m in metrics_for(task)} - {"loss"}
        assert keys <= set(SCALAR_METRICS), task
        assert set(task_metrics(task, 3).keys()) == keys  # logged as val_<key> / test_<key>


def test_metric_lookup_names_close_matches_and_knows_test_names():
    assert metric("val_acc").direction == "max" and metric("val_mse").direction == "min"
    assert metric("test_auroc").name == "test_auroc" and metric("test_auroc").maximise
    with pytest.raises(SpecError, match=r"unknown metric 'val_acuracy'; did you mean val_acc\b"):
        metric("val_acuracy")
    with pytest.raises(SpecError, match="did you mean val_acc"):
        metric("val_accuracy")
    with pytest.raises(SpecError, match="unknown task 'clasification'; did you mean classification"):
        metrics_for("clasification")


def test_the_training_loss_can_be_watched_and_is_read_from_its_epoch_column():
    assert "train_loss" in {m.name for m in monitors_for("classification")}  # see test_budget: tiny val splits
    assert METRICS["train_loss"].column == "train_loss_epoch"


def _invalid(train: dict) -> str:
    with pytest.raises(SpecError) as err:
        Experiment.from_dict({"train": train}, source="exp.yaml")
    return str(err.value)


def test_monitor_and_mode_are_checked_against_the_task():
    msg = _invalid({"checkpoint": {"monitor": "val_acuracy"}})
    assert "exp.yaml" in msg and "train.checkpoint.monitor: unknown metric 'val_acuracy'" in msg and "val_acc" in msg
    msg = _invalid({"checkpoint": {"monitor": "val_acc", "mode": "min"}})
    assert "train.checkpoint.mode: val_acc is maximised" in msg and "set mode: max" in msg
    msg = _invalid({"early_stopping": {"enabled": True, "monitor": "val_mse", "mode": "min"}})
    assert "train.early_stopping.monitor: val_mse is a regression metric" in msg and "val_acc" in msg
    msg = _invalid({"task": "regression", "loss": "mse", "checkpoint": {"monitor": "val_f1", "mode": "max"}})
    assert (
        "val_f1 is a classification metric; a regression run logs val_loss, train_loss, val_mse, val_mae, val_r2" in msg
    )
    assert "train.checkpoint.monitor" in _invalid({"checkpoint": {"monitor": "test_acc", "mode": "max"}})


def test_mode_follows_the_metric_when_not_given():
    spec = TrainSpec.model_validate({"checkpoint": {"monitor": "val_acc"}, "early_stopping": {"monitor": "val_f1"}})
    assert spec.checkpoint.mode == "max" and spec.early_stopping.mode == "max"
    assert TrainSpec.model_validate({"task": "regression", "loss": "mae"}).checkpoint.mode == "min"
    assert Experiment.from_yaml(Experiment(train=spec).to_yaml()).train == spec


def test_switching_task_resets_watched_metrics_the_new_task_lacks():
    base = TrainSpec.model_validate(
        {"loss": "focal", "checkpoint": {"monitor": "val_acc"}, "early_stopping": {"monitor": "val_auroc"}}
    )
    reg = train_spec_for("regression", base)
    assert (reg.loss, reg.checkpoint.monitor, reg.checkpoint.mode) == ("mse", "val_loss", "min")
    assert reg.early_stopping.monitor == "val_loss"
    assert train_spec_for("classification", base) == base
    fc = train_spec_for("forecasting", TrainSpec.model_validate({"task": "regression", "loss": "huber"}))
    assert fc.loss == "huber" and fc.task == "forecasting"


# -- losses ----------------------------------------------------------------------------------------------
def test_losses_fit_tasks_and_name_their_options():
    assert typing.get_args(LossName) == tuple(LOSSES)
    assert [e.name for e in losses_for("regression")] == ["mse", "mae", "huber"]
    assert losses_for("classification")[0].name == TrainSpec().loss
    fields = set(TrainSpec.model_fields)
    assert all(set(e.parameters) <= fields for e in LOSSES.values())
    assert loss("focal").parameters == ("label_smoothing", "focal_gamma")
    with pytest.raises(SpecError, match="did you mean huber"):
        loss("hubber")


@pytest.mark.parametrize("name", [n for n, e in LOSSES.items() if "generation" not in e.tasks])
def test_every_loss_builds_and_gives_a_finite_value(name):  # GAN losses: tests/models/test_generation_spec.py
    task = sorted(LOSSES[name].tasks)[0]
    spec = TrainSpec.model_validate({"task": task, "loss": name})
    assert name in LOSS_BUILDERS
    torch.manual_seed(0)
    if task == "classification":
        out, y = torch.randn(8, 3), torch.randint(0, 3, (8,))
    else:
        out, y = torch.randn(8, 2), torch.randn(8, 2)
    value = build_loss(spec, 3, torch.ones(3))(out, y)
    assert value.ndim == 0 and torch.isfinite(value)


# -- data sources ----------------------------------------------------------------------------------------
def test_every_source_is_a_spec_choice_with_a_datamodule():
    assert typing.get_args(SourceKind) == tuple(DATA_SOURCES)
    for kind, entry in DATA_SOURCES.items():
        assert entry.kind == kind and entry.label and entry.tasks <= set(TASKS)
        assert isinstance(datamodule_class(kind), type)
        assert entry.takes == "file" or not entry.patterns
    with pytest.raises(SpecError, match="did you mean image_folder"):
        data_source("image_foldr")


def test_every_source_has_a_prediction_reader():
    from models.predict_inputs import READERS

    modalities = {e.reader for e in DATA_SOURCES.values() if e.reader} | {b.modality for b in BUILTINS.values()}
    assert modalities <= set(READERS)


def test_each_suffix_means_one_source():
    claimed = [s for e in DATA_SOURCES.values() for s in e.suffixes]
    assert len(claimed) == len(set(claimed))
    for e in DATA_SOURCES.values():
        assert all(f"*{s}" in e.patterns for s in e.suffixes), e.name  # a claimed file is also offered


def test_a_bare_path_maps_to_its_source(tmp_path):
    (tmp_path / "imgs").mkdir()
    for name in ("t.csv", "s.ts", "s.tsv", "s.npz", "x.bin"):
        (tmp_path / name).write_text("x")
    assert source_for_path(tmp_path / "imgs") == "image_folder"
    assert source_for_path(tmp_path / "t.csv") == "tabular"
    assert source_for_path(tmp_path / "t.csv", current="text") == "text"  # the current kind wins when it fits
    assert source_for_path(tmp_path / "s.ts", current="text") == "sequence"
    assert source_for_path(tmp_path / "x.bin") is None
    assert parse_data_arg(str(tmp_path / "s.tsv")).source == "sequence"
    assert parse_data_arg(str(tmp_path / "imgs")).source == "image_folder"
    assert parse_data_arg(f"text:{tmp_path / 't.csv'}") == DataSpec(
        source="text", name=None, path=str(tmp_path / "t.csv")
    )
    with pytest.raises(DataError, match="prefix it with one of image_folder, image_csv"):
        parse_data_arg(str(tmp_path / "x.bin"))
    with pytest.raises(DataError, match="did you mean digits"):
        parse_data_arg("builtin:digit")


def test_modality_of_builtin_datasets_comes_from_the_dataset():
    assert modality_of("builtin", "digits") == "image" and modality_of("builtin", "diabetes") == "tabular"
    assert modality_of("image_csv") == "image" and modality_of("builtin", "nope") is None
    assert BUILTINS["sine_forecast"].task == "forecasting"
