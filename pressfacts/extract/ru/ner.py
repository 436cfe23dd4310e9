"""Person names: slovnet's Russian NER over navec embeddings.

Both models ship inside the natasha package (its `data/` folder), so nothing
is downloaded. natasha itself is not imported: its morphology still needs
pymorphy2, which no longer imports on Python 3.11, so the files are located
without running the package.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache
from pathlib import Path

EMBEDDINGS = "data/emb/navec_news_v1_1B_250K_300d_100q.tar"
NER_MODEL = "data/model/slovnet_ner_news_v1.tar"


class ModelNotInstalled(RuntimeError):
    pass


def _natasha_dir() -> Path:
    spec = importlib.util.find_spec("natasha")
    if spec is None or not spec.submodule_search_locations:
        raise ModelNotInstalled("the Russian NER needs the natasha package (pip install -e .)")
    return Path(next(iter(spec.submodule_search_locations)))


@cache
def tagger():
    from navec import Navec
    from slovnet import NER

    root = _natasha_dir()
    ner = NER.load(str(root / NER_MODEL))
    ner.navec(Navec.load(str(root / EMBEDDINGS)))
    return ner


_PARAGRAPH = re.compile(r"[^\n]*\w[^\n]*")


def people(text: str) -> list[tuple[int, int]]:
    """Character spans of the person names in `text`, tagged paragraph by
    paragraph (the model's memory follows the length of what it tags)."""
    paragraphs = [(m.start(), m.group()) for m in _PARAGRAPH.finditer(text)]
    if not paragraphs:
        return []
    out = []
    for (offset, _), markup in zip(
        paragraphs, tagger().map([p for _, p in paragraphs]), strict=True
    ):
        out.extend((offset + s.start, offset + s.stop) for s in markup.spans if s.type == "PER")
    return out
