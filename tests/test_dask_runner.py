"""The extraction batches on a real Dask cluster give the same release."""

import pyarrow.parquet as pq
import pytest
from conftest import RAW, run_cli
from test_failure_behaviour import corpus

from pressfacts.schema import TABLES

pytestmark = pytest.mark.slow


def test_a_two_worker_cluster_publishes_the_same_release(tmp_path):
    distributed = pytest.importorskip("distributed")
    raw = corpus(tmp_path / "raw", 6)
    (raw / "seed.txt").write_text(next(RAW.glob("*.txt")).read_text())
    default = run_cli("run", "--raw", str(raw), "--out", str(tmp_path / "threads"))
    assert default.returncode == 0, default.stderr[-2000:]

    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        done = run_cli(
            "run",
            "--raw",
            str(raw),
            "--out",
            str(tmp_path / "dask"),
            "--runner",
            "dask",
            "--dask-address",
            cluster.scheduler_address,
            "--batch-size",
            "2",
        )
        assert done.returncode == 0, done.stderr[-2000:]
        with distributed.Client(cluster) as client:
            # the batches really ran on the cluster's workers
            assert len(client.scheduler_info()["workers"]) == 2
            assert any(client.run(lambda: "pressfacts.nlp" in __import__("sys").modules).values())

    threads, dask = tmp_path / "threads" / "latest", tmp_path / "dask" / "latest"
    assert threads.resolve().name == dask.resolve().name
    for name in TABLES:
        assert pq.read_table(threads / f"{name}.parquet").equals(
            pq.read_table(dask / f"{name}.parquet")
        ), name
