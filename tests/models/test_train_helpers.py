"""Core helpers behind the training panel: device list, LR-schedule preview, LR finder (no Qt here)."""

from __future__ import annotations

import math
import threading

import pytest

from models.spec import Experiment
from models.spec.train import OptimizerSpec, SchedulerSpec, TrainSpec
from models.training.devices import DeviceInfo, find_device, list_devices
from models.training.schedule_preview import MAX_POINTS, lr_schedule_preview


def test_list_devices_always_offers_the_cpu_with_its_precisions() -> None:
    devices = list_devices()
    cpu = devices[-1]
    assert cpu.accelerator == "cpu" and cpu.index == 0
    assert cpu.precisions[0] == "32" and "16-mixed" not in cpu.precisions  # Lightning: CPU mixed is bf16 only
    assert "CPU" in cpu.label
    for device in devices:
        assert isinstance(device, DeviceInfo) and device.precisions
    assert find_device(devices, "auto") == devices[0]
    assert find_device(devices, "cpu", 0) == cpu
    assert find_device(devices, "cuda", 99) is None


def _spec(name: str, epochs: int = 6, lr: float = 0.1, **kwargs: object) -> TrainSpec:
    return TrainSpec(
        epochs=epochs, optimizer=OptimizerSpec(name="sgd", lr=lr), scheduler=SchedulerSpec(name=name, **kwargs)
    )


def test_constant_schedule_is_flat_over_the_planned_epochs() -> None:
    points = lr_schedule_preview(_spec("none"), steps_per_epoch=10)
    assert points[0] == (0.0, 0.1) and points[-1] == (6.0, 0.1)


def test_step_schedule_decays_every_step_size_epochs() -> None:
    points = lr_schedule_preview(_spec("step", step_size=2, gamma=0.5), steps_per_epoch=10)
    during = {int(epoch): lr for epoch, lr in points if epoch == int(epoch) and epoch < 6}  # rate in epoch
    assert [during[e] for e in range(6)] == pytest.approx([0.1, 0.1, 0.05, 0.05, 0.025, 0.025])
    assert points[-1] == (6.0, pytest.approx(0.025))


def test_cosine_ends_at_the_minimum_and_warmup_rises_first() -> None:
    cosine = lr_schedule_preview(_spec("cosine", min_lr=0.001), steps_per_epoch=5)
    assert cosine[-1][1] == pytest.approx(0.001, rel=0.2, abs=0.01)
    assert max(lr for _, lr in cosine) == pytest.approx(0.1)
    warm = lr_schedule_preview(_spec("warmup_cosine", warmup_epochs=1), steps_per_epoch=20)
    first_epoch = [lr for epoch, lr in warm if epoch < 1]
    assert first_epoch == sorted(first_epoch) and first_epoch[0] < 0.02  # a ramp from small to the peak
    assert warm[-1][0] == 6.0 and warm[-1][1] < 0.01


def test_one_cycle_peaks_at_max_lr_and_preview_stays_bounded_for_huge_runs() -> None:
    points = lr_schedule_preview(_spec("one_cycle", epochs=100, max_lr=1.0), steps_per_epoch=100_000)
    assert len(points) <= MAX_POINTS + 2
    assert max(lr for _, lr in points) == pytest.approx(1.0, rel=0.01)
    assert points[-1][0] == 100.0


def test_plateau_cannot_be_known_in_advance_so_it_previews_flat() -> None:
    points = lr_schedule_preview(_spec("plateau"), steps_per_epoch=10)
    assert {lr for _, lr in points} == {0.1}


def test_find_lr_returns_a_curve_and_a_suggestion_and_honours_stop() -> None:
    from models.data import build_datamodule
    from models.network import make_template
    from models.training.lr_finder import find_lr

    experiment = Experiment()
    experiment.network = make_template("mlp", build_datamodule(experiment.data).info)
    result = find_lr(experiment, num_training=25)
    assert len(result.lrs) == len(result.losses) >= 10
    assert result.lrs == sorted(result.lrs) and all(math.isfinite(v) for v in result.losses)
    assert result.suggestion is None or result.lrs[0] <= result.suggestion <= result.lrs[-1]
    stop = threading.Event()
    stop.set()
    stopped = find_lr(experiment, stop=stop, num_training=25)
    assert stopped.stopped and len(stopped.lrs) < 5
