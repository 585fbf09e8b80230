"""The Dask engine gives exactly the stories of the local engine (LocalCluster, 2 workers).

Skipped without dask.distributed, unless STORYDIFF_REQUIRE_DASK=1 (set by .ci/run,
whose `make test` installs the `dask` extra).
"""

from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

import storydiff
from storydiff.cli import app
from storydiff.engine import LocalEngine, make_engine

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
