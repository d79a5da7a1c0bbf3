"""GAN experiments before any training: spec, templates sized from the images, and bad input named clearly."""

from __future__ import annotations

import re

import pytest
import torch

from models.data.base import DataInfo
from models.defaults import experiment_for
from models.errors import DanluError, DataError, SpecError
from models.network import LayerShapeError, list_templates, make_template
from models.network.gan import (
    check_gan,
    generation_info,
    summarize_discriminator,
    summarize_gan,
    summarize_generator,
)
from models.network.gan_templates import default_gan_template, make_discriminator
from models.spec import Experiment
from models.spec import network as ns
from models.spec.data import DataSpec
from models.spec.gan import GENERATION_LOSSES, GanSpec, generation_train_spec
from models.spec.train import TrainSpec
from models.tasks.generation_callback import FailureWatch
from models.tasks.generation_nets import Discriminator, discriminator_loss, generator_loss, gradient_penalty

DIGITS = DataInfo("classification", "image", (1, 8, 8), num_outputs=10, class_names=tuple("0123456789"))


def image_info(c: int, h: int, w: int, classes: int = 3) -> DataInfo:
    return DataInfo("generation", "image", (c, h, w), num_outputs=classes, class_names=tuple("abcdefghij"[:classes]))


def gan_experiment(info: DataInfo, template: str = "dcgan", **gan: object) -> Experiment:
    gan_info = generation_info(info)
    return Experiment(
        network=make_template(template, gan_info),
        discriminator=make_discriminator(template, gan_info),
        train=generation_train_spec(TrainSpec(gan=GanSpec(**gan))),  # type: ignore[arg-type]
    )


def test_digits_template_round_trips_and_other_experiments_read_as_before() -> None:
    exp = experiment_for(DataSpec(source="builtin", name="digits"), "conditional_dcgan")
    assert exp.train.task == "generation" and exp.train.loss == "non_saturating"
    assert exp.train.gan.conditional
    assert exp.train.checkpoint.monitor == "val_fd" and exp.train.optimizer.betas == [0.5, 0.999]
    assert exp.discriminator is not None and exp.discriminator.layers[-1].out_features == 1  # type: ignore[union-attr]
    assert Experiment.from_yaml(exp.to_yaml()) == exp
    plain = Experiment().to_yaml()
    assert "gan" not in plain and "discriminator" not in plain
    assert Experiment.from_yaml(plain) == Experiment()


def test_gan_templates_are_listed_for_images_only() -> None:
    names = {t.name: t for t in list_templates()}
    for name in ("dcgan", "mlp_gan", "conditional_dcgan"):
        assert names[name].modalities == ("image",) and names[name].tasks == ("generation",)


WATCH_FD = {"checkpoint": {"monitor": "val_fd"}, "early_stopping": {"monitor": "val_fd"}}


@pytest.mark.parametrize(
    ("loss", "extra", "expected"),
    [
        ("cross_entropy", {}, "train.loss: 'cross_entropy' is for classification; generation takes non_saturating"),
        ("hinge", {}, "train.checkpoint.monitor: val_loss is a classification and regression metric; a generation"),
        ("hinge", {"gradient_clip": 1.0, **WATCH_FD}, "train.gradient_clip: not used by GAN training"),
        ("hinge", {"scheduler": {"name": "cosine"}, **WATCH_FD}, "train.scheduler.name: GAN training keeps both"),
    ],
)
def test_train_spec_rejects_what_gans_do_not_use(loss: str, extra: dict, expected: str) -> None:
    with pytest.raises(SpecError, match=re.escape(expected)):
        Experiment.from_dict({"train": {"task": "generation", "loss": loss, **extra}})


def test_a_gan_loss_outside_generation_says_what_fits() -> None:
    with pytest.raises(SpecError, match="train.loss: 'wgan_gp' is for generation; classification takes"):
        Experiment.from_dict({"train": {"loss": "wgan_gp"}})


@pytest.mark.parametrize("side", [8, 12, 16, 28, 32, 48, 64])
@pytest.mark.parametrize("channels", [1, 3])
@pytest.mark.parametrize("conditional", [False, True])
def test_dcgan_reaches_every_size_from_8_to_64(side: int, channels: int, conditional: bool) -> None:
    info = image_info(channels, side, side)
    exp = gan_experiment(info, conditional=conditional)
    gen, disc = summarize_generator(exp, info), summarize_discriminator(exp, info)
    assert gen.ok and gen.output_shape == (channels, side, side), gen.to_text()
    assert gen.input_shape == (64 + (16 if conditional else 0),)
    assert disc.ok and disc.output_shape == (1,) and disc.input_shape[0] == channels + conditional, disc.to_text()


def test_dcgan_builds_non_square_images() -> None:
    info = image_info(3, 16, 32)
    assert summarize_generator(gan_experiment(info), info).output_shape == (3, 16, 32)


