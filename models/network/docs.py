"""Plain-English documentation of every layer type, for the GUI palette and inspector (which translates it)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

LayerGroup = Literal[
    "core",
    "convolution",
    "pooling",
    "recurrent",
    "attention",
    "normalisation",
    "regularisation",
    "activation",
    "shape",
    "blocks",
    "pretrained",
]

#: Palette order of the groups (the order of :data:`LayerGroup`).
LAYER_GROUPS: tuple[LayerGroup, ...] = get_args(LayerGroup)


@dataclass(frozen=True)
class LayerDoc:
    """What a layer is, for people.

    Attributes:
        title: Display name.
        group: Palette group.
        summary: One sentence: what it does.
        when_to_use: One sentence: when to reach for it.
    """

    title: str
    group: LayerGroup
    summary: str
    when_to_use: str


def _d(title: str, group: LayerGroup, summary: str, when: str) -> LayerDoc:
    return LayerDoc(title, group, summary, when)


#: Documentation of each layer ``type``.
LAYER_DOCS: dict[str, LayerDoc] = {
    "linear": _d(
        "Linear (dense)",
        "core",
        "Multiplies a vector by a learned weight matrix and adds a bias, giving out_features numbers.",
        "Use it to combine features and as the last layer, with out_features equal to the number of "
        "classes or targets.",
    ),
    "embedding": _d(
        "Embedding",
        "core",
        "Turns each token id into a learned vector of embedding_dim numbers.",
        "Use it as the first layer for text, so that later layers receive numbers instead of ids.",
    ),
    "conv1d": _d(
        "Convolution 1D",
        "convolution",
        "Slides learned filters along a [channels, length] signal to detect local patterns.",
        "Use it for time series and signals, after a permute that puts channels first.",
    ),
    "conv2d": _d(
        "Convolution 2D",
        "convolution",
        "Slides learned filters over an image to detect edges, textures and shapes.",
        "Use it for images; stack a few with pooling in between to see larger patterns.",
    ),
    "conv_transpose2d": _d(
        "Transposed convolution 2D",
        "convolution",
        "Spreads each value of an image map over a learned filter patch, so the map grows (doubles with the "
        "default kernel 4, stride 2, padding 1).",
        "Use it in generators and decoders to turn a small map into a full-size image.",
    ),
    "maxpool1d": _d(
        "Max pooling 1D",
        "pooling",
        "Keeps the largest value in each window along the length, shrinking it by the stride.",
        "Use it between conv1d layers to shorten a signal while keeping strong responses.",
    ),
    "maxpool2d": _d(
        "Max pooling 2D",
        "pooling",
        "Keeps the largest value in each window of an image, shrinking it by the stride.",
        "Use it between conv2d layers to halve the image size and make features more robust to small shifts.",
    ),
    "avgpool1d": _d(
        "Average pooling 1D",
        "pooling",
        "Averages each window along the length, shrinking it by the stride.",
        "Use it to smooth and shorten a signal between conv1d layers.",
    ),
    "avgpool2d": _d(
        "Average pooling 2D",
        "pooling",
        "Averages each window of an image, shrinking it by the stride.",
        "Use it to downsample images more gently than max pooling.",
    ),
    "adaptive_avgpool1d": _d(
        "Adaptive average pooling 1D",
        "pooling",
        "Averages a [channels, length] map down to a fixed output_size, whatever the input length.",
        "Use it before flatten so the next linear layer does not depend on the input length.",
    ),
    "adaptive_avgpool2d": _d(
        "Adaptive average pooling 2D",
        "pooling",
        "Averages an image map down to a fixed output_size x output_size grid.",
        "Use it before flatten so the network works for any image size.",
    ),
    "global_avgpool": _d(
        "Global average pooling",
        "pooling",
        "Averages each channel over all positions, turning a [C, ...] map into a vector [C].",
        "Use it at the end of a convolutional network, just before the last linear layer.",
    ),
    "sequence_pool": _d(
        "Sequence pooling",
        "pooling",
        "Summarises a [time, features] sequence into one vector by the mean, the max or the last step.",
        "Use it after recurrent, attention or transformer layers to get one vector per sequence.",
    ),
    "rnn": _d(
        "Simple RNN",
        "recurrent",
        "Reads a sequence step by step, keeping a hidden state that summarises what it has seen.",
        "Use it for short sequences; prefer LSTM or GRU for longer ones.",
    ),
    "lstm": _d(
        "LSTM",
        "recurrent",
        "A recurrent layer with gates that decide what to remember and forget, so it keeps long-range information.",
        "Use it for sequences and text where order and long-range context matter.",
    ),
    "gru": _d(
        "GRU",
        "recurrent",
        "A lighter gated recurrent layer, similar to LSTM with fewer parameters.",
        "Use it for sequences, text and forecasting when you want LSTM-like results faster.",
    ),
    "self_attention": _d(
        "Self-attention",
        "attention",
        "Lets every step of a sequence look at every other step and mix in what is relevant.",
        "Use it when distant parts of a sequence must interact; the feature size must be divisible by num_heads.",
    ),
    "positional_encoding": _d(
        "Positional encoding",
        "attention",
        "Adds information about each step's position, fixed (sinusoidal) or learned.",
        "Use it right before attention or transformer layers, which otherwise ignore order.",
    ),
    "transformer_encoder": _d(
        "Transformer encoder",
        "attention",
        "Stacks self-attention and small feed-forward networks with normalisation and skip connections.",
        "Use it for text and longer sequences after an embedding or linear projection and a positional encoding.",
    ),
    "batchnorm1d": _d(
        "Batch normalisation 1D",
        "normalisation",
        "Normalises each feature or channel using statistics of the current batch, then rescales it.",
        "Use it after linear or conv1d layers to train faster and more stably.",
    ),
    "batchnorm2d": _d(
        "Batch normalisation 2D",
        "normalisation",
        "Normalises each image channel using statistics of the current batch, then rescales it.",
        "Use it after conv2d layers, before the activation, to train deeper networks.",
    ),
    "layernorm": _d(
        "Layer normalisation",
        "normalisation",
        "Normalises the last axis of each sample on its own, independent of the batch.",
        "Use it in sequence and attention models, or when batches are small.",
    ),
    "dropout": _d(
        "Dropout",
        "regularisation",
        "During training, sets a random fraction p of values to zero; does nothing when predicting.",
        "Use it before the last layers when the model fits the training data much better than the validation data.",
    ),
    "dropout2d": _d(
        "Channel dropout (2D)",
        "regularisation",
        "During training, drops whole channels of an image map at random.",
        "Use it between conv2d layers to reduce overfitting on small image datasets.",
    ),
    "relu": _d(
        "ReLU",
        "activation",
        "Keeps positive values and sets negative ones to zero.",
        "Use it after most linear and convolution layers; it is the usual default.",
    ),
    "leaky_relu": _d(
        "Leaky ReLU",
        "activation",
        "Like ReLU, but lets a small slope of negative values through.",
        "Use it instead of ReLU when many units stop learning (always output zero).",
    ),
    "elu": _d(
        "ELU",
        "activation",
        "Like ReLU for positive values, with a smooth curve for negative ones.",
        "Use it as a smoother alternative to ReLU in fully connected networks.",
    ),
    "gelu": _d(
        "GELU",
        "activation",
        "A smooth ReLU-like curve that weights values by how large they are.",
        "Use it in transformer and attention models.",
    ),
    "silu": _d(
        "SiLU (swish)",
        "activation",
        "Multiplies each value by its sigmoid: a smooth, ReLU-like curve.",
        "Use it in modern convolutional networks as a drop-in for ReLU.",
    ),
    "sigmoid": _d(
        "Sigmoid",
        "activation",
        "Squashes each value into the range 0 to 1.",
        "Use it for gates or outputs that are probabilities; not as the last layer with a "
        "classification loss, which expects raw scores.",
    ),
    "tanh": _d(
        "Tanh",
        "activation",
        "Squashes each value into the range -1 to 1.",
        "Use it for small recurrent or fully connected models whose values should stay bounded.",
    ),
    "softmax": _d(
        "Softmax",
        "activation",
        "Turns the last axis into probabilities that add up to 1.",
        "Rarely needed: the classification losses already apply it, so only add it for an exported "
        "model that must output probabilities.",
    ),
    "flatten": _d(
        "Flatten",
        "shape",
        "Lays all values of a sample out in one long vector.",
        "Use it between convolution or pooling layers and the linear layers.",
    ),
    "reshape": _d(
        "Reshape",
        "shape",
        "Rearranges each sample's values into a new shape; one size may be -1.",
        "Use it to turn a vector into an image or sequence shape, e.g. [1, -1] before conv1d.",
    ),
    "upsample": _d(
        "Upsample",
        "shape",
        "Enlarges an image map by a whole factor, repeating pixels (nearest) or blending neighbours (bilinear).",
        "Use it before a conv2d in generators as a smoother alternative to transposed convolution.",
    ),
    "permute": _d(
        "Permute",
        "shape",
        "Reorders the axes of each sample, e.g. [time, features] to [features, time].",
        "Use it with dims [1, 0] to feed a time-first sequence to conv1d, or back again.",
    ),
    "residual": _d(
        "Residual block",
        "blocks",
        "Runs its inner layers and adds the result to the block's input (with a 1x1 projection "
        "when the shapes differ).",
        "Use it to build deeper networks that still train well, as in ResNet.",
    ),
    "backbone": _d(
        "Pretrained backbone",
        "pretrained",
        "A torchvision image network (ResNet, MobileNet, EfficientNet, ConvNeXt) without its ImageNet "
        "classifier, turning an RGB image into one feature vector; its weights come from a local file.",
        "Use it as the first layer for photos when you have few images: import the ImageNet weights once, "
        "freeze the early stages and add a linear layer as the head.",
    ),
}
