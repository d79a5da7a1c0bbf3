"""GAN training through the one fit(): events, run folder, checkpoints with both networks, resume, evaluation."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from PIL import Image

from models.cli import main
from models.defaults import experiment_for
from models.errors import DataError
from models.export import export_run
from models.spec.data import DataSpec
from models.training import evaluate, fit, load_checkpoint, load_trained
from models.training.events import EpochEnd, GeneratedSamples, LogMessage, RunFinished, RunStarted
from models.vocab import metrics_for

# Every test here trains (a classifier, a GAN, or both) except the two bad-input ones.
pytestmark = pytest.mark.slow

DIGITS = DataSpec(source="builtin", name="digits")
BATCHES = 3


def tiny_gan(template: str = "mlp_gan", epochs: int = 2, **gan: Any) -> Any:
    exp = experiment_for(DIGITS, template)
    exp.train.epochs = epochs
    exp.train.accelerator = "cpu"
    exp.train.gan = exp.train.gan.model_copy(update={"feature_epochs": 1, **gan})
    return exp


@pytest.fixture(scope="module")
def gan_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, list[Any]]:
    """A conditional MLP GAN on digits: 2 epochs of 3 batches (the conditional path covers the plain one)."""
    events: list[Any] = []
    exp = tiny_gan(conditional=True)
    result = fit(exp, sink=events.append, runs_dir=tmp_path_factory.mktemp("runs"), limit_batches=BATCHES)
    return result, events


def of(events: list[Any], kind: type) -> list[Any]:
    return [e for e in events if isinstance(e, kind)]


def test_a_gan_run_reports_losses_scores_quality_and_sample_grids(gan_run: tuple[Any, list[Any]]) -> None:
    result, events = gan_run
    assert result.status == "finished" and result.epochs_completed == 2 and result.monitor == "val_fd"
    assert of(events, RunStarted)[0].task == "generation"
    epochs = of(events, EpochEnd)
    assert len(epochs) == 2
    assert set(epochs[-1].metrics) == {m.name for m in metrics_for("generation")}  # the registry is what is logged
    for e in epochs:
        for key in ("train_g_loss", "train_d_loss", "train_d_real", "train_d_fake", "val_fd", "val_kd"):
            assert np.isfinite(e.metrics[key]), key
        assert 0 <= e.metrics["train_d_real"] <= 1 and 0 <= e.metrics["train_d_fake"] <= 1  # probabilities
    grids = [g for g in of(events, GeneratedSamples) if g.kind == "epoch"]
    assert [g.epoch for g in grids] == [0, 1]
    for g in grids:  # one row of 8 samples per class
        assert isinstance(g.grid, np.ndarray) and g.grid.dtype == np.uint8 and g.grid.shape == (10 * 9 + 1, 8 * 9 + 1)
        assert (g.rows, g.cols) == (10, 8) and Path(g.path).is_file()
        assert len(g.class_accuracy) == 10 and all(0 <= a <= 1 for a in g.class_accuracy)
    assert not np.array_equal(grids[0].grid, grids[1].grid)  # the generator learned between the epochs
    strip = [g for g in of(events, GeneratedSamples) if g.kind == "interpolation"]
    assert len(strip) == 1 and strip[0].grid.shape == (4 * 9 + 1, 10 * 9 + 1)
    rows = [g for g in of(events, GeneratedSamples) if g.kind == "classes"]
    assert len(rows) == 1 and rows[0].grid.shape == (10 * 9 + 1, 10 * 9 + 1)
    assert 0 <= epochs[-1].metrics["val_class_acc"] <= 1
    texts = [m.text for m in of(events, LogMessage)]
    assert any("training a LeNet for 1 epochs" in t for t in texts)
    assert isinstance(events[-1], RunFinished) and events[-1].status == "finished"


def test_the_run_folder_holds_grids_both_networks_and_both_optimizers(gan_run: tuple[Any, list[Any]]) -> None:
    run = gan_run[0].run_dir
    names = sorted(p.name for p in (run / "samples").iterdir())
    assert names == ["classes.png", "epoch-0001.png", "epoch-0002.png", "interpolation.png"]
    assert (run / "quality_classifier.pt").is_file()
    ckpt = load_checkpoint(run / "checkpoints" / "last.ckpt")
    keys = ckpt["state_dict"].keys()
    for prefix in ("generator.network.", "discriminator.network.", "generator_ema.network."):
        assert any(k.startswith(prefix) for k in keys), prefix
    assert len(ckpt["optimizer_states"]) == 2
    assert ckpt["hyper_parameters"]["experiment"]["discriminator"]["layers"]
    status = json.loads((run / "status.json").read_text())
    assert status["task"] == "generation" and status["status"] == "finished"
    evaluation = json.loads((run / "evaluation.json").read_text())
    assert evaluation["task"] == "generation" and evaluation["metrics"]["fd"] > 0 and "kd" in evaluation["metrics"]


def test_evaluate_and_load_trained_know_a_gan_run(gan_run: tuple[Any, list[Any]]) -> None:
    run = gan_run[0].run_dir
    result = evaluate(run, split="val", write=False)
    assert result["task"] == "generation" and result["metrics"]["fd"] > 0
    trained = load_trained(run)
    import torch

    images = trained.task.sample(torch.randn(5, 64), torch.arange(5))
    assert images.shape == (5, 1, 8, 8) and images.min() >= -1 and images.max() <= 1


def test_resume_restores_both_optimizers(gan_run: tuple[Any, list[Any]], tmp_path: Path) -> None:
    run = tmp_path / "copy"
    shutil.copytree(gan_run[0].run_dir, run)
    before = load_checkpoint(run / "checkpoints" / "last.ckpt")["optimizer_states"]
    steps_before = [int(s["state"][0]["step"]) for s in before]
    assert steps_before == [2 * BATCHES, 2 * BATCHES]
    result = fit(None, resume_from=run, extra_epochs=1, limit_batches=BATCHES)
    assert result.status == "finished" and result.epochs_completed == 3
    after = load_checkpoint(run / "checkpoints" / "last.ckpt")["optimizer_states"]
    # Adam's step counts (and moments) continued from the checkpoint: both optimizers were restored.
    assert [int(s["state"][0]["step"]) for s in after] == [3 * BATCHES, 3 * BATCHES]
    assert (run / "samples" / "epoch-0003.png").is_file()


def test_danlu_generate_writes_a_grid_of_the_chosen_class(
    gan_run: tuple[Any, list[Any]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    run, out = gan_run[0].run_dir, tmp_path / "grid.png"
    assert main(["generate", str(run), "--n", "16", "--class", "3", "--out", str(out)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["classes"] == ["3"] and (shown["rows"], shown["cols"]) == (4, 4)
    with Image.open(out) as image:
        assert image.size == ((4 * 9 + 1) * 4, (4 * 9 + 1) * 4)  # 8x8 digits are shown 4x larger
    assert main(["generate", str(run), "--class", "12", "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "--class '12'" in err and "draws the classes 0=0, 1=1" in err
    assert main(["generate", str(run), "--out", str(tmp_path / "grid.jpg")]) == 2


@pytest.mark.parametrize("fmt", ["onnx", "torchscript", "safetensors"])
def test_the_generator_exports_with_parity(gan_run: tuple[Any, list[Any]], tmp_path: Path, fmt: str) -> None:
    result = export_run(gan_run[0].run_dir, fmt, out=tmp_path / f"generator.{fmt}")
    if fmt == "onnx" and result.parity.skipped:
        pytest.skip(result.parity.skipped)
    assert result.parity.passed and result.parity.samples == 32
    sidecar = result.metadata
    assert sidecar["task"] == "generation" and sidecar["input"]["shape"] == ["batch", 64 + 10]
    assert sidecar["output"]["shape"] == ["batch", 1, 8, 8] and sidecar["class_names"][3] == "3"


@pytest.mark.slow
def test_a_dcgan_on_digits_lowers_the_feature_distance(tmp_path: Path) -> None:
    events: list[Any] = []
    exp = tiny_gan("dcgan", epochs=2)
    exp.train.batch_size = 32
    fit(exp, sink=events.append, runs_dir=tmp_path)
    fd = [e.metrics["val_fd"] for e in of(events, EpochEnd)]
    assert len(fd) == 2 and fd[1] < 0.9 * fd[0], fd


@pytest.mark.slow
def test_conditional_samples_are_classified_as_their_class(tmp_path: Path) -> None:
    events: list[Any] = []
    exp = tiny_gan("mlp_gan", epochs=2, conditional=True)
    exp.train.batch_size = 32
    exp.train.optimizer.lr = 5e-4
    result = fit(exp, sink=events.append, runs_dir=tmp_path)
    chance = 1 / 10
    assert of(events, EpochEnd)[-1].metrics["val_class_acc"] > 3 * chance
    per_class = [c["accuracy"] for c in result.evaluation["per_class"]]  # on the test split's count
    assert len(per_class) == 10 and sum(a > chance for a in per_class) >= 7, per_class


def test_quality_from_a_chosen_classification_run(tmp_path: Path) -> None:
    classifier = experiment_for(DIGITS, "lenet")
    classifier.train.epochs, classifier.train.accelerator = 1, "cpu"
    chosen = fit(classifier, runs_dir=tmp_path, limit_batches=BATCHES).run_dir
    events: list[Any] = []
    exp = tiny_gan(epochs=1, feature_run=str(chosen))
    result = fit(exp, sink=events.append, runs_dir=tmp_path, limit_batches=BATCHES)
    assert any(f"features of the classifier {chosen}" in m.text for m in of(events, LogMessage))
    assert np.isfinite(of(events, EpochEnd)[0].metrics["val_fd"]) and result.evaluation["metrics"]["fd"] > 0


def test_a_feature_run_that_does_not_fit_fails_before_training(tmp_path: Path) -> None:
    with pytest.raises(DataError, match="train.gan.feature_run: .*not a run folder"):
        fit(tiny_gan(feature_run=str(tmp_path / "nowhere")), runs_dir=tmp_path / "runs")
    assert not (tmp_path / "runs").exists()  # nothing was started


@pytest.mark.parametrize(
    ("name", "expected"),
    [("diabetes", "builtin:diabetes is regression on a table [10]"), ("sine_forecast", "forecasting on a time series")],
)
def test_a_gan_on_data_that_are_not_images_fails_before_training(tmp_path: Path, name: str, expected: str) -> None:
    exp = tiny_gan().model_copy(update={"data": DataSpec(source="builtin", name=name)})
    with pytest.raises(DataError, match=re.escape(expected)):
        fit(exp, runs_dir=tmp_path / "runs")
    assert not (tmp_path / "runs").exists()


@pytest.mark.parametrize(
    "options",
    [
        {"loss": "hinge", "gan": {"spectral_norm": True, "discriminator_steps": 2, "ema_decay": 0.0}},
        {"loss": "wgan_gp", "gan": {"discriminator_lr": 4e-4, "latent_dim": 16}},
    ],
    ids=["hinge-sn-2dsteps-noema", "wgan_gp-ttur"],
)
def test_every_gan_option_trains(tmp_path: Path, options: dict) -> None:
    exp = tiny_gan(epochs=1, **options["gan"])
    exp.train.loss = options["loss"]
    events: list[Any] = []
    result = fit(exp, sink=events.append, runs_dir=tmp_path, limit_batches=4)
    assert result.status == "finished"
    metrics = of(events, EpochEnd)[0].metrics
    assert all(np.isfinite(v) for v in metrics.values()), metrics
    ckpt = load_checkpoint(result.run_dir / "checkpoints" / "last.ckpt")
    steps = [int(s["state"][0]["step"]) for s in ckpt["optimizer_states"]]
    d_steps = options["gan"].get("discriminator_steps", 1)
    assert steps == [4 // d_steps, 4]  # generator, discriminator
    rates = [s["param_groups"][0]["lr"] for s in ckpt["optimizer_states"]]
    assert rates == [2e-4, options["gan"].get("discriminator_lr", 2e-4)]
    has_sn = any("parametrizations" in k for k in ckpt["state_dict"])
    assert has_sn == options["gan"].get("spectral_norm", False)
    assert any(k.startswith("generator_ema.") for k in ckpt["state_dict"]) == bool(options["gan"].get("ema_decay", 1))
