"""The options are defined once: the README's table, prefect.yaml and the
command's help all say what pressfacts/config.py says."""

from __future__ import annotations

import re

import yaml
from conftest import ROOT

from pressfacts import cli, config
from pressfacts.config import DEFAULTS, RunSettings

OPTION_OF = {"deployment": "--name", "doc_timeout": "none"}


def readme_table() -> dict[str, tuple[str, str]]:
    """environment variable -> (option cell, default cell) of the README's table."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = re.findall(
        r"^\| (`--[\w-]+`(?: \(`serve`\))?|none) \| `(PRESSFACTS_\w+)` \| (.+) \|$", text, re.M
    )
    return {env: (option, default) for option, env, default in rows}


def test_the_readme_table_lists_every_setting_with_its_variable_and_default():
    table = readme_table()
    assert set(table) == {config.env_name(f) for f in RunSettings.model_fields}
    for field in RunSettings.model_fields:
        option, default = table[config.env_name(field)]
        expected = OPTION_OF.get(field, "--" + field.replace("_", "-"))
        assert option.startswith(f"`{expected}`" if expected != "none" else "none"), field
        value = getattr(DEFAULTS, field)
        if value not in (None, False):
            shown = f"{value:g}" if isinstance(value, float) else str(value)
            assert shown in default, (field, default)


def test_prefect_yaml_describes_the_same_deployment():
    deployment = yaml.safe_load((ROOT / "prefect.yaml").read_text())["deployments"][0]
    assert deployment["name"] == DEFAULTS.deployment
    assert deployment["entrypoint"] == "flows/release.py:build_release"
    parameters = deployment["parameters"]
    assert parameters["raw_dir"] == str(DEFAULTS.raw)
    assert parameters["out_dir"] == str(DEFAULTS.out)
    assert parameters["runner"] == DEFAULTS.runner
    assert deployment["schedules"][0]["cron"] == DEFAULTS.cron


def test_the_environment_sets_the_command_s_defaults(monkeypatch):
    monkeypatch.setenv("PRESSFACTS_BATCH_SIZE", "7")
    monkeypatch.setenv("PRESSFACTS_STRICT", "yes")
    args = cli.build_parser().parse_args(["run"])
    assert args.batch_size == 7 and args.strict is True
    assert cli.build_parser().parse_args(["run", "--batch-size", "3"]).batch_size == 3


def test_the_help_names_every_variable():
    shown = " ".join(
        cli.build_parser()._subparsers._group_actions[0].choices["serve"].format_help().split()
    )
    for field in RunSettings.model_fields:
        if field not in ("strict", "doc_timeout"):
            assert config.env_name(field) in shown, field
