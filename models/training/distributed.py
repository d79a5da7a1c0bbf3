"""One run folder for all the processes of a multi-process run, unique per job.

Lightning launches DDP ranks itself from the process that created the folder: they find it in the environment
(only while ``fit`` launches them).
Processes started together by an external launcher (torchrun, srun) each run ``fit`` from the start and must
agree on one folder before any of them trains. torchrun's ``TORCHELASTIC_RUN_ID`` is the literal ``none``
unless ``--rdzv-id`` is given, so naming the folder after it sent every such job into ``NAME-jobnone``.
Under torchrun, rank 0 creates a fresh folder and publishes its path in the elastic agent's key-value store
(which the agent serves for its workers); the others read it from there. Under SLURM the job and step ids
are unique on the cluster.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

from models.errors import DanluError
from models.training.runs import RUN_DIR_ENV, RunFolder, default_runs_dir

#: How long the other ranks wait for rank 0 to load its data and create the folder.
AGREE_TIMEOUT = timedelta(hours=1)


def launched_run_folder(name: str, root: Path) -> RunFolder | None:
    """The folder shared by the processes of an externally launched job, or None when not launched so."""
    if "TORCHELASTIC_RUN_ID" in os.environ and "RANK" in os.environ:
        return _torchrun_folder(name, root)
    job = os.environ.get("SLURM_JOB_ID")
    if job and ("RANK" in os.environ or "SLURM_PROCID" in os.environ):
        step = os.environ.get("SLURM_STEP_ID")
        path = root / (f"{name}-job{job}" + (f".{step}" if step else ""))
        path.mkdir(parents=True, exist_ok=True)
        return RunFolder(path)
    return None


def _torchrun_folder(name: str, root: Path) -> RunFolder:
    if os.environ.get("TORCHELASTIC_USE_AGENT_STORE") == "True":
        from torch.distributed import TCPStore

        store = TCPStore(
            os.environ["MASTER_ADDR"], int(os.environ["MASTER_PORT"]), is_master=False, timeout=AGREE_TIMEOUT
        )
        key = f"danlu/run_dir/{os.environ.get('TORCHELASTIC_RESTART_COUNT', '0')}"
        if int(os.environ["RANK"]) == 0:
            run = RunFolder.create(root, name)
            store.set(key, str(run.path))
            return run
        try:
            return RunFolder(store.get(key).decode())
        except RuntimeError as err:  # the store's timeout or a lost agent
            raise DanluError(f"rank {os.environ['RANK']}: rank 0 did not create the run folder ({err})") from None
    run_id = os.environ["TORCHELASTIC_RUN_ID"]
    if run_id == "none":
        raise DanluError(
            "torchrun without --rdzv-id and without its agent store: the processes cannot agree on a run folder; "
            "pass --rdzv-id with an id unique to this job"
        )
    path = root / f"{name}-job{run_id}"
    path.mkdir(parents=True, exist_ok=True)
    return RunFolder(path)


def new_run_folder(name: str, runs_dir: str | Path | None, run_dir: str | Path | None, world: int) -> RunFolder:
    """The folder of a new run: ``run_dir`` exactly, the one every rank of a multi-process run shares, or a new
    timestamped folder under ``runs_dir`` (default: :func:`default_runs_dir`)."""
    shared = os.environ.get(RUN_DIR_ENV) if world > 1 else None
    if shared:  # a DDP rank launched by Lightning from the process that created the folder (see _train)
        return RunFolder(shared)
    if run_dir is not None:
        return RunFolder.create_at(run_dir)
    root = Path(runs_dir) if runs_dir else default_runs_dir()
    if world > 1:  # torchrun/SLURM start every rank at once: they agree on one folder per job
        launched = launched_run_folder(name, root)
        if launched is not None:
            return launched
    return RunFolder.create(root, name)


@contextlib.contextmanager
def shared_with_launched_ranks(run: RunFolder, world: int) -> Iterator[None]:
    """While Lightning launches DDP ranks, tell them (through the environment they inherit) which folder to use.

    Only for multi-process runs, and always restored: a leftover value would send the next run of this process
    (e.g. the GUI's) into this folder.
    """
    if world <= 1:
        yield
        return
    previous = os.environ.get(RUN_DIR_ENV)
    os.environ[RUN_DIR_ENV] = str(run.path)
    try:
        yield
    finally:
        if previous is None:
            os.environ.pop(RUN_DIR_ENV, None)
        else:
            os.environ[RUN_DIR_ENV] = previous
