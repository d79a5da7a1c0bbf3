"""The backbone layer family: catalogue vs torchvision, shape inference, freezing, batch norms, data input."""

from __future__ import annotations

import pytest
import torch
from torch.utils.flop_counter import FlopCounterMode

from models.data.base import DataInfo
from models.errors import SpecError
from models.network import build_network, make_template, summarize
from models.network.backbone import Backbone, make_torchvision
from models.spec import DataSpec, Experiment
from models.spec import network as ns
from models.spec.backbones import ARCHITECTURES, IMAGENET_MEAN, IMAGENET_STD

PHOTO = DataInfo("classification", "image", (3, 64, 64), num_outputs=3, class_names=("a", "b", "c"))


def photo(h: int, w: int) -> DataInfo:
    return DataInfo("classification", "image", (3, h, w), num_outputs=3, class_names=("a", "b", "c"))


def head(arch: str, **kw) -> ns.NetworkSpec:
    return ns.NetworkSpec(layers=[ns.Backbone(arch=arch, **kw), ns.Linear(out_features=3, name="output")])


def meta_model(arch: str) -> torch.nn.Module:
    with torch.device("meta"):
        return make_torchvision(arch)


@pytest.mark.parametrize("arch", list(ARCHITECTURES))
def test_catalogue_matches_torchvision(arch: str) -> None:
    from torchvision.models import get_model_weights

    a = ARCHITECTURES[arch]
    model = meta_model(arch)
    named = dict(model.named_parameters())
    for i, stage in enumerate(a.stages):
        got = sum(p.numel() for n, p in named.items() if n.startswith(stage.prefixes))
        assert got == stage.params, f"{arch} stage {i}"
    assert a.params == sum(p.numel() for p in model.parameters())  # every parameter is in a stage
    assert model(torch.zeros(1, 3, 64, 64, device="meta")).shape == (1, a.features)
    official = {w.url.rsplit("/", 1)[1]: w for w in get_model_weights(arch)}
    assert {f.name for f in a.files} == set(official)
    for f in a.files:
        assert f.url == official[f.name].url and f.variant == official[f.name].name
        assert f.top1 == pytest.approx(official[f.name].meta["_metrics"]["ImageNet-1K"]["acc@1"])
        assert official[f.name].transforms().mean == list(IMAGENET_MEAN)


@pytest.mark.parametrize("arch", list(ARCHITECTURES))
def test_mac_estimate_matches_the_flop_counter(arch: str) -> None:
    model = meta_model(arch).eval()
    for h, w, tolerance in ((224, 224, 0.0), (96, 160, 0.0), (50, 70, 0.05)):
        with FlopCounterMode(display=False) as counter:
            model(torch.zeros(1, 3, h, w, device="meta"))
        macs = counter.get_total_flops() // 2
        assert ARCHITECTURES[arch].macs(h, w) == pytest.approx(macs, rel=tolerance), (arch, h, w)


@pytest.mark.parametrize(("freeze", "frozen_stages"), [("none", 0), (0, 1), (2, 3), (4, 5), ("all", 5)])
def test_summary_counts_trainable_and_frozen_like_the_module(freeze, frozen_stages: int) -> None:
    spec = head("resnet18", freeze=freeze)
    summary = summarize(spec, PHOTO)
    assert summary.ok, summary.to_text()
    net = build_network(spec, PHOTO)
    assert summary.params == sum(p.numel() for p in net.parameters())
    assert summary.trainable == sum(p.numel() for p in net.parameters() if p.requires_grad)
    assert (
        summary.row("0").frozen
        == summary.frozen
        == sum(s.params for s in ARCHITECTURES["resnet18"].stages[:frozen_stages])
    )
    assert summary.row("0").output_shape == (512,)
    assert net[0].frozen_stages == frozen_stages
    if summary.frozen:
        assert f"{summary.trainable:,} trainable, {summary.frozen:,} frozen" in summary.to_text()
    assert net(torch.randn(2, 3, 64, 64)).shape == (2, 3)