@pytest.mark.parametrize(
    ("shape", "expected"),
    [
        ((1, 4, 4), "'dcgan' makes images from 8x8 to 64x64; these are 4x4; set data.image.size"),
        ((3, 96, 96), "'dcgan' makes images from 8x8 to 64x64; these are 96x96"),
        ((1, 9, 9), "'dcgan' doubles a map of at most 8x8 up to the image size, which cannot reach 9x9"),
        ((1, 34, 34), "cannot reach 34x34"),
    ],
)
def test_an_image_size_the_template_cannot_reach(shape: tuple[int, int, int], expected: str) -> None:
    with pytest.raises(SpecError, match=expected):
        make_template("dcgan", image_info(*shape))


def test_mlp_gan_is_for_tiny_images() -> None:
    assert make_template("mlp_gan", image_info(1, 64, 64)).layers
    with pytest.raises(SpecError, match="'mlp_gan' is for tiny images \\(at most 4096 values\\); these are 3x64x64"):
        make_template("mlp_gan", image_info(3, 64, 64))


@pytest.mark.parametrize(
    ("info", "expected"),
    [
        (DataInfo("regression", "tabular", (10,)), "but the dataset is regression on a table [10]; choose an image"),
        (DataInfo("forecasting", "forecast", (32, 1), num_outputs=1), "forecasting on a time series to forecast"),
        (DataInfo("classification", "sequence", (64, 1), num_outputs=4, class_names=tuple("abcd")), "sequence data"),
        (
            DataInfo("classification", "text", (40,), "int64", 2, ("n", "p"), vocab_size=50),
            "trains a GAN on images, but the dataset is text [40]",
        ),
    ],
)
def test_non_image_data_for_a_gan(info: DataInfo, expected: str) -> None:
    exp = gan_experiment(DIGITS)
    with pytest.raises(DataError) as err:
        check_gan(exp, info)
    assert expected in str(err.value)


def test_a_discriminator_without_a_scalar_output_names_its_last_layer() -> None:
    exp = gan_experiment(DIGITS)
    assert exp.discriminator is not None
    exp.discriminator.layers[-1] = ns.Linear(out_features=10, name="score")
    with pytest.raises(LayerShapeError) as err:
        check_gan(exp, DIGITS)
    last = len(exp.discriminator.layers) - 1
    assert str(err.value) == (
        f"discriminator layer {last} 'score' (linear): the discriminator ends with [10] but must give one "
        "real/fake score [1] per image; set the last linear's out_features to 1"
    )
    exp.discriminator.layers = exp.discriminator.layers[:-2]  # ends with a [C, H, W] map
    assert "end with a flatten and a linear layer with out_features 1" in str(
        pytest.raises(LayerShapeError, check_gan, exp, DIGITS).value
    )


def test_a_generator_whose_images_differ_from_the_data_names_its_last_layer() -> None:
    exp = gan_experiment(DIGITS)
    exp.network.layers[-2] = ns.Conv2d(out_channels=3, kernel_size=3, padding=1, name="image")
    with pytest.raises(LayerShapeError) as err:
        check_gan(exp, DIGITS)
    last = len(exp.network.layers) - 1
    assert str(err.value).startswith(
        f"generator layer {last} (tanh): the generator ends with [3, 8, 8] but the images are [1, 8, 8]; end with"
    )
    exp.network.layers.insert(0, ns.Conv2d())  # the latent is a vector: a conv2d cannot take it
    message = str(pytest.raises(LayerShapeError, check_gan, exp, DIGITS).value)
    assert message.startswith("generator layer 0 (conv2d): expects an image-like map [C, H, W] but receives [64]")


def test_missing_discriminator_and_classless_conditional() -> None:
    exp = gan_experiment(DIGITS).model_copy(update={"discriminator": None})
    with pytest.raises(SpecError, match="discriminator: a generation experiment needs a discriminator network"):
        check_gan(exp, DIGITS)
    exp = gan_experiment(DIGITS, conditional=True)
    with pytest.raises(DanluError, match="train.gan.conditional needs a dataset with at least 2 classes"):
        check_gan(exp, DataInfo("classification", "image", (1, 8, 8), num_outputs=1, class_names=("only",)))


def test_failure_watch_warns_once_per_episode() -> None:
    watch = FailureWatch("non_saturating")
    quiet = {"train_d_loss": 1.2, "val_diversity": 0.9}
    assert [watch.observe(quiet) for _ in range(2)] == [[], []]
    wins = {"train_d_loss": 0.01, "val_diversity": 0.9}
    said = [watch.observe(wins) for _ in range(4)]
    assert [len(s) for s in said] == [0, 0, 1, 0] and "discriminator wins outright" in said[2][0]
    assert watch.observe(quiet) == [] and [len(watch.observe(wins)) for _ in range(3)] == [0, 0, 1]
    collapsed = {"train_d_loss": 1.0, "val_diversity": 0.1}
    said = [watch.observe(collapsed) for _ in range(2)]
    assert [len(s) for s in said] == [0, 1] and "the samples collapse" in said[1][0] and "10%" in said[1][0]
    # Early epochs are a grace period; a Wasserstein critic's loss is not a sign of winning.
    early, critic = FailureWatch("non_saturating"), FailureWatch("wgan_gp")
    assert all(early.observe(collapsed) == [] for _ in range(4))
    assert all(critic.observe({"train_d_loss": -3.0}) == [] for _ in range(6))


