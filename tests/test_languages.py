"""One run reads English and Russian, and leaves unread languages without facts."""

from __future__ import annotations

import shutil
from datetime import date

import pandas as pd
import pytest
from conftest import RAW, run_cli

from pressfacts.extract.languages import extract_text, needs_parse, unread

RUSSIAN = (
    "Глава государства провёл совещание\n12.11.2025\n\n"
    "Министр финансов Иван Петров отметил, что в январе-октябре 2025 года доходы "
    "бюджета выросли на 12,5% и составили более 3 трлн тенге.\n"
)
KAZAKH = (
    "Мемлекет басшысы кеңес өткізді\n12.11.2025\n\n"
    "Жиында ауыл шаруашылығы саласындағы өзекті мәселелер қаралды, "
    "өнім өндірісі 5 пайызға өсті. Кеңеске өңір әкімдері қатысты.\n"
)


def body(text: str) -> str:
    return text.split("\n\n", 1)[1]


def test_only_english_is_parsed_by_spacy():
    assert needs_parse("en")
    assert not needs_parse("ru") and not needs_parse("kk")


def test_russian_is_read_from_its_text():
    facts = extract_text(body(RUSSIAN), date(2025, 11, 12), "ru", None)
    assert {s.surface for s in facts.statistics} >= {"12,5%", "более 3 трлн тенге"}
    assert any(d.value == "2025-10" for d in facts.dates)
    assert [p.name for p in facts.participants] == ["Иван Петров"]


def test_a_language_without_extractor_gives_no_facts():
    facts = extract_text(body(KAZAKH), date(2025, 11, 12), "kk", None)
    assert (facts.statistics, facts.dates, facts.participants) == ([], [], [])


def test_english_without_its_parse_is_an_error_not_silence():
    with pytest.raises(ValueError, match="parse"):
        extract_text("Exports grew by 5%.", date(2025, 1, 1), "en", None)


def test_unread_counts_languages_no_extractor_reads():
    assert unread(["en", "kk", "ru", "kk", "uz"]) == {"kk": 2, "uz": 1}


@pytest.mark.slow
def test_one_run_publishes_english_russian_and_kazakh(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    (raw / "ru-soveshchanie.txt").write_text(RUSSIAN, encoding="utf-8")
    (raw / "kk-kenes.txt").write_text(KAZAKH, encoding="utf-8")
    done = run_cli("run", "--raw", str(raw), "--out", str(tmp_path / "out"))
    assert done.returncode == 0, done.stderr[-2000:]
    assert "documents in languages not read yet (1 in kk)" in done.stdout
    release = tmp_path / "out" / "latest"
    documents = pd.read_parquet(release / "documents.parquet")
    language = dict(zip(documents["source_file"], documents["language"], strict=True))
    assert language["ru-soveshchanie.txt"] == "ru" and language["kk-kenes.txt"] == "kk"
    for table in ("statistics", "dates", "participants"):
        rows = pd.read_parquet(release / f"{table}.parquet").merge(
            documents[["doc_id", "language"]]
        )
        assert set(rows["language"]) == {"en", "ru"}, table
