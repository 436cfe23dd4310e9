"""Run-wide settings: the project, not the user, keeps runs off the network.

Great Expectations sends usage analytics and Prefect's server reports
telemetry unless told otherwise; both are switched off here before either is
imported. A user who wants them can still set the variables explicitly.
"""

from __future__ import annotations

import os

OFFLINE_DEFAULTS = {
    "GX_ANALYTICS_ENABLED": "False",
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "DO_NOT_TRACK": "1",
    "TQDM_DISABLE": "1",
    # a first run migrates Prefect's database, which on a loaded machine takes
    # longer than Prefect's 20 s default for its temporary server to answer
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "180",
    # the flows use no Prefect blocks: registering every block type slows the
    # temporary server's first start
    "PREFECT_API_BLOCKS_REGISTER_ON_START": "false",
}


# Up to this many documents to parse, worker processes cost more than they save
# (a pool's start and its model loads take seconds): they are parsed in the
# process that runs the flow.
IN_PROCESS_AT_MOST = 8


def quiet_third_parties() -> None:
    for name, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(name, value)


quiet_third_parties()
