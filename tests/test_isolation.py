"""One document's extraction failing or hanging refuses that document only."""

from __future__ import annotations

import time
from dataclasses import replace

import pytest
from test_assemble import document

from pressfacts.discover import Rejection
from pressfacts.extract import Extraction
from pressfacts.isolation import extract_documents

POISON = "poison"


def fails_on_poison(text, published, language, parsed, **context):
    if POISON in text:
        raise OverflowError("date value out of range")
    return Extraction()


def hangs_on_poison(text, published, language, parsed, **context):
    while POISON in text:  # a runaway rule: pure Python, never yields
        time.monotonic()
    return Extraction()


def corpus() -> list:
    fine = document("a" * 16, "fine.txt")
    return [fine, replace(document("b" * 16, "bad.txt"), text=f"A {POISON} pill."), fine]


@pytest.mark.parametrize("rule", [fails_on_poison, hangs_on_poison], ids=["raises", "hangs"])
def test_a_failing_rule_refuses_its_document_and_spares_the_others(monkeypatch, rule):
    monkeypatch.setattr("pressfacts.isolation.extract_text", rule)
    started = time.monotonic()
    results = extract_documents(corpus(), timeout=1.0)
    assert time.monotonic() - started < 30
    assert isinstance(results[0], Extraction) and isinstance(results[2], Extraction)
    refused = results[1]
    assert isinstance(refused, Rejection) and refused.file == "bad.txt"
    assert refused.reason.startswith("extraction failed: ")
    expected = "OverflowError: date value out of range" if rule is fails_on_poison else "1s"
    assert expected in refused.reason
    assert "\n" not in refused.reason


def test_a_batch_that_cannot_be_parsed_refuses_only_the_document_at_fault(monkeypatch):
    def parse(texts):
        if any(POISON in t for t in texts):
            raise ValueError("cannot parse")
        return [object() for _ in texts]

    monkeypatch.setattr("pressfacts.isolation.parse", parse)
    monkeypatch.setattr("pressfacts.isolation.extract_text", lambda *args, **context: Extraction())
    results = extract_documents(corpus(), timeout=1.0)
    assert [type(r).__name__ for r in results] == ["Extraction", "Rejection", "Extraction"]
    assert results[1].reason == "extraction failed: ValueError: cannot parse"


def test_a_hang_in_another_thread_is_refused_too(monkeypatch):
    """The in-process runner extracts in a worker thread, where no alarm signal reaches."""
    import threading

    monkeypatch.setattr("pressfacts.isolation.extract_text", hangs_on_poison)
    results = []
    worker = threading.Thread(target=lambda: results.extend(extract_documents(corpus(), 1.0)))
    worker.start()
    worker.join(timeout=30)
    assert not worker.is_alive()
    assert [type(r).__name__ for r in results] == ["Extraction", "Rejection", "Extraction"]
    assert results[1].reason.startswith("extraction failed: ExtractionTimeout")
