"""Forms bound to the spec: every form round-trips a non-default spec, every row path is exercised (values drawn
by hypothesis from each editor's own range), unknown choices are an error, and every offered choice has a label.
"""

from __future__ import annotations

import math
import typing
from typing import Any, Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop import spec_paths
from desktop.panels.fields import (
    BoolEditor,
    ChoiceEditor,
    FieldEditor,
    FloatEditor,
    IntEditor,
    IntTupleEditor,
    ListEditor,
    OptionalEditor,
    TextEditor,
    UnknownChoiceError,
)
from desktop.panels.spec_form import KEEP, SpecForm
from models.spec.data import DataSpec
from models.spec.train import TrainSpec

NAME = st.text("abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8)


def _floats(lo: float, hi: float) -> st.SearchStrategy[float]:
    """Floats a spin box holds exactly (3 significant digits), inside ``[lo, hi]``."""
    lo, hi = max(lo, -1e6), min(hi, 1e6)

    def three_digits(x: float) -> float:
        return float(f"{x:.3g}")

    plain = st.floats(lo, hi).map(three_digits)
    tiny = st.floats(-8, math.log10(hi) if hi > 0 else -8).map(lambda e: three_digits(10**e)) if hi > 0 else plain
    return st.one_of(plain, tiny).filter(lambda x: lo <= x <= hi and (x == 0 or abs(x) > 1e-300))


def values_for(editor: FieldEditor) -> st.SearchStrategy[Any]:
    """Every value ``editor`` can show, as a hypothesis strategy (by the editor's own range and choices)."""
    from desktop.panels.data_form import PathEditor
    from desktop.panels.data_options import PercentEditor

    if isinstance(editor, OptionalEditor):
        return st.one_of(st.none(), values_for(editor.inner))
    if isinstance(editor, ChoiceEditor):
        return st.sampled_from(editor.choices())
    if isinstance(editor, BoolEditor):
        return st.booleans()
    if isinstance(editor, IntEditor):
        return st.integers(editor.spin.minimum(), min(editor.spin.maximum(), 10**6))
    if isinstance(editor, FloatEditor):
        return _floats(editor.spin.minimum(), editor.spin.maximum())
    if isinstance(editor, PercentEditor):
        return st.integers(0, editor.slider.maximum()).map(lambda p: p / 100.0)
    if isinstance(editor, IntTupleEditor):
        spins = editor.spins
        return st.tuples(*(st.integers(s.minimum(), s.maximum()) for s in spins)).map(list)
    if isinstance(editor, ListEditor):
        item = st.integers(-5, 99) if editor.item is int else NAME
        lists = st.lists(item, min_size=1, max_size=3)
        return st.one_of(st.none(), lists) if editor.optional else lists
    if isinstance(editor, TextEditor | PathEditor):
        optional = isinstance(editor, PathEditor) or editor.optional
        return st.one_of(st.none(), NAME) if optional else NAME
    raise AssertionError(f"no strategy for {type(editor).__name__}: add one so its rows are tested")


_alive: list[Any] = []  # the widgets behind the forms of the running test (their groups have no parent)


@pytest.fixture(autouse=True)
def _release_widgets() -> Any:
    yield
    _alive.clear()


def _train_form(qtbot) -> SpecForm:  # noqa: ANN001
    from desktop.panels.train_options import TrainOptionsEditor
    from desktop.workspace import Workspace

    editor = TrainOptionsEditor(Workspace())
    _alive.append(editor)
    return editor.form


def _data_forms(qtbot) -> list[SpecForm]:  # noqa: ANN001
    from desktop.panels.data_form import DataSourceForm
    from desktop.panels.data_options import AugmentOptions, SplitOptions

    widgets = [DataSourceForm(), SplitOptions(), AugmentOptions()]
    _alive.extend(widgets)
    return [w.form for w in widgets]


def _round_trip(forms: list[SpecForm], spec: Any) -> Any:
    """Load ``spec`` into every form, then dump all of them over a default spec."""
    for form in forms:
        form.load(spec)
    data = type(spec)().model_dump()
    for form in forms:
        form.write(data)
    return type(spec).model_validate(data, strict=False)


def _draw_spec(data: st.DataObject, forms: list[SpecForm], model: type) -> Any:
    """A valid spec with a drawn value for every row (rows that do not apply hold their ``off`` value)."""
    dump = model().model_dump()
    for form in forms:
        for path, editor in form.editors.items():
            spec_paths.put(dump, path, data.draw(values_for(editor), label=path))
    view = spec_paths.View(dump)
    for form in forms:
        for path, row in form.rows.items():
            if row.choices is not None and not row.editable:
                offered = [c[0] if isinstance(c, tuple) else c for c in row.choices(view)]
                spec_paths.put(dump, path, data.draw(st.sampled_from(offered), label=f"{path} (offered)"))
    for form in forms:
        for path, row in form.rows.items():
            if row.off is not KEEP and not row.applies_to(view):
                spec_paths.put(dump, path, row.off)
    try:
        return model.model_validate(dump, strict=False)
    except ValueError:
        from hypothesis import reject

        reject()  # a combination the spec refuses (e.g. val + test >= 0.95): not a form's concern


TRAIN_EXAMPLE = TrainSpec.model_validate(
    {
        "task": "regression",
        "loss": "huber",
        "huber_delta": 0.5,
        "optimizer": {"name": "sgd", "lr": 0.05, "weight_decay": 1e-4, "momentum": 0.8, "nesterov": True, "l1": 1e-5},
        "scheduler": {"name": "one_cycle", "max_lr": 0.2, "step_size": 4, "gamma": 0.5, "min_lr": 1e-5},
        "gradient_clip": 2.5,
        "early_stopping": {"enabled": True, "monitor": "val_mae", "mode": "min", "patience": 7, "min_delta": 0.01},
        "checkpoint": {"monitor": "val_r2", "mode": "max"},
        "seed": 42,
        "deterministic": True,
        "num_workers": 0,
    }
)

DATA_EXAMPLES = [
    DataSpec.model_validate(
        {
            "source": "image_folder",
            "name": None,
            "path": "/data/pets",
            "test_path": "/data/pets-test",
            "image": {"size": [32, 48], "channels": 3},
            "split": {"val": 0.2, "test": 0.1, "seed": 7, "stratify": False},
            "augment": {"enabled": True, "rotation": 15.0, "random_resized_crop": True, "crop_scale_min": 0.6},
        }
    ),
    DataSpec.model_validate(
        {
            "source": "sequence",
            "name": None,
            "path": "/data/waves.ts",
            "target_column": "label",
            "task": "regression",
            "sequence": {"format": "long_csv", "length_mode": "resample", "length": 100, "znormalize": True},
        }
    ),
    DataSpec.model_validate(
        {
            "source": "forecasting",
            "name": None,
            "path": "/data/sales.csv",
            "forecast": {"window": 48, "horizon": 6, "value_columns": ["a", "b"], "time_column": "t"},
        }
    ),
    DataSpec.model_validate(
        {
            "source": "text",
            "name": None,
            "path": "/data/reviews.csv",
            "target_column": "stars",
            "text": {"tokenizer": "char", "max_length": 300, "min_freq": 2, "max_vocab": 500, "lowercase": False},
        }
    ),
    DataSpec(name="waveforms", augment={"hflip": True, "color_jitter": 0.25, "gaussian_noise": 0.05}),
]


GAN_EXAMPLE = TrainSpec.model_validate(
    {
        "task": "generation",
        "loss": "wgan_gp",
        "optimizer": {"name": "adam", "lr": 1e-4, "betas": [0.0, 0.9]},
        "checkpoint": {"monitor": "val_kd", "mode": "min"},
        "early_stopping": {"enabled": False, "monitor": "val_fd", "mode": "min"},
        "gan": {
            "latent_dim": 100,
            "conditional": True,
            "class_embedding": 8,
            "discriminator_steps": 5,
            "discriminator_lr": 4e-4,
            "spectral_norm": True,
            "ema_decay": 0.99,
            "gradient_penalty": 5.0,
            "feature_run": "/runs/classifier",
            "feature_epochs": 3,
            "sample_every_s": 2.0,
        },
    }
)


@pytest.mark.parametrize("spec", [TRAIN_EXAMPLE, GAN_EXAMPLE], ids=["regression", "gan"])
def test_the_training_form_round_trips_a_non_default_spec(qtbot, spec: TrainSpec) -> None:  # noqa: ANN001
    assert _round_trip([_train_form(qtbot)], spec) == spec


def test_a_gan_shows_its_rows_and_greys_out_what_it_does_not_use_saying_why(qtbot) -> None:  # noqa: ANN001
    from desktop.panels.train_options import TrainOptionsEditor
    from desktop.workspace import Workspace

    editor = TrainOptionsEditor(Workspace())
    _alive.append(editor)
    editor.show()
    form = editor.form
    assert editor.gan_group.isHidden() and not form["gan.latent_dim"].isVisible()
    editor.workspace.set_train(GAN_EXAMPLE)
    assert editor.gan_group.isVisible() and form["gan.latent_dim"].isVisible()
    assert form["gan.latent_dim"].value() == 100 and form["gan.gradient_penalty"].isVisible()
    for path in ("scheduler.name", "gradient_clip", "early_stopping.enabled", "optimizer.l1"):
        assert not form[path].isEnabled(), path
        assert form[path].toolTip().startswith("Not used by GAN training"), path
    form["gan.discriminator_steps"].edit(3)
    assert editor.workspace.experiment.train.gan.discriminator_steps == 3
    editor.workspace.set_train(TRAIN_EXAMPLE)
    assert editor.gan_group.isHidden() and form["scheduler.name"].isEnabled()
    assert not form["scheduler.name"].toolTip().startswith("Not used")


@pytest.mark.parametrize("spec", DATA_EXAMPLES, ids=lambda s: s.source + (f":{s.name}" if s.name else ""))
def test_the_data_forms_round_trip_a_non_default_spec(qtbot, spec: DataSpec) -> None:  # noqa: ANN001
    assert _round_trip(_data_forms(qtbot), spec) == spec


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_training_row_round_trips_drawn_values(qtbot, data: st.DataObject) -> None:  # noqa: ANN001
    forms = [_train_form(qtbot)]
    spec = _draw_spec(data, forms, TrainSpec)
    assert _round_trip(forms, spec) == spec


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_every_data_row_round_trips_drawn_values(qtbot, data: st.DataObject) -> None:  # noqa: ANN001
    forms = _data_forms(qtbot)
    spec = _draw_spec(data, forms, DataSpec)
    assert _round_trip(forms, spec) == spec


def test_every_form_row_is_a_spec_path_and_every_choice_has_a_label(qtbot) -> None:  # noqa: ANN001
    for form in [_train_form(qtbot), *_data_forms(qtbot)]:
        for path, editor in form.editors.items():
            spec_paths.field_at(form.model, path)  # raises for a path the spec does not have
            if isinstance(editor, ChoiceEditor):  # registry choices bring their own labels
                assert all(text for _, text in editor.items()), f"{path}: a choice without a label"
            labels = form.rows[path].labels
            if isinstance(editor, ChoiceEditor) and labels is not None:
                annotation, _ = spec_paths.field_at(form.model, path)
                values = [
                    *editor.choices(),
                    *(typing.get_args(annotation) if typing.get_origin(annotation) is Literal else ()),
                ]
                unlabelled = [value for value in values if value not in labels]
                assert not unlabelled, f"{path}: choices without a label: {unlabelled}"


def test_a_value_the_form_does_not_offer_is_an_error_not_a_silent_overwrite(qtbot) -> None:  # noqa: ANN001
    form = _train_form(qtbot)
    form.rows["optimizer.name"]  # the row exists
    editor = form["optimizer.name"]
    assert isinstance(editor, ChoiceEditor)
    editor.set_choices(["adam", "sgd"])  # a choice list that lacks an option the spec has
    spec = TrainSpec.model_validate({"optimizer": {"name": "rmsprop"}})
    with pytest.raises(UnknownChoiceError, match=r"train\.optimizer\.name: 'rmsprop' is not one of"):
        form.load(spec)


def test_a_choice_the_other_values_no_longer_allow_switches_to_one_they_do(qtbot) -> None:  # noqa: ANN001
    form = _train_form(qtbot)
    form.load(TrainSpec(loss="focal"))
    form["task"].combo.setCurrentIndex(form["task"].combo.findData("regression"))
    spec = form.dump(TrainSpec(loss="focal"))
    assert (spec.task, spec.loss) == ("regression", "mse") and form["loss"].choices() == ["mse", "mae", "huber"]


def test_a_typed_value_of_an_editable_choice_survives_new_suggestions(qtbot) -> None:  # noqa: ANN001
    editor = ChoiceEditor(["val_loss", "val_acc"], editable=True)
    qtbot.addWidget(editor)
    editor.set_value("my_metric")
    editor.set_choices(["val_loss", "val_mse"])
    assert editor.value() == "my_metric"


def test_the_monitors_are_the_tasks_and_the_direction_follows_the_metric(qtbot) -> None:  # noqa: ANN001
    form = _train_form(qtbot)
    form.load(TrainSpec())
    assert "val_acc" in form["checkpoint.monitor"].choices() and "val_mse" not in form["checkpoint.monitor"].choices()
    assert "train_loss" in form["checkpoint.monitor"].choices()  # watchable: the task logs it when watched
    monitor = form["checkpoint.monitor"].combo
    monitor.setCurrentIndex(monitor.findData("val_acc"))
    spec = form.dump(TrainSpec())
    assert (spec.checkpoint.monitor, spec.checkpoint.mode) == ("val_acc", "max")
    assert not form["checkpoint.mode"].isEnabled()  # shown, decided by the metric
