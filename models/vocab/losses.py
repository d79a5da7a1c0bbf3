"""The losses a run can train with: name, English label, tasks and the TrainSpec options each one reads.

How to add a loss: touch
  1. its entry here (and its name in ``TrainSpec.loss``'s choices follows from it),
  2. its implementation: a builder in ``models/tasks/losses.py`` (keyed by the name),
  3. its label's translation: context ``Vocab`` in ``resources/translations/danlu_runtime_zh_CN.ts``,
  4. a test (``tests/models/test_vocab.py`` checks every entry builds and gives a finite loss).
A new option of the loss is a ``TrainSpec`` field, listed in ``parameters`` so forms show it only for this loss.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.vocab.base import check_task, lookup

_CLASSIFICATION = frozenset({"classification"})
_REGRESSION = frozenset({"regression", "forecasting"})
_GENERATION = frozenset({"generation"})


@dataclass(frozen=True)
class LossEntry:
    """One loss.

    Attributes:
        name: The value of ``TrainSpec.loss``.
        label: English label (the GUI translates it, context ``Vocab``).
        tasks: The tasks it fits.
        parameters: The ``TrainSpec`` fields it reads (``label_smoothing``, ``focal_gamma``, ``huber_delta``).
    """

    name: str
    label: str
    tasks: frozenset[str]
    parameters: tuple[str, ...] = ()


LOSSES: dict[str, LossEntry] = {
    e.name: e
    for e in (
        LossEntry("cross_entropy", "Cross-entropy", _CLASSIFICATION, ("label_smoothing",)),
        LossEntry(
            "weighted_cross_entropy",
            "Weighted cross-entropy (imbalanced classes)",
            _CLASSIFICATION,
            ("label_smoothing",),
        ),
        LossEntry("focal", "Focal loss (hard examples)", _CLASSIFICATION, ("label_smoothing", "focal_gamma")),
        LossEntry("bce", "Binary cross-entropy", _CLASSIFICATION, ("label_smoothing",)),
        LossEntry("mse", "Mean squared error", _REGRESSION),
        LossEntry("mae", "Mean absolute error", _REGRESSION),
        LossEntry("huber", "Huber (robust to outliers)", _REGRESSION, ("huber_delta",)),
        # GANs: the generator's and the discriminator's losses, in models/tasks/generation_nets.py.
        LossEntry("non_saturating", "Non-saturating (binary cross-entropy)", _GENERATION),
        LossEntry("hinge", "Hinge", _GENERATION),
        LossEntry("wgan_gp", "Wasserstein with gradient penalty (weight: gan.gradient_penalty)", _GENERATION),
    )
}


def losses_for(task: str) -> list[LossEntry]:
    """The losses that fit ``task``, the default first."""
    check_task(task)
    return [e for e in LOSSES.values() if task in e.tasks]


def loss(name: str) -> LossEntry:
    """The entry of a loss.

    Raises:
        SpecError: unknown name; the message names the close matches.
    """
    return lookup(LOSSES, "loss", name)


def loss_problem(name: str, task: str) -> str | None:
    """Why ``loss: name`` cannot train a ``task`` run (None when it can); used by the TrainSpec validator."""
    entry = LOSSES.get(name)
    if entry is None or task in entry.tasks:
        return None  # an unknown name is the Literal's error; an unknown task is the task field's
    other = " and ".join(sorted(t for t in entry.tasks if t != "forecasting")) or "forecasting"
    return f"{name!r} is for {other}; {task} takes {', '.join(e.name for e in losses_for(task))}"
