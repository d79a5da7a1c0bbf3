"""The Train panel shows the automatic budget and the CPU thread choice before training, and edits them."""

from __future__ import annotations

import pytest

from tests.desktop.helpers import wait_for_default_experiment


def test_run_group_shows_the_resolved_budget_and_threads(qtbot, main_window) -> None:  # noqa: ANN001
    w = main_window
    wait_for_default_experiment(qtbot, w)
    qtbot.waitUntil(lambda: w.state.engine_ready, timeout=60_000)
    t = w.training
    train = w.state.summary.split_sizes["train"]
    assert (t.epochs.value(), t.batch_size.value(), t.cpu_threads.value()) == ("auto", "auto", "auto")
    shown = t.budget_label.text()
    assert shown.startswith("auto: ") and "batches of 64" in shown and "stops early after" in shown
    assert "kept for the app" in shown  # the desktop app leaves a core for its event loop
    assert t.steps_per_epoch() == -(-train // 64)

    assert t.epochs.number.isHidden()  # no stale number beside "auto"
    t.epochs.edit(5)  # a fixed number: only the batch size stays automatic
    assert w.state.experiment.train.epochs == 5 and not t.epochs.number.isHidden()
    assert t.budget_label.text().startswith(f"auto (batch size): 5 epochs x {-(-train // 64)} batches of 64")
    t.epochs.edit("auto")
    assert w.state.experiment.train.epochs == "auto" and t.epochs.value() == "auto" and t.epochs.number.isHidden()

    t.cpu_threads.edit(1)
    assert w.state.experiment.train.cpu_threads == 1 and "1 CPU thread (train.cpu_threads)" in t.budget_label.text()
    t.cpu_threads.edit(999)
    assert "train.cpu_threads is 999" in t.budget_label.text()  # named before training, not a crash


@pytest.mark.slow
def test_a_run_sets_the_gil_switch_interval_and_restores_it(qtbot, main_window, monkeypatch) -> None:  # noqa: ANN001
    import gc
    import sys

    w = main_window
    monkeypatch.setattr(type(w.controller), "SWITCH_INTERVAL_S", 0.002)
    wait_for_default_experiment(qtbot, w)
    qtbot.waitUntil(lambda: w.state.engine_ready, timeout=60_000)
    assert gc.get_freeze_count() > 0  # the engine's long-lived objects are out of the collector's way
    before = sys.getswitchinterval()
    seen: list[float] = []
    w.controller.runStarted.connect(lambda _: seen.append(sys.getswitchinterval()))
    w.controller.limit_batches = 2
    w.training.epochs.edit(1)
    with qtbot.waitSignal(w.controller.runFinished, timeout=120_000):
        w.training.train()
    assert seen == [w.controller.SWITCH_INTERVAL_S] and sys.getswitchinterval() == before
