"""User mistakes and faults: one or two lines, no traceback, each its own status."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from conftest import RAW, run_cli

from pressfacts import cli


def assert_short(stderr: str) -> None:
    assert "Traceback" not in stderr
    assert 1 <= len(stderr.strip().splitlines()) <= 2, stderr


@pytest.fixture
def work(tmp_path) -> Path:
    (tmp_path / "raw").mkdir()
    (tmp_path / "raw" / "a.txt").write_text("Title\n5 July 2023\n\nBody.\n")
    (tmp_path / "empty").mkdir()
    (tmp_path / "a-file").write_text("not a folder")
    (tmp_path / "copied" / "latest").mkdir(parents=True)  # copied without keeping the link
    return tmp_path


MISTAKES = {
    "out is a file": (["run", "--raw", "raw", "--out", "a-file"], "is a file, not a folder"),
    "raw is a file": (["run", "--raw", "a-file", "--out", "out"], "give the folder that holds it"),
    "raw is missing": (["run", "--raw", "nowhere", "--out", "out"], "does not exist"),
    "raw is empty": (["run", "--raw", "empty", "--out", "out"], "no document could be read"),
    "batch size 0": (["run", "--raw", "raw", "--batch-size", "0"], "--batch-size: must be 1"),
    "workers -1": (["run", "--raw", "raw", "--workers", "-1"], "--workers: must be 1 or more"),
    "workers not a number": (["run", "--workers", "two"], "'two' is not a whole number"),
    "out inside raw": (["run", "--raw", "raw", "--out", "raw/out"], "overlap"),
    "raw inside out": (["run", "--raw", "raw", "--out", "."], "overlap"),
    "raw is out": (["run", "--raw", "raw", "--out", "raw"], "overlap"),
    "validate nowhere": (["validate", "/nowhere"], "does not exist"),
    "validate a file": (["validate", "a-file"], "is a file"),
    "validate no release": (["validate", "empty"], "is not a release"),
    "unknown runner": (["run", "--runner", "gpu"], "invalid choice: 'gpu'"),
    "latest is a folder": (
        ["run", "--raw", "raw", "--out", "copied"],
        "is not the link to the newest release",
    ),
}


@pytest.mark.parametrize("case", sorted(MISTAKES))
def test_a_mistake_is_two_lines_at_most_with_status_2(work, case):
    args, says = MISTAKES[case]
    done = run_cli(*args, cwd=work)
    assert done.returncode == cli.EXIT_INPUT, done.stderr
    assert says in done.stderr
    assert_short(done.stderr)
    assert not (work / "out" / "latest").exists()


def test_a_bad_number_in_the_environment_is_named(work):
    done = run_cli("run", cwd=work, env={**os.environ, "PRESSFACTS_BATCH_SIZE": "0"})
    assert done.returncode != 0
    assert "PRESSFACTS_BATCH_SIZE: Input should be greater than 0" in done.stderr
    assert_short(done.stderr)


def test_an_output_folder_that_cannot_be_written_is_status_6(work, monkeypatch, capsys):
    def refuse(*args, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(cli.tempfile, "TemporaryFile", refuse)
    status = cli.main(["run", "--raw", str(work / "raw"), "--out", str(work / "out")])
    assert status == cli.EXIT_NOT_WRITABLE == 6
    err = capsys.readouterr().err
    assert "cannot write to the output folder" in err and "Permission denied" in err
    assert_short(err)


@pytest.mark.parametrize(
    "error, status, says",
    [
        (OSError(errno.ENOSPC, "No space left on device", "x.parquet"), 7, "disk full"),
        (OSError(errno.EROFS, "Read-only file system", "x.parquet"), 6, "cannot write"),
        (ZeroDivisionError("division by zero"), 70, "internal error (ZeroDivisionError"),
    ],
    ids=["disk-full", "read-only", "internal"],
)
def test_a_fault_while_running_has_its_own_status(work, monkeypatch, capsys, error, status, says):
    def fail(args):
        raise error

    monkeypatch.setenv(cli.SUPERVISED, "1")
    monkeypatch.setattr(cli, "run_here", fail)
    out = work / "out"
    assert cli.main(["run", "--raw", str(work / "raw"), "--out", str(out)]) == status
    err = capsys.readouterr().err
    assert says in err
    assert_short(err)
    if status == cli.EXIT_INTERNAL:
        log = Path(err.rsplit("the traceback is in ", 1)[1].strip())
        assert "ZeroDivisionError" in log.read_text() and "Traceback" in log.read_text()


def test_help_states_every_exit_status_and_the_raw_formats():
    done = run_cli("run", "--help")
    for status in (0, 1, 2, 3, 4, 5, 6, 7, 70, 130):
        assert f"\n  {status} " in done.stdout
    for fmt in (".txt", ".html", ".htm", ".jsonl", ".csv", "source.toml"):
        assert fmt in done.stdout


def test_an_unreachable_prefect_server_is_one_line_with_both_fixes(work):
    env = {**os.environ, "PREFECT_API_URL": "http://127.0.0.1:9/api"}
    done = run_cli("run", "--raw", "raw", "--out", "out", cwd=work, env=env)
    assert done.returncode == cli.EXIT_NO_SERVER, done.stderr[-2000:]
    assert "PREFECT_API_URL=http://127.0.0.1:9/api does not answer" in done.stderr
    assert "prefect config unset PREFECT_API_URL" in done.stderr
    assert_short(done.stderr)


def test_the_sample_is_not_inside_the_default_output():
    assert not cli.inside(RAW.resolve(), (RAW.parent / "outputs").resolve())


def test_the_tests_use_a_prefect_home_of_their_own():
    home = Path(os.environ["PREFECT_HOME"])
    assert home != Path("~/.prefect").expanduser()
    assert home.name.startswith("pressfacts-tests-prefect-")


def test_a_raw_folder_that_cannot_be_listed_is_named(work, monkeypatch, capsys):
    def refuse(self):
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(Path, "iterdir", refuse)
    assert cli.main(["run", "--raw", str(work / "raw"), "--out", str(work / "out")]) == 2
    err = capsys.readouterr().err
    assert "cannot read the raw folder" in err and "Permission denied" in err
    assert_short(err)
