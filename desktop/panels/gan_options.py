"""The GAN rows of the training options (``train.gan.*``), and why other options do not apply to a GAN.

Rows of :class:`~desktop.panels.train_options.TrainOptionsEditor`'s form: shown only for task ``generation``
(the GAN loss itself is the ``loss`` row). The options a GAN does not use (the learning-rate schedule,
gradient clipping, early stopping, the L1 penalty) are greyed out there with :data:`NOT_FOR_GANS`'s reason.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.panels.data_form import PathEditor
from desktop.panels.spec_form import Row


def is_gan(train: Any) -> bool:
    """Whether the spec being edited trains a GAN (task ``generation``)."""
    return train.task == "generation"


def not_gan(train: Any) -> bool:
    return train.task != "generation"


def not_for_gans(what: str) -> str:
    """The reason a row is greyed out for a GAN: ``what`` (why it does not apply) and where its role went."""
    return QCoreApplication.translate("GanOptions", "Not used by GAN training: {what}").format(what=what)


def _row(path: str, label: str, help_text: str, **options: Any) -> Row:
    """A row shown for a GAN only (``applies`` narrows it further, e.g. to the WGAN-GP loss)."""
    return Row(path, label, help_text, **{"applies": is_gan, "hide": True, **options})


def gan_group() -> tuple[str, str, list[Row]]:
    """The GAN group of the training options: (title, explanation, rows)."""
    gan = is_gan
    return (
        QCoreApplication.translate("GanOptions", "GAN"),
        QCoreApplication.translate(
            "GanOptions",
            "How the generator and the discriminator train against each other. A GAN does not use the "
            "learning-rate schedule (both rates stay constant; no learning-rate finder), gradient clipping "
            "(spectral normalisation steadies the discriminator instead), early stopping or the L1 penalty "
            "(best.ckpt keeps the epoch with the lowest feature distance): they are greyed out.",
        ),
        [
            _row(
                "gan.discriminator_steps",
                QCoreApplication.translate("GanOptions", "D steps per G step"),
                QCoreApplication.translate(
                    "GanOptions", "Discriminator updates per generator update (WGAN-GP usually takes 5)."
                ),
            ),
            _row(
                "gan.discriminator_lr",
                QCoreApplication.translate("GanOptions", "Discriminator rate"),
                QCoreApplication.translate(
                    "GanOptions",
                    "The discriminator's learning rate; unset: the optimiser's, which the generator uses. A higher "
                    "one (e.g. 4e-4 against 1e-4) is the two time-scale update rule (TTUR).",
                ),
                log=True,
                fallback=4e-4,
                check_text=QCoreApplication.translate("GanOptions", "Own rate"),
            ),
            _row(
                "gan.gradient_penalty",
                QCoreApplication.translate("GanOptions", "Gradient penalty"),
                QCoreApplication.translate("GanOptions", "Weight of WGAN-GP's gradient penalty on the discriminator."),
                applies=lambda t: gan(t) and t.loss == "wgan_gp",
            ),
            _row(
                "gan.latent_dim",
                QCoreApplication.translate("GanOptions", "Latent size"),
                QCoreApplication.translate(
                    "GanOptions", "Length of the random normal vector each generated image starts from."
                ),
            ),
            _row(
                "gan.spectral_norm",
                "",
                QCoreApplication.translate(
                    "GanOptions",
                    "Spectral normalisation of the discriminator's layers: steadier training, especially with hinge.",
                ),
                check_text=QCoreApplication.translate("GanOptions", "Spectral normalisation (discriminator)"),
            ),
            _row(
                "gan.ema_decay",
                QCoreApplication.translate("GanOptions", "Generator average"),
                QCoreApplication.translate(
                    "GanOptions",
                    "Samples, quality and exports use a moving average of the generator's weights with this decay "
                    "(0: the generator itself); 0.999 gives smoother samples.",
                ),
            ),
            _row(
                "gan.conditional",
                "",
                QCoreApplication.translate(
                    "GanOptions",
                    "Tell both networks the class: the generator draws a chosen class (needs a dataset with "
                    "classes; Generate on the Predict page then offers the classes).",
                ),
                check_text=QCoreApplication.translate("GanOptions", "Conditional: draw a chosen class"),
            ),
            _row(
                "gan.class_embedding",
                QCoreApplication.translate("GanOptions", "Class vector size"),
                QCoreApplication.translate(
                    "GanOptions", "Length of the learned class vector joined to the generator's latent."
                ),
                applies=lambda t: gan(t) and t.gan.conditional,
            ),
            _row(
                "gan.feature_run",
                QCoreApplication.translate("GanOptions", "Quality classifier"),
                QCoreApplication.translate(
                    "GanOptions",
                    "A classification run on the same images whose features measure the samples (Fréchet and "
                    "kernel distances: lower is better). Empty: a small classifier is trained first, in the run.",
                ),
                editor=lambda _a, _f: PathEditor(
                    QCoreApplication.translate("GanOptions", "automatic: a small classifier trained first")
                ),
            ),
            _row(
                "gan.feature_epochs",
                QCoreApplication.translate("GanOptions", "Classifier epochs"),
                QCoreApplication.translate("GanOptions", "Epochs of the automatically trained quality classifier."),
                applies=lambda t: gan(t) and not t.gan.feature_run,
            ),
            _row(
                "gan.sample_every_s",
                QCoreApplication.translate("GanOptions", "Live samples every (s)"),
                QCoreApplication.translate(
                    "GanOptions",
                    "Seconds between sample grids within an epoch on the Results page (one always ends an epoch).",
                ),
            ),
        ],
    )


def choose_feature_run(parent: QWidget, editor: PathEditor) -> None:
    """Browse for the quality classifier's run folder (from the runs folder) and use it."""
    from models.training.runs import default_runs_dir

    start = editor.value() or str(default_runs_dir())
    path = QFileDialog.getExistingDirectory(
        parent, QCoreApplication.translate("GanOptions", "Choose a classification run on the same images"), start
    )
    if path:
        editor.edit(path)