@pytest.mark.parametrize("loss", GENERATION_LOSSES)
def test_every_gan_loss_is_finite_and_pulls_the_right_way(loss: str) -> None:
    torch.manual_seed(0)
    net = Discriminator(torch.nn.Sequential(torch.nn.Flatten(), torch.nn.Linear(64, 1)), (1, 8, 8))
    real, fake = torch.randn(6, 1, 8, 8), torch.randn(6, 1, 8, 8, requires_grad=True)
    d_real, d_fake = net(real), net(fake)
    d_loss = discriminator_loss(loss, d_real, d_fake)
    if loss == "wgan_gp":
        d_loss = d_loss + 10 * gradient_penalty(net, real, fake.detach(), None)
    g_loss = generator_loss(loss, d_fake)
    assert torch.isfinite(d_loss) and torch.isfinite(g_loss)
    (grad,) = torch.autograd.grad(g_loss, d_fake)
    assert (grad < 0).all()  # the generator gains by raising the discriminator's score of its images
    d_grads = torch.autograd.grad(d_loss, [d_real, d_fake])
    assert (d_grads[0] <= 0).all() and (d_grads[1] >= 0).all()  # the discriminator raises real, lowers fake


def test_default_gan_template_and_the_summary_of_both_networks() -> None:
    assert default_gan_template(image_info(1, 8, 8)) == "dcgan"
    assert default_gan_template(image_info(1, 9, 9)) == "mlp_gan"  # dcgan cannot reach 9x9; 81 values is tiny
    with pytest.raises(SpecError, match="makes images from 8x8 to 64x64; these are 90x90"):
        default_gan_template(image_info(3, 90, 90))
    exp = gan_experiment(DIGITS)
    both = summarize_gan(exp, generation_info(DIGITS))
    assert both.problem is None and both.generator.output_shape == (1, 8, 8) and both.generator.input_shape == (64,)
    assert both.discriminator is not None and both.discriminator.output_shape == (1,)
    assert both.discriminator.input_shape == (1, 8, 8)
    assert exp.discriminator is not None
    exp.discriminator.layers.pop()
    both = summarize_gan(exp, generation_info(DIGITS))
    assert both.generator.ok and str(both.problem).startswith("discriminator layer")
    assert both.discriminator is not None and not both.discriminator.ok  # the editor marks the layer


def test_a_gan_template_turns_an_experiment_into_a_gan_and_a_classifier_template_back() -> None:
    from models.defaults import train_spec_for, with_task, with_template
    from models.network import template_problem

    plain = Experiment(network=make_template("lenet", DIGITS))
    plain.train.optimizer.lr = 0.01
    gan = with_template(plain, DIGITS, "conditional_dcgan")
    assert gan.train.task == "generation" and gan.train.loss in GENERATION_LOSSES and gan.train.gan.conditional
    assert gan.discriminator is not None and gan.network.template == "conditional_dcgan"
    assert gan.train.optimizer.lr == 2e-4 and gan.train.checkpoint.monitor == "val_fd"
    assert summarize_gan(gan, generation_info(DIGITS)).problem is None
    assert with_task(plain, DIGITS, "generation").network.template == "dcgan"  # default_gan_template's choice

    back = with_template(gan, DIGITS, "mlp")
    assert back.train.task == "classification" and back.discriminator is None and back.network.template == "mlp"
    assert back.train.loss == "cross_entropy" and back.train.checkpoint.monitor == "val_loss"
    assert back.train.gan == GanSpec() and back.train.optimizer == TrainSpec().optimizer
    assert "gan" not in back.to_dict()["train"] and "discriminator" not in back.to_dict()  # a plain file again
    assert with_task(gan, DIGITS, "classification").network.template == "lenet"
    assert train_spec_for("classification", gan.train).task == "classification"

    classless = DataInfo("classification", "image", (1, 8, 8), num_outputs=1, class_names=("only",))
    assert "has no classes" in (template_problem("conditional_dcgan", classless) or "")
    assert template_problem("dcgan", classless) is None and template_problem("dcgan", DIGITS) is None
    table = DataInfo("classification", "tabular", (4,), num_outputs=3, class_names=("a", "b", "c"))
    assert "trains a GAN on images" in (template_problem("mlp_gan", table) or "")
    assert template_problem("lenet", table) is not None and template_problem("mlp", table) is None
