"""CPU thread policy: how many intra-op threads torch uses for a run (``train.cpu_threads: auto|N``).

Measured on a loaded 2-core machine (docs: README "CPU threads"): one fcn1d step took ~20 ms with one torch
thread and 220-300 ms with two, because two OpenMP threads spinning on two busy cores wait on each other.
So the count is a decision, never torch's default of "every logical CPU":

- ``auto`` on the command line: the physical cores this process may use, less one per loader worker, less
  the cores other programs keep busy (the 1-minute load average, rounded down): on the shared 2-core machine
  (load ~11) two threads made a step 5-19x slower than one (``benchmarks/cpu_threads.py``, README), so a
  busy machine gets one thread; an idle one gets every core.
- ``auto`` in the desktop app: the same, less one more core for the GUI's event loop (the app calls
  :func:`reserve_cores` once; the process is then interactive for good).
- ``N``: exactly N, and an error naming ``train.cpu_threads`` when N is more than the cores available.

This module imports neither torch nor Qt; :func:`apply_cpu_threads` imports torch when it is called.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from models.errors import SpecError
from models.spec.train import AUTO

_reserved_cores = 0


def reserve_cores(count: int) -> None:
    """Keep ``count`` cores free of training threads in this process (the desktop app: 1 for its event loop)."""
    global _reserved_cores
    _reserved_cores = max(0, int(count))


def reserved_cores() -> int:
    return _reserved_cores


def busy_cores() -> int:
    """Cores other programs keep busy: the 1-minute load average, rounded down (0 where it is unknown)."""
    try:
        return max(0, int(os.getloadavg()[0]))
    except (AttributeError, OSError):  # Windows
        return 0


def usable_cpus() -> int:
    """Logical CPUs this process may run on (its affinity mask, which containers and taskset narrow)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):  # macOS, Windows
        return max(1, os.cpu_count() or 1)


def physical_cores() -> int:
    """Physical cores this process may use: hyper-threads share a core's arithmetic units, so count cores."""
    logical = usable_cpus()
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return max(1, logical // 2) if (os.cpu_count() or 1) >= 4 else logical  # no cpuinfo: assume 2-way SMT
    cores, physical = set(), "0"
    for line in text.splitlines():
        key, _, value = line.partition(":")
        key = key.strip()
        if key == "physical id":
            physical = value.strip()
        elif key == "core id":
            cores.add((physical, value.strip()))
    total_logical = os.cpu_count() or logical
    if not cores or total_logical <= 0:
        return logical
    # Scale to the affinity mask: a process pinned to half the CPUs gets about half the cores.
    return max(1, min(logical, round(len(cores) * logical / total_logical)))


@dataclass(frozen=True)
class ThreadChoice:
    """The intra-op thread count of a run and why."""

    threads: int
    cores: int
    auto: bool
    reason: str

    def describe(self) -> str:
        return f"{self.threads} CPU thread{'s' if self.threads != 1 else ''} ({self.reason})"


def choose_threads(
    setting: int | str, workers: int = 0, reserved: int | None = None, processes: int = 1, busy: int | None = None
) -> ThreadChoice:
    """The thread count for ``setting`` (``train.cpu_threads``) with ``workers`` loader processes running.

    Args:
        setting: ``"auto"`` or a fixed count.
        workers: DataLoader worker processes of this run (each keeps a core busy).
        reserved: Cores kept free (default: what :func:`reserve_cores` set; 1 in the desktop app).
        processes: Training processes sharing this machine's cores (CPU DDP with ``--devices N``).
        busy: Cores taken by other programs (default: :func:`busy_cores`).

    Raises:
        SpecError: a fixed count above the physical cores available (the message names the setting).
    """
    cores = physical_cores()
    reserved = _reserved_cores if reserved is None else reserved
    if setting != AUTO:
        n = int(setting)
        if n > usable_cpus():
            raise SpecError(
                f"train.cpu_threads is {n}, but this process may use {usable_cpus()} CPUs ({cores} physical "
                f"cores); set it to 'auto' or at most {cores}"
            )
        return ThreadChoice(n, cores, False, "train.cpu_threads")
    busy = busy_cores() if busy is None else busy
    taken = reserved + max(0, workers) + busy
    threads = max(1, (cores - taken) // max(1, processes))
    parts = [f"{cores} physical core{'s' if cores != 1 else ''}"]
    if reserved:
        parts.append(f"{reserved} kept for the app")
    if workers:
        parts.append(f"{workers} for loader workers")
    if busy:
        parts.append(f"{min(busy, cores)} busy with other work")
    if processes > 1:
        parts.append(f"shared by {processes} processes")
    return ThreadChoice(threads, cores, True, "auto: " + ", ".join(parts))


def apply_cpu_threads(setting: int | str, workers: int = 0, processes: int = 1) -> ThreadChoice:
    """Set torch's intra-op threads for the runs of the calling thread, and return the choice.

    Call it on the thread that trains: OpenMP keeps a thread count per calling thread, so a count set on the
    GUI thread does not reach a training thread that has already run torch operations. The count is not
    restored afterwards: every entry point that computes (fit, the LR finder) applies the policy itself.
    """
    import torch

    choice = choose_threads(setting, workers, processes=processes)
    if torch.get_num_threads() != choice.threads:
        torch.set_num_threads(choice.threads)
    return choice
