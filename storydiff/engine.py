"""Where the heavy stages run: in this process, or as tasks on a Dask cluster.

Reading, fingerprinting, candidate generation and verification are written as
maps of pure, module-level functions over chunks (files, article chunks, LSH
bands, row blocks, pair chunks). An engine runs those maps:

* :class:`LocalEngine` calls them one after the other, here;
* :class:`ProcessEngine` runs them in worker processes on this machine (one
  per core by default), forked so that shared arguments are inherited, not
  copied;
* :class:`DaskEngine` submits them to a ``dask.distributed`` cluster (a
  ``LocalCluster`` it starts, or the scheduler at ``address``), sending large
  shared arguments to the workers once (``Client.scatter``).

Both engines run the same functions on the same chunks and get the results
back in order, so they produce the same stories. Dask is an optional
dependency: ``pip install "storydiff[dask]"``.
"""

from __future__ import annotations

import contextlib
import gc
import itertools
import logging
import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any, Protocol, TypeVar

from threadpoolctl import threadpool_limits

from storydiff.errors import ConfigError, EngineError

__all__ = [
    "DaskEngine",
    "Engine",
    "LocalEngine",
    "ProcessEngine",
    "available_cores",
    "balanced_spans",
    "make_engine",
    "map_beside",
    "overlaps",
]

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")


class Engine(Protocol):
    """Runs ``fn(item, **shared)`` for every item and returns the results in order."""

    def map(self, fn: Callable[..., R], items: Sequence[Any], **shared: Any) -> list[R]:
        """Apply ``fn`` to every item; ``shared`` keyword arguments go to every call."""
        ...


