"""Screenshot scenes that need no training: each sets its page up through the widgets and saves a picture."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import screenshot_scenes as scenes
from tests.desktop.helpers import error_dialogs, wait_for_default_experiment


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(file name, the page's key texts) at the moment each picture is saved."""
    seen: list[tuple[str, str]] = []
    save = scenes.save

    def recording(window, out: Path, name: str, page: str | None = None) -> str:  # noqa: ANN001
        written = save(window, out, name, page)
        texts = (window.training.budget_label.text(), window.panels["network"].totals.text())
        seen.append((written, " | ".join(texts)))
        return written

    monkeypatch.setattr(scenes, "save", recording)
    return seen


def test_train_auto_shows_the_resolved_budget_before_anything_is_set(qtbot, main_window, tmp_path, shown) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    assert scenes.before_demo(w, tmp_path) == ["train-auto.png"]
    assert (tmp_path / "train-auto.png").stat().st_size > 0
    assert w.stack.currentWidget() is w.training and w.training.epochs.value() == "auto"
    budget = shown[0][1]
    assert budget.startswith("auto: ") and " epochs x " in budget and "stops early after" in budget


def test_backbone_scene_shows_frozen_counts_then_restores_digits_and_the_cnn(
    qtbot, main_window, tmp_path, shown, monkeypatch
) -> None:  # noqa: ANN001
    monkeypatch.setenv("DANLU_WEIGHTS_DIR", str(tmp_path / "library"))
    w = main_window
    wait_for_default_experiment(qtbot, w)
    assert scenes.network_backbone(w, tmp_path, tmp_path / "scratch") == ["network-backbone.png"]
    assert (tmp_path / "network-backbone.png").stat().st_size > 0
    totals = shown[0][1].split(" | ")[1]
    assert "Input [3, 224, 224]" in totals and " trainable, " in totals and " frozen)" in totals
    exp = w.state.experiment
    assert (exp.data.source, exp.data.name, exp.network.template) == ("builtin", "digits", "lenet")
    assert w.state.network_ok and w.state.info.input_shape == (1, 8, 8)
    assert not error_dialogs()
