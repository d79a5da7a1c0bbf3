"""Optuna storage for a study: the folder's SQLite file, a shared database, or a journal file.

``--storage`` takes an SQLAlchemy URL (``sqlite:///PATH``, ``postgresql://USER@HOST/DB``, ``mysql://...``:
Optuna's RDB storage, the documented way for several machines) or ``journal:PATH`` (Optuna's journal file,
which Optuna recommends for several processes on one machine). RDB storages get Optuna's heartbeat, so a
trial whose process died is failed and queued again after the grace period; on one machine a dead process
is noticed at once (:func:`recover_dead_trials`). Storage faults become :class:`DanluError` messages that
say which file or database and what to do.
"""

from __future__ import annotations

import contextlib
import os
import socket
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import optuna
from optuna.storages import BaseStorage, JournalStorage, RDBStorage
from optuna.trial import TrialState

from models.errors import DanluError
from models.study.folder import StudyFolder

HEARTBEAT_S = 10
GRACE_S = 30
SQLITE_TIMEOUT_S = 60.0  # how long a process waits for another's write before the storage counts as locked
JOURNAL_PREFIX = "journal:"
SPEC_ATTR = "danlu_spec"  # study user attribute: the fingerprint of the spec that created it
RETRY_ATTR = "retry_of"  # trial user attribute: the trial this one runs again
OWNER_ATTR = "owner"  # trial user attribute: {"host", "pid"} of the process running it

# Optuna logs each failed trial with its traceback; Danlu reports failures itself, in words.
optuna.logging.set_verbosity(optuna.logging.ERROR)


def describe(url: str) -> str:
    """The URL with any password hidden (what study.json and messages show)."""
    if url.startswith(JOURNAL_PREFIX):
        return url
    try:
        from sqlalchemy.engine import make_url

        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - an unparsable URL is reported when it is opened
        return url


def default_url(folder: StudyFolder) -> str:
    return f"sqlite:///{folder.db_path.resolve()}"


@contextlib.contextmanager
def storage_errors(url: str) -> Iterator[None]:
    """Turn database and journal faults into a message naming the storage and what to do."""
    try:
        yield
    except DanluError:
        raise
    except Exception as err:  # noqa: BLE001 - the kinds differ per backend; each is named below
        text = f"{type(err).__name__}: {err}"
        where = describe(url)
        lowered = text.lower()
        if "locked" in lowered or "busy" in lowered:
            raise DanluError(
                f"{where}: the study storage is locked by another program; wait for it to finish (or close it) "
                "and run again"
            ) from None
        if any(s in lowered for s in ("not a database", "malformed", "corrupt", "jsondecodeerror", "no such table")):
            raise DanluError(
                f"{where}: the study storage is damaged or is not an Optuna study ({err}); move it away to start "
                "the study over (the trial folders stay)"
            ) from None
        if isinstance(err, optuna.exceptions.OptunaError) or "sqlalchemy" in type(err).__module__:
            raise DanluError(f"{where}: cannot use the study storage ({text})") from None
        raise


def make_storage(url: str) -> BaseStorage:
    """An Optuna storage for ``url`` (see the module docstring)."""
    if url.startswith(JOURNAL_PREFIX):
        from optuna.storages.journal import JournalFileBackend

        path = Path(url[len(JOURNAL_PREFIX) :].removeprefix("//")).expanduser()
        path.parent.mkdir(parents=True, exist_ok=True)
        with storage_errors(url):
            return JournalStorage(JournalFileBackend(str(path)))
    if "://" not in url:
        raise DanluError(
            f"--storage {url!r} is not a database URL; give sqlite:///PATH, postgresql://USER@HOST/DB, "
            "mysql://USER@HOST/DB or journal:PATH"
        )
    kwargs: dict[str, Any] = {"heartbeat_interval": HEARTBEAT_S, "grace_period": GRACE_S}
    engine: dict[str, Any] = {}
    if url.startswith("sqlite"):
        engine = {"connect_args": {"timeout": SQLITE_TIMEOUT_S}}
    with storage_errors(url), _quiet_experimental():
        retry = getattr(optuna.storages, "RetryHeartbeatStaleTrialCallback", None)
        if retry is not None:  # Optuna >= 4.9 renamed the callback and its keyword
            kwargs["heartbeat_stale_trial_callback"] = retry(max_retry=3)
        else:
            kwargs["failed_trial_callback"] = optuna.storages.RetryFailedTrialCallback(max_retry=3)
        for attempt in range(5):
            try:
                return RDBStorage(url, engine_kwargs=engine, **kwargs)
            except Exception as err:  # noqa: BLE001 - only the creation race is retried
                # Two processes creating one new database race to create its tables; the loser finds them next time.
                racing = "unique constraint" in str(err).lower() or "already exists" in str(err).lower()
                if not racing or attempt == 4:
                    raise
                time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")


