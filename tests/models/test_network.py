"""The layer catalogue: summarize() must agree with the built module, layer by layer, for every layer type."""

from __future__ import annotations

import copy
import json
import pickle

import pytest
import torch
from torch.utils.flop_counter import FlopCounterMode

from models.data.base import DataInfo
from models.network import LAYER_DOCS, LAYER_GROUPS, build_network, summarize
from models.spec import LAYER_CLASSES
from models.spec import network as ns

pytestmark = [
    pytest.mark.filterwarnings("ignore:Using padding=.same."),
    pytest.mark.filterwarnings("ignore::torch.jit.TracerWarning"),
    pytest.mark.filterwarnings("ignore:`torch.jit.trace"),
]

IMG = DataInfo("classification", "image", (3, 12, 10), num_outputs=5, class_names=tuple("abcde"))
VEC = DataInfo("classification", "tabular", (20,), num_outputs=2, class_names=("no", "yes"))
SEQ = DataInfo("classification", "sequence", (16, 6), num_outputs=3, class_names=tuple("abc"))
TXT = DataInfo(
    "classification", "text", (12,), input_dtype="int64", num_outputs=2, class_names=("neg", "pos"), vocab_size=50
)
PHOTO = DataInfo("classification", "image", (3, 32, 40), num_outputs=2, class_names=("a", "b"))
T = ns.Permute(dims=[1, 0])  # time-first sequence -> channels first

CASES: list[tuple[str, DataInfo, list[ns.LayerBase]]] = [
    ("linear", VEC, [ns.Linear(out_features=7)]),
    ("linear-sequence", SEQ, [ns.Linear(out_features=8, bias=False)]),
    ("conv1d", SEQ, [T, ns.Conv1d(out_channels=8, kernel_size=3, stride=2, padding=1)]),
    ("conv1d-same-dilated", SEQ, [T, ns.Conv1d(out_channels=4, kernel_size=3, padding="same", dilation=2)]),
    ("conv2d", IMG, [ns.Conv2d(out_channels=8, kernel_size=3, stride=2, padding=1, bias=False)]),
    ("conv2d-same-even", IMG, [ns.Conv2d(out_channels=4, kernel_size=4, padding="same")]),
    ("conv2d-dilated", IMG, [ns.Conv2d(out_channels=4, kernel_size=3, dilation=2)]),
    ("conv_transpose2d", IMG, [ns.ConvTranspose2d(out_channels=4)]),
    (
        "conv_transpose2d-odd",
        IMG,
        [ns.ConvTranspose2d(out_channels=2, kernel_size=3, stride=3, padding=0, output_padding=2, bias=False)],
    ),
    ("conv_transpose2d-generator", VEC, [ns.Reshape(shape=[5, 2, 2]), ns.ConvTranspose2d(out_channels=3)]),
    ("upsample-nearest", IMG, [ns.Upsample()]),
    ("upsample-bilinear", IMG, [ns.Upsample(scale_factor=3, mode="bilinear")]),
    ("maxpool1d", SEQ, [T, ns.MaxPool1d(kernel_size=3, stride=2, padding=1)]),
    ("avgpool1d", SEQ, [T, ns.AvgPool1d(kernel_size=2)]),
    ("maxpool2d", IMG, [ns.MaxPool2d(kernel_size=3, stride=2, padding=1)]),
    ("avgpool2d", IMG, [ns.AvgPool2d(kernel_size=2)]),
    ("adaptive_avgpool1d", SEQ, [T, ns.AdaptiveAvgPool1d(output_size=4)]),
    ("adaptive_avgpool2d", IMG, [ns.AdaptiveAvgPool2d(output_size=3)]),
    ("global_avgpool", IMG, [ns.GlobalAvgPool()]),
    ("global_avgpool-1d", SEQ, [T, ns.GlobalAvgPool()]),
    ("flatten", IMG, [ns.Flatten()]),
    ("batchnorm1d-vector", VEC, [ns.BatchNorm1d()]),
    ("batchnorm1d-map", SEQ, [T, ns.BatchNorm1d(momentum=0.2)]),
    ("batchnorm2d", IMG, [ns.BatchNorm2d()]),
    ("layernorm", SEQ, [ns.LayerNorm()]),
    ("dropout", VEC, [ns.Dropout(p=0.3)]),
    ("dropout2d", IMG, [ns.Dropout2d()]),
    ("relu", SEQ, [ns.ReLU()]),
    ("leaky_relu", SEQ, [ns.LeakyReLU(negative_slope=0.1)]),
    ("elu", SEQ, [ns.ELU()]),
    ("gelu", SEQ, [ns.GELU()]),
    ("silu", SEQ, [ns.SiLU()]),
    ("sigmoid", SEQ, [ns.Sigmoid()]),
    ("tanh", SEQ, [ns.Tanh()]),
    ("softmax", VEC, [ns.Softmax()]),
    ("embedding", TXT, [ns.Embedding(embedding_dim=16)]),
    ("embedding-sized", TXT, [ns.Embedding(num_embeddings=60, embedding_dim=8)]),
    ("rnn", SEQ, [ns.RNN(hidden_size=10, output="sequence")]),
    ("lstm", SEQ, [ns.LSTM(hidden_size=10)]),
    ("lstm-bi-2-layers", SEQ, [ns.LSTM(hidden_size=10, num_layers=2, bidirectional=True, dropout=0.1)]),
    ("gru", SEQ, [ns.GRU(hidden_size=7, bidirectional=True, output="sequence")]),
    ("self_attention", SEQ, [ns.Linear(out_features=8), ns.SelfAttention(num_heads=2)]),
    ("positional_encoding", SEQ, [ns.PositionalEncoding(max_len=16)]),
    ("positional_encoding-odd", SEQ, [ns.Linear(out_features=5), ns.PositionalEncoding()]),
    ("positional_encoding-learned", SEQ, [ns.PositionalEncoding(kind="learned", max_len=32)]),
    (
        "transformer_encoder",
        SEQ,
        [ns.Linear(out_features=8), ns.TransformerEncoder(num_heads=2, dim_feedforward=16, num_layers=2)],
    ),
    ("sequence_pool-mean", SEQ, [ns.SequencePool()]),
    ("sequence_pool-max", SEQ, [ns.SequencePool(mode="max")]),
    ("sequence_pool-last", SEQ, [ns.SequencePool(mode="last")]),
    ("reshape", IMG, [ns.Reshape(shape=[-1, 10])]),
    ("reshape-vector", VEC, [ns.Reshape(shape=[4, 5])]),
    ("permute", IMG, [ns.Permute(dims=[0, 2, 1])]),
    ("backbone", PHOTO, [ns.Backbone(arch="mobilenet_v3_small")]),
    ("residual-identity", IMG, [ns.Residual(layers=[ns.Conv2d(out_channels=3, padding=1), ns.ReLU()])]),
    (
        "residual-conv2d-projection",
        IMG,
        [ns.Residual(layers=[ns.Conv2d(out_channels=8, stride=2, padding=1), ns.BatchNorm2d()])],
    ),
    ("residual-conv1d-projection", SEQ, [T, ns.Residual(layers=[ns.Conv1d(out_channels=4, stride=3, padding=1)])]),
    ("residual-vector-projection", VEC, [ns.Residual(layers=[ns.Linear(out_features=9), ns.ReLU()])]),
    ("residual-sequence-projection", SEQ, [ns.Residual(layers=[ns.LSTM(hidden_size=5, output="sequence")])]),
    (
        "residual-nested",
        IMG,
        [
            ns.Residual(
                layers=[
                    ns.Conv2d(out_channels=4, padding=1),
                    ns.Residual(layers=[ns.Conv2d(out_channels=4, padding=1)]),
                ]
            )
        ],
    ),
]


