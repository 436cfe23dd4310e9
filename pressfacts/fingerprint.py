"""What a release and the extraction cache depend on besides the input.

The version number alone is not enough: an editable install or a patched
rule changes the output without changing it. The fingerprint covers the
version, the spaCy model and the source of the library and of the
expectation suites, so a changed rule invalidates the cache and makes a
new release, and an unchanged pipeline reuses both.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from pressfacts import __version__
from pressfacts.nlp import model_id

PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def pipeline_fingerprint() -> str:
    from pressfacts.suites import expectations_dir

    digest = hashlib.sha256(f"pressfacts {__version__}|{model_id()}".encode())
    sources = (
        sorted(PACKAGE.rglob("*.py"))
        + sorted(PACKAGE.rglob("data/*.t[sx][vt]"))  # the vocabularies of the extractors
        + sorted(PACKAGE.rglob("*.toml"))  # vocabularies kept as data
        + sorted(expectations_dir().glob("*.json"))
    )
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
