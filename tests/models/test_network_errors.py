"""Shape mistakes are caught before any tensor exists, and the message says which layer, what and what to do."""

from __future__ import annotations

import pytest

from models.data.base import DataInfo
from models.errors import ShapeError
from models.network import LayerShapeError, build_network, summarize
from models.spec import network as ns

IMG = DataInfo("classification", "image", (1, 8, 8), num_outputs=10, class_names=tuple("0123456789"))
VEC = DataInfo("classification", "tabular", (30,), num_outputs=2, class_names=("no", "yes"))
SEQ = DataInfo("classification", "sequence", (64, 6), num_outputs=4, class_names=tuple("abcd"))
TXT = DataInfo(
    "classification", "text", (40,), input_dtype="int64", num_outputs=2, class_names=("n", "p"), vocab_size=100
)
REG = DataInfo("regression", "tabular", (10,), num_outputs=1)
FC = DataInfo("forecasting", "forecast", (32, 1), num_outputs=3)


def first_error(info: DataInfo, *layers: ns.LayerBase, check_output: bool = True) -> LayerShapeError:
    summary = summarize(ns.NetworkSpec(layers=list(layers)), info, check_output=check_output)
    assert not summary.ok
    err = summary.first_error
    assert isinstance(err, ShapeError)
    return err


def test_linear_after_conv_without_flatten() -> None:
    err = first_error(
        IMG,
        ns.Conv2d(out_channels=32, padding=1),
        ns.ReLU(),
        ns.MaxPool2d(),
        ns.MaxPool2d(),
        ns.Linear(out_features=10),
    )
    assert str(err) == (
        "layer 4 (linear): expects a vector [F] but receives [32, 2, 2]; insert a flatten or global_avgpool before it"
    )
    assert (err.index, err.layer_type) == ("4", "linear")


def test_conv2d_on_a_vector() -> None:
    err = str(first_error(VEC, ns.Conv2d(name="features"), ns.Flatten(), ns.Linear(out_features=2)))
    assert err.startswith("layer 0 'features' (conv2d): expects an image-like map [C, H, W] but receives [30]")
    assert "reshape" in err


def test_attention_heads_must_divide_features_and_checking_goes_on() -> None:
    summary = summarize(
        ns.NetworkSpec(layers=[ns.SelfAttention(num_heads=4), ns.SequencePool(), ns.Linear(out_features=5)]), SEQ
    )
    err = str(summary.first_error)
    assert err.startswith("layer 0 (self_attention): 4 heads do not divide the feature size 6 of [64, 6]")
    assert "1, 2, 3, 6" in err
    # The shape is still known, so the next mistake (the wrong output size) is reported too.
    assert summary.rows[1].output_shape == (6,)
    assert [e.index for e in summary.errors] == ["0", "2"]


def test_wrong_final_size_names_the_fix() -> None:
    err = first_error(IMG, ns.Flatten(), ns.Linear(out_features=12))
    assert str(err) == (
        "layer 1 (linear): the network ends with [12] but the dataset has 10 classes; set the "
        "last linear's out_features to 10"
    )
    err = first_error(REG, ns.Linear(out_features=4), ns.ReLU())
    assert "the dataset has 1 target;" in str(err) and "set the last linear's out_features to 1" in str(err)
    err = first_error(FC, ns.GRU(output="sequence"))
    assert "ends with [32, 64] but the forecast needs 3 outputs" in str(err) and "sequence_pool" in str(err)
    err = first_error(IMG, ns.GlobalAvgPool())
    assert "add a linear layer with out_features 10 at the end" in str(err)


def test_empty_network() -> None:
    err = first_error(IMG)
    assert err.index is None and "no layers" in str(err) and "out_features 10" in str(err)


def test_time_first_sequence_into_conv1d_asks_for_a_permute() -> None:
    err = str(first_error(SEQ, ns.Conv1d(), check_output=False))
    assert err.startswith(
        "layer 0 (conv1d): expects a channels-first map [C, L] but receives a time-first "
        "sequence [T, F] = [64, 6]; insert a permute with dims [1, 0]"
    )
    assert "permute" in str(first_error(SEQ, ns.Permute(), ns.Conv1d(), ns.LSTM(), check_output=False))
    assert "sequence_pool" in str(first_error(SEQ, ns.GlobalAvgPool(), check_output=False))