@contextlib.contextmanager
def _quiet_experimental() -> Iterator[None]:
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", optuna.exceptions.ExperimentalWarning)
        yield


def resolve_url(folder: StudyFolder, url: str | None) -> str:
    """The storage URL to use: the one given, else the one the folder recorded, else the folder's study.db."""
    if url:
        return url
    recorded = folder.read_info().get("storage")
    if recorded and recorded != "study.db":
        if "***" in recorded:
            raise DanluError(f"{folder.path}: the study is in {recorded}; pass --storage with the full URL")
        return str(recorded)
    return default_url(folder)


def open_study(
    folder: StudyFolder, url: str | None, name: str, fingerprint: str | None, direction: str | None
) -> optuna.Study:
    """Create or load the Optuna study ``name`` (with ``direction`` set, creating it is allowed).

    Raises:
        DanluError: the storage cannot be used, or it holds a study of that name made from another spec.
    """
    url = resolve_url(folder, url)
    storage = make_storage(url)
    with storage_errors(url):
        if direction is None:
            try:
                return optuna.load_study(study_name=name, storage=storage)
            except KeyError:
                raise DanluError(f"{describe(url)}: holds no study named {name!r} (has it run yet?)") from None
        study = optuna.create_study(study_name=name, storage=storage, direction=direction, load_if_exists=True)
        held = study.user_attrs.get(SPEC_ATTR)
        if held is None and fingerprint is not None:
            study.set_user_attr(SPEC_ATTR, fingerprint)
        elif fingerprint is not None and held != fingerprint:
            raise DanluError(
                f"{describe(url)} already holds a study named {name!r} with another base, space, seeds or "
                "objective; give this study another name (name: in the study YAML)"
            )
    shown = "study.db" if url == default_url(folder) else describe(url)
    folder.write_info(study_name=name, storage=shown)
    return study


def trial_owner() -> dict[str, Any]:
    """The :data:`OWNER_ATTR` of a trial this process runs (for :func:`recover_dead_trials`)."""
    return {"host": socket.gethostname(), "pid": os.getpid()}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def recover_dead_trials(study: optuna.Study) -> list[int]:
    """Fail the running trials of processes on this machine that no longer exist, and queue them again.

    Optuna's heartbeat does the same for every machine after its grace period; this makes a study that is
    continued right after a crash (or a kill) pick the lost configuration up at once.

    Returns:
        The numbers of the trials that were failed.
    """
    host = socket.gethostname()
    failed = []
    for t in study.get_trials(deepcopy=False, states=(TrialState.RUNNING,)):
        owner = t.user_attrs.get(OWNER_ATTR) or {}
        pid = owner.get("pid")
        if owner.get("host") != host or not isinstance(pid, int) or pid == os.getpid() or _alive(pid):
            continue
        try:  # Optuna's own heartbeat check does the same through the storage (no public call fails a trial)
            study._storage.set_trial_user_attr(t._trial_id, "message", "its process ended while it ran; queued again")
            if not study._storage.set_trial_state_values(t._trial_id, state=TrialState.FAIL):
                continue
        except optuna.exceptions.UpdateFinishedTrialError:
            continue  # another process got there first
        requeue(study, t.number)
        failed.append(t.number)
    return failed


def requeue(study: optuna.Study, number: int) -> None:
    """Queue trial ``number``'s configuration to run again as a new trial that remembers the one it repeats.

    Like Optuna's own heartbeat retry, the copy keeps the grid point's system attributes, so the grid sampler
    counts it as that point (a plain ``enqueue_trial`` would leave it without one).
    """
    trial = next(t for t in study.get_trials(deepcopy=False) if t.number == number)
    kept = {k: v for k, v in trial.system_attrs.items() if k in ("grid_id", "search_space")}
    study.add_trial(
        optuna.trial.create_trial(
            state=TrialState.WAITING,
            params=trial.params,
            distributions=trial.distributions,
            user_attrs={RETRY_ATTR: number},
            system_attrs=kept,
        )
    )
