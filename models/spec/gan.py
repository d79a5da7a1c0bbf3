"""GanSpec: how a ``generation`` run trains its generator (``network``) against its ``discriminator``.

A generation experiment describes two networks: ``Experiment.network`` is the generator (latent vector
[+ class] -> image) and ``Experiment.discriminator`` scores an image [+ class] as real or fake. The GAN loss
is ``train.loss`` (one of :data:`GENERATION_LOSSES`); everything else specific to GANs lives here, under
``train.gan``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pydantic import Field

from models.spec.base import StrictModel
from models.vocab import losses_for

if TYPE_CHECKING:
    from models.spec.train import TrainSpec

#: The losses a generation run takes (models.vocab): non-saturating BCE (Goodfellow et al. 2014), hinge
#: (Miyato et al. 2018) and Wasserstein with gradient penalty (Gulrajani et al. 2017).
GENERATION_LOSSES = tuple(e.name for e in losses_for("generation"))

#: The optimiser a GAN starts with: Adam at 2e-4 with beta1 0.5 (Radford et al. 2016).
GAN_OPTIMIZER = {"name": "adam", "lr": 2e-4, "betas": [0.5, 0.999]}


class GanSpec(StrictModel):
    """GAN options (``train.gan``).

    Attributes:
        latent_dim: Size of the random normal vector the generator starts from.
        conditional: Condition both networks on the class (needs a dataset with classes): the generator
            gets a learned class vector joined to its latent, the discriminator a learned class plane
            joined to its input image as an extra channel.
        class_embedding: Size of the generator's class vector.
        discriminator_steps: Discriminator updates per generator update.
        discriminator_lr: The discriminator's learning rate (None: ``train.optimizer.lr``); a higher one
            than the generator's is the two time-scale update rule (TTUR).
        spectral_norm: Spectral normalisation of the discriminator's linear and convolution layers.
        ema_decay: Samples, quality and exports use an exponential moving average of the generator's
            weights with this decay (0: the generator itself).
        gradient_penalty: Weight of the gradient penalty (``wgan_gp`` only).
        feature_run: A classification run on the same data whose penultimate-layer features measure
            sample quality; None trains a small classifier first, inside the run.
        feature_epochs: Epochs of that automatically trained classifier.
        sample_every_s: Seconds between live sample grids within an epoch (one always ends each epoch).
    """

    latent_dim: int = Field(64, ge=1, le=4096)
    conditional: bool = False
    class_embedding: int = Field(16, ge=1, le=1024)
    discriminator_steps: int = Field(1, ge=1, le=20)
    discriminator_lr: float | None = Field(default=None, gt=0, le=10)
    spectral_norm: bool = False
    ema_decay: float = Field(0.999, ge=0, lt=1)
    gradient_penalty: float = Field(10.0, ge=0)
    feature_run: str | None = None
    feature_epochs: int = Field(5, ge=1, le=200)
    sample_every_s: float = Field(5.0, ge=0.5)


def generation_train_spec(base: TrainSpec) -> TrainSpec:
    """A TrainSpec for a GAN: the GAN loss, Adam at 2e-4 with beta1 0.5 (Radford et al.), quality-based
    checkpoints, constant learning rates; epochs, batch size, seed and hardware options kept from ``base``."""
    from models.spec.train import TrainSpec

    data = base.model_dump()
    data.update(
        task="generation",
        loss=base.loss if base.loss in GENERATION_LOSSES else "non_saturating",
        gradient_clip=None,
        scheduler={"name": "none"},
        checkpoint={"monitor": "val_fd", "mode": "min"},
        gan=base.gan.model_dump(),
    )
    if base.task != "generation":
        data["optimizer"] = dict(GAN_OPTIMIZER)
        data["early_stopping"] = {**data["early_stopping"], "monitor": "val_fd", "mode": "min"}
    return TrainSpec.model_validate(data, strict=False)
