"""Where the extraction batches run: the runners and the API their workers report to."""

import pytest
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.settings import PREFECT_API_URL
from prefect.task_runners import ProcessPoolTaskRunner, ThreadPoolTaskRunner

from pressfacts.flows.runners import Workers, task_runner, workers_report_here


def test_each_runner_name_gives_its_runner_and_a_wrong_one_is_refused():
    assert isinstance(task_runner("processes", None, 3), ProcessPoolTaskRunner)
    assert isinstance(task_runner("threads", None, 3), ThreadPoolTaskRunner)
    with pytest.raises(ValueError, match="use processes, threads or dask"):
        task_runner("gpu", None, 2)
    assert Workers("processes", 3, None).in_flight == 6


@task(cache_policy=NO_CACHE)
def api_url_of_this_process() -> str:
    return str(PREFECT_API_URL.value())


def test_worker_processes_report_to_the_run_s_own_api():
    from prefect.client.orchestration import get_client

    @flow
    def where_do_workers_report() -> tuple[str, set[str]]:
        with workers_report_here("processes", None), ProcessPoolTaskRunner(2) as pool:
            futures = [pool.submit(api_url_of_this_process, {}) for _ in range(4)]
            return str(get_client(sync_client=True).api_url), {f.result() for f in futures}

    ours, theirs = where_do_workers_report()
    assert theirs == {ours}  # no worker started a server of its own


def test_a_crashed_flow_raises_its_own_error_for_the_command_to_name():
    """Not an outcome-shaped exception object that fails further on."""
    from prefect.states import Completed, Failed

    from pressfacts.flows.release import run_outcome

    crash = IsADirectoryError(21, "Is a directory", "out/latest")
    with pytest.raises(IsADirectoryError) as raised:
        run_outcome(Failed(data=crash))
    assert raised.value.filename == "out/latest"
    assert run_outcome(Completed(data="an outcome")) == "an outcome"
