"""The Dask engine gives exactly the stories of the local engine (LocalCluster, 2 workers).

Skipped without dask.distributed, unless STORYDIFF_REQUIRE_DASK=1 (set by .ci/run,
whose `make test` installs the `dask` extra).
"""

from __future__ import annotations

import itertools
import os

import pytest
from typer.testing import CliRunner

import storydiff
from storydiff.cli import app
from storydiff.engine import LocalEngine, ProcessEngine, make_engine

from .conftest import DEMO, shared_corpus


@pytest.fixture(scope="module")
def dask_engine():
    try:
        import dask.distributed  # noqa: F401
    except ImportError:
        if os.environ.get("STORYDIFF_REQUIRE_DASK") == "1":
            pytest.fail("dask.distributed is missing and STORYDIFF_REQUIRE_DASK=1")
        pytest.skip("dask.distributed is not installed (pip install 'storydiff[dask]')")
    engine = make_engine("dask")
    yield engine
    engine.close()


def _same(local: storydiff.ClusterResult, dist: storydiff.ClusterResult) -> None:
    assert dist.stories == local.stories
    assert dist.links == local.links


def test_dask_engine_reads_and_groups_the_demo_exactly_like_the_local_engine(dask_engine):
    local = storydiff.read([DEMO])
    dist = storydiff.read([DEMO], engine=dask_engine)
    assert dist == local
    _same(storydiff.cluster(local.articles), storydiff.cluster(dist.articles, engine=dask_engine))


def test_dask_engine_groups_ecbplus_exactly_like_the_local_engine(dask_engine):
    path = shared_corpus("ecbplus") / "docs.jsonl"
    local = storydiff.read([path])
    dist = storydiff.read([path], engine=dask_engine)
    assert dist == local
    _same(storydiff.cluster(local.articles), storydiff.cluster(dist.articles, engine=dask_engine))


def test_dask_engine_reports_a_bad_record_like_the_local_engine(dask_engine, write, tmp_path):
    write("a.jsonl", '{"id": "x", "text": "One storm hit the coast."}\n{broken\n')
    write("b.jsonl", '{"id": "x", "text": "Another text with the same id."}\n')
    assert storydiff.read([tmp_path], engine=dask_engine) == storydiff.read([tmp_path])


def _scaled(x: int, *, by: int) -> int:
    return x * by


def test_local_engine_maps_in_order_with_shared_arguments():
    assert LocalEngine().map(_scaled, [7, 9, 1], by=3) == [21, 27, 3]


def test_unknown_engine_is_a_config_error():
    with pytest.raises(storydiff.ConfigError, match="'engine' parameter"):
        make_engine("spark")


def test_cli_cluster_with_the_dask_engine_prints_the_same_stories(dask_engine):
    runner = CliRunner()
    local = runner.invoke(app, ["cluster", str(DEMO), "-q"])
    dist = runner.invoke(app, ["cluster", str(DEMO), "-q", "--engine", "dask"])
    assert dist.exit_code == 0, dist.output
    assert dist.stdout == local.stdout


def _fails_on(x: int, *, bad: int) -> int:
    if x == bad:
        msg = f"task {x} failed"
        raise RuntimeError(msg)
    return x


def test_process_engine_maps_in_order_with_shared_arguments():
    from storydiff.engine import ProcessEngine

    assert ProcessEngine(workers=2).map(_scaled, list(range(20)), by=3) == [
        3 * x for x in range(20)
    ]


def _blas_threads(_: object = None) -> int:
    from threadpoolctl import threadpool_info

    return max((i["num_threads"] for i in threadpool_info() if i["user_api"] == "blas"), default=1)


def test_process_engine_workers_use_one_blas_thread_and_the_caller_keeps_its_own():
    import numpy as np
    from threadpoolctl import threadpool_limits

    from storydiff.engine import ProcessEngine

    np.ones((2, 2)) @ np.ones((2, 2))  # BLAS loaded and used here
    with threadpool_limits(limits=2, user_api="blas"):  # as on any machine of 2+ cores
        before = _blas_threads()
        assert ProcessEngine(workers=2).map(_blas_threads, [0, 1]) == [1, 1]
        assert _blas_threads() == before


def test_overlapping_maps_keep_one_blas_thread_until_the_last_ends_then_restore_it():
    import numpy as np
    from threadpoolctl import threadpool_limits

    from storydiff.engine import _one_blas_thread

    np.ones((2, 2)) @ np.ones((2, 2))
    with threadpool_limits(limits=2, user_api="blas"):
        before = _blas_threads()
        first, second = _one_blas_thread(), _one_blas_thread()  # two threads' maps
        first.__enter__()
        second.__enter__()
        first.__exit__(None, None, None)
        assert _blas_threads() == 1  # the second map is still forking workers
        second.__exit__(None, None, None)
        assert _blas_threads() == before


def _frozen(_: object = None) -> int:
    import gc

    return gc.get_freeze_count()


