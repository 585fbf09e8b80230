"""Where the heavy stages run: in this process, or as tasks on a Dask cluster.

Reading, fingerprinting, candidate generation and verification are written as
maps of pure, module-level functions over chunks (files, article chunks, LSH
bands, row blocks, pair chunks). An engine runs those maps:

* :class:`LocalEngine` calls them one after the other, here;
* :class:`DaskEngine` submits them to a ``dask.distributed`` cluster (a
  ``LocalCluster`` it starts, or the scheduler at ``address``), sending large
  shared arguments to the workers once (``Client.scatter``).

Both engines run the same functions on the same chunks and get the results
back in order, so they produce the same stories. Dask is an optional
dependency: ``pip install "storydiff[dask]"``.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from typing import Any, Protocol, TypeVar

from storydiff.errors import ConfigError

__all__ = ["DaskEngine", "Engine", "LocalEngine", "make_engine"]

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


class DaskEngine:
    """Runs tasks on a Dask cluster.

    Parameters
    ----------
    address:
        Scheduler address (``tcp://host:8786``); ``None`` starts a
        ``LocalCluster`` with ``workers`` worker processes.
    workers, threads_per_worker:
        Size of the ``LocalCluster`` (ignored with ``address``).
    """

    def __init__(
        self,
        address: str | None = None,
        *,
        workers: int = 2,
        threads_per_worker: int = 1,
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
            self.client = Client(address)
        log.info("dask engine: %s", self.client)

    def map(self, fn: Callable[..., R], items: Sequence[Any], **shared: Any) -> list[R]:
        """Submit one task per item; large shared arguments are scattered once."""
        if not items:
            return []
        # scatter a one-element list: a list itself would become one future per item
        scattered = {
            name: self.client.scatter([value], broadcast=True, hash=False)[0]
            for name, value in shared.items()
        }
        futures = self.client.map(fn, list(items), pure=False, **scattered)
        # gather raises the first task error here: a failure is never lost
        return list(self.client.gather(futures))

    def close(self) -> None:
        """Close the client, and the LocalCluster if this engine started it."""
        self.client.close()
        if self._cluster is not None:
            self._cluster.close()

    def __enter__(self) -> DaskEngine:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_engine(name: str, *, scheduler: str | None = None) -> LocalEngine | DaskEngine:
    """The engine called ``name`` (``"local"`` or ``"dask"``)."""
    if name == "local":
        return LocalEngine()
    if name == "dask":
        return DaskEngine(scheduler)
    msg = f"The 'engine' parameter must be one of ('local', 'dask'). Got {name!r} instead."
    raise ConfigError(msg)
