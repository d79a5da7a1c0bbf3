"""Workspace: the GUI's model of the current experiment, its loaded dataset and whether it can train. No widgets.

Panels are views (napari's ViewerModel idea): they read the workspace, write through its setters (which take
validated specs, or validate a change by path) and react to its signals. The rules the panels used to hold
live here, so they are tested without building a panel:

- **loading**: the experiment's dataset is loaded off the GUI thread whenever the data spec changes (kept when
  only the augmentation changed); results of superseded loads are dropped;
- **what the Data page says**: an incomplete choice on the Data page (a folder source without a folder) drops
  the loaded dataset, so nothing trains data the page no longer shows;
- **task matching**: the loaded data decides the training task and a loss that fits it (a GAN on images stays
  a GAN);
- **template adaptation**: an empty network, or a template nobody edited, is (re)made for the loaded data;
- **templates and task**: a template sets the network, a GAN's discriminator and the training options together
  (:class:`~desktop.model_parts.ModelParts`; :meth:`Workspace.template_parts`, :meth:`Workspace.switch_task`);
- **validity**: the network (a GAN: both networks) is summarised against the data, and :attr:`validity` says
  whether a run may start from the experiment and, if not, why.

The rules themselves are in :mod:`desktop.model_parts` (no Qt).

The engine (torch, Lightning, ``models.data``, ``models.network``) is imported only after :meth:`set_engine_ready`.
"""

from __future__ import annotations

from collections.abc import Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any

import shiboken6
from pydantic_core import ValidationError  # not pydantic: see desktop/panels/panel_common.py
from PySide6.QtCore import QObject, QTimer, Signal

from desktop import spec_paths
from desktop.errors import error_text
from desktop.model_parts import ModelParts, follow_data, summarize_parts
from desktop.workers.background import run_in_background
from models.errors import SpecError
from models.spec import DataSpec, Experiment, NetworkSpec, TrainSpec
from models.spec.base import spec_error
from models.vocab import modality_of

_SECTIONS = {"data": DataSpec, "network": NetworkSpec, "train": TrainSpec}


def is_image_data(spec: DataSpec | spec_paths.View) -> bool:
    """Whether ``spec`` (or a view of a data dump being edited) describes images: augmentation applies."""
    return modality_of(spec.source, spec.name) == "image"


def same_samples(a: DataSpec | None, b: DataSpec | None) -> bool:
    """Whether two data specs give the same samples (augmentation only changes training batches)."""
    if a is None or b is None:
        return False
    return a.model_dump(exclude={"augment"}) == b.model_dump(exclude={"augment"})


def describe_data(spec: DataSpec) -> str:
    """A short name of the data: the built-in name or the file or folder name."""
    if spec.source == "builtin":
        return spec.name or ""
    return Path(spec.path or "").name or spec.path or spec.source


