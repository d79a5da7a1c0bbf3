"""The pretrained-backbone catalogue: torchvision architectures as plain data (no torch import).

Every architecture is split into a stem (stage 0) and four stages at output strides 4/8/16/32 (2 for the
stems of the MobileNet and EfficientNet families). ``freeze: K`` freezes stages 0..K. Parameter counts are
exact (checked against torchvision in the tests); MACs are ``per_pixel * output pixels + fixed`` per stage,
fitted to torchvision's convolution and matrix costs: exact for sides that are multiples of 32 and within a
few percent otherwise. The ImageNet head (``head_prefixes``) is dropped: the layers after the backbone are
the new head.

The ``files`` are the official ImageNet weights that torchvision's documentation lists (``weights.url``);
Danlu never downloads them. Their names end in the first hex digits of the file's SHA-256.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

ArchName = Literal["resnet18", "resnet50", "mobilenet_v3_small", "efficientnet_b0", "convnext_tiny"]

#: ImageNet's per-channel mean and std (RGB, of pixels scaled to [0, 1]): what every backbone expects.
IMAGENET_MEAN = (0.485, 0.456, 0.406)
IMAGENET_STD = (0.229, 0.224, 0.225)
#: Training size of the ImageNet weights; smaller inputs train faster on a CPU at some cost in accuracy.
DEFAULT_SIZE = 224
#: Below this side the last stage would shrink to nothing (ConvNeXt) or to a single pixel.
MIN_SIZE = 32
NUM_STAGES = 5  # stem + 4

DOWNLOAD_ROOT = "https://download.pytorch.org/models/"


@dataclass(frozen=True)
class Stage:
    """One freezable part of a backbone.

    Attributes:
        prefixes: Module-name prefixes (in torchvision's model) of the stage's parameters.
        stride: Output stride (input side / output side).
        params: Parameters of the stage.
        macs_per_pixel: Multiply-accumulates per output pixel of the stage.
        macs_fixed: Multiply-accumulates that do not grow with the image (squeeze-excitation on pooled maps).
    """

    prefixes: tuple[str, ...]
    stride: int
    params: int
    macs_per_pixel: int
    macs_fixed: int = 0


@dataclass(frozen=True)
class WeightsFile:
    """An official torchvision weights file (``name`` as torchvision names it; hash prefix in the name)."""

    name: str
    variant: str
    top1: float

    @property
    def url(self) -> str:
        return DOWNLOAD_ROOT + self.name


@dataclass(frozen=True)
class BackboneArch:
    """One architecture.

    Attributes:
        name: torchvision's constructor name.
        title: Display name.
        features: Size of the feature vector after global pooling (the backbone's output ``[F]``).
        stages: Stem and four stages, in order.
        head_prefixes: Keys of the ImageNet classifier, dropped when weights are loaded.
        cam_module: The last stage's module (torchvision path): where Grad-CAM looks.
        floor_sizes: True when strided layers round sizes down (unpadded patchify convolutions).
        files: Official weights files.
    """

    name: str
    title: str
    features: int
    stages: tuple[Stage, ...]
    head_prefixes: tuple[str, ...]
    cam_module: str
    floor_sizes: bool = False
    files: tuple[WeightsFile, ...] = ()

    @property
    def params(self) -> int:
        return sum(s.params for s in self.stages)

    def frozen_stages(self, freeze: str | int) -> int:
        """How many stages (from the stem) ``freeze`` freezes: ``none`` 0, ``all`` 5, ``K`` K + 1."""
        if freeze == "none":
            return 0
        if freeze == "all":
            return NUM_STAGES
        return min(NUM_STAGES, int(freeze) + 1)

    def frozen_params(self, freeze: str | int) -> int:
        return sum(s.params for s in self.stages[: self.frozen_stages(freeze)])

    def macs(self, height: int, width: int) -> int:
        """Estimated multiply-accumulates per sample for an input of ``height x width``."""
        total = 0
        for s in self.stages:
            if self.floor_sizes:
                h, w = height // s.stride, width // s.stride
            else:
                h, w = -(-height // s.stride), -(-width // s.stride)
            total += s.macs_per_pixel * h * w + s.macs_fixed
        return total

    def stage_names(self) -> list[str]:
        """``stem (conv1, bn1)``, ``stage 1 (layer1)``, ...: for tooltips and messages."""
        names = []
        for i, s in enumerate(self.stages):
            parts = ", ".join(p.rstrip(".") for p in s.prefixes)
            names.append(f"{'stem' if i == 0 else f'stage {i}'} ({parts})")
        return names


def _features(*indices: int) -> tuple[str, ...]:
    return tuple(f"features.{i}." for i in indices)


ARCHITECTURES: dict[str, BackboneArch] = {
    a.name: a
    for a in (
        BackboneArch(
            "resnet18",
            "ResNet-18",
            512,
            (
                Stage(("conv1.", "bn1."), 4, 9_536, 37_632),
                Stage(("layer1.",), 4, 147_968, 147_456),
                Stage(("layer2.",), 8, 525_568, 524_288),
                Stage(("layer3.",), 16, 2_099_712, 2_097_152),
                Stage(("layer4.",), 32, 8_393_728, 8_388_608),
            ),
            ("fc.",),
            "layer4",
            files=(WeightsFile("resnet18-f37072fd.pth", "IMAGENET1K_V1", 69.758),),
        ),
        BackboneArch(
            "resnet50",
            "ResNet-50",
            2048,
            (
                Stage(("conv1.", "bn1."), 4, 9_536, 37_632),
                Stage(("layer1.",), 4, 215_808, 212_992),
                Stage(("layer2.",), 8, 1_219_584, 1_310_720),
                Stage(("layer3.",), 16, 7_098_368, 7_471_104),
                Stage(("layer4.",), 32, 14_964_736, 16_515_072),
            ),
            ("fc.",),
            "layer4",
            files=(
                WeightsFile("resnet50-0676ba61.pth", "IMAGENET1K_V1", 76.130),
                WeightsFile("resnet50-11ad3fa6.pth", "IMAGENET1K_V2", 80.858),
            ),
        ),
        BackboneArch(
            "mobilenet_v3_small",
            "MobileNetV3-Small",
            576,
            (
                Stage(_features(0), 2, 464, 432),
                Stage(_features(1), 4, 744, 400, 256),
                Stage(_features(2, 3), 8, 9_280, 12_000),
                Stage(_features(4, 5, 6, 7, 8), 16, 180_032, 96_840, 85_248),
                Stage(_features(9, 10, 11, 12), 32, 736_488, 395_424, 373_248),
            ),
            ("classifier.",),
            "features.12",
            files=(WeightsFile("mobilenet_v3_small-047dcff4.pth", "IMAGENET1K_V1", 67.668),),
        ),
        BackboneArch(
            "efficientnet_b0",
            "EfficientNet-B0",
            1280,
            (
                Stage(_features(0), 2, 928, 864),
                Stage(_features(1, 2), 4, 18_162, 20_720, 3_008),
                Stage(_features(3), 8, 46_640, 48_384, 6_528),
                Stage(_features(4, 5), 16, 786_078, 660_816, 137_664),
                Stage(_features(6, 7, 8), 32, 3_155_740, 2_870_176, 480_000),
            ),
            ("classifier.",),
            "features.8",
            files=(WeightsFile("efficientnet_b0_rwightman-7f5810bc.pth", "IMAGENET1K_V1", 77.692),),
        ),
        BackboneArch(
            "convnext_tiny",
            "ConvNeXt-Tiny",
            768,
            (
                Stage(_features(0), 4, 4_896, 4_608),
                Stage(_features(1), 4, 237_888, 235_296),
                Stage(_features(2, 3), 8, 992_256, 986_688),
                Stage(_features(4, 5), 16, 11_112_960, 11_081_088),
                # The classifier's LayerNorm2d normalises the pooled features: it belongs to the last stage.
                Stage((*_features(6, 7), "classifier.0."), 32, 15_472_128, 15_448_320),
            ),
            ("classifier.2.",),
            "features.7",
            floor_sizes=True,
            files=(WeightsFile("convnext_tiny-983f1562.pth", "IMAGENET1K_V1", 82.520),),
        ),
    )
}

ARCH_NAMES: tuple[str, ...] = tuple(ARCHITECTURES)


def arch(name: str) -> BackboneArch:
    """The architecture ``name`` (KeyError for unknown names; the spec validates them first)."""
    return ARCHITECTURES[name]


def official_file(file_name: str) -> tuple[BackboneArch, WeightsFile] | None:
    """The architecture and official entry whose file is called ``file_name``, if any."""
    for a in ARCHITECTURES.values():
        for f in a.files:
            if f.name == file_name:
                return a, f
    return None
