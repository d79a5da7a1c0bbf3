"""Task ``generation``: a GAN, the generator (``network``) trained against the discriminator, in one module.

Manual optimisation with two optimisers (generator first, then discriminator, as Lightning stores them in
checkpoints): every batch updates the discriminator, every ``discriminator_steps``-th batch also the
generator, reusing the batch's generated images. The losses are in :mod:`models.tasks.generation_nets`, the
quality number in :mod:`models.tasks.generation_quality`; side effects (sample grids, PNGs, warnings) are
the :class:`~models.tasks.generation_callback.GanMonitor`'s.

Real images arrive normalised as for classification; the task maps them back to [-1, 1], the range of the
generator's tanh, so both sides of the discriminator see the same scale.
"""

from __future__ import annotations

import copy
import math
import warnings
from typing import Any

import lightning as L
import numpy as np
import torch

from models.data.base import DataInfo
from models.sample_grids import tile, to_uint8
from models.spec.experiment import Experiment
from models.spec.train import OptimizerSpec
from models.tasks.generation_nets import (
    Discriminator,
    Generator,
    GeneratorExport,
    add_spectral_norm,
    discriminator_loss,
    generator_loss,
    gradient_penalty,
    score_means,
    update_ema,
)
from models.tasks.generation_quality import QualityMeter, Say, prepare_classifier
from models.tasks.module import _RunningMean
from models.tasks.optim import build_optimizer

# The generator's weight average is an eval-mode copy on purpose (it only ever samples).
warnings.filterwarnings("ignore", ".*module\\(s\\) in eval mode at the start of training.*")

#: Samples in an epoch grid (unconditional), and columns per class row (conditional).
GRID_SAMPLES, GRID_COLUMNS = 64, 8
#: At most this many classes get a row in the grids.
MAX_CLASS_ROWS = 20


def latents(n: int, dim: int, seed: int) -> torch.Tensor:
    """``n`` standard-normal latent vectors from their own generator (the global RNG is not touched)."""
    return torch.randn(n, dim, generator=torch.Generator().manual_seed(seed))


def slerp(a: torch.Tensor, b: torch.Tensor, t: torch.Tensor) -> torch.Tensor:
    """Spherical interpolation ``[len(t), dim]`` between two latents: stays where normal latents live."""
    omega = torch.arccos((a / a.norm() * b / b.norm()).sum().clamp(-1 + 1e-7, 1 - 1e-7))
    s = torch.sin(omega)
    return (torch.sin((1 - t) * omega) / s)[:, None] * a + (torch.sin(t * omega) / s)[:, None] * b


def build_generator(experiment: Experiment, info: DataInfo) -> Generator:
    """The generator of a generation experiment for image data ``info`` (task ``generation``)."""
    from models.network import build_network  # the network package is heavy; import where used
    from models.network.gan import generator_info

    gan = experiment.train.gan
    classes = info.num_classes if gan.conditional else 0
    network = build_network(experiment.network, generator_info(info, gan), check_output=False)
    return Generator(network, gan.latent_dim, classes, gan.class_embedding)


def build_discriminator(experiment: Experiment, info: DataInfo) -> Discriminator:
    """The discriminator of a generation experiment (spectral-normalised when ``train.gan`` asks for it)."""
    from models.network import build_network
    from models.network.gan import discriminator_info

    gan = experiment.train.gan
    assert experiment.discriminator is not None, "checked by models.network.gan.check_gan"
    network = build_network(experiment.discriminator, discriminator_info(info, gan), check_output=False)
    discriminator = Discriminator(network, tuple(info.input_shape), info.num_classes if gan.conditional else 0)
    if gan.spectral_norm:
        add_spectral_norm(discriminator)
    return discriminator