def example_batch(info: DataInfo, n: int = 3) -> torch.Tensor:
    if info.input_dtype == "int64":
        return torch.randint(1, info.vocab_size or 2, (n, *info.input_shape))
    return torch.randn(n, *info.input_shape)


def module_at(net: torch.nn.Module, index: str) -> torch.nn.Module:
    """The module of the layer at an index path such as ``"3.1"``."""
    first, *rest = index.split(".")
    module = net[int(first)]
    for part in rest:
        module = module.body[int(part)]
    return module


def run_with_hooks(net: torch.nn.Module, rows: list, x: torch.Tensor) -> dict[str, tuple[int, ...]]:
    seen: dict[str, tuple[int, ...]] = {}
    handles = []
    for row in rows:

        def hook(_m, _i, out, index=row.index):
            seen[index] = tuple(out.shape[1:])

        handles.append(module_at(net, row.index).register_forward_hook(hook))
    try:
        net(x)
    finally:
        for h in handles:
            h.remove()
    return seen


def test_cases_cover_every_layer_type() -> None:
    covered = {layer.type for _, _, layers in CASES for layer in layers}
    assert covered == set(LAYER_CLASSES)


@pytest.mark.parametrize(("case", "info", "layers"), CASES, ids=[c[0] for c in CASES])
def test_summary_agrees_with_built_module(case: str, info: DataInfo, layers: list) -> None:
    spec = ns.NetworkSpec(layers=layers)
    summary = summarize(spec, info, check_output=False)
    assert summary.ok, summary.to_text()
    net = build_network(spec, info, check_output=False)
    seen = run_with_hooks(net, summary.rows, example_batch(info))
    for row in summary.rows:
        module = module_at(net, row.index)
        assert seen[row.index] == row.output_shape, f"{case} row {row.index} ({row.type})"
        assert sum(p.numel() for p in module.parameters()) == row.params, f"{case} row {row.index} ({row.type})"
    assert summary.params == summary.trainable == sum(p.numel() for p in net.parameters() if p.requires_grad)
    assert summary.output_shape == net(example_batch(info)).shape[1:]