class LocalEngine:
    """Runs every task in this process, in order."""

    def map(self, fn: Callable[..., R], items: Sequence[Any], **shared: Any) -> list[R]:
        """Apply ``fn`` to every item, one after the other.

        >>> LocalEngine().map(pow, [1, 2, 3], exp=2)
        [1, 4, 9]
        """
        return [fn(item, **shared) for item in items]

    def close(self) -> None:
        """Nothing to release."""

    def __enter__(self) -> LocalEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def available_cores() -> int:
    """Cores this process may run on (its CPU affinity where the OS tells it)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def balanced_spans(n: int, *, size: int, engine: object) -> list[tuple[int, int]]:
    """``[lo, hi)`` spans covering ``range(n)``: at most ``size`` long, as even as possible.

    Their number is a multiple of the engine's worker processes (its ``workers``
    attribute; 1 when it has none), so that no worker is left idle while
    another finishes a last task: 406,000 pairs in tasks of 100,000 on two
    workers are six tasks of 67,667, not five of which one worker gets three.

    >>> balanced_spans(10, size=4, engine=None)
    [(0, 3), (3, 6), (6, 10)]
    >>> balanced_spans(10, size=4, engine=ProcessEngine(workers=2))
    [(0, 2), (2, 5), (5, 7), (7, 10)]
    """
    if n <= 0:
        return [(0, 0)]
    width = getattr(engine, "workers", 1)
    count = -(-n // max(size, 1))
    count = min(n, -(-count // width) * width)
    bounds = [n * k // count for k in range(count + 1)]
    return list(itertools.pairwise(bounds))


# Set in each worker process of a ProcessEngine map (by the pool's initializer),
# never in the calling process: the map's shared keyword arguments.
_worker_shared: dict[str, Any] = {}


def _init_worker(shared: dict[str, Any]) -> None:
    _worker_shared.clear()
    _worker_shared.update(shared)
    # forked while another thread of the caller had its collector paused
    # (storydiff._arrays.collector_paused), a worker would inherit the pause
    gc.enable()


def _run_task(fn: Callable[..., R], item: Any) -> R:
    return fn(item, **_worker_shared)


# The BLAS thread limit and the garbage collector's frozen generation are each one
# setting for the whole process: maps run by several threads at once share them,
# set by the first to start and restored by the last to end (each restoring its
# own would undo another's).
_blas_lock = threading.Lock()
_blas_users = 0
_blas_limit: threadpool_limits | None = None
_gc_frozen = False


@contextlib.contextmanager
def _one_blas_thread() -> Iterator[None]:
    """Prepare this process for forking workers while any map runs.

    Its BLAS is limited to one thread, and the objects it holds are frozen
    out of the garbage collector's reach (``gc.freeze``, the recipe Python's
    documentation gives before ``fork``): a worker's collections then never
    walk them, writing to pages it shares with this process, and this
    process, which mostly waits and unpickles results meanwhile, no longer
    walks its tens of thousands of long-lived objects (article records, every
    module's functions) at each full collection. Only objects frozen here are
    unfrozen after: if something else froze objects before, nothing is done.
    """
    global _blas_users, _blas_limit, _gc_frozen
    with _blas_lock:
        if _blas_users == 0:
            _blas_limit = threadpool_limits(limits=1, user_api="blas")
            if gc.get_freeze_count() == 0:
                gc.freeze()
                _gc_frozen = True
        _blas_users += 1
    try:
        yield
    finally:
        with _blas_lock:
            _blas_users -= 1
            if _blas_users == 0:
                if _blas_limit is not None:
                    _blas_limit.restore_original_limits()
                    _blas_limit = None
                if _gc_frozen:
                    gc.unfreeze()
                    _gc_frozen = False


def _nothing() -> None:
    return None


class _MapsBeside:
    """An engine whose ``map`` is its ``map_beside`` with nothing to do meanwhile."""

    def map(self, fn: Callable[..., R], items: Sequence[Any], **shared: Any) -> list[R]:
        """Apply ``fn`` to every item where the engine runs tasks; results in order."""
        return self.map_beside(fn, items, _nothing, **shared)[0]  # type: ignore[attr-defined,no-any-return]


class ProcessEngine(_MapsBeside):
    """Runs tasks in worker processes on this machine.

    Each :meth:`map` forks a pool of ``workers`` processes. The shared keyword
    arguments (a fingerprint table, a TF-IDF matrix) reach the workers through
    the fork, with no copy; only the items and the results are pickled.
    Where ``fork`` is not available, or for a single task, the tasks run here.

    >>> with ProcessEngine(workers=2) as engine:
    ...     engine.map(pow, [1, 2, 3], exp=2)
    [1, 4, 9]
    """

    def __init__(self, workers: int | None = None) -> None:
        if workers is not None and (not isinstance(workers, int) or workers < 1):
            msg = (
                "The 'workers' parameter of ProcessEngine must be a positive int. "
                f"Got {workers!r} instead."
            )
            raise ConfigError(msg)
        self.workers = workers or available_cores()
        methods = multiprocessing.get_all_start_methods()
        self._context = multiprocessing.get_context("fork") if "fork" in methods else None

    def map_beside(
        self,
        fn: Callable[..., R],
        items: Sequence[Any],
        meanwhile: Callable[[], T],
        /,
        **shared: Any,
    ) -> tuple[list[R], T]:
        """:meth:`map`, and ``meanwhile()`` called here while the workers run the tasks.

        The workers are all forked before ``meanwhile`` starts (a fork while
        another thread runs could copy a lock that thread holds), and each
        exits as soon as the tasks are done, handing back what it inherited.
        ``meanwhile`` must not start a map of its own (it would fork while this
        map's threads run). If it raises, or a task does, the workers are
        stopped (the tasks they hold are not finished) and the error is raised.
        """
        items = list(items)
        if self.workers == 1 or len(items) < 2 or self._context is None:
            return [fn(item, **shared) for item in items], meanwhile()
        workers = min(self.workers, len(items))
        # The workers are forked with the BLAS limited to one thread, and keep that
        # limit: each already has a core, and OpenBLAS's own threads (started by a
        # worker's first product, spinning for a while after each) fought them for
        # the cores: story refinement's small products and eigendecompositions took
        # three times as long. Set here, in the parent, for the map's duration: set
        # in a worker, the call itself starts a spinning thread.
        with (
            _one_blas_thread(),
            ProcessPoolExecutor(
                max_workers=workers,
                mp_context=self._context,
                initializer=_init_worker,
                initargs=(shared,),
            ) as pool,
        ):
            # Every task is submitted here, and the workers forked at the first.
            # One at a time, never in chunks (callers make tasks of substance): in
            # chunks, the last ones leave a worker idle (22 files in chunks of two on
            # two workers are 6 chunks against 5, an eighth of the time), and a
            # worker holds a chunk's results until its end: reading 1M articles in 8
            # chunks of 48 tasks took 13% more of the workers' CPU time, and a sixth
            # more wall time, than one task at a time.
            # Futures, not pool.map: its iterator cancels the futures left when a
            # task fails, and a cancelled future makes the manager thread of a pool
            # whose workers are stopped raise InvalidStateError (CPython 3.11).
            futures = [pool.submit(_run_task, fn, item) for item in items]
            # The pool's manager thread, joined before this returns: once shut down
            # with wait=False, the pool forgets it, and the `with` no longer waits
            # for it. Left running, it closed its wake-up pipe while the
            # interpreter's exit hook wrote to it ("Exception ignored ... Bad file
            # descriptor" on about one CLI run in twenty).
            manager = getattr(pool, "_executor_manager_thread", None)
            workers_now = list(getattr(pool, "_processes", {}).values())
            # no more tasks: each worker exits once the queue is empty, not when this ends
            pool.shutdown(wait=False)
            try:
                extra = meanwhile()
                # the first task error, in the items' order, is raised here: none is lost
                return [future.result() for future in futures], extra
            except BaseException:
                # The results are lost anyway: stop the workers rather than wait
                # for the tasks they hold (Ctrl-C took as long as the queue).
                for process in workers_now:
                    process.terminate()
                raise
            finally:
                if manager is not None:
                    manager.join()

    def close(self) -> None:
        """Nothing to release: every map closes its own pool."""

    def __enter__(self) -> ProcessEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class DaskEngine(_MapsBeside):
    """Runs tasks on a Dask cluster.

    Parameters
    ----------
    address:
        Scheduler address (``tcp://host:8786``); ``None`` starts a
        ``LocalCluster`` with ``workers`` worker processes.
    workers, threads_per_worker:
        Size of the ``LocalCluster`` (ignored with ``address``).
    timeout:
        Seconds to wait for the scheduler at ``address`` before giving up with an
        :class:`~storydiff.errors.EngineError` that names it.
    """

    def __init__(
        self,
        address: str | None = None,
        *,
        workers: int = 2,
        threads_per_worker: int = 1,
        timeout: float = 10.0,
    ) -> None:
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:  # pragma: no cover - depends on the install
            msg = (
                "The Dask engine needs dask.distributed: pip install 'storydiff[dask]'. "
                "Got ImportError instead."
            )
            raise ConfigError(msg) from None
        self._cluster = None
        if address is None:
            self._cluster = LocalCluster(
                n_workers=workers,
                threads_per_worker=threads_per_worker,
                processes=True,
                dashboard_address=":0",
            )
            self.client = Client(self._cluster)
        else:
            try:
                self.client = Client(address, timeout=timeout)
            except (OSError, TimeoutError) as exc:
                msg = f"cannot reach the Dask scheduler at {address} ({exc})"
                raise EngineError(msg) from None
        log.info("dask engine: %s", self.client)

    def map_beside(
        self,
        fn: Callable[..., R],
        items: Sequence[Any],
        meanwhile: Callable[[], T],
        /,
        **shared: Any,
    ) -> tuple[list[R], T]:
        """:meth:`map`, and ``meanwhile()`` called here while the cluster runs the tasks
        (if it raises, the tasks are cancelled and its error is raised)."""
        if not items:
            return [], meanwhile()
        # scatter a one-element list: a list itself would become one future per item
        scattered = {
            name: self.client.scatter([value], broadcast=True, hash=False)[0]
            for name, value in shared.items()
        }
        futures = self.client.map(fn, list(items), pure=False, **scattered)
        try:
            extra = meanwhile()
        except BaseException:
            self.client.cancel(futures)
            raise
        # gather raises the first task error here: a failure is never lost
        return list(self.client.gather(futures)), extra

    def close(self) -> None:
        """Close the client, and the LocalCluster if this engine started it."""
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def map_beside(
    engine: Engine,
    fn: Callable[..., R],
    items: Sequence[Any],
    meanwhile: Callable[[], T],
    /,
    **shared: Any,
) -> tuple[list[R], T]:
    """``(engine.map(fn, items, **shared), meanwhile())``, overlapped where the engine can.

    An engine that runs its tasks elsewhere (:class:`ProcessEngine`,
    :class:`DaskEngine`) calls ``meanwhile`` in this process while they run;
    any other runs the tasks, then ``meanwhile``. So does a subclass of those
    that overrides ``map`` (to log or retry tasks, say) but not ``map_beside``:
    its ``map`` sees every map.

    >>> map_beside(LocalEngine(), pow, [1, 2, 3], lambda: "done", exp=2)
    ([1, 4, 9], 'done')
    """
    if overlaps(engine):
        return engine.map_beside(fn, items, meanwhile, **shared)  # type: ignore[attr-defined,no-any-return]
    return engine.map(fn, items, **shared), meanwhile()


def overlaps(engine: object) -> bool:
    """Whether :func:`map_beside` runs ``meanwhile`` while ``engine``'s tasks run (the engine
    has a ``map_beside`` written with the ``map`` it has), not after them.

    >>> overlaps(LocalEngine()), overlaps(ProcessEngine(workers=2))
    (False, True)
    """
    kind = type(engine)
    owner = next((c for c in kind.__mro__ if "map_beside" in vars(c)), None)
    return owner is not None and getattr(kind, "map", None) is getattr(owner, "map", None)


def make_engine(
    name: str, *, scheduler: str | None = None, workers: int | None = None
) -> LocalEngine | ProcessEngine | DaskEngine:
    """The engine called ``name`` (``"local"`` or ``"dask"``).

    ``local`` runs on this machine: in this process with ``workers=1``, else
    in ``workers`` processes (default: one per available core).
    """
    if name == "local":
        count = available_cores() if workers is None else workers
        return LocalEngine() if count == 1 else ProcessEngine(count)
    if name == "dask":
        return DaskEngine(scheduler)
    msg = f"The 'engine' parameter must be one of ('local', 'dask'). Got {name!r} instead."
    raise ConfigError(msg)