class GenerationTask(L.LightningModule):
    """A GAN on image data. ``network`` is the generator used for samples (its EMA when enabled).

    Hyper-parameters are plain data, like every Danlu task, so checkpoints load with ``weights_only=True``.
    """

    def __init__(
        self, experiment: dict[str, Any], info: dict[str, Any], class_weights: list[float] | None = None
    ) -> None:
        super().__init__()
        self.save_hyperparameters({"experiment": experiment, "info": info, "class_weights": None})
        self.automatic_optimization = False
        self.experiment = Experiment.from_dict(experiment)
        self.info = DataInfo(**{k: tuple(v) if isinstance(v, list) else v for k, v in info.items()})
        self.gan = gan = self.experiment.train.gan
        self.loss_kind = self.experiment.train.loss
        self.num_classes = self.info.num_classes if gan.conditional else 0
        self.generator = build_generator(self.experiment, self.info)
        self.discriminator = build_discriminator(self.experiment, self.info)
        self.generator_ema = copy.deepcopy(self.generator).requires_grad_(False).eval() if gan.ema_decay else None
        self.register_buffer("ema_updates", torch.zeros((), dtype=torch.long))  # persistent: resumes the warm-up
        self._ema_t: int | None = None  # a host copy of ema_updates (read once; no device sync per step)
        image = self.experiment.data.image
        c = self.info.input_shape[0]
        self.register_buffer("data_mean", torch.tensor(image.mean or [0.0] * c).view(1, -1, 1, 1), persistent=False)
        self.register_buffer("data_std", torch.tensor(image.std or [1.0] * c).view(1, -1, 1, 1), persistent=False)
        self.quality = QualityMeter(self.num_classes)
        self.stats = {k: _RunningMean() for k in ("g_loss", "d_loss", "d_real", "d_fake")}
        self.steps_per_epoch = 1  # set by fit(); unused (constant learning rates)
        self.last_quality: dict[str, Any] = {}
        grid_n = self.grid_shape()[0] * self.grid_shape()[1]
        self.grid_latents = latents(grid_n, gan.latent_dim, self.experiment.train.seed + 1)

    # -- sampling ------------------------------------------------------------------------------------------
    @property
    def network(self) -> Generator:
        """The generator that makes samples: the moving average of the weights, else the generator itself."""
        return self.generator_ema if self.generator_ema is not None else self.generator

    def forward(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> torch.Tensor:
        return self.network(z, labels)

    def export_module(self) -> GeneratorExport:
        """The sampling generator with one input (latent [+ one-hot class]), for the exporters."""
        return GeneratorExport(self.network)

    def to_unit(self, x: torch.Tensor) -> torch.Tensor:
        """Normalised real images -> [-1, 1]."""
        return (x * self.data_std + self.data_mean) * 2 - 1

    @torch.no_grad()
    def sample(self, z: torch.Tensor, labels: torch.Tensor | None = None) -> np.ndarray:
        """Images ``[N, C, H, W]`` in [-1, 1] (numpy) from the sampling generator in eval mode."""
        net = self.network
        was_training = net.training
        net.eval()
        try:
            out = net(z.to(self.device), None if labels is None else labels.to(self.device))
        finally:
            net.train(was_training)
        return out.float().cpu().numpy()

    def grid_shape(self) -> tuple[int, int]:
        """Rows and columns of the epoch grids: 8x8, or one row per class (conditional)."""
        if self.num_classes:
            return min(self.num_classes, MAX_CLASS_ROWS), GRID_COLUMNS
        side = int(math.sqrt(GRID_SAMPLES))
        return side, side

    def grid_labels(self, rows: int, cols: int) -> torch.Tensor | None:
        return torch.arange(rows).repeat_interleave(cols) if self.num_classes else None

    def sample_grid(self) -> np.ndarray:
        """The fixed latent batch through the current generator, tiled (uint8)."""
        rows, cols = self.grid_shape()
        return tile(to_uint8(self.sample(self.grid_latents, self.grid_labels(rows, cols))), rows, cols)

    def interpolation_grid(self, rows: int = 4, cols: int = 10) -> tuple[np.ndarray, int, int]:
        """Each row walks (spherically) between two fixed latents; conditional rows keep one class."""
        ends = latents(2 * rows, self.gan.latent_dim, self.experiment.train.seed + 2)
        t = torch.linspace(0, 1, cols)
        z = torch.cat([slerp(ends[2 * r], ends[2 * r + 1], t) for r in range(rows)])
        labels = (torch.arange(rows) % self.num_classes).repeat_interleave(cols) if self.num_classes else None
        return tile(to_uint8(self.sample(z, labels)), rows, cols), rows, cols

    def class_grid(self, cols: int = 10) -> tuple[np.ndarray, int, int] | None:
        """Conditional models: one row per class, the same latents in every row (None when unconditional)."""
        if not self.num_classes:
            return None
        rows = min(self.num_classes, MAX_CLASS_ROWS)
        z = latents(cols, self.gan.latent_dim, self.experiment.train.seed + 3).repeat(rows, 1)
        return tile(to_uint8(self.sample(z, self.grid_labels(rows, cols))), rows, cols), rows, cols

    # -- training ------------------------------------------------------------------------------------------
    def configure_optimizers(self) -> list[torch.optim.Optimizer]:
        spec = self.experiment.train.optimizer
        d_spec: OptimizerSpec = spec.model_copy(update={"lr": self.gan.discriminator_lr or spec.lr})
        return [
            build_optimizer(self.generator.parameters(), spec),
            build_optimizer(self.discriminator.parameters(), d_spec),
        ]

    def training_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> torch.Tensor:
        opt_g, opt_d = self.optimizers()  # type: ignore[misc]
        x, y = batch
        real = self.to_unit(x)
        labels = y if self.num_classes else None
        n = len(real)
        g_turn = (batch_idx + 1) % self.gan.discriminator_steps == 0
        z = torch.randn(n, self.gan.latent_dim, device=real.device)
        with torch.set_grad_enabled(g_turn):  # the generator's graph is only kept when it updates
            fake = self.generator(z, labels)
        d_real = self.discriminator(real, labels)
        d_fake = self.discriminator(fake.detach(), labels)
        loss_d = discriminator_loss(self.loss_kind, d_real, d_fake)
        if self.loss_kind == "wgan_gp" and self.gan.gradient_penalty:
            loss_d = loss_d + self.gan.gradient_penalty * gradient_penalty(
                self.discriminator, real, fake.detach(), labels
            )
        opt_d.zero_grad(set_to_none=True)
        self.manual_backward(loss_d)
        opt_d.step()
        report = loss_d.detach()
        if g_turn:
            loss_g = generator_loss(self.loss_kind, self.discriminator(fake, labels))
            opt_g.zero_grad(set_to_none=True)
            self.manual_backward(loss_g)
            opt_g.step()
            if self.generator_ema is not None:
                if self._ema_t is None:
                    self._ema_t = int(self.ema_updates)
                update_ema(self.generator_ema, self.generator, self.gan.ema_decay, self._ema_t)
                self._ema_t += 1
                self.ema_updates += 1
            self.stats["g_loss"].add(loss_g, n)
            # Equal to the discriminator's loss, but NaN when either loss is: the finite-loss guard sees both.
            report = report + 0.0 * loss_g.detach()
        mean_real, mean_fake = score_means(self.loss_kind, d_real.detach(), d_fake.detach())
        self.stats["d_loss"].add(loss_d, n)
        self.stats["d_real"].add(mean_real, n)
        self.stats["d_fake"].add(mean_fake, n)
        return report

    # -- quality -------------------------------------------------------------------------------------------
    def prepare_quality(self, dm: Any, run_dir: Any, say: Say, save: bool = True) -> None:
        """Load or train the feature classifier that measures the samples (before the first epoch)."""
        if not self.quality.ready:
            classifier, size = prepare_classifier(run_dir, self.experiment, dm, self.info, self.device, say, save)
            self.quality.set_classifier(classifier, size)
            self.quality.to(self.device)

    def eval_latents(self, batch_idx: int, n: int) -> torch.Tensor:
        """Fixed latents for validation batch ``batch_idx``: the same samples are measured every epoch."""
        return latents(n, self.gan.latent_dim, self.experiment.train.seed * 100_003 + 10 + batch_idx)

    def on_validation_epoch_start(self) -> None:
        self.quality.reset()

    def validation_step(self, batch: tuple[torch.Tensor, torch.Tensor], batch_idx: int) -> None:
        if not self.quality.ready:
            return
        x, y = batch
        labels = y if self.num_classes else None
        fake = self.network(self.eval_latents(batch_idx, len(x)).to(self.device), labels)
        self.quality.update(self.to_unit(x), fake, labels)

    def on_validation_epoch_end(self) -> None:
        logged: dict[str, float] = {}
        for name, mean in self.stats.items():
            value = mean.mean()
            if value is not None:
                logged[f"train_{name}"] = float(value)
            mean.reset()
        self.last_quality = self.quality.compute()
        for key in ("fd", "kd", "diversity", "class_acc"):
            if key in self.last_quality:
                logged[f"val_{key}"] = self.last_quality[key]
        if logged:
            self.log_dict(logged, sync_dist=False)
