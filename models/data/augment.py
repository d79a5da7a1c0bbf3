"""Train-split image augmentation with ``torchvision.transforms.v2``.

Only the train split is augmented; validation, test and prediction images get the eval preprocessing
(decode, resize, scale to [0, 1], normalise). Geometric and colour transforms run on the uint8 image,
Gaussian noise on the [0, 1] float image, and normalisation comes last (in the dataset).
"""

from __future__ import annotations

import torch
from torchvision.transforms import v2

from models.spec.data import AugmentSpec


class ImageAugment:
    """Picklable train-time augmentation: ``[C, H, W]`` uint8 (or float in [0, 1]) -> float32 in [0, 1].

    Args:
        spec: The augmentation options.
        size: Output ``(H, W)`` (random resized crop returns this size).
        channels: 1 or 3 (saturation and hue jitter need colour).
    """

    def __init__(self, spec: AugmentSpec, size: tuple[int, int] | list[int], channels: int) -> None:
        steps: list[torch.nn.Module] = []
        if spec.random_resized_crop:
            steps.append(v2.RandomResizedCrop(tuple(size), scale=(spec.crop_scale_min, 1.0), antialias=True))
        if spec.rotation > 0:
            steps.append(v2.RandomRotation(spec.rotation))
        if spec.hflip:
            steps.append(v2.RandomHorizontalFlip())
        if spec.vflip:
            steps.append(v2.RandomVerticalFlip())
        if spec.color_jitter > 0:
            cj = spec.color_jitter
            colour = channels == 3
            steps.append(
                v2.ColorJitter(
                    brightness=cj,
                    contrast=cj,
                    saturation=cj if colour else None,
                    hue=min(0.5, cj / 2) if colour else None,
                )
            )
        steps.append(v2.ToDtype(torch.float32, scale=True))
        if spec.gaussian_noise > 0:
            steps.append(v2.GaussianNoise(sigma=spec.gaussian_noise, clip=True))
        self.pipeline = v2.Compose(steps)
        self.description = ", ".join(type(s).__name__ for s in steps if not isinstance(s, v2.ToDtype)) or "none"

    def __call__(self, img: torch.Tensor) -> torch.Tensor:
        return self.pipeline(img).clamp_(0.0, 1.0)

    def __repr__(self) -> str:
        return f"ImageAugment({self.description})"


def build_augment(spec: AugmentSpec, size: tuple[int, int] | list[int], channels: int) -> ImageAugment | None:
    """The train-time augmentation, or None when ``spec.enabled`` is false or no transform is chosen."""
    if not spec.enabled:
        return None
    if not (
        spec.random_resized_crop
        or spec.rotation > 0
        or spec.hflip
        or spec.vflip
        or spec.color_jitter > 0
        or spec.gaussian_noise > 0
    ):
        return None
    return ImageAugment(spec, size, channels)


class NormalizedAugment:
    """Augments images already normalised with ``(x - mean) / std`` (in-memory built-ins such as digits)."""

    def __init__(self, augment: ImageAugment, mean: list[float], std: list[float]) -> None:
        self.augment = augment
        self.mean = torch.tensor(mean, dtype=torch.float32).view(-1, 1, 1)
        self.std = torch.tensor(std, dtype=torch.float32).view(-1, 1, 1)

    def unnormalize(self, x: torch.Tensor) -> torch.Tensor:
        return (x * self.std + self.mean).clamp(0.0, 1.0)

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        return (self.augment(self.unnormalize(x)) - self.mean) / self.std


class TransformedDataset(torch.utils.data.Dataset):
    """Applies ``transform`` to the input of each ``(x, y)`` sample of ``base``."""

    def __init__(self, base: torch.utils.data.Dataset, transform: object) -> None:
        self.base, self.transform = base, transform

    def __len__(self) -> int:
        return len(self.base)  # type: ignore[arg-type]

    def __getitem__(self, i: int) -> tuple[torch.Tensor, torch.Tensor]:
        x, y = self.base[i]
        return self.transform(x), y  # type: ignore[operator]