@pytest.mark.parametrize(
    ("info", "layers", "expected"),
    [
        (TXT, [ns.Linear()], "layer 0 (linear): receives token ids [40] (whole numbers), which only an embedding"),
        (SEQ, [ns.Embedding()], "layer 0 (embedding): expects token ids (whole numbers) but receives real values"),
        (TXT, [ns.Embedding(num_embeddings=20)], "num_embeddings 20 is smaller than the vocabulary (100 tokens)"),
        (IMG, [ns.Conv2d(kernel_size=9)], "a window of 9 does not fit the input size 8"),
        (IMG, [ns.Conv2d(stride=2, padding="same")], "padding 'same' only works with stride 1"),
        (IMG, [ns.MaxPool2d(kernel_size=2, padding=2)], "padding 2 is more than half of kernel_size 2"),
        (SEQ, [ns.PositionalEncoding(max_len=32)], "the sequence has 64 steps but max_len is 32; raise max_len"),
        (SEQ, [ns.TransformerEncoder(num_heads=4)], "4 heads do not divide the feature size 6"),
        (IMG, [ns.LSTM()], "layer 0 (lstm): expects a sequence [T, F] but receives [1, 8, 8]"),
        (VEC, [ns.Reshape(shape=[7, -1])], "cannot reshape [30] (30 values) into [7, -1]"),
        (VEC, [ns.Reshape(shape=[5, 5])], "make the sizes multiply to 30"),
        (VEC, [ns.Reshape(shape=[-1, -1])], "at most one -1"),
        (IMG, [ns.Permute(dims=[1, 0])], "dims [1, 0] must reorder the 3 axes of [1, 8, 8]"),
        (VEC, [ns.BatchNorm2d()], "layer 0 (batchnorm2d): expects an image-like map [C, H, W] but receives [30]"),
        (SEQ, [ns.BatchNorm1d()], "use layernorm for sequences"),
        (VEC, [ns.Dropout2d()], "use dropout instead"),
        (VEC, [ns.GlobalAvgPool()], "nothing left to average"),
        (VEC, [ns.ConvTranspose2d()], "layer 0 (conv_transpose2d): expects an image-like map [C, H, W] but receives"),
        (VEC, [ns.ConvTranspose2d()], "insert a reshape to [C, H, W] before it"),
        (IMG, [ns.ConvTranspose2d(stride=2, output_padding=2)], "output_padding 2 must be smaller than stride 2"),
        (IMG, [ns.ConvTranspose2d(kernel_size=1, stride=1, padding=4)], "padding 4 removes more than the kernel adds"),
        (SEQ, [ns.Permute(), ns.Upsample()], "layer 1 (upsample): expects an image-like map [C, H, W]"),
    ],
)
def test_layer_problems(info: DataInfo, layers: list, expected: str) -> None:
    assert expected in str(first_error(info, *layers, check_output=False))


def test_residual_without_a_possible_projection_names_the_block() -> None:
    err = first_error(
        IMG,
        ns.Conv2d(out_channels=4, padding=1),
        ns.Residual(name="down", layers=[ns.Conv2d(out_channels=8), ns.Flatten()]),
        ns.Linear(out_features=10),
    )
    assert str(err).startswith("layer 1 'down' (residual): its layers turn [4, 8, 8] into [288]")
    assert "keep the number of axes" in str(err)
    err = first_error(
        SEQ,
        ns.Residual(layers=[ns.Permute(), ns.Conv1d(out_channels=6, kernel_size=3, stride=2), ns.Permute()]),
        check_output=False,
    )
    assert "keep the number of time steps (64)" in str(err)
    err = first_error(IMG, ns.Residual(layers=[ns.Conv2d(out_channels=4, kernel_size=3)]), check_output=False)
    assert "turn [1, 8, 8] into [4, 6, 6]" in str(err) and "whole stride" in str(err)
    assert "the block is empty" in str(first_error(IMG, ns.Residual(), check_output=False))


def test_errors_inside_a_block_carry_the_index_path_and_later_rows_stay_quiet() -> None:
    summary = summarize(
        ns.NetworkSpec(
            layers=[
                ns.Flatten(),
                ns.Residual(layers=[ns.Linear(out_features=64), ns.Conv1d()]),
                ns.ReLU(),
                ns.Linear(out_features=10),
            ]
        ),
        IMG,
    )
    assert str(summary.first_error).startswith(
        "layer 1.1 (conv1d): expects a channels-first map [C, L] but receives [64]"
    )
    assert len(summary.errors) == 1
    later = summary.row("3")
    assert (later.input_shape, later.output_shape, later.params, later.error) == (None, None, None, None)
    assert summary.row("1.0").params == 64 * 64 + 64  # known rows keep their numbers


def test_build_network_raises_the_first_error() -> None:
    spec = ns.NetworkSpec(layers=[ns.Conv2d(), ns.Linear(out_features=10)])
    with pytest.raises(ShapeError, match=r"^layer 1 \(linear\): expects a vector \[F\] but receives \[32, 6, 6\]"):
        build_network(spec, IMG)
