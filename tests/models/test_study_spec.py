"""Study specs: YAML round trip, the --vary syntax, and bad entries caught before anything trains."""

from __future__ import annotations

import pytest

from models.data import build_datamodule
from models.errors import SpecError
from models.network import make_template
from models.spec import DataSpec, Experiment, TrainSpec, save_experiment
from models.spec.study import (
    SpaceEntry,
    StudySpec,
    apply_values,
    check_space,
    entry_from_text,
    load_study_spec,
    objective_direction,
    save_study_spec,
)
from models.study.presets import PRESETS, preset_study


@pytest.fixture(scope="module")
def digits_info():
    return build_datamodule(DataSpec(name="digits")).info


def info_for(data):
    return build_datamodule(data, num_workers=0).info


@pytest.fixture(scope="module")
def mlp(digits_info) -> Experiment:
    return Experiment(name="digits-mlp", data=DataSpec(name="digits"), network=make_template("mlp", digits_info))


def spec_with(base: Experiment, *entries: SpaceEntry, **options) -> StudySpec:
    return StudySpec(base=base, space=list(entries), **options)


def test_yaml_round_trip_inline_and_by_path(tmp_path, mlp):
    spec = spec_with(
        mlp,
        entry_from_text("train.optimizer.lr", "1e-4..1e-1:log"),
        entry_from_text("network.layers[1].out_features", "32..256:step=32"),
        SpaceEntry(
            path="train.scheduler",
            kind="categorical",
            choices=[{"name": "cosine"}, {"name": "step", "step_size": 5}],
            labels=["cosine", "step every 5"],
        ),
        seeds=[0, 1, 2],
        objective={"metric": "val_acc", "direction": "maximize"},
        pruner="median",
        n_trials=7,
        timeout=60.0,
    )
    save_study_spec(spec, tmp_path / "study.yaml")
    again = load_study_spec(tmp_path / "study.yaml")
    assert again == spec and again.to_yaml() == spec.to_yaml()

    save_experiment(mlp, tmp_path / "exp.yaml")
    by_path = spec.model_copy(update={"base": "exp.yaml"})
    save_study_spec(by_path, tmp_path / "by_path.yaml")
    loaded = load_study_spec(tmp_path / "by_path.yaml")
    assert loaded.base == "exp.yaml" and loaded.load_base(tmp_path) == mlp


def test_vary_syntax():
    assert entry_from_text("a", "sgd,adam").choices == ["sgd", "adam"]
    assert entry_from_text("a", "0,0.25,true,null").choices == [0, 0.25, True, None]
    lr = entry_from_text("a", "1e-4..1e-1:log")
    assert (lr.kind, lr.low, lr.high, lr.log) == ("float", 1e-4, 0.1, True)
    size = entry_from_text("a", "32..256:step=32")
    assert size.kind == "int" and size.grid_values() == [32, 64, 96, 128, 160, 192, 224, 256]
    assert entry_from_text("a", "0.0..0.5:step=0.25").grid_values() == [0.0, 0.25, 0.5]
    for bad, says in (("5", "at least two"), ("0.1..0.01", "below"), ("0..1:often", "unknown option")):
        with pytest.raises(SpecError, match=says):
            entry_from_text("a", bad)


def test_bad_study_fields_are_named(mlp):
    bad = {
        "base": mlp.to_dict() | {"train": {"epochs": 0}},
        "space": [{"path": "train.optimizer.lr", "kind": "float", "low": 1, "high": 0.1}],
        "seeds": [1, 1],
        "sampler": "annealing",
    }
    with pytest.raises(SpecError) as err:
        StudySpec.from_dict(bad, source="s.yaml")
    assert "base.train.epochs" in str(err.value)
    bad["base"] = mlp.to_dict()
    with pytest.raises(SpecError) as err:
        StudySpec.from_dict(bad, source="s.yaml")
    text = str(err.value)
    assert text.startswith("s.yaml: invalid study")
    assert "space[0]: low (1) must be below high (0.1)" in text.replace("Value error, ", "")
    assert "seeds" in text and "sampler" in text


OPTIMIZER_LR = {"path": "train.optimizer", "kind": "categorical", "choices": [{"lr": 0.1}, {"lr": 0.2}]}


