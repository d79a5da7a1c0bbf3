"""Every loss, optimiser and schedule in TrainSpec builds and behaves as documented (no Trainer needed)."""

from __future__ import annotations

import random
import typing

import numpy as np
import pytest
import torch

from models.spec.gan import GENERATION_LOSSES
from models.spec.train import OptimizerSpec, SchedulerSpec, TrainSpec
from models.tasks.losses import build_loss, focal_loss
from models.tasks.optim import build_optimizer, build_scheduler
from models.training.callbacks.rng import RngState

# GAN losses score two networks against each other; tests/models/test_generation*.py cover them.
LOSSES = tuple(x for x in typing.get_args(TrainSpec.model_fields["loss"].annotation) if x not in GENERATION_LOSSES)
OPTIMIZERS = typing.get_args(OptimizerSpec.model_fields["name"].annotation)
SCHEDULERS = typing.get_args(SchedulerSpec.model_fields["name"].annotation)


@pytest.mark.parametrize("loss", LOSSES)
def test_every_loss_gives_a_finite_differentiable_value(loss):
    classification = loss in ("cross_entropy", "weighted_cross_entropy", "focal", "bce")
    spec = TrainSpec(
        task="classification" if classification else "regression",
        loss=loss,
        label_smoothing=0.1 if classification else 0.0,
    )
    out = torch.randn(8, 3, requires_grad=True)
    target = torch.randint(0, 3, (8,)) if classification else torch.randn(8, 3)
    value = build_loss(spec, 3, torch.tensor([1.0, 2.0, 0.5]))(out, target)
    value.backward()
    assert torch.isfinite(value) and out.grad is not None


def test_focal_loss_down_weights_easy_examples():
    confident = torch.tensor([[8.0, 0.0], [0.0, 8.0]])
    target = torch.tensor([0, 1])
    ce = torch.nn.functional.cross_entropy(confident, target)
    assert focal_loss(confident, target, gamma=2.0) < ce / 100
    assert torch.isclose(focal_loss(confident, target, gamma=0.0), ce)


def test_weighted_cross_entropy_uses_the_class_weights():
    spec = TrainSpec(loss="weighted_cross_entropy")
    out, y = torch.zeros(2, 2), torch.tensor([0, 1])
    heavy_first = build_loss(spec, 2, torch.tensor([10.0, 1.0]))
    plain = build_loss(TrainSpec(loss="cross_entropy"), 2)
    assert torch.isclose(heavy_first(out, y), plain(out, y))  # equal logits: weights cancel in the mean
    out = torch.tensor([[0.0, 2.0], [0.0, 2.0]])  # class 0 is wrong, class 1 is right
    assert heavy_first(out, y) > plain(out, y)


@pytest.mark.parametrize("name", OPTIMIZERS)
def test_every_optimizer_steps(name):
    layer = torch.nn.Linear(4, 2)
    before = layer.weight.detach().clone()
    opt = build_optimizer(layer.parameters(), OptimizerSpec(name=name, lr=0.1, weight_decay=0.01, nesterov=True))
    layer(torch.randn(3, 4)).sum().backward()
    opt.step()
    assert not torch.equal(before, layer.weight)


@pytest.mark.parametrize("name", SCHEDULERS)
def test_every_schedule_changes_or_keeps_the_lr_as_documented(name):
    param = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([param], lr=0.1)
    config = build_scheduler(
        opt, SchedulerSpec(name=name, step_size=1, gamma=0.5, patience=0), 0.1, epochs=4, steps_per_epoch=5
    )
    if name == "none":
        assert config is None
        return
    lrs = []
    for _ in range(4 * (5 if config["interval"] == "step" else 1)):
        opt.step()
        if name == "plateau":
            config["scheduler"].step(1.0)  # no improvement -> decay
        else:
            config["scheduler"].step()
        lrs.append(opt.param_groups[0]["lr"])
    assert all(np.isfinite(lrs)) and len(set(lrs)) > 1
    if name == "warmup_cosine":
        assert lrs[0] < lrs[4]  # warming up during the first epoch


def test_rng_state_round_trips_as_plain_data():
    cb = RngState()
    random.seed(1)
    np.random.seed(1)
    torch.manual_seed(1)
    state = cb.state_dict()
    expected = (random.random(), np.random.rand(), torch.rand(1).item())
    random.random(), np.random.rand(), torch.rand(1)
    cb.load_state_dict(state)
    assert (random.random(), np.random.rand(), torch.rand(1).item()) == expected