def test_frozen_batch_norms_stay_in_eval_mode_and_keep_their_statistics() -> None:
    net = build_network(head("resnet18", freeze=1), PHOTO).train()
    bb: Backbone = net[0]
    stem_bn, layer1_bn, layer2_bn = bb.model.bn1, bb.model.layer1[0].bn1, bb.model.layer2[0].bn1
    assert not stem_bn.training and not layer1_bn.training and layer2_bn.training
    before = stem_bn.running_mean.clone(), layer1_bn.running_mean.clone(), layer2_bn.running_mean.clone()
    opt = torch.optim.SGD([p for p in net.parameters() if p.requires_grad], lr=0.1)
    for _ in range(2):
        opt.zero_grad()
        torch.nn.functional.cross_entropy(net(torch.randn(4, 3, 64, 64) * 3 + 1), torch.tensor([0, 1, 2, 0])).backward()
        opt.step()
    assert torch.equal(stem_bn.running_mean, before[0]) and torch.equal(layer1_bn.running_mean, before[1])
    assert not torch.equal(layer2_bn.running_mean, before[2])  # a learning stage's statistics do move
    assert all(p.grad is None for p in bb.stage_modules(0)[0].parameters())
    bb.set_frozen_stages(0)  # gradual unfreezing reaches the stem
    assert stem_bn.training and all(p.requires_grad for p in bb.parameters())
    net.eval()
    assert not layer2_bn.training


@pytest.mark.parametrize(
    ("info", "layers", "message"),
    [
        (
            DataInfo("classification", "image", (1, 64, 64), num_outputs=3, class_names=tuple("abc")),
            [ns.Backbone()],
            "ResNet-18 expects RGB images [3, H, W] but receives [1, 64, 64]; set data.image.channels to 3",
        ),
        (photo(16, 64), [ns.Backbone(arch="convnext_tiny")], "ConvNeXt-Tiny needs images of at least 32x32 but"),
        (
            DataInfo("classification", "tabular", (20,), num_outputs=2, class_names=("a", "b")),
            [ns.Backbone()],
            "expects an image [3, H, W] but receives [20]; a pretrained backbone must be the first layer",
        ),
    ],
)
def test_shape_errors_name_the_layer_and_what_to_do(info: DataInfo, layers: list, message: str) -> None:
    summary = summarize(ns.NetworkSpec(layers=[*layers, ns.Linear(out_features=info.num_outputs)]), info)
    assert not summary.ok
    assert str(summary.first_error).startswith("layer 0 (backbone): ")
    assert message in str(summary.first_error)


def test_spec_fields_are_validated_and_round_trip() -> None:
    exp = Experiment(network=head("efficientnet_b0", freeze=2, weights="efficientnet_b0_rwightman-7f5810bc.pth"))
    assert Experiment.from_yaml(exp.to_yaml()) == exp
    for bad, field in (({"freeze": 5}, "freeze"), ({"freeze": "some"}, "freeze"), ({"arch": "vgg16"}, "arch")):
        data = exp.to_dict()
        data["network"]["layers"][0].update(bad)
        with pytest.raises(SpecError, match=rf"network\.layers\[0\]\.{field}"):
            Experiment.from_dict(data)


def test_a_backbone_sets_the_images_it_expects() -> None:
    folder = DataSpec(source="image_folder", name=None, path="photos")
    exp = Experiment(data=folder, network=head("resnet18"))
    image = exp.data.image
    assert (image.channels, image.size, image.mean, image.std) == (
        3,
        [224, 224],
        list(IMAGENET_MEAN),
        list(IMAGENET_STD),
    )
    chosen = folder.model_copy(deep=True)
    chosen.image.size, chosen.image.mean, chosen.image.channels = [96, 128], [0.5], 1
    exp = Experiment(data=chosen, network=head("resnet18"))
    assert (exp.data.image.size, exp.data.image.channels, exp.data.image.mean) == ([96, 128], 3, list(IMAGENET_MEAN))
    plain = Experiment(data=folder.model_copy(deep=True))
    assert plain.data.image.mean is None and plain.data.image.size is None  # only a backbone changes them
    plain.network = head("resnet18")  # assignment is validated too (the GUI edits experiments this way)
    assert plain.data.image.mean == list(IMAGENET_MEAN)


def test_finetune_template_uses_library_weights_when_there_are_some(tmp_path, monkeypatch) -> None:
    import json

    monkeypatch.setenv("DANLU_WEIGHTS_DIR", str(tmp_path))
    layer = make_template("finetune", PHOTO).layers[0]
    assert (layer.type, layer.weights, layer.freeze) == ("backbone", "none", "none")
    (tmp_path / "resnet18-f37072fd.pth").write_bytes(b"x")
    entry = {"arch": "resnet18", "sha256": "f37072fd" + "0" * 56, "size_bytes": 1}
    (tmp_path / "index.json").write_text(json.dumps({"resnet18-f37072fd.pth": entry}))
    layer = make_template("finetune", PHOTO).layers[0]
    assert (layer.weights, layer.freeze, layer.lr_factor) == ("resnet18-f37072fd.pth", 3, 0.1)