class Workspace(QObject):
    """The experiment being edited, its dataset and network summary, and whether it can train.

    Signals:
        experimentReplaced: a whole new experiment was set (New/Open); every panel reloads its editors.
        dataSpecChanged: ``experiment.data`` changed.
        networkSpecChanged: ``experiment.network`` changed (``network_summary`` is already updated).
        trainSpecChanged: ``experiment.train`` changed.
        pathChanged(str): the experiment file path changed (empty = unsaved).
        engineReady: torch/Lightning/models are imported and usable.
        engineProgress(int, int, str): the engine is loading: (stages done, stages in all, the stage now).
        engineFailed(str): the engine could not be imported: why, and how to fix it.
        dataStatusChanged(str, str): (kind, message) of the dataset: idle, busy, ok or error.
        dataLoaded(object, object): the dataset was loaded: ``(DataInfo, DataSummary)``; the task and the
            network already follow it.
        dataFailed(str): loading the dataset failed; the message says why (``data_error_details``: traceback).
        networkAdapted(object, object): the workspace re-made the network(s) (and the task) for new data:
            ``(before, after)`` ModelParts (before without network layers: the starting network, not an edit
            to undo).
        taskSwitched(object, object): :meth:`switch_task` turned the experiment into another task's with that
            task's default template: ``(before, after)`` ModelParts (an edit the network editor can undo).
        networkValidityChanged(bool, str): whether the network fits the data, and the first error if not.
        validityChanged(bool, str): whether a run may start from the experiment, and why not.
    """

    experimentReplaced = Signal()
    dataSpecChanged = Signal()
    networkSpecChanged = Signal()
    trainSpecChanged = Signal()
    pathChanged = Signal(str)
    engineReady = Signal()
    engineProgress = Signal(int, int, str)
    engineFailed = Signal(str)
    dataStatusChanged = Signal(str, str)
    dataLoaded = Signal(object, object)
    dataFailed = Signal(str)
    networkAdapted = Signal(object, object)
    taskSwitched = Signal(object, object)
    networkValidityChanged = Signal(bool, str)
    validityChanged = Signal(bool, str)

    def __init__(self, experiment: Experiment | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._experiment = experiment or Experiment()
        self._path = ""
        self.engine_ready = False
        self.engine_progress: tuple[int, int, str] = (0, 0, "")  # (stages done, in all, now) while loading
        self.engine_error = ""  # why the engine could not be imported, and how to fix it
        self.datamodule: Any = None  # the loaded DanluDataModule (samples, previews)
        self.info: Any = None  # models.data.DataInfo of the loaded dataset
        self.summary: Any = None  # models.data.DataSummary of the loaded dataset
        self.loaded_spec: DataSpec | None = None  # the spec the loaded dataset was read with
        self.data_error = ""  # why the last load failed
        self.data_error_details = ""
        self.data_draft_error = ""  # what the Data page's choice still needs ("" when it is complete)
        self.data_status: tuple[str, str] = ("idle", "")
        self.network_summary: Any = None  # models.network.NetworkSummary for the loaded data (a GAN's generator)
        self.discriminator_summary: Any = None  # a GAN's discriminator's NetworkSummary
        self.network_ok = False
        self.network_error = self.tr("the dataset is not loaded yet")
        self.validity: tuple[bool, str] = (False, "")
        self._loading: DataSpec | None = None
        self._gen = 0  # generation of the latest load; older results are dropped
        self._adapted_for: Any = None  # the DataInfo the network was last made for
        self._problems: tuple[Any, dict[str, str | None]] = (None, {})  # template_problems() of a DataInfo
        self._load_timer = QTimer(self, singleShot=True, interval=50)  # one load for a burst of edits
        self._load_timer.timeout.connect(self.load_data)
        self._update_validity()

    # -- reading -----------------------------------------------------------------------------------------
    @property
    def experiment(self) -> Experiment:
        """The current experiment (a live object: change it only through the setters)."""
        return self._experiment

    @property
    def path(self) -> str:
        return self._path

    @property
    def loading(self) -> bool:
        """A dataset load is planned or running."""
        return self._loading is not None or self._load_timer.isActive()

    @property
    def is_gan(self) -> bool:
        """Whether the experiment is a GAN (task ``generation``: a generator and a discriminator)."""
        return self._experiment.train.task == "generation"

    def parts(self) -> ModelParts:
        """A copy of the network, discriminator and training options (what a template or undo sets)."""
        return ModelParts.of(self._experiment)

    @property
    def data_is_images(self) -> bool:
        """Whether the experiment's data are images (decided from the spec, so it does not flicker on loads)."""
        return is_image_data(self._experiment.data)

    def snapshot(self) -> Experiment:
        """A deep copy, safe to hand to a worker thread."""
        return self._experiment.model_copy(deep=True)

    # -- writing -----------------------------------------------------------------------------------------
    def set_experiment(self, experiment: Experiment, path: str | Path | None = None) -> None:
        """Replace the whole experiment (New/Open); its dataset is loaded and the network checked again."""
        self._experiment = experiment
        self._adapted_for = None
        self.data_draft_error = ""
        self._drop_data()
        self.set_path(str(path) if path else "")
        self._summarize()
        self.experimentReplaced.emit()
        self.dataSpecChanged.emit()
        self.networkSpecChanged.emit()
        self.trainSpecChanged.emit()
        self._plan_load()

    def set_path(self, path: str) -> None:
        if path != self._path:
            self._path = path
            self.pathChanged.emit(path)

    def set_name(self, name: str) -> None:
        self.update({"name": name})

    def set_data(self, spec: DataSpec) -> None:
        """Use ``spec`` (a complete choice on the Data page); loads it unless its samples are loaded already."""
        changed = spec != self._experiment.data
        self._experiment.data = spec
        spec = self._experiment.data  # the experiment may complete it (a backbone's input size and statistics)
        self.data_draft_error = ""
        if same_samples(spec, self.loaded_spec):
            self.loaded_spec = spec  # only the augmentation changed: the loaded samples stay
        elif not same_samples(spec, self._loading):
            self._drop_data()
            self._plan_load()
        if changed:
            self.dataSpecChanged.emit()
        self._update_validity()

    def set_data_draft_error(self, message: str) -> None:
        """The Data page describes no valid spec yet (``message`` says what is missing): no dataset is loaded,
        so Train cannot run the previous one."""
        self.data_draft_error = message
        self._gen += 1  # a load in flight is for a choice the page no longer shows
        self._loading = None
        self._load_timer.stop()
        self._drop_data()
        self._summarize()
        self._update_validity()
        self._set_status("idle", message)

    def set_network(self, spec: NetworkSpec) -> None:
        """Use ``spec`` as the network (a GAN's generator)."""
        self.set_parts(ModelParts(spec, self._experiment.discriminator, self._experiment.train))

    def set_discriminator(self, spec: NetworkSpec | None) -> None:
        """Use ``spec`` as a GAN's discriminator."""
        self.set_parts(ModelParts(self._experiment.network, spec, self._experiment.train))

    def set_parts(self, parts: ModelParts) -> None:
        """Set the network, discriminator and training options together (a template, its undo); only the
        parts that changed are signalled."""
        exp, data = self._experiment, self._experiment.data
        networks_changed = parts.networks != (exp.network, exp.discriminator)
        train_changed = parts.train != exp.train
        if not (networks_changed or train_changed):
            return
        copy = parts.copy()
        exp.discriminator, exp.train = copy.discriminator, copy.train
        exp.network = copy.network  # validated: a backbone sets the images it expects
        data_changed = exp.data != data
        if data_changed and not same_samples(exp.data, self.loaded_spec):
            self._drop_data()
            self._plan_load()
        self._summarize()
        if train_changed:
            self.trainSpecChanged.emit()
        if networks_changed:
            self.networkSpecChanged.emit()
        if data_changed:
            self.dataSpecChanged.emit()
        self._update_validity()

    def set_train(self, spec: TrainSpec) -> None:
        """Use ``spec`` as the training options (a GAN's options shape its networks: they are checked again)."""
        self.set_parts(ModelParts(self._experiment.network, self._experiment.discriminator, spec))

    def update(self, changes: Mapping[str, Any]) -> None:
        """Change values by experiment path (``{"train.optimizer.lr": 0.01}``), validated like a YAML file.

        Raises:
            SpecError: a value is invalid (the message names its path); nothing is changed then.
        """
        sections: dict[str, dict[str, Any]] = {}
        top: dict[str, Any] = {}
        for path, value in changes.items():
            head, _, rest = path.partition(".")
            if head in _SECTIONS:
                section = sections.setdefault(head, getattr(self._experiment, head).model_dump())
                spec_paths.put(section, rest, value)
            else:
                top[path] = value
        try:
            probe = self._experiment.model_copy()
            for name, value in top.items():
                setattr(probe, name, value)  # the model validates assignments
        except ValidationError as err:
            raise spec_error(err) from None
        validated: dict[str, Any] = {}
        for head, data in sections.items():
            try:
                validated[head] = _SECTIONS[head].model_validate(data, strict=False)
            except ValidationError as err:
                raise spec_error(err, root=head) from None
        for name, value in top.items():
            setattr(self._experiment, name, value)
        setters = {"data": self.set_data, "network": self.set_network, "train": self.set_train}
        for head, spec in validated.items():
            setters[head](spec)

    def set_engine_progress(self, done: int, total: int, stage: str) -> None:
        """The engine loader began ``stage`` (``done`` of ``total`` stages are loaded); Train says so."""
        if self.engine_ready or self.engine_error:
            return
        self.engine_progress = (done, total, stage)
        self.engineProgress.emit(done, total, stage)
        self._update_validity()

    def engine_status(self) -> str:
        """What the engine is doing, for the user ("" once it is ready)."""
        if self.engine_ready:
            return ""
        if self.engine_error:
            return self.tr("The training engine failed to load. {why}").format(why=self.engine_error)
        done, total, stage = self.engine_progress
        if not total:
            return self.tr("Loading the training engine…")
        if not stage:  # (0, n, ""): nothing imported yet; (n, n, ""): everything imported, ready follows
            if done >= total:
                return self.tr("Loading the training engine: finishing…")
            return self.tr("Loading the training engine: starting up…")
        return self.tr("Loading the training engine: {stage} ({n} of {total})…").format(
            stage=stage, n=done + 1, total=total
        )

    def set_engine_failed(self, message: str) -> None:
        """The engine could not be imported: ``message`` says why and how to fix it; Train shows it."""
        self.engine_error = message
        self._summarize()  # before the signal: the network page said "the engine is still starting" forever
        self.engineFailed.emit(message)
        self._update_validity()

    def set_engine_ready(self) -> None:
        self.engine_ready = True
        self.engineReady.emit()
        self._summarize()
        self._update_validity()
        if self.info is None and not self.data_draft_error:
            self.load_data()

    # -- data --------------------------------------------------------------------------------------------
    def load_data(self) -> None:
        """(Re)load the experiment's dataset off the GUI thread; the result of an older load is dropped."""
        self._load_timer.stop()
        if not self.engine_ready or self.data_draft_error:
            return
        self._gen += 1
        gen, spec = self._gen, self._experiment.data.model_copy(deep=True)
        self._loading = spec
        self._set_status("busy", self.tr("Loading {what}…").format(what=describe_data(spec)))
        self._update_validity()

        def job() -> Any:
            from models.data import build_datamodule

            return build_datamodule(spec)

        def done(dm: Any) -> None:
            if shiboken6.isValid(self) and gen == self._gen:
                self._loaded(spec, dm)

        def failed(exc: BaseException, details: str) -> None:
            if shiboken6.isValid(self) and gen == self._gen:
                self._failed(exc, details)

        run_in_background(job, done, failed)

    def _plan_load(self) -> None:
        """Load the experiment's data in a moment (one load for a burst of edits); a load in flight is dropped."""
        self._gen += 1
        self._loading = None
        if self.engine_ready and not self.data_draft_error:
            self._load_timer.start()
            self._set_status("busy", self.tr("Loading {what}…").format(what=describe_data(self._experiment.data)))

    def _drop_data(self) -> None:
        self.datamodule = self.info = self.summary = self.loaded_spec = None
        self.data_error = self.data_error_details = ""

    def _loaded(self, spec: DataSpec, dm: Any) -> None:
        self._loading = None
        self.datamodule, self.info, self.summary, self.loaded_spec = dm, dm.info, dm.summary(), spec
        before = self.parts()
        previous, self._adapted_for = self._adapted_for, dm.info
        followed = follow_data(self._experiment, dm.info, previous)
        if followed is not self._experiment:  # the task and networks follow the data
            self._experiment.discriminator, self._experiment.train = followed.discriminator, followed.train
            self._experiment.network = followed.network
        after = self.parts()
        self._summarize()
        if after.train != before.train:
            self.trainSpecChanged.emit()
        if after.networks != before.networks:
            self.networkSpecChanged.emit()
            self.networkAdapted.emit(before, after)
        self._update_validity()
        total = sum(self.summary.split_sizes.values())
        self._set_status("ok", self.tr("Loaded {what}: {n} samples.").format(what=describe_data(spec), n=total))
        self.dataLoaded.emit(self.info, self.summary)

    def _failed(self, exc: BaseException, details: str) -> None:
        self._loading = None
        self._drop_data()
        self.data_error, self.data_error_details = error_text(exc), details
        self._summarize()
        self._update_validity()
        self._set_status("error", self.data_error)
        self.dataFailed.emit(self.data_error)

    def _set_status(self, kind: str, message: str) -> None:
        # Emitted after the summary and validity are updated: views redraw from a consistent workspace.
        if (kind, message) != self.data_status:
            self.data_status = (kind, message)
            self.dataStatusChanged.emit(kind, message)

    # -- templates and task ------------------------------------------------------------------------------
    def _need_data(self) -> Any:
        if not self.engine_ready or self.info is None:
            raise SpecError(self.tr("Load a dataset first: templates are shaped to it."))
        return self.info

    def template_parts(self, name: str) -> ModelParts:
        """What template ``name`` sets for the loaded data: the network, a GAN template's discriminator, and the
        training options of its task (a GAN's loss and ``train.gan``); the experiment is not changed.

        Raises:
            SpecError: no dataset is loaded, or the template does not fit it (the message says why).
            DataError: a GAN template on data that are not images, or a conditional one without classes.
        """
        from models.defaults import with_template

        return ModelParts.of(with_template(self._experiment, self._need_data(), name))

    def template_problems(self) -> dict[str, str | None]:
        """Why each template does not fit the loaded data (None: it fits); empty before the data load."""
        if not self.engine_ready or self.info is None:
            return {}
        if self._problems[0] is not self.info:  # they depend on the data only: made once per load
            import models.network as api

            self._problems = (
                self.info,
                {t.name: api.template_problem(t.name, self.info) for t in api.list_templates()},
            )
        return dict(self._problems[1])

    def recommended_templates(self) -> set[str]:
        """The loaded data's default templates: one for its own task and, for images, a GAN's."""
        if not self.engine_ready or self.info is None:
            return set()
        from models.defaults import default_template_for
        from models.errors import DanluError

        names = {default_template_for(self.info, self.info.task)}
        with suppress(DanluError):  # not images, or a size no GAN template reaches
            names.add(default_template_for(self.info, "generation"))
        return names

    def switch_task(self, task: str) -> None:
        """Turn the experiment into a ``task`` one with that task's default template (``generation``: a GAN with
        ``default_gan_template``; the data's own task: its default template); emits :attr:`taskSwitched`.

        Raises:
            SpecError, DataError: no dataset is loaded, or its data cannot be used for ``task``.
        """
        from models.defaults import with_task

        if task == self._experiment.train.task:
            return
        info = self._need_data()
        if task not in ("generation", info.task):
            raise SpecError(
                self.tr(
                    "train.task: {task} does not fit this dataset; it is for {own} (or generation, for images)"
                ).format(task=task, own=info.task)
            )
        before = self.parts()
        after = ModelParts.of(with_task(self._experiment, info, task))
        self.set_parts(after)
        self.taskSwitched.emit(before, after)

    def template_network(self, name: str) -> NetworkSpec:
        """The template ``name`` shaped for the loaded data.

        Raises:
            SpecError: no dataset is loaded, or the template does not fit it (the message says why).
        """
        import models.network as api

        return api.make_template(name, self._need_data())

    # -- validity ----------------------------------------------------------------------------------------
    def _summarize(self) -> None:
        """Summarise the network for the loaded data and say whether it fits."""
        self.network_summary = self.discriminator_summary = None
        if self.engine_error:
            ok, message = False, self.engine_status()
        elif not self.engine_ready:
            ok, message = False, self.tr("the engine is still starting")
        elif self.info is None:
            if self.data_draft_error:
                ok, message = False, self.tr("no dataset: {msg}").format(msg=self.data_draft_error)
            elif self.data_error:
                ok, message = False, self.tr("the dataset could not be loaded: {msg}").format(msg=self.data_error)
            else:
                ok, message = False, self.tr("the dataset is not loaded yet")
        else:
            summaries = summarize_parts(self._experiment, self.info)
            self.network_summary, self.discriminator_summary = summaries.network, summaries.discriminator
            ok, message = summaries.ok, summaries.message
        if (ok, message) != (self.network_ok, self.network_error):
            self.network_ok, self.network_error = ok, message
            self.networkValidityChanged.emit(ok, message)

    def _update_validity(self) -> None:
        validity = self._validity()
        if validity != self.validity:
            self.validity = validity
            self.validityChanged.emit(*validity)

    def _validity(self) -> tuple[bool, str]:
        if not self.engine_ready:
            return False, self.engine_status()
        if self.data_draft_error:
            return False, self.tr("Data: {msg}").format(msg=self.data_draft_error)
        if self.loading:
            return False, self.tr("Loading the dataset…")
        if self.data_error:
            return False, self.tr("The dataset could not be loaded: {msg}").format(msg=self.data_error)
        if self.info is None or not same_samples(self.loaded_spec, self._experiment.data):
            return False, self.tr("Load a dataset first (Data).")
        if not self.network_ok:
            return False, self.tr("The network does not fit the data: {why}").format(why=self.network_error)
        return True, ""
