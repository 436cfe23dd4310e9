"""One document's extraction, isolated: its failure refuses it, never the run.

A rule that raises on an odd sentence, or takes forever on a pathological
one, would otherwise abort every run (and recur on the next, since the input
does not change). Here an exception or an overrun becomes a `Rejection` of
that document, named in `rejections.json`, and the other documents go on.
"""

from __future__ import annotations

import ctypes
import signal
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from pressfacts.config import DEFAULTS
from pressfacts.discover import Document, Rejection
from pressfacts.extract import Extraction
from pressfacts.extract.languages import extract_text, needs_parse
from pressfacts.nlp import parse

EXTRACTION_FAILED = "extraction failed"
# Seconds one document may take in a worker: far beyond any real release (a
# long one takes seconds), short enough that a runaway rule cannot hold the run.
DEFAULT_TIMEOUT = DEFAULTS.doc_timeout
HINT = "report the file to the pressfacts maintainers; the other documents are published"


class ExtractionTimeout(Exception):
    """A document took longer than its time budget."""


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise `ExtractionTimeout` in this thread after `seconds`.

    In a process's main thread (the worker processes) an alarm signal does it;
    in another thread (the in-process runner) a timer raises the exception in
    this thread. Either way Python code is interrupted between two of its
    steps: a single call into C (one regex match) ends first.
    """
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        with _alarm(seconds):
            yield
    else:
        with _timer(seconds):
            yield


@contextmanager
def _alarm(seconds: float) -> Iterator[None]:
    def expire(signum, frame):
        raise ExtractionTimeout(f"took longer than {seconds:g}s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class _Overrun(ExtractionTimeout):
    """Raised asynchronously into a thread that overran (its message is fixed)."""

    def __init__(self, *args) -> None:
        super().__init__("took longer than its time limit")


@contextmanager
def _timer(seconds: float) -> Iterator[None]:
    target = ctypes.c_ulong(threading.get_ident())
    done = threading.Event()

    def expire() -> None:
        if not done.is_set():
            ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(_Overrun))

    timer = threading.Timer(seconds, expire)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        done.set()
        timer.cancel()


def refusal(document: Document, error: BaseException) -> Rejection:
    """The rejection that names the document and what went wrong, in one line."""
    detail = str(error).splitlines()[0][:200] if str(error) else ""
    kind = "ExtractionTimeout" if isinstance(error, ExtractionTimeout) else type(error).__name__
    what = kind + (f": {detail}" if detail else "")
    return Rejection(document.source_file, f"{EXTRACTION_FAILED}: {what}", HINT)


def extract_document(parsed, document: Document, timeout: float | None) -> Extraction | Rejection:
    """One document's facts in its language (`parsed` is its spaCy parse, when its
    language is read from one), with an exception or overrun as its refusal."""
    try:
        with time_limit(timeout):
            return extract_text(
                document.text,
                document.published_date,
                document.language,
                parsed,
                publisher_country=document.publisher_country,
                exclude=document.furniture,
            )
    except Exception as error:  # any fault of a rule: the document, not the run, fails
        return refusal(document, error)


def extract_documents(
    documents: Sequence[Document], timeout: float | None
) -> list[Extraction | Rejection]:
    """Parse a batch's documents that need it with one `nlp.pipe` and extract each
    document in isolation.

    Should parsing the batch itself fail, each document is parsed alone, so
    only the one that cannot be parsed is refused.
    """
    to_parse = [i for i, d in enumerate(documents) if needs_parse(d.language)]
    try:
        parses = dict(zip(to_parse, parse([documents[i].text for i in to_parse]), strict=True))
    except Exception:
        results: list[Extraction | Rejection] = []
        for i, document in enumerate(documents):
            one = None
            if i in to_parse:
                try:
                    with time_limit(timeout):
                        (one,) = parse([document.text])
                except Exception as error:
                    results.append(refusal(document, error))
                    continue
            results.append(extract_document(one, document, timeout))
        return results
    return [extract_document(parses.get(i), d, timeout) for i, d in enumerate(documents)]
