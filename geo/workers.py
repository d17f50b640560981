"""Spread per-article work over the machine's cores.

A big folder is cut into chunks of articles. Worker processes are forked after the
work is set up, so they read the articles, the gazetteer and the compiled name index
from the parent's memory: all that is sent to them is the chunk numbers, written into
one pipe before they start, from which each takes the next as it finishes the last; the
results come back pickled through a pipe per worker, and are yielded in order. No
``multiprocessing``: its import and its helper threads cost more than the whole
exchange. Small runs, one-core machines and platforms where forking is not the norm stay
in one process. ``GEO_JOBS`` caps the number of processes (``GEO_JOBS=1``: never fork).

Examples
--------
>>> list(map_in_order(len, ["Taji", "Balad"]))
[4, 5]
"""

from __future__ import annotations

import gc
import os
import pickle
import selectors
import signal
import struct
import sys
from collections.abc import Callable, Iterator, Sequence
from typing import TypeVar

from geo.errors import SettingError

T = TypeVar("T")
R = TypeVar("R")

# Below this many items, starting processes costs more than it saves (measured with
# bench/find_places.py: a fork and its first results take ~0.1 s).
MIN_ITEMS = 300
_job: tuple[Callable, Sequence, list] | None = None  # inherited by forked workers


def jobs() -> int:
    """How many processes to use: the cores this process may run on, or ``GEO_JOBS``."""
    wanted = os.environ.get("GEO_JOBS", "").strip()
    if wanted:
        if not wanted.isdigit() or int(wanted) < 1:
            raise SettingError(f"GEO_JOBS={wanted!r} is not a number of processes; set it to 1 or more, or unset it")
        return int(wanted)
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 1)


def map_in_order(func: Callable[[T], R], items: Sequence[T], processes: int | None = None) -> Iterator[R]:
    """``func(item)`` for every item, in order, yielded as soon as each is ready.

    An exception raised for an item is raised here, and no result after it is yielded.
    """
    processes = min(processes or jobs(), max(1, len(items) // (MIN_ITEMS // 2)))
    if processes <= 1 or len(items) < MIN_ITEMS or not sys.platform.startswith("linux"):
        for item in items:
            yield func(item)
        return
    # Small chunks keep every process busy to the end; at most _MAX_CHUNKS, so that all the
    # chunk numbers go into the pipe at once before the workers start (a write of at most
    # PIPE_BUF bytes is whole, and fits the smallest pipe Linux makes).
    size = max(1, min(50, len(items) // (processes * 8)), -(-len(items) // _MAX_CHUNKS))
    chunks = [(i, min(i + size, len(items))) for i in range(0, len(items), size)]
    global _job
    _job = (func, items, chunks)
    gc.freeze()  # workers' collections then skip the inherited objects, which stay shared
    workers: dict[int, int] = {}  # result pipe -> worker pid
    tasks_read, tasks_write = os.pipe()
    try:
        os.write(tasks_write, struct.pack(f"<{len(chunks)}I", *range(len(chunks))))
        os.close(tasks_write)
        for _ in range(processes):
            results_read, results_write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the worker: never returns
                _work(tasks_read, results_write, [results_read, *workers])
            os.close(results_write)
            workers[results_read] = pid
        yield from _collect(workers, len(chunks))
    finally:
        os.close(tasks_read)
        for fd, pid in workers.items():
            try:
                os.kill(pid, signal.SIGKILL)  # done already, or its results are no longer wanted
            except ProcessLookupError:
                pass
            os.waitpid(pid, 0)
            os.close(fd)
        gc.unfreeze()
        _job = None


_MAX_CHUNKS = 1024  # four bytes each: PIPE_BUF
_LENGTH = struct.Struct("<Q")


def _work(tasks: int, results: int, inherited: list[int]) -> None:
    """A worker's life: take chunk numbers until none is left, send back each chunk's results
    (or the exception that stopped it), then exit without running the parent's clean-up."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle, once
        for fd in inherited:
            os.close(fd)
        func, items, chunks = _job
        with os.fdopen(results, "wb") as out:
            while record := os.read(tasks, 4):  # each read takes one whole number: all are in the pipe
                (number,) = struct.unpack("<I", record)
                try:
                    message = pickle.dumps((number, True, [func(items[i]) for i in range(*chunks[number])]),
                                           pickle.HIGHEST_PROTOCOL)
                except BaseException as exc:  # noqa: BLE001 - sent to the parent, which raises it
                    message = pickle.dumps((number, False, _sendable(exc)), pickle.HIGHEST_PROTOCOL)
                out.write(_LENGTH.pack(len(message)) + message)
                out.flush()
    finally:
        os._exit(0)


def _sendable(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # noqa: BLE001 - an exception that cannot travel is described instead
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _collect(workers: dict[int, int], count: int) -> Iterator:
    """Read every worker's messages as they come; yield the chunks' results in order."""
    buffers = {fd: bytearray() for fd in workers}
    ready: dict[int, tuple[bool, object]] = {}
    with selectors.DefaultSelector() as selector:
        for fd in workers:
            selector.register(fd, selectors.EVENT_READ)
        for number in range(count):
            while number not in ready:
                if not selector.get_map():
                    raise RuntimeError("a worker process ended before sending all its results")
                for key, _ in selector.select():
                    data = os.read(key.fd, 1 << 20)
                    if not data:
                        selector.unregister(key.fd)
                        continue
                    buffer = buffers[key.fd]
                    buffer += data
                    while len(buffer) >= _LENGTH.size and len(buffer) >= _LENGTH.size + (
                            length := _LENGTH.unpack_from(buffer)[0]):
                        done, ok, payload = pickle.loads(buffer[_LENGTH.size:_LENGTH.size + length])
                        del buffer[:_LENGTH.size + length]
                        ready[done] = (ok, payload)
            ok, payload = ready.pop(number)
            if not ok:
                raise payload
            yield from payload
