"""A GAN quality number that works offline: Frechet and kernel distances on a Danlu classifier's features.

The Inception network behind FID is a download and knows nothing of 8x8 digits or a user's X-rays, so
Danlu measures with a classifier trained on the same data instead: the images' features are its
penultimate layer (the input of its last linear layer). The maths is torchmetrics' (``FrechetInceptionDistance``
and ``KernelInceptionDistance`` with the features passed through), but the numbers are *classifier-feature*
distances: comparable between epochs and runs on the same data and classifier, not with published FIDs.

The classifier is a user's classification run on the same images (``train.gan.feature_run``) or, by
default, a small LeNet trained for ``train.gan.feature_epochs`` epochs before the GAN. Either way it is
copied into the GAN's run folder (``quality_classifier.pt``), so a resumed run measures with the same one.
"""

from __future__ import annotations

import time
import warnings
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

import torch
from torch import nn
from torchmetrics.classification import MulticlassAccuracy
from torchmetrics.image.fid import FrechetInceptionDistance
from torchmetrics.image.kid import KernelInceptionDistance

from models.data.base import DataInfo
from models.errors import CheckpointError, DataError
from models.spec.experiment import Experiment
from models.spec.network import NetworkSpec

CLASSIFIER_FILE = "quality_classifier.pt"
#: Kernel distance: random subsets of at most this many samples, this many times (torchmetrics' method).
KD_SUBSET, KD_SUBSETS = 500, 20

Say = Callable[[str], None]