@pytest.mark.parametrize(
    ("entries", "says"),
    [
        ([{"path": "train.seed", "kind": "categorical", "choices": [1, 2]}], "set by seeds"),
        (
            [
                OPTIMIZER_LR | {"labels": ["a", "b"]},
                {"path": "train.optimizer.lr", "kind": "float", "low": 0.1, "high": 0.2},
            ],
            "both set train.optimizer",
        ),
        ([OPTIMIZER_LR], "need labels"),
        ([{"path": "train.optimizer.lr", "kind": "float", "low": 0.1, "high": 0.2}], "a grid needs choices or a step"),
        ([{"path": "network.layers[x]", "kind": "categorical", "choices": [1, 2]}], "not a field path"),
    ],
)
def test_inconsistent_spaces_are_rejected(mlp, entries, says):
    with pytest.raises(SpecError, match=says):
        StudySpec.from_dict({"base": mlp.to_dict(), "space": entries, "sampler": "grid"})


@pytest.mark.parametrize(
    ("text", "values", "says"),
    [
        ("train.optimizer.lrr", "0.1,0.2", r"space\[0\] \(train.optimizer.lrr\): train.optimizer has no field 'lrr'"),
        ("network.layers[9].p", "0.1,0.2", "network.layers has 7 entries; index 9 is out of range"),
        ("network.layers[2].p", "0.1,0.2", r"network.layers\[2\] \(relu\) has no field 'p'"),
        (
            "network.layers[3].p",
            "0.1..1.5",
            r"(?s)= 1.5: the experiment rejects it.*layers\[3\].p: Input should be less",
        ),
        ("train.optimizer.name", "sgd,lbfgs", "= 'lbfgs': the experiment rejects it"),
        ("network.layers[6].out_features", "10,5", "= 5: the network would not fit the data"),
    ],
)
def test_check_space_names_the_entry_before_anything_runs(mlp, text, values, says):
    spec = spec_with(mlp, entry_from_text(text, values))
    with pytest.raises(SpecError, match=says):
        check_space(spec, mlp, info_for)


def test_objective_is_checked_against_the_task(mlp):
    spec = spec_with(mlp, entry_from_text("train.optimizer.name", "sgd,adam"), objective={"metric": "val_r2"})
    with pytest.raises(SpecError, match="not logged for classification.*val_acc"):
        check_space(spec, mlp, info_for)
    wrong_way = spec.objective.model_copy(update={"metric": "val_loss", "direction": "maximize"})
    with pytest.raises(SpecError, match="val_loss is better when it is lower"):
        objective_direction(wrong_way, "classification")
    assert objective_direction(spec.objective.model_copy(update={"metric": "val_f1"}), "classification") == "maximize"
    assert objective_direction(spec.objective.model_copy(update={"metric": "val_mae"}), "regression") == "minimize"


def test_apply_values_ties_paths_and_merges_mappings(mlp):
    tied = SpaceEntry(path=["network.layers[3].p", "network.init"], kind="categorical", choices=["a", "b"])
    with pytest.raises(SpecError, match="network.layers"):
        apply_values(mlp, [(tied, "a")])
    dropout = SpaceEntry(path=["network.layers[3].p"], kind="categorical", choices=[0.0, 0.4])
    sgd = {"name": "sgd", "momentum": 0.0}
    optimizer = SpaceEntry(path="train.optimizer", kind="categorical", choices=[sgd, {}], labels=["sgd", "same"])
    exp = apply_values(mlp, [(dropout, 0.4), (optimizer, optimizer.value_for("sgd"))], seed=7)
    assert exp.network.layers[3].p == 0.4 and exp.train.seed == 7
    assert exp.train.optimizer.name == "sgd" and exp.train.optimizer.momentum == 0.0
    assert exp.train.optimizer.lr == mlp.train.optimizer.lr  # fields the mapping does not name are kept
    assert mlp.network.layers[3].p == 0.2  # the base is untouched


@pytest.mark.parametrize("template", ["lenet", "mlp", "resnet_small"])
def test_presets_are_valid_studies_or_say_why_not(digits_info, template):
    base = Experiment(data=DataSpec(name="digits"), network=make_template(template, digits_info), train=TrainSpec())
    for name in PRESETS:
        try:
            spec = preset_study(name, base)
        except SpecError as err:
            assert (template, name) in {("mlp", "batchnorm"), ("resnet_small", "dropout")}, err
            assert "the network has no" in str(err)
            continue
        assert spec.seeds == [0, 1, 2] and spec.sampler == "grid" and spec.grid_size() >= 2
        check_space(spec, base, info_for)
        assert StudySpec.from_yaml(spec.to_yaml()) == spec


def test_preset_batchnorm_off_removes_every_batchnorm_layer(digits_info):
    base = Experiment(data=DataSpec(name="digits"), network=make_template("resnet_small", digits_info))
    spec = preset_study("batchnorm", base)
    entry = spec.space[0]
    off = apply_values(base, [(entry, entry.value_for("off"))])
    assert "batchnorm" not in off.to_yaml() and "batchnorm" in base.to_yaml()
