import json
from datetime import date

import pytest
from test_assemble import document, extraction

from pressfacts.cache import CacheMissing, ExtractionCache


def test_an_entry_comes_back_equal(tmp_path):
    cache = ExtractionCache(tmp_path)
    doc = document("b" * 16, "b.txt")
    assert cache.get(doc) is None
    cache.put(doc, extraction())
    back = cache.get(doc)
    assert back == extraction()
    assert back.dates[0].start_date == date(1994, 7, 6)


def test_changed_content_or_pipeline_is_a_miss(tmp_path, monkeypatch):
    cache = ExtractionCache(tmp_path)
    doc = document("b" * 16, "b.txt")
    cache.put(doc, extraction())
    edited = document("b" * 16, "b.txt").__class__(**{**doc.__dict__, "content_sha256": "1" * 64})
    assert cache.get(edited) is None
    monkeypatch.setattr("pressfacts.cache.pipeline_fingerprint", lambda: "another pipeline")
    assert ExtractionCache(tmp_path).get(doc) is None


def test_a_torn_entry_is_a_miss_not_an_error(tmp_path):
    cache = ExtractionCache(tmp_path)
    doc = document("b" * 16, "b.txt")
    cache.put(doc, extraction())
    path = cache.path(doc)
    path.write_text(path.read_text()[:40])
    assert cache.get(doc) is None


def test_has_counts_only_readable_entries(tmp_path):
    cache = ExtractionCache(tmp_path)
    doc = document("b" * 16, "b.txt")
    assert not cache.has(doc)
    cache.put(doc, extraction())
    assert cache.has(doc)
    cache.path(doc).write_text("{")
    assert not cache.has(doc)


def test_loading_a_missing_entry_names_the_file(tmp_path):
    cache = ExtractionCache(tmp_path)
    doc = document("b" * 16, "b.txt")
    with pytest.raises(CacheMissing, match=r"b\.txt: its extraction cannot be read back"):
        cache.load(doc)
    cache.put(doc, extraction())
    assert cache.load(doc) == extraction()


def test_an_entry_edited_by_hand_is_parsed_again(tmp_path):
    cache = ExtractionCache(tmp_path)
    doc = document("b" * 16, "b.txt")
    cache.put(doc, extraction())
    path = cache.path(doc)
    entry = json.loads(path.read_text())
    rows = json.loads(entry["extraction"])
    rows["statistics"][0]["value"] = 999.0  # one value changed
    path.write_text(json.dumps({**entry, "extraction": json.dumps(rows)}))
    assert cache.get(doc) is None
    emptied = {"statistics": [], "dates": [], "participants": []}  # every row removed
    path.write_text(json.dumps({**entry, "extraction": json.dumps(emptied)}))
    assert cache.get(doc) is None


def test_an_entry_copied_to_another_document_does_not_verify(tmp_path):
    cache = ExtractionCache(tmp_path)
    one, other = document("b" * 16, "b.txt"), document("c" * 16, "c.txt")
    other = other.__class__(**{**other.__dict__, "content_sha256": "2" * 64})
    cache.put(one, extraction())
    cache.path(other).parent.mkdir(parents=True, exist_ok=True)
    cache.path(other).write_bytes(cache.path(one).read_bytes())
    assert cache.get(other) is None


@pytest.mark.parametrize(
    "content",
    ["[" * 100_000 + "]" * 100_000, '{"format": 2}', "null", "\x00\xff", '"text"'],
    ids=["deeply-nested", "no-payload", "null", "binary", "a-string"],
)
def test_any_unreadable_entry_is_a_miss(tmp_path, content):
    cache = ExtractionCache(tmp_path)
    doc = document("b" * 16, "b.txt")
    cache.put(doc, extraction())
    cache.path(doc).write_text(content, encoding="utf-8", errors="surrogateescape")
    assert cache.get(doc) is None
    assert not cache.has(doc)