def test_the_backbone_gets_its_own_learning_rate_through_every_schedule() -> None:
    from models.spec.train import OptimizerSpec, SchedulerSpec
    from models.tasks.optim import build_optimizer, build_scheduler
    from models.tasks.param_groups import optimizer_groups

    net = build_network(head("mobilenet_v3_small", lr_factor=0.2, freeze=2), PHOTO)
    groups = optimizer_groups(net, 0.01)
    assert [(g["name"], g["lr"]) for g in groups] == [("head", 0.01), ("backbone", pytest.approx(0.002))]
    assert sorted(id(p) for g in groups for p in g["params"]) == sorted(id(p) for p in net.parameters())
    for schedule in ("one_cycle", "warmup_cosine", "cosine"):
        opt = build_optimizer(optimizer_groups(net, 0.01), OptimizerSpec(lr=0.01))
        sched = build_scheduler(opt, SchedulerSpec(name=schedule), 0.01, epochs=3, steps_per_epoch=4)["scheduler"]
        for _ in range(5):
            opt.step()
            sched.step()
        head_lr, backbone_lr = (g["lr"] for g in opt.param_groups)
        assert backbone_lr == pytest.approx(0.2 * head_lr), schedule
    plain = build_network(ns.NetworkSpec(layers=[ns.Flatten(), ns.Linear(out_features=3)]), PHOTO)
    assert [id(p) for p in optimizer_groups(plain, 0.01)] == [id(p) for p in plain.parameters()]


@pytest.mark.slow
def test_gradual_unfreezing_in_a_real_trainer_keeps_frozen_statistics() -> None:
    import lightning as L
    from torch.utils.data import DataLoader, TensorDataset

    from models.spec.train import TrainSpec
    from models.tasks import build_task
    from models.training.callbacks.unfreeze import GradualUnfreeze

    info = DataInfo("classification", "image", (3, 32, 32), num_outputs=2, class_names=("a", "b"))
    layers = [ns.Backbone(freeze="all", unfreeze_every=1), ns.Linear(out_features=2)]
    exp = Experiment(
        network=ns.NetworkSpec(layers=layers),
        train=TrainSpec(epochs=2, batch_size=8, optimizer={"name": "sgd", "lr": 0.05}),
    )
    torch.manual_seed(0)
    task = build_task(exp, info)
    bb: Backbone = task.network[0]
    start = {k: v.clone() for k, v in bb.state_dict().items()}
    seen: dict[str, torch.Tensor] = {}

    class AfterFirstEpoch(L.Callback):
        def on_train_epoch_end(self, trainer, pl_module) -> None:  # noqa: ANN001
            if trainer.current_epoch == 0:
                seen.update({k: v.clone() for k, v in bb.state_dict().items()})

    x, y = torch.randn(16, 3, 32, 32) * 2 + 0.5, torch.randint(0, 2, (16,))
    loader = DataLoader(TensorDataset(x, y), batch_size=8)
    events: list = []
    trainer = L.Trainer(
        max_epochs=2,
        callbacks=[GradualUnfreeze(events.append), AfterFirstEpoch()],
        logger=False,
        enable_checkpointing=False,
        enable_progress_bar=False,
        enable_model_summary=False,
        num_sanity_val_steps=0,
        accelerator="cpu",
    )
    trainer.fit(task, loader, loader)
    end = bb.state_dict()
    for key in start:  # epoch 1: everything frozen, batch-norm statistics included
        assert torch.equal(seen[key], start[key]), key
    assert bb.frozen_stages == 4 and [e.text for e in events] == ["epoch 2: resnet18 (network.0): stage 4 now learns"]
    for key in ("model.conv1.weight", "model.bn1.running_mean", "model.layer3.1.bn2.running_var"):
        assert torch.equal(end[key], start[key]), key  # still frozen in epoch 2
    for key in ("model.layer4.1.conv2.weight", "model.layer4.1.bn2.running_mean"):
        assert not torch.equal(end[key], start[key]), key  # unfrozen in epoch 2: learns, statistics move
