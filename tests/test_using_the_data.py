"""The README's "Using the data" examples run against a real release.

Every ```python block of that section is executed as written, from a folder
where `outputs/latest` is a release built by the real command, so an example
that drifts from the tables fails here instead of in a reader's notebook.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from conftest import RAW, ROOT, run_cli

pytestmark = pytest.mark.slow

SECTION = "## Using the data"

# Two small releases naming the same person as the sample in raw/, so the
# participant examples follow one person across three documents.
EXTRA_RELEASES = {
    "talks-finland-2024-03-12.txt": (
        "Head of State held talks with the Prime Minister of Finland\n"
        "12 March 2024\n\n"
        "President Kassym-Jomart Tokayev met Prime Minister of Finland Petteri Orpo in Akorda. "
        "Trade between the two countries reached $450 million in 2023, up 12 percent. "
        "Kassym-Jomart Tokayev invited Finnish companies to take part in 15 projects by 2030.\n"
    ),
    "meeting-national-bank-2024-10-03.txt": (
        "Head of State received the Chairman of the National Bank\n"
        "3 October 2024\n\n"
        "President Kassym-Jomart Tokayev received Chairman of the National Bank Timur Suleimenov. "
        "Inflation slowed to 8.3 percent, and international reserves reached $45 billion. "
        "The tenge was introduced on November 15, 1993.\n"
    ),
    # a figure with its speaker, for the join of statistics to participants
    "briefing-finance-2024-05-20.txt": (
        "The Minister of Finance held a briefing\n"
        "20 May 2024\n\n"
        "Minister of Finance Aida Karimova told journalists that budget revenues grew by "
        "7 percent in the first quarter. The plan for the year is 4.5 trillion tenge.\n"
    ),
}


def readme_examples() -> list[str]:
    """The ```python blocks between the section heading and the next heading."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    start = text.index(f"\n{SECTION}\n")
    end = text.find("\n## ", start + len(SECTION) + 2)
    section = text[start : end if end != -1 else len(text)]
    return re.findall(r"```python\n(.*?)```", section, flags=re.DOTALL)


def build_release(work: Path) -> Path:
    """Run `pressfacts run` on raw/ plus the extra releases; return the folder
    in which `outputs/latest` is that release."""
    raw = work / "raw"
    shutil.copytree(RAW, raw)
    for name, text in EXTRA_RELEASES.items():
        (raw / name).write_text(text, encoding="utf-8")
    result = run_cli("run", "--raw", str(raw), "--out", str(work / "outputs"))
    assert result.returncode == 0, result.stderr[-3000:]
    assert (work / "outputs" / "latest" / "documents.parquet").is_file()
    return work


@pytest.fixture(scope="module")
def workdir(tmp_path_factory) -> Path:
    return build_release(tmp_path_factory.mktemp("using-the-data"))


def example_id(code: str) -> str:
    library = next(
        (lib for lib in ("duckdb", "polars") if f"import {lib}" in code),
        "pandas",
    )
    last = code.strip().splitlines()[-1].strip()
    return f"{library}: {last[:40]}"


EXAMPLES = readme_examples()


def test_the_section_has_every_kind_of_example():
    code = "\n".join(EXAMPLES)
    for needle in ("import pandas", "import duckdb", "import polars", "outputs/latest"):
        assert needle in code, needle
    assert all(re.search(r"^result = ", block, flags=re.MULTILINE) for block in EXAMPLES)


@pytest.mark.parametrize("code", EXAMPLES, ids=[example_id(c) for c in EXAMPLES])
def test_readme_example_runs_and_finds_rows(code: str, workdir: Path, monkeypatch):
    for library in ("duckdb", "polars"):
        if f"import {library}" in code:
            pytest.importorskip(library)
    monkeypatch.chdir(workdir)
    namespace: dict = {}
    exec(compile(code, "README.md", "exec"), namespace)
    result = namespace["result"]
    assert result is not None and len(result) > 0


def test_one_person_is_followed_across_documents(workdir: Path):
    """What the participant examples rely on: one id for the same person everywhere."""
    import pandas as pd

    participants = pd.read_parquet(workdir / "outputs" / "latest" / "participants.parquet")
    tokayev = participants[participants["name"].str.contains("Tokayev")]
    assert tokayev["participant_id"].nunique() == 1
    assert tokayev["doc_id"].nunique() == 3


def test_each_figure_joins_its_speaker_and_role(workdir: Path):
    """What the speaker example relies on: every filled speaker_id is a participant
    of the figure's document, and the join brings that person's name and role."""
    import pandas as pd

    release = workdir / "outputs" / "latest"
    statistics = pd.read_parquet(release / "statistics.parquet")
    participants = pd.read_parquet(release / "participants.parquet")
    stated = statistics[statistics["speaker_id"].notna()]
    joined = stated.merge(
        participants[["participant_id", "doc_id", "name", "role"]],
        left_on=["speaker_id", "doc_id"],
        right_on=["participant_id", "doc_id"],
        how="left",
        validate="many_to_one",
    )
    assert len(joined) == len(stated) and joined["name"].notna().all()
    assert (joined["name"] == joined["speaker"]).all()
    revenue = joined[joined["surface"] == "7 percent"]
    assert revenue[["name", "role"]].values.tolist() == [["Aida Karimova", "minister of finance"]]
    unstated = statistics[statistics["surface"] == "4.5 trillion tenge"]
    assert unstated["speaker_id"].isna().all()
