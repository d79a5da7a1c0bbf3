"""Ready-made networks whose first and last layers adapt to the dataset (channels, size, vocabulary, classes).

Every template is small enough to train on a laptop CPU in minutes and gives a sensible baseline; the result
is an ordinary NetworkSpec that the user can edit layer by layer.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.errors import DanluError, SpecError
from models.network.gan_templates import GAN_TEMPLATES, gan_networks
from models.spec import network as ns
from models.spec.backbones import MIN_SIZE

if TYPE_CHECKING:
    from models.data.base import DataInfo

ALL_MODALITIES = ("image", "sequence", "tabular", "text", "forecast")
ALL_TASKS = ("classification", "regression", "forecasting")


@dataclass(frozen=True)
class TemplateInfo:
    """A template as listed in the GUI and by ``danlu template list``.

    Attributes:
        name: The identifier used in specs and on the command line.
        title: Display name.
        description: One or two sentences: what it is and what it suits.
        modalities: Data modalities it fits (image, sequence, tabular, text, forecast).
        tasks: Tasks it fits (classification, regression, forecasting).
        min_side: The smallest image side it takes (pretrained backbones need room for five strides of 2).
    """

    name: str
    title: str
    description: str
    modalities: tuple[str, ...]
    tasks: tuple[str, ...] = ALL_TASKS
    min_side: int = 0


Layers = list[ns.LayerBase]


def _text_or_flatten(info: DataInfo, dim: int = 64) -> Layers:
    """Token ids become an averaged bag of embeddings; anything else is flattened to a vector."""
    if info.modality == "text":
        return [ns.Embedding(embedding_dim=dim), ns.SequencePool(mode="mean")]
    return [ns.Flatten()]


def _mlp(info: DataInfo) -> Layers:
    return [
        *_text_or_flatten(info),
        ns.Linear(out_features=128),
        ns.ReLU(),
        ns.Dropout(p=0.2),
        ns.Linear(out_features=64),
        ns.ReLU(),
        ns.Linear(out_features=info.num_outputs, name="output"),
    ]


def _lenet(info: DataInfo) -> Layers:
    _, h, w = info.input_shape
    # LeNet's two convolution stages, with batch normalisation (about 99% on 8x8 digits within 20 epochs).
    # 'same' padding keeps tiny images whole and they get only as many 2x poolings as leave a 2x2 map;
    # larger images get extra stages until the map is at most 4x4, so the dense layers stay small
    # (max pooling rather than adaptive pooling, which ONNX cannot export for every size).
    pools = 2 if min(h, w) >= 8 else (1 if min(h, w) >= 4 else 0)
    layers: Layers = []
    stage = 0
    while stage < 2 or (max(h, w) > 4 and min(h, w) >= 4):
        layers += [
            ns.Conv2d(out_channels=32 if stage == 0 else 64, kernel_size=3, padding=1),
            ns.BatchNorm2d(),
            ns.ReLU(),
        ]
        if stage < pools or stage >= 2:
            layers.append(ns.MaxPool2d(kernel_size=2))
            h, w = h // 2, w // 2
        stage += 1
    return layers + [
        ns.Flatten(),
        ns.Linear(out_features=128),
        ns.ReLU(),
        ns.Dropout(p=0.25),
        ns.Linear(out_features=info.num_outputs, name="output"),
    ]


def _conv_bn(ch: int, stride: int = 1) -> Layers:
    return [ns.Conv2d(out_channels=ch, kernel_size=3, stride=stride, padding=1, bias=False), ns.BatchNorm2d()]


def _resnet_small(info: DataInfo) -> Layers:
    side = min(info.input_shape[1:])
    # Large photos are shrunk early (strided stem, pooling) so the residual stages stay cheap on a CPU.
    layers: Layers = [
        ns.Conv2d(out_channels=16, kernel_size=3, stride=2 if side >= 64 else 1, padding=1, bias=False, name="stem"),
        ns.BatchNorm2d(),
        ns.ReLU(),
    ]
    if side >= 32:
        layers.append(ns.MaxPool2d(kernel_size=2))
    for i, (ch, stride) in enumerate(((16, 1), (32, 2), (64, 2)), start=1):
        body = [*_conv_bn(ch, stride), ns.ReLU(), *_conv_bn(ch)]
        layers += [ns.Residual(name=f"block{i}", layers=body), ns.ReLU()]
    return layers + [ns.GlobalAvgPool(), ns.Linear(out_features=info.num_outputs, name="output")]


def _fcn1d(info: DataInfo) -> Layers:
    # Wang et al. (2017) fully convolutional baseline for time series, with fewer filters.
    layers: Layers = [ns.Permute(dims=[1, 0], name="channels first")]
    for ch, k in ((32, 7), (64, 5), (64, 3)):
        layers += [ns.Conv1d(out_channels=ch, kernel_size=k, padding="same"), ns.BatchNorm1d(), ns.ReLU()]
    return layers + [ns.GlobalAvgPool(), ns.Linear(out_features=info.num_outputs, name="output")]


def _recurrent(kind: type[ns.LSTM] | type[ns.GRU]) -> Callable[[DataInfo], Layers]:
    def make(info: DataInfo) -> Layers:
        out = ns.Linear(out_features=info.num_outputs, name="output")
        if info.modality == "text":
            # Padded texts: read both ways and max-pool over time, so trailing padding cannot hide the content.
            return [
                ns.Embedding(embedding_dim=64),
                kind(hidden_size=64, bidirectional=True, output="sequence"),
                ns.SequencePool(mode="max"),
                out,
            ]
        return [kind(hidden_size=64, output="last"), out]

    return make


def _transformer(info: DataInfo) -> Layers:
    d = 64
    first: ns.LayerBase = (
        ns.Embedding(embedding_dim=d) if info.modality == "text" else ns.Linear(out_features=d, name="projection")
    )
    return [
        first,
        ns.PositionalEncoding(max_len=max(2048, info.input_shape[0])),
        ns.TransformerEncoder(num_heads=4, dim_feedforward=128, num_layers=2, dropout=0.1),
        ns.SequencePool(mode="mean"),
        ns.Linear(out_features=info.num_outputs, name="output"),
    ]


def _mlp_regressor(info: DataInfo) -> Layers:
    return [
        ns.Flatten(),
        ns.Linear(out_features=64),
        ns.ReLU(),
        ns.Linear(out_features=64),
        ns.ReLU(),
        ns.Linear(out_features=info.num_outputs, name="output"),
    ]


def _forecaster(info: DataInfo) -> Layers:
    return [
        ns.GRU(hidden_size=64, output="last"),
        ns.Linear(out_features=64),
        ns.ReLU(),
        ns.Linear(out_features=info.num_outputs, name="output"),
    ]


def _finetune(info: DataInfo) -> Layers:
    from models.network.weights_library import list_weights

    held = list_weights("resnet18")
    if held:
        # Pretrained: the last stage and the head adapt to the data, the earlier stages keep ImageNet's filters.
        backbone = ns.Backbone(arch="resnet18", weights=held[0].name, freeze=3, lr_factor=0.1, name="backbone")
    else:  # no weights imported yet: the same network from scratch (everything learns)
        backbone = ns.Backbone(arch="resnet18", weights="none", freeze="none", lr_factor=1.0, name="backbone")
    return [backbone, ns.Dropout(p=0.2), ns.Linear(out_features=info.num_outputs, name="output")]


_TEMPLATES: dict[str, tuple[TemplateInfo, Callable[[DataInfo], Layers]]] = {
    t.name: (t, f)
    for t, f in [
        (
            TemplateInfo(
                "mlp",
                "Multilayer perceptron",
                "Flattens the input and applies two hidden dense layers with dropout; a quick baseline for "
                "any data (text is averaged over its word embeddings).",
                ALL_MODALITIES,
            ),
            _mlp,
        ),
        (
            TemplateInfo(
                "lenet",
                "LeNet (small CNN)",
                "Two convolution stages (with batch normalisation and pooling) and two dense layers; adapts "
                "its pooling so that it works from 8x8 digits to large photos.",
                ("image",),
            ),
            _lenet,
        ),
        (
            TemplateInfo(
                "resnet_small",
                "Small ResNet",
                "A convolution stem, three residual blocks (16, 32, 64 channels) with batch normalisation and "
                "global average pooling; stronger than LeNet on photos.",
                ("image",),
            ),
            _resnet_small,
        ),
        (
            TemplateInfo(
                "fcn1d",
                "Fully convolutional network (1D)",
                "Three conv1d blocks with batch normalisation and global average pooling; a strong baseline "
                "for time-series classification.",
                ("sequence",),
            ),
            _fcn1d,
        ),
        (
            TemplateInfo(
                "lstm",
                "LSTM",
                "A 64-unit LSTM followed by a dense output layer; text gets an embedding, a bidirectional "
                "LSTM and max pooling over time.",
                ("sequence", "text", "forecast"),
            ),
            _recurrent(ns.LSTM),
        ),
        (
            TemplateInfo(
                "gru",
                "GRU",
                "A 64-unit GRU followed by a dense output layer; text gets an embedding, a bidirectional GRU "
                "and max pooling over time.",
                ("sequence", "text", "forecast"),
            ),
            _recurrent(ns.GRU),
        ),
        (
            TemplateInfo(
                "transformer",
                "Transformer encoder",
                "Projects each step to 64 features (an embedding for text), adds positional encoding, applies "
                "two transformer encoder layers and averages over time.",
                ("sequence", "text", "forecast"),
            ),
            _transformer,
        ),
        (
            TemplateInfo(
                "mlp_regressor",
                "MLP regressor",
                "Two 64-unit dense layers predicting numeric targets from tabular features.",
                ("tabular",),
                ("regression",),
            ),
            _mlp_regressor,
        ),
        (
            TemplateInfo(
                "forecaster",
                "GRU forecaster",
                "A GRU reads the past window and a small dense head predicts the next horizon steps.",
                ("forecast",),
                ("forecasting", "regression"),
            ),
            _forecaster,
        ),
        (
            TemplateInfo(
                "finetune",
                "Fine-tune a pretrained ResNet-18",
                "A ResNet-18 backbone (ImageNet weights from the weights library when imported; stages 0-3 "
                "frozen, stage 4 learning at a tenth of the rate) and a dense head; the best start for a few "
                "hundred photos. Images become RGB 224x224 with ImageNet's normalisation.",
                ("image",),
                ("classification", "regression"),
                min_side=MIN_SIZE,
            ),
            _finetune,
        ),
    ]
}


# GAN templates list their generator here; the discriminator comes from models.network.gan_templates.
_TEMPLATES.update(
    {
        name: (TemplateInfo(name, title, description, ("image",), ("generation",)), generator)
        for name, (title, description, generator, _, _) in GAN_TEMPLATES.items()
    }
)


def list_templates() -> list[TemplateInfo]:
    """Every template, in the order the GUI lists them."""
    return [t for t, _ in _TEMPLATES.values()]


def templates_for(info: DataInfo) -> list[TemplateInfo]:
    """The templates that fit the dataset's modality and task."""
    return [
        t for t in list_templates() if info.modality in t.modalities and info.task in t.tasks and _fits_size(t, info)
    ]