def test_workers_inherit_the_callers_objects_frozen_and_the_caller_gets_them_back():
    import gc

    from storydiff.engine import ProcessEngine

    assert gc.get_freeze_count() == 0
    counts = ProcessEngine(workers=2).map(_frozen, [0, 1])
    assert min(counts) > 0  # a worker's collections never walk the objects it inherits
    assert gc.get_freeze_count() == 0  # unfrozen when the map ends


def test_a_map_leaves_objects_the_caller_froze_frozen():
    import gc

    from storydiff.engine import ProcessEngine, _one_blas_thread

    gc.freeze()
    try:
        before = gc.get_freeze_count()
        marker: list[int] = []  # made after the caller froze: not to be frozen by a map
        assert min(ProcessEngine(workers=2).map(_frozen, [0, 1])) > 0
        with _one_blas_thread(), _one_blas_thread():  # two threads' maps at once
            pass
        assert 0 < gc.get_freeze_count() <= before  # the caller's objects are still frozen
        assert any(o is marker for o in gc.get_objects())  # and nothing more was
    finally:
        gc.unfreeze()


def test_overlapping_maps_keep_objects_frozen_until_the_last_ends():
    import gc

    from storydiff.engine import _one_blas_thread

    first, second = _one_blas_thread(), _one_blas_thread()
    first.__enter__()
    second.__enter__()
    first.__exit__(None, None, None)
    assert gc.get_freeze_count() > 0  # the second map is still forking workers
    second.__exit__(None, None, None)
    assert gc.get_freeze_count() == 0


def _waits_for(_: object, *, path: str, seconds: float = 20.0) -> int:
    import os
    import pathlib
    import time

    deadline = time.monotonic() + seconds
    while not pathlib.Path(path).exists():
        if time.monotonic() > deadline:
            msg = f"{path} never appeared"
            raise TimeoutError(msg)
        time.sleep(0.01)
    return os.getpid()


def test_map_beside_runs_its_function_here_while_the_workers_run_the_tasks(tmp_path):
    import os

    from storydiff.engine import ProcessEngine, map_beside

    flag = tmp_path / "made-meanwhile"

    def meanwhile() -> int:
        flag.touch()  # the tasks wait for this: run after them, they would time out
        return os.getpid()

    pids, here = map_beside(
        ProcessEngine(workers=2), _waits_for, ["a", "b"], meanwhile, path=str(flag)
    )
    assert here == os.getpid()
    assert os.getpid() not in pids


def test_map_beside_on_an_engine_with_only_map_runs_the_tasks_then_its_function():
    from storydiff.engine import map_beside

    calls: list[str] = []

    class OnlyMap:
        def map(self, fn, items, **shared):
            calls.append("map")
            return [fn(item, **shared) for item in items]

    result = map_beside(OnlyMap(), _scaled, [1, 2], lambda: calls.append("meanwhile"), by=10)
    assert result == ([10, 20], None)
    assert calls == ["map", "meanwhile"]


def test_a_subclass_that_overrides_map_sees_every_map_of_a_grouping():
    from storydiff import cluster, read
    from storydiff.engine import ProcessEngine

    class Logged(ProcessEngine):
        def __init__(self) -> None:
            super().__init__(workers=2)
            self.seen: list[str] = []

        def map(self, fn, items, **shared):
            self.seen.append(fn.__name__)
            return super().map(fn, items, **shared)

    engine = Logged()
    cluster(read(DEMO).articles, engine=engine)
    assert "band_pairs" in engine.seen  # the LSH map, run beside the TF-IDF build
    assert "_story_batch" in engine.seen  # the grouping map, run beside the summaries


def _sleeps_then_marks(k: int, *, folder: str, seconds: float = 0.5) -> int:
    import pathlib
    import time

    time.sleep(seconds)
    (pathlib.Path(folder) / str(k)).touch()
    return k


def test_map_beside_stops_the_workers_when_its_function_fails(tmp_path):
    from storydiff.engine import ProcessEngine, map_beside

    def fails() -> None:
        msg = "meanwhile failed"
        raise RuntimeError(msg)

    with pytest.raises(RuntimeError, match="meanwhile failed"):
        map_beside(
            ProcessEngine(workers=2),
            _sleeps_then_marks,
            range(16),
            fails,
            folder=str(tmp_path),
            seconds=2.0,
        )
    # thirty-two seconds of tasks: none was finished, not even the two running
    assert list(tmp_path.iterdir()) == []


def _fails_then_marks(k: int, *, bad: int, folder: str) -> int:
    if k == bad:
        msg = f"task {k} failed"
        raise RuntimeError(msg)
    return _sleeps_then_marks(k, folder=folder, seconds=2.0)