@pytest.mark.parametrize(
    ("info", "layer", "flops_per_mac"),
    [
        (VEC, ns.Linear(out_features=7), 2),
        (SEQ, ns.Linear(out_features=9), 2),
        (IMG, ns.Conv2d(out_channels=8, kernel_size=3, stride=2, padding=1), 2),
        (IMG, ns.ConvTranspose2d(out_channels=8), 2),
        (IMG, ns.ConvTranspose2d(out_channels=4, kernel_size=3, stride=1, padding=1, bias=False), 2),
    ],
)
def test_macs_match_pytorch_flop_counter(info: DataInfo, layer: ns.LayerBase, flops_per_mac: int) -> None:
    spec = ns.NetworkSpec(layers=[layer])
    net = build_network(spec, info, check_output=False)
    with FlopCounterMode(display=False) as counter:
        net(example_batch(info, n=1))
    assert summarize(spec, info, check_output=False).macs * flops_per_mac == counter.get_total_flops()


def test_bidirectional_last_is_final_forward_and_first_backward_state() -> None:
    spec = ns.NetworkSpec(layers=[ns.GRU(hidden_size=6, num_layers=2, bidirectional=True)])
    net = build_network(spec, SEQ, check_output=False).eval()
    x = example_batch(SEQ)
    _, h_n = net[0].rnn(x)
    expected = torch.cat([h_n[-2], h_n[-1]], dim=-1)  # last layer: forward, backward final states
    torch.testing.assert_close(net(x), expected)


def test_residual_rows_nest_and_projection_is_reported() -> None:
    spec = ns.NetworkSpec(
        layers=[
            ns.Conv2d(out_channels=8, padding=1),
            ns.Residual(
                name="down", layers=[ns.Conv2d(out_channels=16, stride=2, padding=1), ns.BatchNorm2d(), ns.ReLU()]
            ),
            ns.Residual(name="same", layers=[ns.Conv2d(out_channels=16, padding=1)]),
            ns.GlobalAvgPool(),
            ns.Linear(out_features=5),
        ]
    )
    s = summarize(spec, IMG)
    assert s.ok
    assert [r.index for r in s.rows] == ["0", "1", "1.0", "1.1", "1.2", "2", "2.0", "3", "4"]
    assert [r.depth for r in s.rows][:5] == [0, 0, 1, 1, 1]
    proj = s.projections["1"]
    assert (proj.kind, proj.in_channels, proj.out_channels, proj.stride) == ("conv2d", 8, 16, 2)
    assert "2" not in s.projections
    assert s.row("1").params == 8 * 16 + sum(s.row(i).params for i in ("1.0", "1.1", "1.2"))
    net = build_network(spec, IMG)
    assert net(example_batch(IMG)).shape == (3, 5)
    assert isinstance(net[2].projection, torch.nn.Identity)


def test_summary_serialises_and_prints() -> None:
    spec = ns.NetworkSpec(layers=[ns.Flatten(), ns.Linear(out_features=5, name="head")])
    s = summarize(spec, IMG)
    data = json.loads(json.dumps(s.to_dict()))
    assert data["ok"] and data["rows"][1]["output_shape"] == [5] and data["params"] == 360 * 5 + 5
    text = s.to_text()
    assert "linear 'head'" in text and "1,805 parameters" in text


def test_network_pickles_deepcopies_and_traces() -> None:
    spec = ns.NetworkSpec(
        layers=[
            ns.Linear(out_features=8),
            ns.PositionalEncoding(),
            ns.TransformerEncoder(num_heads=2, dim_feedforward=16),
            ns.LSTM(hidden_size=4, bidirectional=True),
            ns.Linear(out_features=3),
        ]
    )
    net = build_network(spec, SEQ).eval()
    x = example_batch(SEQ)
    with torch.no_grad():
        ref = net(x)
        torch.testing.assert_close(pickle.loads(pickle.dumps(net))(x), ref)
        torch.testing.assert_close(copy.deepcopy(net)(x), ref)
        traced = torch.jit.trace(net, net.example_input(2))
        torch.testing.assert_close(traced(x), ref)


def test_every_layer_type_is_documented() -> None:
    assert set(LAYER_DOCS) == set(LAYER_CLASSES)
    for kind, doc in LAYER_DOCS.items():
        assert doc.group in LAYER_GROUPS, kind
        assert doc.title and doc.summary.endswith(".") and doc.when_to_use.endswith("."), kind
