"""Small numpy helpers for the hot paths.

``np.unique`` on integer arrays takes a hash-table path in numpy 2.x that is
many times slower here than one sort followed by a comparison of neighbours;
these helpers give the same results through the sort.
"""

from __future__ import annotations

import contextlib
import ctypes
import functools
import gc
import mmap
from collections.abc import Callable, Iterator

import numpy as np

__all__ = [
    "collector_paused",
    "drop_pages",
    "first_of_runs",
    "mapped_file",
    "range_positions",
    "release_free_memory",
    "sorted_unique",
    "unique_counts",
    "unique_inverse",
]


def first_of_runs(s: np.ndarray) -> np.ndarray:
    """Whether each item of the sorted ``s`` starts a run of equal values.

    >>> first_of_runs(np.array([1, 1, 2, 3, 3])).tolist()
    [True, False, True, True, False]
    """
    mask = np.empty(s.size, dtype=bool)
    mask[:1] = True
    np.not_equal(s[1:], s[:-1], out=mask[1:])
    return mask


def sorted_unique(x: np.ndarray) -> np.ndarray:
    """The sorted distinct values of ``x`` (what ``np.unique(x)`` returns).

    >>> sorted_unique(np.array([3, 1, 3, 2])).tolist()
    [1, 2, 3]
    """
    s = np.sort(np.asarray(x).ravel())
    return s[first_of_runs(s)]


def union_sorted(*arrays: np.ndarray) -> np.ndarray:
    """The sorted distinct values of sorted arrays of distinct values.

    A stable sort of the runs back to back merges them (timsort finds the
    runs): three times faster than a fresh sort on the few hundred terms of
    two stories, which average link does at every merge, and five times on
    the TF-IDF neighbour blocks' keys.

    >>> union_sorted(np.array([1, 4, 6]), np.array([2, 4, 7]), np.array([0, 7])).tolist()
    [0, 1, 2, 4, 6, 7]
    """
    s = np.concatenate(arrays)
    s.sort(kind="stable")
    return s[first_of_runs(s)]


def unique_inverse(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct values of ``x`` (flattened) and where each item is among them
    (``np.unique(x, return_inverse=True)``, but NaNs are never merged).

    One stable sort, which merges the sorted runs ``x`` is often made of
    (each row's columns of a CSR matrix): three to six times faster than
    ``np.unique``'s own sort on the keys of a story summary batch.

    >>> [v.tolist() for v in unique_inverse(np.array([3, 1, 3, 2]))]
    [[1, 2, 3], [2, 0, 2, 1]]
    """
    x = np.asarray(x).ravel()
    order = np.argsort(x, kind="stable")
    ranked = x[order]
    fresh = first_of_runs(ranked)
    inverse = np.empty(x.size, dtype=np.int64)
    inverse[order] = np.cumsum(fresh) - 1
    return ranked[fresh], inverse


def unique_counts(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted distinct values of ``x`` and how often each occurs.

    >>> [v.tolist() for v in unique_counts(np.array([3, 1, 3, 2]))]
    [[1, 2, 3], [1, 1, 2]]
    """
    s = np.sort(np.asarray(x).ravel())
    starts = np.flatnonzero(first_of_runs(s))
    return s[starts], np.diff(np.append(starts, s.size))


def range_positions(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Positions ``starts[k] ... starts[k] + lengths[k] - 1`` of every ``k``, run after run.

    The gather of some rows of a CSR-like layout (``starts = indptr[rows]``), in
    one ``repeat`` instead of a slice per row.

    >>> range_positions(np.array([5, 0]), np.array([2, 3])).tolist()
    [5, 6, 0, 1, 2]
    """
    lengths = np.asarray(lengths, dtype=np.int64)
    before = np.cumsum(lengths) - lengths
    shift = np.asarray(starts, dtype=np.int64) - before
    return np.repeat(shift, lengths) + np.arange(int(lengths.sum()), dtype=np.int64)


def release_free_memory() -> None:
    """Hand memory freed inside the C heap back to the system (glibc's ``malloc_trim``).

    Arrays of a few megabytes come from the heap, and glibc keeps what is
    freed there for reuse; after a stage that made and dropped many of them
    (the chunks of a million articles) that reserve can be gigabytes. A no-op
    where there is no glibc.
    """
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector (``gc.disable``) for a block, as it was after.

    For blocks that build hundreds of thousands of long-lived records (a
    million article records checked for repeated ids; a story and its links
    for each of 350,000 stories): every few hundred allocations the collector
    runs, and each of its full passes walks every tracked object the process
    holds, a million and more, while these records hold no reference cycle
    for it to find. Only for blocks of storydiff's own code that start no
    engine map (tasks run here would run paused too); a worker that another
    thread forks meanwhile turns its own collector back on.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    try:
        return ctypes.CDLL("libc.so.6").malloc_trim  # type: ignore[no-any-return]
    except (OSError, AttributeError):  # pragma: no cover - not glibc
        return None


def _mapping(array: object) -> tuple[np.memmap | None, mmap.mmap | None]:
    """The ``numpy.memmap`` and the ``mmap`` behind ``array`` (a view of one), if any."""
    found: np.memmap | None = None
    while array is not None:
        if isinstance(array, np.memmap) and found is None:
            found = array
        if isinstance(array, mmap.mmap):
            return found, array
        array = getattr(array, "base", None)
    return found, None


def mapped_file(array: np.ndarray) -> str | None:
    """The file ``array`` is a mapping of (or a view into), else ``None``."""
    found, _ = _mapping(array)
    return None if found is None or found.filename is None else str(found.filename)


def drop_pages(*arrays: np.ndarray) -> None:
    """Unmap from this process the pages it has read of file-backed arrays (``MADV_DONTNEED``).

    The data stays in the file and in the system's page cache, so the next
    access reads it back from there; what changes is this process's resident
    memory, which otherwise keeps every page of a mapped file it ever touched.
    A no-op for arrays in memory, or where ``madvise`` is not available.
    """
    for array in arrays:
        _, mapping = _mapping(array)
        advise = getattr(mapping, "madvise", None)
        if advise is not None and hasattr(mmap, "MADV_DONTNEED"):
            advise(mmap.MADV_DONTNEED)