def test_a_task_error_stops_the_workers_before_the_map_raises(tmp_path):
    import multiprocessing

    from storydiff.engine import ProcessEngine

    others = set(multiprocessing.active_children())  # a Dask fixture's, say
    with pytest.raises(RuntimeError, match="task 0 failed"):
        ProcessEngine(workers=2).map(
            _fails_then_marks, list(range(16)), bad=0, folder=str(tmp_path)
        )
    # no worker is left running, and none finished the two-second task it held
    assert set(multiprocessing.active_children()) <= others
    assert list(tmp_path.iterdir()) == []


def test_process_engine_raises_a_task_error_instead_of_losing_it():
    from storydiff.engine import ProcessEngine

    with pytest.raises(RuntimeError, match="task 5 failed"):
        ProcessEngine(workers=2).map(_fails_on, list(range(8)), bad=5)


def _collector_on(_item: int) -> bool:
    import gc

    return gc.isenabled()


def test_workers_collect_even_when_forked_while_another_thread_has_the_collector_paused():
    import threading

    from storydiff._arrays import collector_paused

    inside, leave = threading.Event(), threading.Event()

    def paused_elsewhere() -> None:
        with collector_paused():
            inside.set()
            leave.wait(30)

    thread = threading.Thread(target=paused_elsewhere)
    thread.start()
    inside.wait(30)
    try:
        flags = ProcessEngine(workers=2).map(_collector_on, [0, 1, 2, 3])
    finally:
        leave.set()
        thread.join()
    assert flags == [True] * 4


def test_process_engine_rejects_a_bad_worker_count():
    from storydiff.engine import ProcessEngine

    with pytest.raises(storydiff.ConfigError, match="'workers' parameter"):
        ProcessEngine(workers=0)


def test_make_engine_local_with_one_worker_runs_in_this_process():
    assert isinstance(make_engine("local", workers=1), LocalEngine)


def test_process_engine_reads_and_groups_ecbplus_exactly_like_the_local_engine():
    from storydiff.engine import ProcessEngine

    path = shared_corpus("ecbplus") / "docs.jsonl"
    local = storydiff.read([path])
    engine = ProcessEngine(workers=2)
    assert storydiff.read([path], engine=engine) == local
    _same(storydiff.cluster(local.articles), storydiff.cluster(local.articles, engine=engine))


def test_process_engine_reads_a_folder_of_files_like_the_local_engine(write, tmp_path):
    from storydiff.engine import ProcessEngine

    write("a.jsonl", '{"id": "x", "text": "One storm hit the coast."}\n{broken\n')
    write("b.jsonl", '{"id": "x", "text": "Another text with the same id."}\n')
    write("c.txt", "A title\n\nA body about the harbour flood on Sunday.")
    engine = ProcessEngine(workers=2)
    assert storydiff.read([tmp_path], engine=engine) == storydiff.read([tmp_path])
    local = storydiff.read([DEMO])
    assert storydiff.read([DEMO], engine=engine) == local


def test_cli_cluster_with_worker_processes_prints_the_same_stories():
    runner = CliRunner()
    one = runner.invoke(app, ["cluster", str(DEMO), "-q", "--workers", "1"])
    two = runner.invoke(app, ["cluster", str(DEMO), "-q", "--workers", "2"])
    assert two.exit_code == 0, two.output
    assert two.stdout == one.stdout


@pytest.mark.parametrize("n", [0, 1, 7, 100, 406_518])
@pytest.mark.parametrize("workers", [1, 2, 3])
def test_balanced_spans_cover_the_range_in_a_multiple_of_the_workers(n, workers):
    from storydiff.engine import ProcessEngine, balanced_spans

    engine = ProcessEngine(workers=workers) if workers > 1 else LocalEngine()
    spans = balanced_spans(n, size=100_000, engine=engine)
    if n == 0:
        assert spans == [(0, 0)]
        return
    assert spans[0][0] == 0
    assert spans[-1][1] == n
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    lengths = [hi - lo for lo, hi in spans]
    assert max(lengths) <= 100_000
    assert max(lengths) - min(lengths) <= 1
    assert len(spans) % workers == 0 or len(spans) == n


def test_a_scheduler_that_cannot_be_reached_is_an_error_naming_it(dask_engine):
    from storydiff.engine import DaskEngine
    from storydiff.errors import EngineError

    with pytest.raises(
        EngineError, match=r"cannot reach the Dask scheduler at tcp://127\.0\.0\.1:1"
    ):
        DaskEngine("tcp://127.0.0.1:1", timeout=0.5)


def test_the_cli_exits_1_for_a_scheduler_it_cannot_reach(dask_engine, monkeypatch):
    import storydiff.engine as engine_module

    real = engine_module.DaskEngine
    monkeypatch.setattr(engine_module, "DaskEngine", lambda *a, **k: real(*a, **k, timeout=0.5))
    args = ["cluster", str(DEMO), "--engine", "dask", "--scheduler", "tcp://127.0.0.1:1", "-q"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert "cannot reach the Dask scheduler" in result.stderr
