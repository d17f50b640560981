"""Spread per-article work over the machine's cores.

A big folder is cut into chunks of articles. Worker processes are forked after the
work is set up, so they read the articles, the gazetteer and the compiled name index
from the parent's memory: nothing is sent to them but two numbers per chunk, and only
results travel back, in order. Small runs, one-core machines and platforms where
forking is not the norm stay in one process. ``GEO_JOBS`` caps the number of
processes (``GEO_JOBS=1``: never fork).

Examples
--------
>>> list(map_in_order(len, ["Taji", "Balad"]))
[4, 5]
"""

from __future__ import annotations

import gc
import os
import signal
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from geo.errors import SettingError

T = TypeVar("T")
R = TypeVar("R")

# Below this many items, starting processes costs more than it saves (measured with
# bench/find_places.py: a fork and its first results take ~0.1 s).
MIN_ITEMS = 300
_job: tuple[Callable, Sequence] | None = None  # inherited by forked workers


def jobs() -> int:
    """How many processes to use: the cores this process may run on, or ``GEO_JOBS``."""
    wanted = os.environ.get("GEO_JOBS", "").strip()
    if wanted:
        if not wanted.isdigit() or int(wanted) < 1:
            raise SettingError(f"GEO_JOBS={wanted!r} is not a number of processes; set it to 1 or more, or unset it")
        return int(wanted)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_in_order(func: Callable[[T], R], items: Sequence[T], processes: int | None = None) -> Iterator[R]:
    """``func(item)`` for every item, in order, yielded as soon as each is ready."""
    processes = min(processes or jobs(), max(1, len(items) // (MIN_ITEMS // 2)))
    if processes <= 1 or len(items) < MIN_ITEMS or not sys.platform.startswith("linux"):
        for item in items:
            yield func(item)
        return
    global _job
    _job = (func, items)
    size = max(1, min(100, len(items) // (processes * 8)))  # small enough to keep every process busy
    chunks = [(i, min(i + size, len(items))) for i in range(0, len(items), size)]
    import multiprocessing  # only here: most runs are small, and the import costs start-up time

    gc.freeze()  # workers' collections then skip the inherited objects, which stay shared
    try:
        with multiprocessing.get_context("fork").Pool(processes, initializer=_leave_interrupts_to_parent) as pool:
            for results in pool.imap(_run_chunk, chunks):
                yield from results
    finally:
        gc.unfreeze()
        _job = None


def _leave_interrupts_to_parent() -> None:
    """Ctrl-C stops the run once, in the parent (which ends the pool), not with a traceback
    from every worker."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _run_chunk(bounds: tuple[int, int]) -> list:
    func, items = _job
    return [func(items[i]) for i in range(*bounds)]