def _fits_size(t: TemplateInfo, info: DataInfo) -> bool:
    return not t.min_side or info.modality != "image" or min(info.input_shape[1:]) >= t.min_side


def make_template(name: str, info: DataInfo) -> ns.NetworkSpec:
    """The template ``name`` shaped for the dataset described by ``info``.

    Raises:
        SpecError: the name is unknown, or the template does not fit the data's modality or task; the
            message lists the templates that do.
    """
    if name not in _TEMPLATES:
        raise SpecError(f"network.template: unknown template {name!r}; choose one of {', '.join(_TEMPLATES)}")
    meta, make = _TEMPLATES[name]
    fits = ", ".join(t.name for t in templates_for(info)) or "none"
    shape = "[" + ", ".join(map(str, info.input_shape)) + "]"
    if info.modality not in meta.modalities:
        raise SpecError(
            f"network.template: {name!r} is for {' or '.join(meta.modalities)} data, but this "
            f"dataset is {info.modality} data {shape}; templates that fit: {fits}"
        )
    if info.task not in meta.tasks:
        raise SpecError(
            f"network.template: {name!r} is for {' or '.join(meta.tasks)}, but this dataset is a "
            f"{info.task} task; templates that fit: {fits}"
        )
    if not _fits_size(meta, info):
        raise SpecError(
            f"network.template: {name!r} needs images of at least {meta.min_side}x{meta.min_side}, but this "
            f"dataset's are {info.input_shape[1]}x{info.input_shape[2]}; templates that fit: {fits}"
        )
    return ns.NetworkSpec(template=name, layers=make(info))


def template_problem(name: str, info: DataInfo) -> str | None:
    """Why template ``name`` cannot be made for the dataset ``info`` (None when it can).

    A GAN template fits images of a size it reaches (a conditional one needs classes), whatever task the
    dataset was loaded for: it turns the experiment into a ``generation`` one.
    """
    try:
        if name in GAN_TEMPLATES:
            gan_networks(name, info)
        else:
            make_template(name, info)
    except DanluError as err:
        return str(err)
    return None


def default_template(info: DataInfo) -> str:
    """The template a new experiment starts with for this dataset."""
    if info.modality == "image":
        return "lenet" if max(info.input_shape[1:]) <= 32 else "resnet_small"
    if info.modality == "tabular":
        return "mlp" if info.task == "classification" else "mlp_regressor"
    return {"sequence": "fcn1d", "text": "gru", "forecast": "forecaster"}.get(info.modality, "mlp")
