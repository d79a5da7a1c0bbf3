"""Weight initialisation: network-wide ``init``, per-layer overrides and ``zero_bias`` change weights as promised."""

from __future__ import annotations

import math

import pytest
import torch

from models.data.base import DataInfo
from models.network import build_network
from models.spec import network as ns

VEC = DataInfo("classification", "tabular", (400,), num_outputs=400, class_names=tuple(map(str, range(400))))
SEQ = DataInfo("classification", "sequence", (10, 8), num_outputs=3, class_names=tuple("abc"))


def linear_weight(init: str) -> torch.Tensor:
    torch.manual_seed(0)
    return build_network(ns.NetworkSpec(layers=[ns.Linear(out_features=400)], init=init), VEC)[0].weight.detach()


@pytest.mark.parametrize(
    ("init", "std"),
    [
        ("default", 1 / math.sqrt(3 * 400)),  # PyTorch: kaiming_uniform(a=sqrt(5)) = U(+-1/sqrt(fan_in))
        ("xavier_uniform", math.sqrt(2 / (400 + 400))),
        ("xavier_normal", math.sqrt(2 / (400 + 400))),
        ("kaiming_uniform", math.sqrt(2 / 400)),
        ("kaiming_normal", math.sqrt(2 / 400)),
        ("orthogonal", 1 / math.sqrt(400)),
    ],
)
def test_linear_weights_follow_the_chosen_scheme(init: str, std: float) -> None:
    w = linear_weight(init)
    assert w.std().item() == pytest.approx(std, rel=0.03)
    uniform = init.endswith("uniform") or init == "default"
    if uniform:  # a uniform distribution has no values beyond sqrt(3) standard deviations
        assert w.abs().max().item() <= math.sqrt(3) * std * 1.001
    elif init.endswith("normal"):
        assert w.abs().max().item() > math.sqrt(3) * std * 1.2
    if init == "orthogonal":
        torch.testing.assert_close(w @ w.T, torch.eye(400), atol=1e-4, rtol=0)


def test_orthogonal_gives_orthogonal_recurrent_matrices_and_xavier_inputs() -> None:
    spec = ns.NetworkSpec(
        layers=[ns.LSTM(hidden_size=16, num_layers=2, bidirectional=True), ns.Linear(out_features=3)], init="orthogonal"
    )
    rnn = build_network(spec, SEQ)[0].rnn
    for name, p in rnn.named_parameters():
        if name.startswith("weight_hh"):
            for gate in p.detach().chunk(4, 0):
                torch.testing.assert_close(gate @ gate.T, torch.eye(16), atol=1e-5, rtol=0)
        elif name.startswith("weight_ih"):
            fan_out, fan_in = p.shape
            assert p.abs().max().item() <= math.sqrt(6 / (fan_in + fan_out)) + 1e-6
            if name.startswith("weight_ih_l0"):  # 6 -> 64: xavier's bound 0.29 is beyond the default 0.25
                assert p.abs().max().item() > 1 / math.sqrt(16)


def test_zero_bias_zeroes_every_bias() -> None:
    spec = ns.NetworkSpec(
        zero_bias=True,
        layers=[
            ns.Linear(out_features=8),
            ns.SelfAttention(num_heads=2),
            ns.GRU(hidden_size=4, output="sequence"),
            ns.Permute(),
            ns.Conv1d(out_channels=4),
            ns.BatchNorm1d(),
            ns.GlobalAvgPool(),
            ns.Linear(out_features=3),
        ],
    )
    net = build_network(spec, SEQ)
    biases = {n: p for n, p in net.named_parameters() if "bias" in n.rsplit(".", 1)[-1]}
    assert {"1.attn.in_proj_bias", "2.rnn.bias_ih_l0", "2.rnn.bias_hh_l0", "4.bias", "7.bias"} <= set(biases)
    assert all(torch.count_nonzero(p) == 0 for p in biases.values())
    default = build_network(spec.model_copy(update={"zero_bias": False}), SEQ)
    assert torch.count_nonzero(default[7].bias) > 0


def test_per_layer_init_overrides_the_network_and_residuals_pass_theirs_on() -> None:
    info = DataInfo("classification", "image", (16, 6, 6), num_outputs=2, class_names=("a", "b"))
    spec = ns.NetworkSpec(
        init="orthogonal",
        layers=[
            ns.Conv2d(out_channels=16, kernel_size=1, init="default"),
            ns.Residual(
                init="kaiming_normal",
                layers=[
                    ns.Conv2d(out_channels=64, kernel_size=3, padding=1),
                    ns.Conv2d(out_channels=64, kernel_size=1, init="orthogonal"),
                ],
            ),
            ns.GlobalAvgPool(),
            ns.Linear(out_features=2),
        ],
    )
    torch.manual_seed(1)
    net = build_network(spec, info)
    default = net[0].weight.detach()
    assert default.abs().max().item() <= 1 / math.sqrt(16) + 1e-6  # PyTorch's default bound
    inner = net[1].body[0].weight.detach()
    assert inner.std().item() == pytest.approx(math.sqrt(2 / (16 * 9)), rel=0.05)  # kaiming from the block
    proj = net[1].projection.weight.detach().flatten(1)  # the 1x1 projection follows the block too
    assert proj.std().item() == pytest.approx(math.sqrt(2 / 16), rel=0.15)
    ortho = net[1].body[1].weight.detach().flatten(1)
    torch.testing.assert_close(ortho @ ortho.T, torch.eye(64), atol=1e-4, rtol=0)
    head = net[3].weight.detach()
    torch.testing.assert_close(head @ head.T, torch.eye(2), atol=1e-5, rtol=0)


def test_same_seed_same_weights() -> None:
    spec = ns.NetworkSpec(layers=[ns.LSTM(hidden_size=8), ns.Linear(out_features=3)], init="xavier_normal")
    torch.manual_seed(7)
    a = build_network(spec, SEQ).state_dict()
    torch.manual_seed(7)
    b = build_network(spec, SEQ).state_dict()
    assert all(torch.equal(a[k], b[k]) for k in a)