class FeatureClassifier(nn.Module):
    """A trained classifier as a feature extractor: images in [-1, 1] -> (features, logits).

    Always in eval mode and never trained further (its parameters do not require gradients).
    """

    def __init__(self, network: nn.Module, mean: list[float], std: list[float]) -> None:
        super().__init__()
        layers = list(network.children())
        last = max((i for i, m in enumerate(layers) if isinstance(m, nn.Linear)), default=None)
        if last is None:
            raise DataError("the feature classifier has no linear layer; its features are the input of the last one")
        self.body = nn.Sequential(*layers[:last])
        self.head = nn.Sequential(*layers[last:])
        self.register_buffer("mean", torch.tensor(mean, dtype=torch.float32).view(-1, 1, 1), persistent=False)
        self.register_buffer("std", torch.tensor(std, dtype=torch.float32).view(-1, 1, 1), persistent=False)
        self.requires_grad_(False)
        self.eval()

    def train(self, mode: bool = True) -> FeatureClassifier:  # noqa: ARG002 - always a fixed measuring device
        return super().train(False)

    def forward(self, images: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        x = ((images + 1) / 2 - self.mean) / self.std  # [-1, 1] -> the classifier's own normalisation
        features = self.body(x)
        return features.flatten(1), self.head(features)


class _PassThrough(nn.Module):
    """torchmetrics' feature hook, given features already: it only reports their size."""

    def __init__(self, num_features: int) -> None:
        super().__init__()
        self.num_features = num_features

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x


class QualityMeter(nn.Module):
    """Accumulates real and generated images of one validation pass; :meth:`compute` gives the numbers.

    Reported: ``fd`` (classifier-feature Frechet distance), ``kd`` (kernel distance, the polynomial-kernel
    MMD of KID), ``diversity`` (spread of generated features over that of real ones: about 1 when the
    samples vary like the data, near 0 when they collapse), and for conditional GANs ``class_acc`` (mean)
    and ``class_accuracy`` (per class: how often the classifier sees the class a sample was drawn for).
    """

    def __init__(self, num_classes: int) -> None:
        super().__init__()
        self.num_classes = num_classes
        self._classifier: FeatureClassifier | None = None

    @property
    def ready(self) -> bool:
        return self._classifier is not None

    @property
    def classifier(self) -> FeatureClassifier | None:
        return self._classifier

    def set_classifier(self, classifier: FeatureClassifier, num_features: int) -> None:
        """Measure with ``classifier`` (already on the right device). It is kept out of ``state_dict``: the
        run folder holds it (``quality_classifier.pt``), so the GAN's checkpoints load without it."""
        object.__setattr__(self, "_classifier", classifier)  # not registered as a submodule
        feature = _PassThrough(num_features)
        self.fd = FrechetInceptionDistance(feature=feature, reset_real_features=True)
        with warnings.catch_warnings():  # "will save all extracted features": one validation pass, by design
            warnings.simplefilter("ignore", UserWarning)
            self.kd = KernelInceptionDistance(feature=feature, subsets=KD_SUBSETS, subset_size=KD_SUBSET)
        if self.num_classes:
            self.class_acc = MulticlassAccuracy(self.num_classes, average=None)
        self.register_buffer("spread", torch.zeros(2, 2, num_features, dtype=torch.float64), persistent=False)
        self.register_buffer("counts", torch.zeros(2, dtype=torch.float64), persistent=False)

    @torch.no_grad()
    def update(self, real: torch.Tensor, fake: torch.Tensor, labels: torch.Tensor | None = None) -> None:
        """Add a batch of real and of generated images (both in [-1, 1])."""
        assert self._classifier is not None
        real_f, _ = self._classifier(real.float())
        fake_f, logits = self._classifier(fake.float())
        for i, (f, is_real) in enumerate(((real_f, True), (fake_f, False))):
            self.fd.update(f, real=is_real)
            self.kd.update(f, real=is_real)
            d = f.double()
            self.spread[i, 0] += d.sum(0)
            self.spread[i, 1] += (d * d).sum(0)
            self.counts[i] += len(f)
        if self.num_classes and labels is not None:
            self.class_acc.update(logits.argmax(-1), labels)

    def compute(self) -> dict[str, Any]:
        """The numbers of the pass (plain floats and lists); empty when fewer than two samples were seen."""
        if self._classifier is None or float(self.counts.min()) < 2:
            return {}
        out: dict[str, Any] = {"fd": float(self.fd.compute())}
        n = int(self.counts.min())
        self.kd.subset_size = min(KD_SUBSET, n)
        with torch.random.fork_rng(devices=[]):  # its random subsets must not move the training's RNG streams
            torch.manual_seed(0)
            out["kd"] = float(self.kd.compute()[0])
        mean = self.spread[:, 0] / self.counts[:, None]
        var = (self.spread[:, 1] / self.counts[:, None] - mean**2).clamp_min(0).sum(1)
        out["diversity"] = float((var[1] / var[0].clamp_min(1e-12)).sqrt())
        if self.num_classes:
            per_class = self.class_acc.compute().float()
            out["class_accuracy"] = per_class.tolist()
            out["class_acc"] = float(per_class.mean())
        return out

    def reset(self) -> None:
        if self._classifier is None:
            return
        self.fd.reset()
        self.kd.reset()
        if self.num_classes:
            self.class_acc.reset()
        self.spread.zero_()
        self.counts.zero_()


# --------------------------------------------------------------------------------------- the classifier


def _classifier_info(info: DataInfo) -> DataInfo:
    from dataclasses import replace

    return replace(info, task="classification", num_outputs=max(2, info.num_classes))


def check_feature_run(path: str, info: DataInfo) -> Any:
    """Load ``train.gan.feature_run`` and check that it classifies these images; returns the trained model.

    Raises:
        DataError: not a run, not an image classifier, other image shape or other classes.
    """
    from models.training.checkpoints import load_trained

    field = "train.gan.feature_run"
    try:
        trained = load_trained(path)
    except (CheckpointError, DataError) as err:
        raise DataError(f"{field}: {err}") from None
    except Exception as err:  # noqa: BLE001 - any other reason the run cannot be read is the user's to fix
        raise DataError(f"{field}: {path} cannot be used ({err}); choose a classification run folder") from None
    got = trained.info
    if got.task != "classification" or got.modality != "image":
        raise DataError(f"{field}: {path} is a {got.task} run on {got.modality} data; choose an image classifier")
    if tuple(got.input_shape) != tuple(info.input_shape):
        raise DataError(
            f"{field}: {path} classifies images of {list(got.input_shape)}, these are {list(info.input_shape)}; "
            "choose a run trained on the same images (or leave it empty to train one)"
        )
    if info.class_names and tuple(got.class_names) != tuple(info.class_names):
        raise DataError(
            f"{field}: {path} knows the classes {list(got.class_names)[:5]}, the data has "
            f"{list(info.class_names)[:5]}; choose a run trained on the same data"
        )
    return trained


def _accuracy(network: Callable[[torch.Tensor], torch.Tensor], loader: Any, device: torch.device) -> float:
    right = total = 0
    with torch.no_grad():
        for x, y in loader:
            right += int((network(x.to(device)).argmax(-1).cpu() == y).sum())
            total += len(y)
    return right / max(1, total)


def train_feature_classifier(
    dm: Any, info: DataInfo, epochs: int, seed: int, device: torch.device
) -> tuple[nn.Module, NetworkSpec, float]:
    """A LeNet trained on the train split with Adam (plain loop, the run's RNG streams untouched).

    Returns:
        The network (eval mode), its spec and its accuracy on the validation split.
    """
    from models.network import build_network, make_template

    cls_info = _classifier_info(info)
    spec = make_template("lenet", cls_info)
    with torch.random.fork_rng(devices=[device] if device.type == "cuda" else []):
        torch.manual_seed(seed)
        network = build_network(spec, cls_info).to(device)
        opt = torch.optim.Adam(network.parameters(), lr=1e-3)
        network.train()
        for _ in range(epochs):
            for x, y in dm.train_dataloader():
                loss = nn.functional.cross_entropy(network(x.to(device)), y.to(device))
                opt.zero_grad(set_to_none=True)
                loss.backward()
                opt.step()
    network.eval()
    return network, spec, _accuracy(network, dm.val_dataloader(), device)


def _save(path: Path, record: dict[str, Any]) -> None:
    tmp = path.with_name(path.name + ".part")
    torch.save(record, tmp)
    tmp.replace(path)


def prepare_classifier(
    run_dir: Path, experiment: Experiment, dm: Any, info: DataInfo, device: torch.device, say: Say, save: bool = True
) -> tuple[FeatureClassifier, int]:
    """The run's feature classifier: its saved copy (a resumed run), the chosen run's, or a new LeNet.

    Returns:
        The classifier and its feature size.
    """
    from models.network import build_network

    gan = experiment.train.gan
    path = Path(run_dir) / CLASSIFIER_FILE
    if path.is_file():
        record = torch.load(path, map_location="cpu", weights_only=True)
        cls_info = DataInfo(**{k: tuple(v) if isinstance(v, list) else v for k, v in record["info"].items()})
        network = build_network(NetworkSpec.model_validate(record["network"]), cls_info)
        network.load_state_dict(record["state_dict"])
    elif gan.feature_run:
        trained = check_feature_run(gan.feature_run, info)
        network, spec, cls_info = trained.network.cpu(), trained.experiment.network, trained.info
        image = trained.experiment.data.image
        record = {"source": str(gan.feature_run), "mean": image.mean, "std": image.std}
        # Through the feature classifier, so the data's and the classifier's normalisations may differ.
        own = experiment.data.image
        channels = info.input_shape[0]
        measure = FeatureClassifier(network, image.mean or [0.0] * channels, image.std or [1.0] * channels)
        mean = torch.tensor(own.mean or [0.0] * channels).view(1, -1, 1, 1)
        std = torch.tensor(own.std or [1.0] * channels).view(1, -1, 1, 1)
        record["val_accuracy"] = _accuracy(
            lambda x: measure.to(device)(((x.cpu() * std + mean) * 2 - 1).to(device))[1], dm.val_dataloader(), device
        )
        say(
            f"quality: features of the classifier {gan.feature_run} "
            f"(accuracy {record['val_accuracy']:.1%} on this data's validation split)"
        )
    else:
        if info.num_classes < 2:
            raise DataError(
                "the quality number needs a classifier of these images, but the data have no classes; "
                "set train.gan.feature_run to a classification run on similar images"
            )
        epochs = gan.feature_epochs
        say(f"quality: training a LeNet for {epochs} epochs on the train split; its features measure the samples")
        start = time.perf_counter()
        network, spec, accuracy = train_feature_classifier(dm, info, epochs, experiment.train.seed, device)
        cls_info = _classifier_info(info)
        image = experiment.data.image
        record = {"source": "auto", "mean": image.mean, "std": image.std, "val_accuracy": accuracy}
        say(f"quality: the LeNet reached {accuracy:.1%} validation accuracy in {time.perf_counter() - start:.1f} s")
    if "state_dict" not in record:
        record.update(
            network=spec.model_dump(mode="json"),
            info=asdict(cls_info),
            state_dict={k: v.detach().cpu() for k, v in network.state_dict().items()},
        )
        if save:
            _save(path, record)
    channels = info.input_shape[0]
    classifier = FeatureClassifier(network, record["mean"] or [0.0] * channels, record["std"] or [1.0] * channels)
    with torch.no_grad():
        size = classifier.to("cpu")(torch.zeros(1, *info.input_shape))[0].shape[1]
    return classifier.to(device), int(size)


def load_classifier(run_dir: Path, info: DataInfo, device: torch.device | str = "cpu") -> tuple[FeatureClassifier, int]:
    """The feature classifier a finished run measured with (for evaluation after training)."""
    path = Path(run_dir) / CLASSIFIER_FILE
    if not path.is_file():
        raise CheckpointError(f"{path}: missing; the run has not measured quality yet (train it for an epoch)")
    return prepare_classifier(Path(run_dir), Experiment(), None, info, torch.device(device), lambda _m: None)
