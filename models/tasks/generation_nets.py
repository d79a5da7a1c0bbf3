"""The GAN's modules around the built layer lists: class conditioning, spectral norm, EMA, losses, export.

The generator and discriminator themselves are ordinary :func:`build_network` results; these wrappers add
what a layer list cannot say: the class vector joined to the latent, the class plane joined to the image,
and a single-input form of the generator for export.
"""

from __future__ import annotations

import math

import torch
import torch.nn.functional as F
from torch import nn
from torch.nn.utils.parametrizations import spectral_norm


class Generator(nn.Module):
    """``(z [N, latent], y [N] or None) -> images [N, C, H, W]`` in [-1, 1] (with the templates' tanh)."""

    def __init__(self, network: nn.Module, latent_dim: int, num_classes: int = 0, class_embedding: int = 0) -> None:
        super().__init__()
        self.network = network
        self.latent_dim = latent_dim
        self.num_classes = num_classes
        self.class_vector = nn.Embedding(num_classes, class_embedding) if num_classes else None

    def forward(self, z: torch.Tensor, y: torch.Tensor | None = None) -> torch.Tensor:
        if self.class_vector is not None:
            assert y is not None, "a conditional generator needs class labels"
            z = torch.cat([z, self.class_vector(y)], dim=1)
        return self.network(z)


class Discriminator(nn.Module):
    """``(images [N, C, H, W], y [N] or None) -> scores [N]`` (logits for the non-saturating loss)."""

    def __init__(self, network: nn.Module, image_shape: tuple[int, ...], num_classes: int = 0) -> None:
        super().__init__()
        self.network = network
        self.plane_shape = (1, *image_shape[1:])
        self.class_plane = nn.Embedding(num_classes, math.prod(image_shape[1:])) if num_classes else None

    def forward(self, x: torch.Tensor, y: torch.Tensor | None = None) -> torch.Tensor:
        if self.class_plane is not None:
            assert y is not None, "a conditional discriminator needs class labels"
            x = torch.cat([x, self.class_plane(y).view(len(x), *self.plane_shape)], dim=1)
        return self.network(x).reshape(len(x))


class GeneratorExport(nn.Module):
    """The generator with one input, for ONNX/TorchScript/safetensors: ``[N, latent_dim (+ num_classes)]``.

    The first ``latent_dim`` values are the latent (standard normal); a conditional generator reads the class
    from the remaining ``num_classes`` values as a one-hot vector (its product with the class vectors is the
    embedding lookup, written so that every exporter can express it).
    """

    def __init__(self, generator: Generator) -> None:
        super().__init__()
        self.generator = generator
        self.latent_dim = generator.latent_dim
        self.input_shape = (generator.latent_dim + generator.num_classes,)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.generator.class_vector is None:
            return self.generator.network(x)
        z, onehot = x[:, : self.latent_dim], x[:, self.latent_dim :]
        return self.generator.network(torch.cat([z, onehot @ self.generator.class_vector.weight], dim=1))


def export_input(latent: torch.Tensor, labels: torch.Tensor | None, num_classes: int) -> torch.Tensor:
    """The single export input for latents and (conditional) labels."""
    if not num_classes:
        return latent
    assert labels is not None
    return torch.cat([latent, F.one_hot(labels, num_classes).to(latent.dtype)], dim=1)


def add_spectral_norm(module: nn.Module) -> None:
    """Spectral normalisation (Miyato et al. 2018) on every linear and convolution layer inside ``module``."""
    for sub in list(module.modules()):
        if isinstance(sub, nn.Linear | nn.Conv1d | nn.Conv2d | nn.ConvTranspose2d):
            spectral_norm(sub)


@torch.no_grad()
def update_ema(ema: nn.Module, model: nn.Module, decay: float, updates: int) -> None:
    """Move ``ema``'s weights towards ``model``'s; buffers (batch-norm statistics) are copied.

    The decay warms up as ``(1 + t) / (10 + t)`` so that the average follows the generator from the start of
    short runs instead of staying near its random initialisation for ~1/(1 - decay) steps.
    """
    d = min(decay, (1 + updates) / (10 + updates))
    ema_params = [p for p in ema.parameters()]
    params = [p.detach() for p in model.parameters()]
    torch._foreach_lerp_(ema_params, params, 1.0 - d)
    for b_ema, b in zip(ema.buffers(), model.buffers(), strict=True):
        b_ema.copy_(b)


# ------------------------------------------------------------------------------------------------- losses


def discriminator_loss(kind: str, real: torch.Tensor, fake: torch.Tensor) -> torch.Tensor:
    """The discriminator's loss from its scores on real and generated images (gradient penalty apart)."""
    if kind == "non_saturating":
        return F.softplus(-real).mean() + F.softplus(fake).mean()  # BCE with logits, real=1 and fake=0
    if kind == "hinge":
        return F.relu(1.0 - real).mean() + F.relu(1.0 + fake).mean()
    return fake.mean() - real.mean()  # wgan_gp: the critic's estimate of the Wasserstein distance, negated


def generator_loss(kind: str, fake: torch.Tensor) -> torch.Tensor:
    """The generator's loss from the discriminator's scores on its images."""
    if kind == "non_saturating":
        return F.softplus(-fake).mean()  # -log D(G(z)): strong gradients while D still rejects the samples
    return -fake.mean()


def gradient_penalty(
    discriminator: Discriminator, real: torch.Tensor, fake: torch.Tensor, labels: torch.Tensor | None
) -> torch.Tensor:
    """WGAN-GP: ``(||grad D(x_hat)|| - 1)^2`` at random points between real and generated images."""
    eps = torch.rand(len(real), *([1] * (real.dim() - 1)), device=real.device, dtype=real.dtype)
    mixed = (eps * real + (1 - eps) * fake).requires_grad_(True)
    scores = discriminator(mixed, labels)
    (grad,) = torch.autograd.grad(scores.sum(), mixed, create_graph=True)
    return ((grad.flatten(1).norm(2, dim=1) - 1.0) ** 2).mean()


def score_means(kind: str, real: torch.Tensor, fake: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """What D(real) and D(fake) report: probabilities for the non-saturating loss, raw scores otherwise."""
    if kind == "non_saturating":
        return torch.sigmoid(real).mean(), torch.sigmoid(fake).mean()
    return real.mean(), fake.mean()
